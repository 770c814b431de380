import { COMPLETION_PASS_MARK, completionPassed } from '@qiancheng/domain/assessment/results';
import { Alert, Form, Input, InputNumber, type TableColumnsType, Typography } from 'antd';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { type ClassResults, recordCompletion, type TraineeResults } from './assessment-api';
import { PassTag } from './result-cells';
import {
  type CompletionRow,
  completionCheck,
  completionEntries,
  completionRowsOf,
  isActive,
  missingCompletions,
} from './result-values';
import { ResultsEditorForm } from './results-editor-form';
import { resultsMessages } from './results-messages';
import { useTraineeColumns } from './results-table';
import { rowDependencies, rowRule } from './row-rule';
import { SubmitCompletionButton } from './submit-completion-button';
import { useResultsEditor } from './use-results-editor';

const FIELDS = ['score', 'assessedOn'] as const;

/**
 * The institution's 结业考核 scores, typed in the table: the pass shows as the score is typed (the
 * domain's pass mark), the date defaults to today, and the scores are saved and then submitted.
 */
export function CompletionEditor({ results, classEnd }: { results: ClassResults; classEnd: string | null }) {
  const t = useT(resultsMessages);
  const { locale } = useLocale();
  const traineeColumns = useTraineeColumns();
  const { form, rows, facts, dirty, submit, saving } = useResultsEditor({
    classId: results.classId,
    classEnd,
    editor: 'completion',
    items: results.items,
    rowsOf: completionRowsOf,
    entriesOf: completionEntries,
    save: recordCompletion,
  });
  const missing = missingCompletions(results.items);

  const check = (id: string, field: (typeof FIELDS)[number], missingText: string) =>
    rowRule<CompletionRow>(id, (row) => completionCheck(row, field, facts, locale), missingText);

  const columns: TableColumnsType<TraineeResults> = [
    ...traineeColumns,
    {
      key: 'score',
      title: t('score'),
      width: 150,
      render: (_, r) =>
        isActive(r) && (
          <Form.Item
            name={['rows', r.enrolmentId, 'score']}
            dependencies={rowDependencies(r.enrolmentId, ['assessedOn'])}
            rules={[check(r.enrolmentId, 'score', t('scoreRequired'))]}
            style={{ margin: 0 }}
          >
            <InputNumber
              min={0}
              max={100}
              precision={2}
              placeholder={t('scoreRange')}
              style={{ width: 120 }}
              data-testid={`completion-score-${r.enrolmentId}`}
            />
          </Form.Item>
        ),
    },
    {
      key: 'pass',
      title: t('result'),
      render: (_, r) => {
        const score = rows?.[r.enrolmentId]?.score;
        return typeof score === 'number' ? (
          <PassTag passed={completionPassed(score)} testId={`completion-pass-${r.enrolmentId}`} />
        ) : (
          <Typography.Text type="secondary">{t('notRecorded')}</Typography.Text>
        );
      },
    },
    {
      key: 'assessedOn',
      title: t('assessedOn'),
      render: (_, r) =>
        isActive(r) && (
          <Form.Item
            name={['rows', r.enrolmentId, 'assessedOn']}
            dependencies={rowDependencies(r.enrolmentId, ['score'])}
            rules={[check(r.enrolmentId, 'assessedOn', t('dateRequired'))]}
            style={{ margin: 0 }}
          >
            <CivilDatePicker
              min={classEnd}
              max={facts.today}
              data-testid={`completion-date-${r.enrolmentId}`}
            />
          </Form.Item>
        ),
    },
    {
      key: 'note',
      title: t('note'),
      render: (_, r) =>
        isActive(r) && (
          <Form.Item name={['rows', r.enrolmentId, 'note']} style={{ margin: 0 }}>
            <Input maxLength={500} style={{ width: 180 }} data-testid={`completion-note-${r.enrolmentId}`} />
          </Form.Item>
        ),
    },
  ];

  return (
    <ResultsEditorForm<CompletionRow>
      editor="completion"
      form={form}
      submit={submit}
      saving={saving}
      dirty={dirty}
      defaultDay={facts.today}
      begun={(row) => typeof row.score === 'number'}
      intro={t('completionIntro', { mark: COMPLETION_PASS_MARK })}
      notice={missing > 0 && <Alert type="info" showIcon title={t('missing', { count: missing })} />}
      columns={columns}
      items={results.items}
      actions={
        <SubmitCompletionButton
          classId={results.classId}
          blocked={dirty ? t('saveFirst') : missing > 0 ? t('missing', { count: missing }) : null}
        />
      }
    />
  );
}
