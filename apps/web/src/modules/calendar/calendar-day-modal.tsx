import {
  CALENDAR_DAY_KIND_NAMES,
  CALENDAR_DAY_KINDS,
  type CalendarDayKind,
} from '@qiancheng/domain/classes/working-days';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { type CalendarDay, type CalendarEntry, setCalendarDay } from './calendar-api';
import { calendarMessages } from './messages';
import { RemoveDayButton } from './remove-day-button';
import { useCalendarChange } from './use-calendar-change';

const OK_TEST_ID = { 'data-testid': 'calendar-day-submit' };

interface CalendarDayModalProps {
  open: boolean;
  region: string;
  year: number;
  /** The day to start from (a day clicked in the month view), and what is set for it already. */
  day: string | null;
  entry: CalendarEntry | null;
  onClose: () => void;
}

/** Sets a holiday or make-up working day of the region: a new one, or one it changes or overrides. */
export function CalendarDayModal({ open, region, year, day, entry, onClose }: CalendarDayModalProps) {
  const t = useT(calendarMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<CalendarDay>();
  const reportError = useApiErrorReporter(form);
  const kindName = (kind: CalendarDayKind) => CALENDAR_DAY_KIND_NAMES[kind][locale];
  const save = useCalendarChange(
    (values: CalendarDay) => setCalendarDay(region, { ...values, name: values.name.trim() }),
    (_, values) => t('saved', { day: values.day, kind: kindName(values.kind) }),
    { onDone: onClose, onError: reportError },
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      entry && !entry.inherited
        ? { day: entry.day, kind: entry.kind, name: entry.name }
        : { day: day ?? undefined, kind: entry?.kind ?? 'holiday', name: entry?.name },
    );
  }, [open, day, entry, form]);

  const editing = entry !== null && !entry.inherited;
  return (
    <Modal
      open={open}
      title={editing ? t('dayTitleEdit', { day: entry.day }) : t('dayTitleAdd')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {editing && <RemoveDayButton region={region} day={entry.day} onDone={onClose} />}
          <CancelBtn />
          <OkBtn />
        </>
      )}
      data-testid="calendar-day-modal"
    >
      {entry?.inherited && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('dayInherited', {
            region: entry.regionName,
            kind: kindName(entry.kind),
            name: entry.name,
          })}
        />
      )}
      <Form<CalendarDay>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="day" label={t('day')} rules={[{ required: true, message: t('dayRequired') }]}>
          <CivilDatePicker
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            disabled={editing}
            style={{ width: '100%' }}
            data-testid="calendar-day-date"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('kindRequired') }]}>
          <Radio.Group
            optionType="button"
            options={CALENDAR_DAY_KINDS.map((kind) => ({ value: kind, label: kindName(kind) }))}
            data-testid="calendar-day-kind"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
        >
          <Input
            maxLength={40}
            showCount
            placeholder={t('namePlaceholder')}
            data-testid="calendar-day-name"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
