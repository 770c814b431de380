import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/api-error';

/**
 * Shows a failed submit where the user can act on it: each server-reported field problem beside
 * its form field, and the overall message (plus any problem with no matching field) as a toast.
 */
export function useApiErrorReporter(form?: FormInstance) {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      const registered = new Set(form ? Object.keys(form.getFieldsValue() as object) : []);
      const byField = new Map<string, string[]>();
      const unplaced: string[] = [];
      for (const detail of error.details) {
        if (detail.field && registered.has(detail.field)) {
          byField.set(detail.field, [...(byField.get(detail.field) ?? []), detail.message]);
        } else {
          const where = [detail.row === undefined ? null : `#${detail.row}`, detail.field]
            .filter(Boolean)
            .join(' ');
          unplaced.push(where ? `${where}: ${detail.message}` : detail.message);
        }
      }
      if (form && byField.size > 0) {
        form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      }
      message.error(unplaced.length > 0 ? `${error.message}（${unplaced.join('；')}）` : error.message);
    },
    [form, message],
  );
}
