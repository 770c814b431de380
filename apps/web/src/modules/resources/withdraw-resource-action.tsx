import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { resourceMessages } from './messages';
import { RESOURCES_QUERY_ROOT, type TeachingResource, withdrawResource } from './resources-api';

/** Withdraws a resource after confirmation; it then disappears from everyone else's list. */
export function WithdrawResourceAction({ resource }: { resource: TeachingResource }) {
  const t = useT(resourceMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const withdraw = useMutation({
    mutationFn: () => withdrawResource(resource.id),
    onSuccess: () => {
      message.success(t('withdrawDone'));
      void queryClient.invalidateQueries({ queryKey: RESOURCES_QUERY_ROOT });
    },
    onError: reportError,
  });
  return (
    <Popconfirm
      title={t('withdrawConfirm')}
      onConfirm={() => withdraw.mutateAsync().catch(() => undefined)}
      okButtonProps={{ danger: true }}
    >
      <Button
        type="link"
        danger
        loading={withdraw.isPending}
        style={{ paddingInline: 0 }}
        data-testid={`resource-withdraw-${resource.id}`}
      >
        {t('withdraw')}
      </Button>
    </Popconfirm>
  );
}
