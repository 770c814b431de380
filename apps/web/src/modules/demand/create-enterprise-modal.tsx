import { DEMAND_TEXT_LIMITS } from '@qiancheng/domain/demand/demand-row';
import { CREDIT_CODE_PROBLEMS, parseCreditCode } from '@qiancheng/domain/identity/credit-code';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import {
  createEnterprise,
  ENTERPRISES_QUERY_ROOT,
  type Enterprise,
  type NewEnterprise,
} from './enterprises-api';
import { demandMessages } from './messages';

interface CreateEnterpriseModalProps {
  open: boolean;
  root: { code: string; name: string } | null;
  onClose: () => void;
  onCreated: (enterprise: Enterprise) => void;
}

/** Records an enterprise that has no account yet, so staff can register its demand. */
export function CreateEnterpriseModal({ open, root, onClose, onCreated }: CreateEnterpriseModalProps) {
  const t = useT(demandMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewEnterprise>();
  const reportError = useApiErrorReporter(form);

  const create = useMutation({
    mutationFn: createEnterprise,
    onSuccess: (enterprise) => {
      message.success(t('enterpriseCreated', { name: enterprise.name }));
      void queryClient.invalidateQueries({ queryKey: ENTERPRISES_QUERY_ROOT });
      form.resetFields();
      onCreated(enterprise);
    },
    onError: reportError,
  });

  return (
    <Modal
      open={open}
      title={t('newEnterpriseTitle')}
      okText={t('declareOk')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      forceRender
      data-testid="create-enterprise-modal"
    >
      <Form<NewEnterprise>
        form={form}
        layout="vertical"
        disabled={create.isPending}
        onFinish={(values) =>
          create.mutate({
            creditCode: values.creditCode.trim().toUpperCase(),
            name: values.name.trim(),
            regionCode: values.regionCode,
            address: values.address?.trim() || undefined,
          })
        }
      >
        <Form.Item
          name="creditCode"
          label={t('creditCode')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('creditCodeRequired') },
            {
              validator: async (_rule, value: string) => {
                const parsed = parseCreditCode(value);
                if (!parsed.ok) throw new Error(CREDIT_CODE_PROBLEMS[parsed.reason][locale]);
              },
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="enterprise-credit-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('enterpriseName')}
          rules={[{ required: true, whitespace: true, message: t('enterpriseNameRequired') }]}
        >
          <Input maxLength={DEMAND_TEXT_LIMITS.enterpriseName} data-testid="enterprise-name" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('enterpriseRegion')}
          rules={[{ required: true, message: t('regionRequired') }]}
        >
          <RegionCascader root={root} data-testid="enterprise-region" />
        </Form.Item>
        <Form.Item name="address" label={t('address')}>
          <Input maxLength={DEMAND_TEXT_LIMITS.address} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
