import { ORGANIZATION_ROLES, ROLE_NAMES, ROLES_CREATABLE_BY_ADMIN, type Role } from '@qiancheng/domain';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import type { User } from '../../app/api/types';
import { mobileRule, strongPasswordRule, usernameRule } from '../../app/forms/field-rules';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { generatePassword } from './generate-password';
import { userMessages } from './messages';
import { createUser, type NewUser } from './users-api';

interface CreateUserModalProps {
  open: boolean;
  /** The administrator's own region, the top of what they may assign. */
  root: { code: string; name: string } | null;
  onClose: () => void;
  onCreated: (user: User) => void;
}

export function CreateUserModal({ open, root, onClose, onCreated }: CreateUserModalProps) {
  const t = useT(userMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const reportError = useApiErrorReporter(form);
  const role = Form.useWatch('role', form);
  const needsOrganization = role !== undefined && ORGANIZATION_ROLES.includes(role);

  const create = useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      message.success(t('created', { name: user.displayName }));
      form.resetFields();
      onCreated(user);
    },
    onError: reportError,
  });

  const submit = (values: NewUser) =>
    create.mutate({
      ...values,
      displayName: values.displayName.trim(),
      organizationName: needsOrganization ? values.organizationName?.trim() : undefined,
      mobile: values.mobile?.trim() || undefined,
    });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createOk')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      // Rendered while closed so the form instance exists; typed values survive a cancel.
      forceRender
      data-testid="create-user-modal"
    >
      <Form<NewUser> form={form} layout="vertical" onFinish={submit} disabled={create.isPending}>
        <Form.Item
          name="username"
          label={t('username')}
          validateFirst
          rules={[{ required: true, message: t('usernameRequired') }, usernameRule(locale)]}
        >
          <Input autoComplete="off" maxLength={32} data-testid="create-user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('displayName')}
          rules={[{ required: true, whitespace: true, message: t('displayNameRequired') }]}
        >
          <Input maxLength={50} data-testid="create-user-display-name" />
        </Form.Item>
        <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('roleRequired') }]}>
          <Select<Role>
            options={ROLES_CREATABLE_BY_ADMIN.map((value) => ({ value, label: ROLE_NAMES[value][locale] }))}
            data-testid="create-user-role"
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('region')}
          rules={[{ required: true, message: t('regionRequired') }]}
        >
          <RegionCascader root={root} data-testid="create-user-region" />
        </Form.Item>
        {needsOrganization && (
          <Form.Item
            name="organizationName"
            label={t('organization')}
            rules={[{ required: true, whitespace: true, message: t('organizationRequired') }]}
          >
            <Input maxLength={100} data-testid="create-user-organization" />
          </Form.Item>
        )}
        <Form.Item name="mobile" label={t('mobile')} rules={[mobileRule(locale)]}>
          <Input inputMode="tel" maxLength={20} data-testid="create-user-mobile" />
        </Form.Item>
        <Form.Item label={t('password')} extra={t('passwordHint')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="password"
              noStyle
              validateFirst
              rules={[{ required: true, message: t('passwordRequired') }, strongPasswordRule(locale)]}
            >
              <Input.Password autoComplete="new-password" data-testid="create-user-password" />
            </Form.Item>
            <Button
              onClick={() => {
                form.setFieldValue('password', generatePassword());
                void form.validateFields(['password']);
              }}
            >
              {t('generatePassword')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
