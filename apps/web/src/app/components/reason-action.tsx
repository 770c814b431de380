import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useApiErrorReporter } from '../forms/use-api-error-reporter';
import { ReasonModal } from './reason-modal';

interface ReasonActionProps<T> {
  /** The link's text, also the dialog's OK button. */
  label: ReactNode;
  title: ReactNode;
  /** What will happen, shown above the reason. */
  description: ReactNode;
  maxLength?: number;
  /** Sends the action with the reason the user gave. */
  run: (reason: string) => Promise<T>;
  /** The message once it succeeded. */
  done: (result: T) => string;
  /** The lists and records the action changes, read again afterwards. */
  invalidates: QueryKey;
  testId: string;
  modalTestId: string;
}

/**
 * A destructive action on a row that asks why first (closing a demand line, revoking a
 * certificate): a danger link, a dialog for the reason, the request, a message and fresh lists.
 */
export function ReasonAction<T>({
  label,
  title,
  description,
  maxLength,
  run,
  done,
  invalidates,
  testId,
  modalTestId,
}: ReasonActionProps<T>) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [open, setOpen] = useState(false);
  const action = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      setOpen(false);
      message.success(done(result));
      void queryClient.invalidateQueries({ queryKey: invalidates });
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
        data-testid={testId}
      >
        {label}
      </Button>
      <ReasonModal
        open={open}
        title={title}
        description={description}
        okText={label}
        danger
        pending={action.isPending}
        maxLength={maxLength}
        onSubmit={(reason) => reason && action.mutate(reason)}
        onClose={() => setOpen(false)}
        data-testid={modalTestId}
      />
    </>
  );
}
