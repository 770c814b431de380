import { Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { policyMessages } from './messages';
import type { PolicyDetail } from './policies-api';

const OK_TEST_ID = { 'data-testid': 'policy-publish-ok' };

/** 审核发布: what publishing means for the region, with an optional decision note. */
export function PublishModal({
  policy,
  open,
  pending,
  onSubmit,
  onClose,
}: {
  policy: PolicyDetail;
  open: boolean;
  pending: boolean;
  onSubmit: (note: string | undefined) => void;
  onClose: () => void;
}) {
  const t = useT(policyMessages);
  const [form] = Form.useForm<{ note?: string }>();
  return (
    <Modal
      open={open}
      title={t('publishTitle', { label: policy.label })}
      okText={t('publish')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      data-testid="policy-publish-modal"
    >
      <Typography.Paragraph>{t('publishContent', { date: policy.effectiveFrom })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        disabled={pending}
        onFinish={({ note }) => onSubmit(note?.trim() || undefined)}
      >
        <Form.Item name="note" label={t('publishNote')}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="policy-publish-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
