import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { CLAIMS_QUERY_ROOT, type ClaimDetail, claimQuery } from './claims-api';

/**
 * A life-cycle step on a claim: on success the claim shown is the server's answer, every claim
 * list refreshes, and so do the budgets an approval commits against; a refusal (the reviewer
 * approving, a status that moved on, an overdrawn budget) shows the server's text.
 */
export function useClaimMutation<V>(
  action: (values: V) => Promise<ClaimDetail>,
  success: (claim: ClaimDetail) => string,
  options: { onDone?: (claim: ClaimDetail) => void; onError?: () => void } = {},
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  return useMutation({
    mutationFn: action,
    onSuccess: (claim) => {
      message.success(success(claim));
      queryClient.setQueryData(claimQuery(claim.id).queryKey, claim);
      void queryClient.invalidateQueries({ queryKey: CLAIMS_QUERY_ROOT });
      void queryClient.invalidateQueries({ queryKey: FUNDS_QUERY_ROOT });
      options.onDone?.(claim);
    },
    onError: (error) => {
      reportError(error);
      options.onError?.();
    },
  });
}
