import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { claimMessages } from './messages';

/**
 * 初审通过 / 复审通过: what the decision means, with an optional note. The form exists only while
 * the dialog is open, so a decision started anew starts with an empty note.
 */
export function DecisionModal({
  open,
  title,
  content,
  noteLabel,
  okText,
  pending,
  onSubmit,
  onClose,
  testId,
}: {
  open: boolean;
  title: ReactNode;
  content: ReactNode;
  noteLabel: string;
  okText: string;
  pending: boolean;
  onSubmit: (note: string | undefined) => void;
  onClose: () => void;
  testId: string;
}) {
  const t = useT(claimMessages);
  const [form] = Form.useForm<{ note?: string }>();
  const okButtonProps = { 'data-testid': `${testId}-ok` };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      okButtonProps={okButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      data-testid={`${testId}-modal`}
    >
      <Typography.Paragraph>{content}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        disabled={pending}
        onFinish={({ note }) => onSubmit(note?.trim() || undefined)}
      >
        <Form.Item name="note" label={noteLabel}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid={`${testId}-note`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
