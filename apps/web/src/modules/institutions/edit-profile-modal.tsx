import { Alert, App, Form, Modal } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { changesIdentity, type ProfileFormValues, profilePatch } from './form-values';
import { InstitutionFields } from './institution-fields';
import { type InstitutionDetail, type InstitutionProfile, updateMyInstitution } from './institutions-api';
import { ownMessages } from './own-messages';
import { useOwnInstitutionChange } from './use-own-institution-change';

const OK_TEST_ID = { 'data-testid': 'edit-profile-submit' };

function formValuesOf(institution: InstitutionDetail): ProfileFormValues {
  return {
    name: institution.name,
    type: institution.type,
    regionCode: institution.regionCode,
    address: institution.address,
    legalRepresentative: institution.legalRepresentative,
    contactName: institution.contactName,
    contactPhone: '',
    introduction: institution.introduction ?? '',
  };
}

/**
 * Edits the particulars. Contact details change freely; a new name, type, legal representative or
 * region sends an approved registration back to review, so that is said before and asked again.
 */
export function EditProfileModal({
  institution,
  open,
  onClose,
}: {
  institution: InstitutionDetail;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(ownMessages);
  const { message, modal } = App.useApp();
  const province = useDeploymentRegion();
  const [form] = Form.useForm<ProfileFormValues>();
  const approved = institution.reviewStatus === 'approved';

  const save = useOwnInstitutionChange(updateMyInstitution, {
    form,
    onSuccess: (saved) => {
      message.success(
        approved && saved.reviewStatus === 'pending' ? t('profileBackToReview') : t('profileSaved'),
      );
      onClose();
    },
  });

  const submit = (values: ProfileFormValues) => {
    const patch: Partial<InstitutionProfile> = profilePatch(institution, values);
    if (Object.keys(patch).length === 0) {
      message.info(t('noChanges'));
      onClose();
      return;
    }
    if (approved && changesIdentity(patch)) {
      modal.confirm({
        title: t('identityConfirmTitle'),
        content: t('identityConfirm'),
        okText: t('ok'),
        cancelText: t('cancel'),
        onOk: () => save.mutateAsync(patch).catch(() => undefined),
      });
      return;
    }
    save.mutate(patch);
  };

  return (
    <Modal
      open={open}
      title={t('editProfileTitle')}
      okText={t('ok')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
      data-testid="edit-profile-modal"
    >
      {approved && (
        <Alert type="warning" showIcon title={t('identityWarning')} style={{ marginBottom: 16 }} />
      )}
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={formValuesOf(institution)}
        onFinish={submit}
        disabled={save.isPending}
      >
        <InstitutionFields
          prefix={[]}
          root={province}
          withCreditCode={false}
          maskedPhone={t('phoneUnchanged', { masked: institution.contactPhoneMasked })}
        />
      </Form>
    </Modal>
  );
}
