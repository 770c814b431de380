import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaToday } from '../../app/forms/china-today';
import { useT } from '../../app/i18n/locale-context';
import { SEVERITY_KEYS, SOURCE_KEYS } from './findings-table';
import {
  FINDING_SEVERITIES,
  FINDING_SOURCES,
  type FindingSeverity,
  type FindingSource,
  type InstitutionDetail,
  recordFinding,
} from './institutions-api';
import { institutionMessages } from './messages';
import { staffMessages } from './staff-messages';
import { useStaffInstitutionChange } from './use-staff-institution-change';

interface FindingFormValues {
  source: FindingSource;
  severity: FindingSeverity;
  description: string;
  foundOn: Dayjs;
}

const OK_TEST_ID = { 'data-testid': 'finding-submit' };

/** Records a problem found in supervision, a complaint or an audit against the institution. */
export function FindingModal({
  institution,
  open,
  onClose,
}: {
  institution: InstitutionDetail;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(staffMessages);
  const ti = useT(institutionMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<FindingFormValues>();
  const today = dayjs(chinaToday());
  const record = useStaffInstitutionChange(
    (input: Parameters<typeof recordFinding>[1]) => recordFinding(institution.id, input),
    {
      form,
      onSuccess: () => {
        message.success(t('findingRecorded'));
        onClose();
      },
    },
  );

  return (
    <Modal
      open={open}
      title={t('findingTitle')}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
      data-testid="finding-modal"
    >
      <Form<FindingFormValues>
        form={form}
        layout="vertical"
        initialValues={{ severity: 'minor', foundOn: today }}
        disabled={record.isPending}
        onFinish={(values) =>
          record.mutate({
            source: values.source,
            severity: values.severity,
            description: values.description.trim(),
            foundOn: values.foundOn.format('YYYY-MM-DD'),
          })
        }
      >
        <Form.Item
          name="source"
          label={ti('findingSource')}
          rules={[{ required: true, message: t('findingSourceRequired') }]}
        >
          <Select
            options={FINDING_SOURCES.map((value) => ({ value, label: ti(SOURCE_KEYS[value]) }))}
            data-testid="finding-source"
          />
        </Form.Item>
        <Form.Item
          name="severity"
          label={ti('findingSeverity')}
          rules={[{ required: true, message: t('findingSeverityRequired') }]}
        >
          <Radio.Group
            options={FINDING_SEVERITIES.map((value) => ({ value, label: ti(SEVERITY_KEYS[value]) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={ti('findingDescription')}
          rules={[{ required: true, whitespace: true, message: t('findingDescriptionRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="finding-description" />
        </Form.Item>
        <Form.Item
          name="foundOn"
          label={ti('foundOn')}
          rules={[{ required: true, message: t('foundOnRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(today, 'day')}
            data-testid="finding-found-on"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
