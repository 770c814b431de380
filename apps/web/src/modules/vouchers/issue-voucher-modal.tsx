import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { voucherMessages } from './messages';
import { TERMS_FIELD_ALIASES, type TermsValues, termsBody, VoucherTermsFields } from './voucher-terms-fields';
import { issueVoucher, VOUCHERS_QUERY_ROOT } from './vouchers-api';

const ISSUE_OK = { 'data-testid': 'voucher-issue-ok' };

interface Values extends TermsValues {
  idNumber: string;
  note?: string;
}

/** 发放培训券 to a registered person by ID number: a face value, or a share of the fee with its cap. */
export function IssueVoucherModal({ onClose }: { onClose: () => void }) {
  const t = useT(voucherMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'face_value';
  const submission = useSubmissionKey();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form, TERMS_FIELD_ALIASES);
  const issue = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        idNumber: values.idNumber.trim(),
        ...termsBody(values),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      };
      return issueVoucher(body, submission.for(body));
    },
    onSuccess: async (voucher) => {
      submission.reset();
      await Promise.all(
        [VOUCHERS_QUERY_ROOT, FUNDS_QUERY_ROOT].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      message.success(t('issued', { code: voucher.code }));
      onClose();
    },
    onError: reportError,
  });
  return (
    <Modal
      open
      title={t('issueTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ok')}
      cancelText={t('close')}
      okButtonProps={{ ...ISSUE_OK, loading: issue.isPending }}
      destroyOnHidden
      data-testid="voucher-issue-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'face_value' }}
        onFinish={(v) => issue.mutate(v)}
      >
        <Form.Item
          name="idNumber"
          label={t('idNumber')}
          rules={[{ required: true, whitespace: true, message: t('idNumberRequired') }]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="voucher-id-number" />
        </Form.Item>
        <VoucherTermsFields kind={kind} />
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={500} data-testid="voucher-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
