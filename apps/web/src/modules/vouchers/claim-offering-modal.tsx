import { type TargetGroupCode, targetGroup } from '@qiancheng/domain/reference/target-groups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { offeringMessages } from './offering-messages';
import { type AvailableOffering, claimOffering } from './offerings-api';
import { VOUCHERS_QUERY_ROOT } from './vouchers-api';

const CLAIM_OK = { 'data-testid': 'offering-claim-ok' };

/**
 * 领取 a voucher of an offering open to the worker: they confirm, declaring the group they belong
 * to when the offering names groups (recorded on the voucher).
 */
export function ClaimOfferingModal({
  offering,
  onClose,
}: {
  offering: AvailableOffering;
  onClose: () => void;
}) {
  const t = useT(offeringMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ targetGroup?: TargetGroupCode }>();
  const submission = useSubmissionKey();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form);
  const asksGroup = offering.targetGroups.length > 0;
  const claim = useMutation({
    mutationFn: (targetGroup: TargetGroupCode | null) =>
      claimOffering(offering.id, targetGroup, submission.for({ id: offering.id, targetGroup })),
    onSuccess: async (voucher) => {
      submission.reset();
      await queryClient.invalidateQueries({ queryKey: VOUCHERS_QUERY_ROOT });
      message.success(t('claimedToast', { code: voucher.code }));
      onClose();
    },
    onError: reportError,
  });
  return (
    <Modal
      open
      title={t('claimTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('claimOk')}
      cancelText={t('cancel')}
      okButtonProps={{ ...CLAIM_OK, loading: claim.isPending }}
      destroyOnHidden
      data-testid="offering-claim-modal"
    >
      <Typography.Paragraph>{t('claimConfirm', { name: offering.name })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => claim.mutate(values.targetGroup ?? null)}>
        {asksGroup && (
          <>
            <Form.Item
              name="targetGroup"
              label={t('claimGroup')}
              rules={[{ required: true, message: t('claimGroupRequired') }]}
            >
              <Select
                options={offering.targetGroups.map((code) => ({
                  value: code,
                  label: targetGroup(code).name[locale],
                }))}
                data-testid="offering-claim-group"
              />
            </Form.Item>
            <Alert type="info" showIcon title={t('claimGroupHint')} />
          </>
        )}
      </Form>
    </Modal>
  );
}
