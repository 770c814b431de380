import { Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/locale-context';
import { commonMessages } from './messages';

/** The reason limits the server applies to life-cycle actions (audit reasons). */
export const REASON_MIN_LENGTH = 2;
export const REASON_MAX_LENGTH = 500;

interface ReasonModalProps {
  open: boolean;
  title: ReactNode;
  /** What will happen, shown above the reason. */
  description?: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  pending: boolean;
  /** Some actions ask for a reason only in some states (a draft catalogue needs none). */
  optional?: boolean;
  maxLength?: number;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
  'data-testid'?: string;
}

/**
 * Asks why before an action that changes what others see (closing a demand line, withdrawing a
 * project, changing a published catalogue): the server requires the reason and audits it.
 *
 * The form exists only while the dialog is open (a list renders one per row), and the OK button
 * submits it through the form attribute, so no form instance outlives it.
 */
export function ReasonModal({
  open,
  title,
  description,
  okText,
  danger = false,
  pending,
  optional = false,
  maxLength = REASON_MAX_LENGTH,
  onSubmit,
  onClose,
  ...rest
}: ReasonModalProps) {
  const t = useT(commonMessages);
  const formId = useId();
  const okButtonProps = { danger, htmlType: 'submit' as const, form: formId, 'data-testid': 'reason-ok' };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      okButtonProps={okButtonProps}
      confirmLoading={pending}
      onCancel={onClose}
      destroyOnHidden
      data-testid={rest['data-testid']}
    >
      {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
      <Form
        id={formId}
        name={formId}
        layout="vertical"
        onFinish={({ reason }: { reason?: string }) => onSubmit(reason?.trim() || undefined)}
        disabled={pending}
      >
        <Form.Item
          name="reason"
          label={optional ? t('reasonOptional') : t('reason')}
          extra={t('reasonHint')}
          validateFirst
          rules={[
            { required: !optional, whitespace: true, message: t('reasonRequired') },
            { min: REASON_MIN_LENGTH, message: t('reasonTooShort', { minimum: REASON_MIN_LENGTH }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={maxLength} showCount data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
