import { MAX_FILING_LEAD_WORKING_DAYS } from '@qiancheng/domain/classes/working-days';
import { Button, Card, Divider, Flex, Form, InputNumber, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { setFilingLead, type WorkingCalendarView } from './calendar-api';
import { FilingDeadlineHint } from './filing-deadline-hint';
import { calendarMessages } from './messages';
import { useCalendarChange } from './use-calendar-change';

interface LeadValues {
  mode: 'inherit' | 'own';
  days?: number | null;
}

/**
 * 开班备案期限 of the region: its own number of working days, or the rule of the region above; and
 * a trial of the deadline it gives for a start date.
 */
export function FilingLeadCard({ view }: { view: WorkingCalendarView }) {
  const t = useT(calendarMessages);
  const [form] = Form.useForm<LeadValues>();
  const reportError = useApiErrorReporter(form);
  const [trialStart, setTrialStart] = useState<string | null>(null);
  const mode = Form.useWatch('mode', form);
  const save = useCalendarChange(
    (values: LeadValues) =>
      setFilingLead(view.regionCode, values.mode === 'own' ? (values.days ?? null) : null),
    (saved) =>
      saved.filingLeadWorkingDays === null
        ? t('leadInherited', { days: saved.effectiveFilingLeadWorkingDays })
        : t('leadSaved', { days: saved.filingLeadWorkingDays }),
    { onError: reportError },
  );

  useEffect(() => {
    form.setFieldsValue({
      mode: view.filingLeadWorkingDays === null ? 'inherit' : 'own',
      days: view.filingLeadWorkingDays ?? view.effectiveFilingLeadWorkingDays,
    });
  }, [form, view.filingLeadWorkingDays, view.effectiveFilingLeadWorkingDays]);

  return (
    <Card title={t('leadTitle')} data-testid="filing-lead-card">
      <Flex vertical gap={12}>
        <Typography.Text strong data-testid="filing-lead-effective">
          {t('leadEffective', { days: view.effectiveFilingLeadWorkingDays })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('leadIntro')}
        </Typography.Paragraph>
        <Form<LeadValues>
          form={form}
          layout="vertical"
          disabled={save.isPending}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item name="mode" style={{ marginBottom: 12 }}>
            <Radio.Group
              options={[
                { value: 'inherit', label: t('leadInherit') },
                { value: 'own', label: t('leadOwn') },
              ]}
              data-testid="filing-lead-mode"
            />
          </Form.Item>
          {mode === 'own' && (
            <Form.Item
              name="days"
              label={t('leadDays')}
              rules={[{ required: true, message: t('leadRequired') }]}
            >
              <InputNumber
                min={0}
                max={MAX_FILING_LEAD_WORKING_DAYS}
                precision={0}
                suffix={t('leadDaysUnit')}
                style={{ width: 200 }}
                data-testid="filing-lead-days"
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="filing-lead-save">
            {t('save')}
          </Button>
        </Form>
        <Divider style={{ margin: '4px 0' }} />
        <Typography.Text strong>{t('trial')}</Typography.Text>
        <CivilDatePicker
          value={trialStart}
          onChange={setTrialStart}
          placeholder={t('trialStart')}
          data-testid="filing-trial-start"
        />
        <FilingDeadlineHint regionCode={view.regionCode} startDate={trialStart} />
      </Flex>
    </Card>
  );
}
