import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { policyMessages } from './messages';
import { createPolicy, type NewPolicy, POLICIES_QUERY_ROOT } from './policies-api';

const OK_TEST_ID = { 'data-testid': 'policy-create-ok' };

interface CreateValues {
  regionCode?: string;
  title: string;
  effectiveFrom: string;
  note?: string;
}

/**
 * 新建版本: a draft for the administrator's region or one inside it, starting from the rules that
 * apply there today; the new draft opens for editing.
 */
export function CreatePolicyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(policyMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [form] = Form.useForm<CreateValues>();
  const reportError = useApiErrorReporter(form);

  const create = useMutation({
    mutationFn: (input: NewPolicy) => createPolicy(input),
    onSuccess: (policy) => {
      message.success(t('created', { label: policy.label }));
      void queryClient.invalidateQueries({ queryKey: POLICIES_QUERY_ROOT });
      onClose();
      navigate(`/app/subsidy-policies/${policy.id}`);
    },
    onError: reportError,
  });

  const submit = (values: CreateValues) =>
    create.mutate({
      ...(values.regionCode ? { regionCode: values.regionCode } : {}),
      title: values.title.trim(),
      effectiveFrom: values.effectiveFrom,
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createOk')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      data-testid="policy-create-modal"
    >
      <Typography.Paragraph type="secondary">{t('createHint')}</Typography.Paragraph>
      <Form<CreateValues> form={form} layout="vertical" disabled={create.isPending} onFinish={submit}>
        <Form.Item
          name="title"
          label={t('policyTitle')}
          rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}
        >
          <Input maxLength={100} placeholder={t('titlePlaceholder')} data-testid="policy-create-title" />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('effectiveFrom')}
          rules={[{ required: true, message: t('effectiveFromRequired') }]}
        >
          <CivilDatePicker style={{ width: 200 }} data-testid="policy-create-effective" />
        </Form.Item>
        {root && (
          <Form.Item
            name="regionCode"
            label={t('region')}
            extra={t('createRegionHint', { region: root.name })}
          >
            <RegionCascader root={root} placeholder={root.name} data-testid="policy-create-region" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={t('notePlaceholder')}
            data-testid="policy-create-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
