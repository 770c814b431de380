import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/api-error';

/**
 * Like the app's error reporter, for forms whose inputs are not named as the server names its
 * fields (nested lists, a person block): `locate` turns a server field into the form's name path.
 * Problems with no input are listed with the message.
 */
export function useLocatedErrorReporter(
  form: FormInstance,
  locate: (field: string) => (string | number)[] | null,
) {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
      const unplaced: string[] = [];
      for (const detail of error.details) {
        const name = detail.field ? locate(detail.field) : null;
        if (!name) {
          unplaced.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
          continue;
        }
        const key = JSON.stringify(name);
        const entry = placed.get(key) ?? { name, errors: [] };
        if (!entry.errors.includes(detail.message)) entry.errors.push(detail.message);
        placed.set(key, entry);
      }
      if (placed.size > 0) form.setFields([...placed.values()]);
      message.error(unplaced.length > 0 ? `${error.message}（${unplaced.join('；')}）` : error.message);
    },
    [form, locate, message],
  );
}
