import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import type { User } from '../../app/api/types';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { userMessages } from './messages';
import { USERS_QUERY_ROOT, updateUser } from './users-api';

/** Disable or re-enable an account, always behind a confirmation: disabling locks a person out. */
export function UserStatusAction({ user }: { user: User }) {
  const t = useT(userMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const disabled = user.disabled === true;

  const toggle = useMutation({
    mutationFn: () => updateUser(user.id, { disabled: !disabled }),
    onSuccess: (updated) => {
      message.success(t(disabled ? 'enabledDone' : 'disabledDone', { name: updated.displayName }));
      void queryClient.invalidateQueries({ queryKey: USERS_QUERY_ROOT });
    },
    onError: reportError,
  });

  return (
    <Popconfirm
      title={t(disabled ? 'confirmEnable' : 'confirmDisable', { name: user.displayName })}
      onConfirm={() => toggle.mutateAsync().catch(() => undefined)}
      okButtonProps={{ danger: !disabled }}
    >
      <Button
        type="link"
        danger={!disabled}
        loading={toggle.isPending}
        data-testid={`user-toggle-${user.username}`}
        style={{ paddingInline: 0 }}
      >
        {disabled ? t('enable') : t('disable')}
      </Button>
    </Popconfirm>
  );
}
