import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { INSTITUTIONS_QUERY_ROOT, type InstitutionDetail, institutionQuery } from './institutions-api';

/**
 * A staff decision about one institution. The answer replaces the cached detail at once and the
 * lists are read again, since review and credit status are among their filters.
 */
export function useStaffInstitutionChange<V>(
  change: (variables: V) => Promise<InstitutionDetail>,
  options: { form?: FormInstance; onSuccess?: (institution: InstitutionDetail) => void } = {},
) {
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(options.form);
  return useMutation({
    mutationFn: change,
    onSuccess: (institution) => {
      queryClient.setQueryData(institutionQuery(institution.id).queryKey, institution);
      void queryClient.invalidateQueries({ queryKey: [...INSTITUTIONS_QUERY_ROOT, 'list'] });
      options.onSuccess?.(institution);
    },
    onError: reportError,
  });
}
