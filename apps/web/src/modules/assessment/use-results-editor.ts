import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { chinaToday } from '../../app/forms/china-today';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import {
  ASSESSMENT_QUERY_ROOT,
  type ClassResults,
  classResultsQuery,
  type TraineeResults,
} from './assessment-api';
import { changedIds, latestResultDay, type ResultRows, resultFieldPath } from './result-values';
import { resultsMessages } from './results-messages';

export interface ResultsFormValues<R> {
  rows: ResultRows<R>;
}

interface EditorSpec<R, E extends { enrolmentId: string }> {
  classId: string;
  /** The class's last day, when known: no result is dated before it. */
  classEnd: string | null;
  editor: 'completion' | 'evaluation';
  items: TraineeResults[];
  rowsOf: (items: readonly TraineeResults[]) => ResultRows<R>;
  entriesOf: (items: readonly TraineeResults[], loaded: ResultRows<R>, current: ResultRows<R>) => E[];
  save: (classId: string, entries: E[]) => Promise<ClassResults>;
}

/**
 * The form behind an editable results table: loaded from the class's results, sending only the
 * rows changed, placing each server problem on its row's input, and taking the answer as the new
 * state of the class's results.
 */
export function useResultsEditor<R extends object, E extends { enrolmentId: string }>({
  classId,
  classEnd,
  editor,
  items,
  rowsOf,
  entriesOf,
  save,
}: EditorSpec<R, E>) {
  const t = useT(resultsMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResultsFormValues<R>>();
  // The bounds of a result's date, checked by the domain's rules as the server would.
  const facts = { classEnd, today: latestResultDay(classEnd, chinaToday()) };
  const loaded = useMemo(() => rowsOf(items), [rowsOf, items]);
  useEffect(() => form.setFieldsValue({ rows: loaded }), [form, loaded]);

  const watched = Form.useWatch('rows', form) as ResultRows<R> | undefined;
  const dirty = watched ? changedIds(loaded, watched).length > 0 : false;

  // The entries last sent, in order: the server names a problem by its index among them.
  const sent = useRef<string[]>([]);
  const locate = useCallback((field: string) => resultFieldPath(field, sent.current, editor), [editor]);
  const reportError = useLocatedErrorReporter(form, locate);

  const mutation = useMutation({
    mutationFn: (entries: E[]) => save(classId, entries),
    onSuccess: (results, entries) => {
      queryClient.setQueryData(classResultsQuery(classId).queryKey, results);
      void queryClient.invalidateQueries({ queryKey: ASSESSMENT_QUERY_ROOT });
      message.success(t('saved', { count: entries.length }));
    },
    onError: reportError,
  });

  const submit = (values: ResultsFormValues<R>) => {
    const entries = entriesOf(items, loaded, { ...loaded, ...values.rows });
    if (entries.length === 0) {
      message.info(t('nothingChanged'));
      return;
    }
    sent.current = entries.map((entry) => entry.enrolmentId);
    mutation.mutate(entries);
  };

  return { form, rows: watched, facts, dirty, submit, saving: mutation.isPending };
}
