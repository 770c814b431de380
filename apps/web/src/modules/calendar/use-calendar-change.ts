import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { CALENDAR_QUERY_ROOT, calendarQuery, type WorkingCalendarView } from './calendar-api';

/**
 * A change to a region's calendar or settings. The answer is the region's calendar of the year as
 * it now stands, shown at once; deadlines worked out from the old calendar are fetched again.
 */
export function useCalendarChange<V>(
  action: (values: V) => Promise<WorkingCalendarView>,
  success: (view: WorkingCalendarView, values: V) => string,
  options: { onDone?: () => void; onError?: (error: unknown) => void } = {},
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  return useMutation({
    mutationFn: action,
    onSuccess: (view, values) => {
      const shown = calendarQuery(view.regionCode, view.year).queryKey;
      queryClient.setQueryData(shown, view);
      // Regions below inherit the change, and deadlines count its days: all else is read again.
      void queryClient.invalidateQueries({
        queryKey: CALENDAR_QUERY_ROOT,
        predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(shown),
      });
      message.success(success(view, values));
      options.onDone?.();
    },
    onError: options.onError ?? reportError,
  });
}
