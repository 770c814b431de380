import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { myInstitutionQuery } from '../institutions/institutions-api';
import { ATTENDANCE_QUERY_ROOT, registerTerminal } from './attendance-api';
import { attendanceMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'terminal-submit' };

interface TerminalForm {
  code: string;
  siteId: string;
  name: string;
}

/** Registers a face-recognition terminal at one of the institution's sites in use. */
export function RegisterTerminalModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(attendanceMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<TerminalForm>();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form);
  const institution = useQuery({ ...myInstitutionQuery, enabled: open });
  const register = useMutation({
    mutationFn: registerTerminal,
    onSuccess: () => {
      message.success(t('registeredOk'));
      void queryClient.invalidateQueries({ queryKey: ATTENDANCE_QUERY_ROOT });
      form.resetFields();
      onClose();
    },
    onError: reportError,
  });
  return (
    <Modal
      open={open}
      title={t('registerTerminal')}
      okText={t('submit')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      confirmLoading={register.isPending}
      onCancel={onClose}
      okButtonProps={OK_TEST_ID}
      destroyOnHidden
      data-testid="register-terminal-modal"
    >
      <Form<TerminalForm>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          register.mutate({ code: values.code.trim(), siteId: values.siteId, name: values.name.trim() })
        }
      >
        <Form.Item
          name="code"
          label={t('terminalCode')}
          extra={t('terminalCodeHint')}
          rules={[{ required: true, whitespace: true, message: t('terminalCodeRequired') }]}
        >
          <Input maxLength={64} data-testid="terminal-code" />
        </Form.Item>
        <Form.Item
          name="siteId"
          label={t('terminalSite')}
          rules={[{ required: true, message: t('terminalSiteRequired') }]}
        >
          <Select
            loading={institution.isPending}
            options={(institution.data?.sites ?? [])
              .filter((site) => !site.retired)
              .map((site) => ({ value: site.id, label: `${site.name}（${site.address}）` }))}
            data-testid="terminal-site"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('terminalName')}
          rules={[{ required: true, whitespace: true, message: t('terminalNameRequired') }]}
        >
          <Input maxLength={100} placeholder={t('terminalNamePlaceholder')} data-testid="terminal-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
