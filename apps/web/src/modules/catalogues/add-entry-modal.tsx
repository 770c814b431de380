import { Form, Input, Modal } from 'antd';
import { commonMessages } from '../../app/components/messages';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../../app/components/reason-modal';
import { useT } from '../../app/i18n/locale-context';
import { ProjectSelect } from '../projects/project-select';
import { catalogueMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'add-entry-submit' };

/** Adds a public project to a catalogue, with the reason the change log will show. */
export function AddEntryModal({
  open,
  exclude,
  reasonRequired,
  pending,
  onSubmit,
  onClose,
}: {
  open: boolean;
  exclude: string[];
  /** A published catalogue's changes are logged with their reason; a draft needs none. */
  reasonRequired: boolean;
  pending: boolean;
  onSubmit: (projectId: string, reason: string | undefined) => void;
  onClose: () => void;
}) {
  const t = useT(catalogueMessages);
  const tc = useT(commonMessages);
  const [form] = Form.useForm<{ projectId: string; reason?: string }>();
  return (
    <Modal
      open={open}
      title={t('addEntryTitle')}
      okText={t('addEntryOk')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      forceRender
      data-testid="add-entry-modal"
    >
      <Form
        form={form}
        layout="vertical"
        disabled={pending}
        onFinish={({ projectId, reason }) => onSubmit(projectId, reason?.trim() || undefined)}
      >
        <Form.Item
          name="projectId"
          label={t('project')}
          rules={[{ required: true, message: t('projectRequired') }]}
        >
          <ProjectSelect exclude={exclude} data-testid="add-entry-project" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={reasonRequired ? tc('reason') : tc('reasonOptional')}
          extra={tc('reasonHint')}
          rules={[
            { required: reasonRequired, whitespace: true, message: tc('reasonRequired') },
            { min: REASON_MIN_LENGTH, message: tc('reasonTooShort', { minimum: REASON_MIN_LENGTH }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={REASON_MAX_LENGTH} showCount data-testid="add-entry-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
