import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { submitClaim, withdrawClaim } from '../claims/claims-api';
import { mySubsidiesMessages } from './messages';
import { MY_SUBSIDIES_QUERY_ROOT, type MyClaimLine } from './my-subsidies-api';

/** A skill-upgrade application returned by the reviewer: why, and submit it again or withdraw it. */
export function ReturnedApplicationActions({ line }: { line: MyClaimLine }) {
  const t = useT(mySubsidiesMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const act = useMutation({
    mutationFn: (action: 'submit' | 'withdraw') =>
      action === 'submit' ? submitClaim(line.claimId) : withdrawClaim(line.claimId),
    onSuccess: async (_claim, action) => {
      await queryClient.invalidateQueries({ queryKey: MY_SUBSIDIES_QUERY_ROOT });
      message.success(action === 'submit' ? t('resubmitted') : t('withdrawn'));
    },
    onError: reportError,
  });
  return (
    <Flex vertical gap={4}>
      {line.decisionNote && (
        <Typography.Text type="warning">{t('returned', { note: line.decisionNote })}</Typography.Text>
      )}
      <Flex gap={8}>
        <Button size="small" type="primary" loading={act.isPending} onClick={() => act.mutate('submit')}>
          {t('resubmit')}
        </Button>
        <Popconfirm title={t('withdrawConfirm')} onConfirm={() => act.mutate('withdraw')}>
          <Button size="small" danger disabled={act.isPending}>
            {t('withdraw')}
          </Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
}
