import { RESULT_KIND_NAMES } from '@qiancheng/domain/assessment/results';
import { Form, type FormItemProps, Input, InputNumber, Select, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { SkillLevelSelect } from '../reference/skill-level-select';
import {
  type ClassResults,
  type EvaluationKind,
  recordEvaluations,
  type TraineeResults,
} from './assessment-api';
import { IssueCertificatesButton } from './issue-certificates-button';
import { ResultCell } from './result-cells';
import {
  type EvaluationRow,
  evaluationCheck,
  evaluationEntries,
  evaluationRowsOf,
  isActive,
} from './result-values';
import { ResultsEditorForm } from './results-editor-form';
import { resultsMessages } from './results-messages';
import { useCertificatesColumn, useTraineeColumns } from './results-table';
import { rowDependencies, rowRule } from './row-rule';
import { useResultsEditor } from './use-results-editor';

const KINDS: EvaluationKind[] = ['skill_level', 'special_ability'];

/** A select offers text values; the row holds the pass as true or false (or null, not yet chosen). */
type PassChoice = 'pass' | 'fail';
const PASS_CHOICE: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (passed: boolean | null | undefined) => ({
    value: passed === true ? 'pass' : passed === false ? 'fail' : undefined,
  }),
  normalize: (choice: PassChoice | undefined) =>
    choice === 'pass' ? true : choice === 'fail' ? false : null,
};
const INPUTS = ['kind', 'skillLevel', 'score', 'passed', 'assessedOn'] as const;
type RowInput = (typeof INPUTS)[number];

/**
 * An assessment body's evaluations of the trainees of a finished class (职业技能等级认定 or
 * 专项职业能力考核), typed per trainee and saved, then its certificates issued.
 */
export function EvaluationEditor({ results, classEnd }: { results: ClassResults; classEnd: string | null }) {
  const t = useT(resultsMessages);
  const { locale } = useLocale();
  const traineeColumns = useTraineeColumns();
  const certificatesColumn = useCertificatesColumn();
  const { form, rows, facts, dirty, submit, saving } = useResultsEditor({
    classId: results.classId,
    classEnd,
    editor: 'evaluation',
    items: results.items,
    rowsOf: evaluationRowsOf,
    entriesOf: evaluationEntries,
    save: recordEvaluations,
  });

  /** The row's input, checked with the rest of its row by the domain's rules. */
  const cell = (
    r: TraineeResults,
    input: RowInput,
    missing: string,
    control: ReactNode,
    itemProps?: Pick<FormItemProps, 'getValueProps' | 'normalize'>,
  ) =>
    isActive(r) && (
      <Form.Item
        {...itemProps}
        name={['rows', r.enrolmentId, input]}
        dependencies={rowDependencies(
          r.enrolmentId,
          INPUTS.filter((other) => other !== input),
        )}
        rules={[
          rowRule<EvaluationRow>(r.enrolmentId, (row) => evaluationCheck(row, input, facts, locale), missing),
        ]}
        style={{ margin: 0 }}
      >
        {control}
      </Form.Item>
    );

  const columns: TableColumnsType<TraineeResults> = [
    ...traineeColumns,
    { key: 'completion', title: t('completion'), render: (_, r) => <ResultCell result={r.completion} /> },
    {
      key: 'kind',
      title: t('kind'),
      render: (_, r) =>
        cell(
          r,
          'kind',
          t('kindRequired'),
          <Select<EvaluationKind>
            allowClear
            placeholder={t('notEvaluated')}
            style={{ width: 180 }}
            options={KINDS.map((kind) => ({ value: kind, label: RESULT_KIND_NAMES[kind][locale] }))}
            data-testid={`evaluation-kind-${r.enrolmentId}`}
          />,
        ),
    },
    {
      key: 'level',
      title: t('level'),
      // Only a skill-level evaluation names a level.
      render: (_, r) =>
        rows?.[r.enrolmentId]?.kind === 'skill_level' &&
        cell(
          r,
          'skillLevel',
          t('levelRequired'),
          <SkillLevelSelect
            allowClear
            style={{ width: 160 }}
            data-testid={`evaluation-level-${r.enrolmentId}`}
          />,
        ),
    },
    {
      key: 'score',
      title: t('score'),
      render: (_, r) =>
        cell(
          r,
          'score',
          t('scoreRequired'),
          <InputNumber
            min={0}
            max={100}
            precision={2}
            style={{ width: 100 }}
            data-testid={`evaluation-score-${r.enrolmentId}`}
          />,
        ),
    },
    {
      key: 'passed',
      title: t('result'),
      render: (_, r) =>
        cell(
          r,
          'passed',
          t('resultRequired'),
          <Select<PassChoice>
            allowClear
            placeholder={t('choose')}
            style={{ width: 110 }}
            options={[
              { value: 'pass', label: t('passed') },
              { value: 'fail', label: t('failed') },
            ]}
            data-testid={`evaluation-passed-${r.enrolmentId}`}
          />,
          PASS_CHOICE,
        ),
    },
    {
      key: 'assessedOn',
      title: t('evaluatedOn'),
      render: (_, r) =>
        cell(
          r,
          'assessedOn',
          t('dateRequired'),
          <CivilDatePicker
            min={classEnd}
            max={facts.today}
            data-testid={`evaluation-date-${r.enrolmentId}`}
          />,
        ),
    },
    {
      key: 'note',
      title: t('note'),
      render: (_, r) =>
        isActive(r) && (
          <Form.Item name={['rows', r.enrolmentId, 'note']} style={{ margin: 0 }}>
            <Input maxLength={500} style={{ width: 160 }} data-testid={`evaluation-note-${r.enrolmentId}`} />
          </Form.Item>
        ),
    },
    certificatesColumn,
  ];

  return (
    <ResultsEditorForm<EvaluationRow>
      editor="evaluation"
      form={form}
      submit={submit}
      saving={saving}
      dirty={dirty}
      defaultDay={facts.today}
      begun={(row) => Boolean(row.kind)}
      intro={t('evaluationIntro')}
      columns={columns}
      items={results.items}
      actions={
        <IssueCertificatesButton
          results={results}
          issuer="assessor"
          blocked={dirty ? t('saveFirst') : null}
        />
      }
    />
  );
}
