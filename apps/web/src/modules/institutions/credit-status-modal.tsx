import type { CreditStatus } from '@qiancheng/domain/institutions/credit-status';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { creditStatusOptions } from './code-labels';
import { decisionUntilRule } from './institution-rules';
import { decideCreditStatus, type InstitutionDetail } from './institutions-api';
import { staffMessages } from './staff-messages';
import { useStaffInstitutionChange } from './use-staff-institution-change';

interface CreditFormValues {
  status: CreditStatus;
  reason: string;
  effectiveFrom?: Dayjs | null;
  effectiveUntil?: Dayjs | null;
}

const OK_TEST_ID = { 'data-testid': 'credit-submit' };
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

/** A credit status decision with its grounds and period; a suspension must say when it ends. */
export function CreditStatusModal({
  institution,
  open,
  onClose,
}: {
  institution: InstitutionDetail;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(staffMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreditFormValues>();
  const status = Form.useWatch('status', form);
  const decide = useStaffInstitutionChange(
    (input: Parameters<typeof decideCreditStatus>[1]) => decideCreditStatus(institution.id, input),
    {
      form,
      onSuccess: () => {
        message.success(t('creditDecided'));
        onClose();
      },
    },
  );

  const submit = (values: CreditFormValues) =>
    decide.mutate({
      status: values.status,
      reason: values.reason.trim(),
      effectiveFrom: day(values.effectiveFrom),
      effectiveUntil: values.status === 'blacklisted' ? null : (day(values.effectiveUntil) ?? null),
    });

  return (
    <Modal
      open={open}
      title={t('creditTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      destroyOnHidden
      data-testid="credit-status-modal"
    >
      <Alert type="info" showIcon title={t('creditHint')} style={{ marginBottom: 16 }} />
      <Form<CreditFormValues>
        form={form}
        layout="vertical"
        initialValues={{ status: institution.creditStatus }}
        onFinish={submit}
        disabled={decide.isPending}
      >
        <Form.Item
          name="status"
          label={t('creditStatus')}
          rules={[{ required: true, message: t('creditStatusRequired') }]}
        >
          <Select options={creditStatusOptions(locale)} data-testid="credit-status" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('creditReason')}
          rules={[{ required: true, whitespace: true, message: t('creditReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="credit-reason" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="effectiveFrom" label={t('effectiveFrom')} extra={t('effectiveFromHint')}>
              <DatePicker style={{ width: '100%' }} data-testid="credit-from" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="effectiveUntil"
              label={t('effectiveUntil')}
              required={status === 'suspended'}
              dependencies={['status', 'effectiveFrom']}
              rules={[decisionUntilRule(locale)]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabled={status === 'blacklisted'}
                data-testid="credit-until"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
