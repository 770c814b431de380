import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { wishMessages } from './messages';
import { type TrainingWish, WISHES_QUERY_ROOT, withdrawWish } from './wishes-api';

export function WithdrawWishAction({ wish }: { wish: TrainingWish }) {
  const t = useT(wishMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const withdraw = useMutation({
    mutationFn: () => withdrawWish(wish.id),
    onSuccess: () => {
      message.success(t('withdrawDone'));
      void queryClient.invalidateQueries({ queryKey: WISHES_QUERY_ROOT });
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
        data-testid={`wish-withdraw-${wish.id}`}
      >
        {t('withdraw')}
      </Button>
    </Popconfirm>
  );
}
