import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { type RoundDetail, SELECTION_QUERY_ROOT } from './selection-api';

/**
 * A change to a round: on success the server's message-worthy outcome is shown and every selection
 * query refreshes; a refusal (a notice still running, a deadline not yet passed) shows the server's text.
 */
export function useRoundMutation<V>(
  action: (values: V) => Promise<RoundDetail>,
  success: (detail: RoundDetail) => string,
  options: { form?: FormInstance; onDone?: () => void } = {},
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(options.form);
  return useMutation({
    mutationFn: action,
    onSuccess: (detail) => {
      message.success(success(detail));
      void queryClient.invalidateQueries({ queryKey: SELECTION_QUERY_ROOT });
      options.onDone?.();
    },
    onError: reportError,
  });
}
