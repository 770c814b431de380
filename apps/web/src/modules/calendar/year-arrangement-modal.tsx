import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CALENDAR_DAY_KIND_NAMES, CALENDAR_DAY_KINDS } from '@qiancheng/domain/classes/working-days';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useLocatedErrorReporter } from '../../app/forms/use-located-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { type CalendarEntry, replaceCalendarYear } from './calendar-api';
import { calendarMessages } from './messages';
import { useCalendarChange } from './use-calendar-change';
import { type ArrangementProblem, type ArrangementRow, parseArrangement } from './year-arrangement';

interface YearValues {
  days: ArrangementRow[];
}

interface YearArrangementModalProps {
  open: boolean;
  region: { code: string; name: string };
  year: number;
  /** The region's own entries of the year, which the list starts from and replaces. */
  own: CalendarEntry[];
  onClose: () => void;
}

const OK_TEST_ID = { 'data-testid': 'year-save' };
const REPLACE_TEST_ID = { 'data-testid': 'year-replace-confirm' };

const PROBLEM_KEYS = {
  date: 'problem_date',
  kind: 'problem_kind',
  outside_year: 'problem_outside_year',
  repeated: 'problem_repeated',
} as const satisfies Record<ArrangementProblem['reason'], string>;

/** The server names a row's field `days.3.day`; the list holds it at ['days', 3, 'day']. */
function locateDayField(field: string): (string | number)[] | null {
  const match = /^days\.(\d+)\.(day|kind|name)$/.exec(field);
  return match ? ['days', Number(match[1]), match[2]!] : null;
}

/**
 * 整年录入: the year's holidays and make-up working days pasted as text or typed as rows, checked
 * row by row, then saved in place of the region's own entries of that year after a confirmation.
 */
export function YearArrangementModal({ open, region, year, own, onClose }: YearArrangementModalProps) {
  const t = useT(calendarMessages);
  const { locale } = useLocale();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<YearValues>();
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<ArrangementProblem[]>([]);
  const reportError = useLocatedErrorReporter(form, useCallback(locateDayField, []));
  const save = useCalendarChange(
    (days: ArrangementRow[]) =>
      replaceCalendarYear(
        region.code,
        year,
        days.map((d) => ({ ...d, name: d.name.trim() })),
      ),
    (_, days) => t('yearSaved', { region: region.name, year, count: days.length }),
    { onDone: onClose, onError: reportError },
  );

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ days: own.map(({ day, kind, name }) => ({ day, kind, name })) });
    setPasted('');
    setProblems([]);
  }, [open, own, form]);

  const recognise = () => {
    const parsed = parseArrangement(pasted, year);
    form.setFieldsValue({ days: parsed.rows });
    setProblems(parsed.problems);
    message.info(t('recognised', { count: parsed.rows.length }));
  };

  const confirm = ({ days }: YearValues) => {
    const rows = days ?? [];
    modal.confirm({
      title: t('replaceTitle', { year }),
      content: t('replaceDescription', { count: rows.length, own: own.length, region: region.name, year }),
      okText: t('replaceOk'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true, ...REPLACE_TEST_ID },
      onOk: () => save.mutateAsync(rows).catch(() => {}),
    });
  };

  const watched = (Form.useWatch('days', form) ?? []) as ArrangementRow[];
  const duplicateRule = (index: number) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const earlier = watched.findIndex((row, other) => other < index && row?.day === value);
      if (value && earlier >= 0) throw new Error(t('duplicateDay', { row: earlier + 1 }));
    },
  });

  return (
    <Modal
      open={open}
      title={t('yearTitle', { region: region.name, year })}
      okText={t('saveYear')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={820}
      forceRender
      data-testid="year-arrangement-modal"
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('yearIntro')}
        </Typography.Paragraph>
        <Input.TextArea
          rows={4}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          placeholder={t('pastePlaceholder')}
          data-testid="year-paste"
        />
        <Flex justify="end">
          <Button onClick={recognise} disabled={pasted.trim() === ''} data-testid="year-recognise">
            {t('recognise')}
          </Button>
        </Flex>
        {problems.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('pasteProblems', { count: problems.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p) => (
                  <li key={p.line}>
                    {t('lineValue', {
                      line: p.line,
                      text: p.text,
                      problem: t(PROBLEM_KEYS[p.reason], { year }),
                    })}
                  </li>
                ))}
              </ul>
            }
            data-testid="year-problems"
          />
        )}
        <Form<YearValues> form={form} disabled={save.isPending} onFinish={confirm}>
          <Form.List name="days">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                <div style={{ maxHeight: 360, overflowY: 'auto', paddingInlineEnd: 4 }}>
                  {fields.length === 0 && <Alert type="info" showIcon title={t('noRows', { year })} />}
                  {fields.map((field, index) => (
                    <Flex key={field.key} gap={8} align="start" data-testid={`year-row-${index}`}>
                      <Typography.Text type="secondary" style={{ width: 28, paddingTop: 5 }}>
                        {index + 1}
                      </Typography.Text>
                      <Form.Item
                        name={[field.name, 'day']}
                        rules={[{ required: true, message: t('dayRequired') }, duplicateRule(index)]}
                        style={{ marginBottom: 8 }}
                      >
                        <CivilDatePicker
                          min={`${year}-01-01`}
                          max={`${year}-12-31`}
                          data-testid={`year-row-day-${index}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'kind']}
                        rules={[{ required: true, message: t('kindRequired') }]}
                        style={{ marginBottom: 8 }}
                      >
                        <Select
                          style={{ width: 140 }}
                          options={CALENDAR_DAY_KINDS.map((kind) => ({
                            value: kind,
                            label: CALENDAR_DAY_KIND_NAMES[kind][locale],
                          }))}
                          data-testid={`year-row-kind-${index}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
                        style={{ marginBottom: 8, flex: 1 }}
                      >
                        <Input
                          maxLength={40}
                          placeholder={t('namePlaceholder')}
                          data-testid={`year-row-name-${index}`}
                        />
                      </Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        title={t('removeRow')}
                        aria-label={t('removeRow')}
                        onClick={() => remove(field.name)}
                        data-testid={`year-row-remove-${index}`}
                      />
                    </Flex>
                  ))}
                </div>
                <Flex justify="space-between" align="center">
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ kind: 'holiday', name: '' })}
                    data-testid="year-add-row"
                  >
                    {t('addRow')}
                  </Button>
                  <Typography.Text type="secondary">
                    {t('rowsTotal', { count: fields.length })}
                  </Typography.Text>
                </Flex>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Flex>
    </Modal>
  );
}
