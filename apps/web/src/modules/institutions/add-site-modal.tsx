import { App, Form, Modal } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { type SiteFormValues, siteFromForm } from './form-values';
import { addSite } from './institutions-api';
import { ownMessages } from './own-messages';
import { SiteFields } from './site-fields';
import { useOwnInstitutionChange } from './use-own-institution-change';

const OK_TEST_ID = { 'data-testid': 'add-site-submit' };

export function AddSiteModal({
  open,
  root,
  onClose,
}: {
  open: boolean;
  root: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const t = useT(ownMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<SiteFormValues>();
  const close = () => {
    form.resetFields();
    onClose();
  };
  const add = useOwnInstitutionChange(addSite, {
    form,
    onSuccess: () => {
      message.success(t('siteAdded'));
      close();
    },
  });
  return (
    <Modal
      open={open}
      title={t('addSiteTitle')}
      okText={t('addSite')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={add.isPending}
      width={720}
      forceRender
      data-testid="add-site-modal"
    >
      <Form<SiteFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => add.mutate(siteFromForm(values))}
        disabled={add.isPending}
      >
        <SiteFields name={[]} root={root} testIdPrefix="site" />
      </Form>
    </Modal>
  );
}
