import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaToday } from '../../app/forms/china-today';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { handleObjection, type Objection, type RoundDetail, recordObjection } from './selection-api';
import { useRoundMutation } from './use-round-mutation';

const RECORD_OK = { 'data-testid': 'objection-submit' };
const HANDLE_OK = { 'data-testid': 'handle-submit' };

interface RecordValues {
  objector: string;
  content: string;
  receivedOn: Dayjs;
  applicationId?: string;
}

/** Records an objection received while the result is on notice. */
export function RecordObjectionModal({ detail, onClose }: { detail: RoundDetail; onClose: () => void }) {
  const t = useT(selectionMessages);
  const [form] = Form.useForm<RecordValues>();
  const today = dayjs(chinaToday());
  const record = useRoundMutation(
    (values: RecordValues) =>
      recordObjection(detail.round.id, {
        objector: values.objector.trim(),
        content: values.content.trim(),
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        applicationId: values.applicationId,
      }),
    () => t('objectionRecorded'),
    { form, onDone: onClose },
  );
  return (
    <Modal
      open
      title={t('recordObjection')}
      okText={t('recordObjection')}
      cancelText={t('dismiss')}
      okButtonProps={{ ...RECORD_OK }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
      data-testid="objection-modal"
    >
      <Form<RecordValues>
        form={form}
        layout="vertical"
        disabled={record.isPending}
        initialValues={{ receivedOn: today }}
        onFinish={(values) => record.mutate(values)}
      >
        <Form.Item
          name="objector"
          label={t('objector')}
          rules={[{ required: true, whitespace: true, message: t('objectorRequired') }]}
        >
          <Input maxLength={100} data-testid="objection-objector" />
        </Form.Item>
        <Form.Item name="applicationId" label={t('relatedApplication')}>
          <Select
            allowClear
            options={detail.applications.map((a) => ({ value: a.id, label: a.institutionName }))}
          />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('receivedOn')}
          rules={[{ required: true, message: t('receivedOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isAfter(today, 'day')} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('objectionContent')}
          rules={[{ required: true, whitespace: true, message: t('contentRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="objection-content" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface HandleValues {
  outcome: 'upheld' | 'dismissed';
  handling: string;
}

/** Records how an objection was handled; an upheld one sends the result back to scoring. */
export function HandleObjectionModal({
  roundId,
  objection,
  onClose,
}: {
  roundId: string;
  objection: Objection;
  onClose: () => void;
}) {
  const t = useT(selectionMessages);
  const [form] = Form.useForm<HandleValues>();
  const handle = useRoundMutation(
    (values: HandleValues) =>
      handleObjection(roundId, objection.id, { outcome: values.outcome, handling: values.handling.trim() }),
    () => t('handled'),
    { form, onDone: onClose },
  );
  return (
    <Modal
      open
      title={t('handle')}
      okText={t('handle')}
      cancelText={t('dismiss')}
      okButtonProps={{ ...HANDLE_OK }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={handle.isPending}
      destroyOnHidden
      data-testid="handle-modal"
    >
      <Form<HandleValues>
        form={form}
        layout="vertical"
        disabled={handle.isPending}
        onFinish={(values) => handle.mutate(values)}
      >
        <Form.Item
          name="outcome"
          label={t('outcome')}
          extra={t('upheldHint')}
          rules={[{ required: true, message: t('outcomeRequired') }]}
        >
          <Radio.Group
            options={[
              { value: 'dismissed', label: t('dismissed') },
              { value: 'upheld', label: t('upheld') },
            ]}
            data-testid="handle-outcome"
          />
        </Form.Item>
        <Form.Item
          name="handling"
          label={t('handling')}
          rules={[{ required: true, whitespace: true, message: t('handlingRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="handle-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
