import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { type CheckDetail, checkQuery, SUPERVISION_QUERY_ROOT } from './supervision-api';

/**
 * A staff action on a check: the check the server returns replaces the one shown, lists reload,
 * and a refusal is shown beside the form's fields (when a form is given) and as a message.
 */
export function useCheckChange<I>(
  action: (input: I) => Promise<CheckDetail>,
  options: { form?: FormInstance; done: string; onSuccess?: () => void },
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(options.form);
  return useMutation({
    mutationFn: action,
    onSuccess: (check) => {
      queryClient.setQueryData(checkQuery(check.id).queryKey, check);
      void queryClient.invalidateQueries({ queryKey: SUPERVISION_QUERY_ROOT });
      message.success(options.done);
      options.onSuccess?.();
    },
    onError: reportError,
  });
}
