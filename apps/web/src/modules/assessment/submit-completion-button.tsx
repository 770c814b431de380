import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { CLASSES_QUERY_ROOT } from '../classes/classes-api';
import { ASSESSMENT_QUERY_ROOT, classResultsQuery, submitCompletion } from './assessment-api';
import { resultsMessages } from './results-messages';

/**
 * Submits the completion results after a confirmation that says what it does: the scores lock and
 * the class becomes assessed. `blocked` says why it cannot be submitted yet.
 */
export function SubmitCompletionButton({ classId, blocked }: { classId: string; blocked: string | null }) {
  const t = useT(resultsMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const submit = useMutation({
    mutationFn: () => submitCompletion(classId),
    onSuccess: (results) => {
      queryClient.setQueryData(classResultsQuery(classId).queryKey, results);
      void queryClient.invalidateQueries({ queryKey: ASSESSMENT_QUERY_ROOT });
      // The class is assessed now: its page and lists show the new status.
      void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
      message.success(t('submitted'));
    },
    onError: reportError,
  });

  const button = (
    <Button
      type="primary"
      disabled={blocked !== null}
      loading={submit.isPending}
      data-testid="completion-submit"
    >
      {t('submit')}
    </Button>
  );
  if (blocked) return <Tooltip title={blocked}>{button}</Tooltip>;
  return (
    <Popconfirm
      title={t('submitTitle')}
      description={<div style={{ maxWidth: 360 }}>{t('submitDescription')}</div>}
      okText={t('submitOk')}
      cancelText={t('cancel')}
      onConfirm={() => submit.mutateAsync().catch(() => {})}
    >
      {button}
    </Popconfirm>
  );
}
