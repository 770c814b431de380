import { CERTIFICATE_TYPES, isSkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Form, InputNumber, Radio, Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { YuanInput } from '../funds/yuan-input';
import { groupsFor } from '../my-classes/enrol-choices';
import { type PublicProject, publicProjectsQuery } from '../portal/portal-api';
import { OccupationSelect } from '../reference/occupation-select';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { subsidyQuoteMessages } from './messages';
import { PersonIdField, QuoteSubmit } from './quote-form-parts';
import {
  type TrainingPlanValues,
  trainingPlanRequest,
  type UpgradePlanValues,
  upgradePlanRequest,
} from './quote-request';
import type { QuoteRunner } from './use-quote-runner';

const typeName = (code: string) => CERTIFICATE_TYPES.find((type) => type.code === code)!.name;

/**
 * Finds a published project by title or occupation as the user types: staff among their region's,
 * workers among all the public ones. Tells the form the project chosen, for its level and hours.
 */
function PlanProjectSelect({
  value,
  onChange,
  onProject,
  region,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  onProject: (project: PublicProject | null) => void;
  region?: string;
}) {
  const t = useT(subsidyQuoteMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({
    ...publicProjectsQuery({ q: q || undefined, region, page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  // The chosen project keeps its label when a later search no longer returns it.
  const seen = useRef(new Map<string, PublicProject>());
  for (const project of results.data?.items ?? []) seen.current.set(project.id, project);
  const options = useMemo(() => {
    const shown = new Map((results.data?.items ?? []).map((project) => [project.id, project]));
    const chosen = value ? seen.current.get(value) : undefined;
    if (chosen && !shown.has(chosen.id)) shown.set(chosen.id, chosen);
    return [...shown.values()].map((project) => ({
      value: project.id,
      label: t('projectOption', { title: project.title, region: project.regionName ?? project.regionCode }),
    }));
  }, [results.data, value, t]);

  return (
    <Select<string>
      value={value}
      onChange={(id) => {
        onChange?.(id);
        onProject(id ? (seen.current.get(id) ?? null) : null);
      }}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      allowClear
      loading={results.isFetching}
      placeholder={t('projectPick')}
      options={options}
      data-testid="quote-project"
    />
  );
}

const TRAINING_INPUTS = [
  'idNumber',
  'projectId',
  'targetGroup',
  'result',
  'level',
  'feeYuan',
  'attendedHours',
  'paidBy',
] as const;

/**
 * 参加培训前测算: a published project, who the person is, what they mean to obtain and the fee, as
 * if the class were filed in time and attended in full (attendance may be lowered).
 */
export function TrainingPlanForm({ runner, self }: { runner: QuoteRunner; self: boolean }) {
  const t = useT(subsidyQuoteMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const [form] = Form.useForm<TrainingPlanValues>();
  const [project, setProject] = useState<PublicProject | null>(null);
  const result = Form.useWatch('result', form);
  const projectHours = project ? (project.hoursTheory ?? 0) + (project.hoursPractice ?? 0) : 0;

  const chooseProject = (chosen: PublicProject | null) => {
    setProject(chosen);
    // A project that trains for a level is quoted at that level unless the person says otherwise.
    if (chosen?.skillLevel && isSkillLevelCode(chosen.skillLevel)) {
      form.setFieldsValue({ result: 'skill_level', level: chosen.skillLevel });
    }
  };

  return (
    <Form<TrainingPlanValues>
      form={form}
      layout="vertical"
      initialValues={{ result: 'skill_level', paidBy: 'institution' }}
      disabled={runner.pending}
      onFinish={(values) => runner.run(trainingPlanRequest(values, self), form, TRAINING_INPUTS)}
    >
      {!self && <PersonIdField />}
      <Form.Item
        name="projectId"
        label={t('project')}
        rules={[{ required: true, message: t('projectRequired') }]}
      >
        <PlanProjectSelect
          onProject={chooseProject}
          region={self ? undefined : (me.regionCode ?? undefined)}
        />
      </Form.Item>
      <Form.Item
        name="targetGroup"
        label={t('targetGroup')}
        rules={[{ required: true, message: t('targetGroupRequired') }]}
      >
        <Select<string>
          placeholder={t('targetGroupPick')}
          options={groupsFor(project?.targetGroups ?? []).map((group) => ({
            value: group.code,
            label: group.name[locale],
          }))}
          data-testid="quote-target-group"
        />
      </Form.Item>
      <Form.Item name="result" label={t('result')}>
        <Radio.Group
          options={(['skill_level', 'special_ability', 'training'] as const).map((code) => ({
            value: code,
            label: typeName(code)[locale],
          }))}
          data-testid="quote-result-kind"
        />
      </Form.Item>
      {result === 'skill_level' && (
        <Form.Item name="level" label={t('level')} rules={[{ required: true, message: t('levelRequired') }]}>
          <SkillLevelSelect style={{ width: 260 }} data-testid="quote-level" />
        </Form.Item>
      )}
      <Form.Item name="feeYuan" label={t('fee')} rules={[{ required: true, message: t('feeRequired') }]}>
        <YuanInput data-testid="quote-fee" />
      </Form.Item>
      <Form.Item
        name="attendedHours"
        label={t('attendedHours')}
        extra={
          projectHours > 0 ? t('attendedHoursOfProject', { hours: projectHours }) : t('attendedHoursHint')
        }
      >
        <InputNumber<number>
          min={0}
          max={2000}
          precision={1}
          style={{ width: 200 }}
          data-testid="quote-attended-hours"
        />
      </Form.Item>
      <Form.Item name="paidBy" label={t('paidBy')}>
        <Radio.Group
          options={[
            { value: 'institution', label: t('paidByInstitution') },
            { value: 'individual', label: t('paidByIndividual') },
          ]}
          data-testid="quote-paid-by"
        />
      </Form.Item>
      <QuoteSubmit pending={runner.pending} />
    </Form>
  );
}

const UPGRADE_INPUTS = [
  'idNumber',
  'occupationCode',
  'certificateType',
  'level',
  'certificateDate',
  'applicationDate',
] as const;

/** 技能提升补贴测算: a certificate held or about to be obtained, by occupation, type, level and date. */
export function UpgradePlanForm({ runner, self }: { runner: QuoteRunner; self: boolean }) {
  const t = useT(subsidyQuoteMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<UpgradePlanValues>();
  return (
    <Form<UpgradePlanValues>
      form={form}
      layout="vertical"
      initialValues={{ certificateType: 'skill_level' }}
      disabled={runner.pending}
      onFinish={(values) => runner.run(upgradePlanRequest(values, self), form, UPGRADE_INPUTS)}
    >
      {!self && <PersonIdField />}
      <Form.Item
        name="occupationCode"
        label={t('occupation')}
        rules={[{ required: true, message: t('occupationRequired') }]}
      >
        <OccupationSelect data-testid="quote-occupation" />
      </Form.Item>
      <Form.Item name="certificateType" label={t('certificateType')}>
        <Radio.Group
          options={(['skill_level', 'qualification'] as const).map((code) => ({
            value: code,
            label: typeName(code)[locale],
          }))}
          data-testid="quote-certificate-type"
        />
      </Form.Item>
      <Form.Item name="level" label={t('level')} rules={[{ required: true, message: t('levelRequired') }]}>
        <SkillLevelSelect style={{ width: 260 }} data-testid="quote-level" />
      </Form.Item>
      <Form.Item
        name="certificateDate"
        label={t('certificateDate')}
        rules={[{ required: true, message: t('certificateDateRequired') }]}
      >
        <CivilDatePicker style={{ width: 200 }} data-testid="quote-certificate-date" />
      </Form.Item>
      <Form.Item name="applicationDate" label={t('applicationDate')} extra={t('applicationDateHint')}>
        <CivilDatePicker style={{ width: 200 }} data-testid="quote-application-date" />
      </Form.Item>
      <QuoteSubmit pending={runner.pending} />
    </Form>
  );
}
