import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../app/api/api-error';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { POLICIES_QUERY_ROOT, type PolicyDetail, policyQuery } from './policies-api';
import { type SettingProblems, settingProblems } from './setting-problems';

/**
 * A life-cycle step on a version: on success the version shown is the server's answer and every
 * policy list refreshes. A refused document (invalid, or wider than the parent region's policy)
 * hands its problems to `onProblems`, to show under the settings they name; any other refusal
 * (someone's own version, a status that moved on) shows the server's text.
 */
export function usePolicyMutation<V>(
  action: (values: V) => Promise<PolicyDetail>,
  success: (policy: PolicyDetail) => string,
  options: { onDone?: () => void; onProblems?: (problems: SettingProblems) => void } = {},
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  return useMutation({
    mutationFn: action,
    onSuccess: (policy) => {
      message.success(success(policy));
      queryClient.setQueryData(policyQuery(policy.id).queryKey, policy);
      void queryClient.invalidateQueries({ queryKey: POLICIES_QUERY_ROOT });
      options.onDone?.();
    },
    onError: (error) => {
      const documentProblems =
        error instanceof ApiError && error.details.some((detail) => detail.field?.startsWith('document'));
      if (!documentProblems || !options.onProblems) {
        reportError(error);
        return;
      }
      options.onProblems(settingProblems(error.details));
      message.error(error.message);
    },
  });
}
