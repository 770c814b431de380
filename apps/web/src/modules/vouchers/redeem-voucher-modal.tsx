import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { yuan } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { voucherMessages } from './messages';
import { redeemVoucher, VOUCHERS_QUERY_ROOT } from './vouchers-api';

const REDEEM_OK = { 'data-testid': 'voucher-redeem-ok' };

/**
 * 抵用培训券 at a trainee's enrolment: a scanner types the code into the field as a keyboard does,
 * or the institution types it from the trainee's screen.
 */
export function RedeemVoucherModal({
  enrolmentId,
  traineeName,
  onClose,
}: {
  enrolmentId: string;
  traineeName: string;
  onClose: () => void;
}) {
  const t = useT(voucherMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const submission = useSubmissionKey();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form);
  const redeem = useMutation({
    mutationFn: ({ code }: { code: string }) => {
      const body = { code: code.trim().toUpperCase(), enrolmentId };
      return redeemVoucher(body, submission.for(body));
    },
    onSuccess: async (voucher) => {
      submission.reset();
      await Promise.all(
        [VOUCHERS_QUERY_ROOT, FUNDS_QUERY_ROOT].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      message.success(t('redeemed', { yuan: yuan(voucher.valueFen ?? 0, { grouped: true }) }));
      onClose();
    },
    onError: reportError,
  });
  return (
    <Modal
      open
      title={`${t('redeemTitle')} · ${traineeName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('redeemOk')}
      cancelText={t('close')}
      okButtonProps={{ ...REDEEM_OK, loading: redeem.isPending }}
      destroyOnHidden
      data-testid="voucher-redeem-modal"
    >
      <Typography.Paragraph type="secondary">{t('redeemHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => redeem.mutate(values)}>
        <Form.Item
          name="code"
          label={t('redeemCode')}
          rules={[{ required: true, whitespace: true, message: t('redeemCodeRequired') }]}
        >
          <Input
            maxLength={20}
            autoFocus
            autoComplete="off"
            placeholder="PX…"
            data-testid="voucher-redeem-code"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
