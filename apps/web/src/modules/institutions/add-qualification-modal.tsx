import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { DocumentUpload } from '../documents/document-upload';
import { type QualificationFormValues, qualificationFromForm } from './form-values';
import { addQualification } from './institutions-api';
import { ownMessages } from './own-messages';
import { QualificationFields } from './qualification-fields';
import { useOwnInstitutionChange } from './use-own-institution-change';

type AddQualificationValues = QualificationFormValues & { documentId?: string | null };

const OK_TEST_ID = { 'data-testid': 'add-qualification-submit' };

/**
 * Registers a qualification with its scanned certificate: the file goes to the documents endpoint
 * first (checked there by content and size), and the qualification then names the stored file.
 */
export function AddQualificationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(ownMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<AddQualificationValues>();
  const [uploading, setUploading] = useState(false);

  const close = () => {
    form.resetFields();
    onClose();
  };

  const add = useOwnInstitutionChange(addQualification, {
    form,
    onSuccess: () => {
      message.success(t('qualificationAdded'));
      close();
    },
  });

  const submit = (values: AddQualificationValues) => {
    if (uploading) {
      message.warning(t('uploadPending'));
      return;
    }
    add.mutate({ ...qualificationFromForm(values), documentId: values.documentId ?? null });
  };

  return (
    <Modal
      open={open}
      title={t('addQualification')}
      okText={t('addQualification')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={add.isPending}
      width={720}
      destroyOnHidden
      data-testid="add-qualification-modal"
    >
      <Form<AddQualificationValues> form={form} layout="vertical" onFinish={submit} disabled={add.isPending}>
        <QualificationFields name={[]} path={[]} testIdPrefix="qualification" />
        <Form.Item name="documentId" label={t('uploadLabel')} extra={t('uploadHint')}>
          <DocumentUpload
            purpose="qualification"
            onBusyChange={setUploading}
            data-testid="qualification-upload"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
