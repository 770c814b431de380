import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { CLOSE_REASON_MAX_LENGTH, closeDemand, DEMAND_QUERY_ROOT, type DemandLine } from './demand-api';
import { demandMessages } from './messages';

/** Closing takes a line out of the public job list and the open-post counts, so it asks why first. */
export function CloseDemandAction({ line }: { line: DemandLine }) {
  const t = useT(demandMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [open, setOpen] = useState(false);

  const close = useMutation({
    mutationFn: (reason: string) => closeDemand(line.id, reason),
    onSuccess: () => {
      message.success(t('closed'));
      void queryClient.invalidateQueries({ queryKey: DEMAND_QUERY_ROOT });
      setOpen(false);
    },
    onError: reportError,
  });

  return (
    <>
      <Button
        type="link"
        danger
        style={{ paddingInline: 0 }}
        onClick={() => setOpen(true)}
        data-testid={`demand-close-${line.id}`}
      >
        {t('close')}
      </Button>
      <ReasonModal
        open={open}
        title={t('closeTitle')}
        description={t('closeDescription', { occupation: line.occupationName })}
        okText={t('close')}
        danger
        pending={close.isPending}
        maxLength={CLOSE_REASON_MAX_LENGTH}
        onSubmit={(reason) => close.mutate(reason ?? '')}
        onClose={() => setOpen(false)}
        data-testid="close-demand-modal"
      />
    </>
  );
}
