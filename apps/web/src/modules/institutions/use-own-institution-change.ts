import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { INSTITUTIONS_QUERY_ROOT, type InstitutionDetail, myInstitutionQuery } from './institutions-api';

/**
 * A change the institution makes to its own registration. The server answers with the whole
 * registration, which replaces the cached one; field problems go beside the fields of `form`.
 */
export function useOwnInstitutionChange<V>(
  change: (variables: V) => Promise<InstitutionDetail>,
  options: { form?: FormInstance; onSuccess?: (institution: InstitutionDetail) => void } = {},
) {
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(options.form);
  return useMutation({
    mutationFn: change,
    onSuccess: (institution) => {
      queryClient.setQueryData(myInstitutionQuery.queryKey, institution);
      void queryClient.invalidateQueries({ queryKey: INSTITUTIONS_QUERY_ROOT, refetchType: 'none' });
      options.onSuccess?.(institution);
    },
    onError: reportError,
  });
}
