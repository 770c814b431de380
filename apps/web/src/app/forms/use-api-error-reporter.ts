import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/api-error';

/**
 * Shows a failed submit where the user can act on it: each server-reported field problem beside
 * its form field, and the overall message (plus any problem with no matching field) as a toast.
 * `aliases` names the form field of a server field the form asks for differently (an amount the
 * server takes in fen, typed in 元).
 */
export function useApiErrorReporter(form?: FormInstance, aliases: Record<string, string> = {}) {
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
        const field = detail.field ? (aliases[detail.field] ?? detail.field) : undefined;
        if (field && registered.has(field)) {
          byField.set(field, [...(byField.get(field) ?? []), detail.message]);
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
    [form, message, aliases],
  );
}
