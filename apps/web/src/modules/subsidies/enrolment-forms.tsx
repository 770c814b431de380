import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Form, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { LinkButton } from '../../app/components/link-button';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { classesQuery, classQuery, rosterQuery } from '../classes/classes-api';
import { myClassesQuery } from '../my-classes/my-classes-api';
import { subsidyQuoteMessages } from './messages';
import { QuoteSubmit } from './quote-form-parts';
import type { QuoteRunner } from './use-quote-runner';

const INPUTS = ['classId', 'enrolmentId'] as const;

interface EnrolmentValues {
  classId?: string;
  enrolmentId: string;
}

/** 我的培训: the worker picks one of their enrolments; the quote reads what the class recorded. */
export function MyEnrolmentForm({ runner }: { runner: QuoteRunner }) {
  const t = useT(subsidyQuoteMessages);
  const [form] = Form.useForm<EnrolmentValues>();
  const mine = useQuery(myClassesQuery);

  if (mine.isError) return <QueryError error={mine.error} onRetry={() => mine.refetch()} />;
  if (mine.data?.items.length === 0) {
    return (
      <Empty description={t('noEnrolments')} data-testid="quote-no-enrolments">
        <LinkButton type="primary" to="/projects">
          {t('findClasses')}
        </LinkButton>
      </Empty>
    );
  }
  return (
    <Form<EnrolmentValues>
      form={form}
      layout="vertical"
      disabled={runner.pending}
      onFinish={(values) => runner.run({ kind: 'enrolment', enrolmentId: values.enrolmentId }, form, INPUTS)}
    >
      <Form.Item
        name="enrolmentId"
        label={t('enrolmentClass')}
        rules={[{ required: true, message: t('enrolmentRequired') }]}
      >
        <Select<string>
          placeholder={t('enrolmentPick')}
          loading={mine.isFetching}
          options={mine.data?.items.map((m) => ({
            value: m.enrolmentId,
            label: t('enrolmentOption', { name: m.class.name, code: m.class.code }),
          }))}
          data-testid="quote-enrolment"
        />
      </Form.Item>
      <QuoteSubmit pending={runner.pending} />
    </Form>
  );
}

/** Finds a class of the reader's region by code or name as they type; a class given by id keeps its label. */
function ClassSelect({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const t = useT(subsidyQuoteMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({
    ...classesQuery({ q: q || undefined, page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const known = results.data?.items.some((item) => item.id === value) ?? false;
  const selected = useQuery({ ...classQuery(value ?? ''), enabled: Boolean(value) && !known });
  const options = useMemo(() => {
    const items = [...(results.data?.items ?? [])];
    if (selected.data && !items.some((item) => item.id === selected.data.id)) items.unshift(selected.data);
    return items.map((item) => ({
      value: item.id,
      label: t('enrolmentOption', { name: item.name, code: item.code }),
    }));
  }, [results.data, selected.data, t]);

  return (
    <Select<string>
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      allowClear
      loading={results.isFetching}
      placeholder={t('classPick')}
      options={options}
      data-testid="quote-class"
    />
  );
}

/**
 * 培训班学员 for staff: a class of their region, then one of its trainees. The class roster links
 * here with `class` and `enrolment` already chosen.
 */
export function ClassTraineeForm({
  runner,
  classId,
  enrolmentId,
}: {
  runner: QuoteRunner;
  classId?: string;
  enrolmentId?: string;
}) {
  const t = useT(subsidyQuoteMessages);
  const [form] = Form.useForm<EnrolmentValues>();
  const chosenClass = Form.useWatch('classId', form);
  const roster = useQuery({ ...rosterQuery(chosenClass ?? ''), enabled: Boolean(chosenClass) });

  return (
    <Form<EnrolmentValues>
      form={form}
      layout="vertical"
      initialValues={{ classId, enrolmentId }}
      disabled={runner.pending}
      // Another class has other trainees.
      onValuesChange={(changed: Partial<EnrolmentValues>) => {
        if ('classId' in changed) form.setFieldValue('enrolmentId', undefined);
      }}
      onFinish={(values) => runner.run({ kind: 'enrolment', enrolmentId: values.enrolmentId }, form, INPUTS)}
    >
      <Form.Item
        name="classId"
        label={t('enrolmentClass')}
        rules={[{ required: true, message: t('classRequired') }]}
      >
        <ClassSelect />
      </Form.Item>
      <Form.Item
        name="enrolmentId"
        label={t('trainee')}
        rules={[{ required: true, message: t('traineeRequired') }]}
      >
        <Select<string>
          placeholder={t('traineePick')}
          disabled={!chosenClass}
          loading={roster.isFetching}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={roster.data ? t('noTrainees') : undefined}
          options={roster.data?.map((trainee) => ({
            value: trainee.enrolmentId,
            label: t('traineeOption', { name: trainee.name, idNumber: trainee.idNumberMasked }),
          }))}
          data-testid="quote-trainee"
        />
      </Form.Item>
      <QuoteSubmit pending={runner.pending} />
    </Form>
  );
}
