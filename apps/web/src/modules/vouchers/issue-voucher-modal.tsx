import { VOUCHER_KINDS, type VoucherKind } from '@qiancheng/domain/vouchers/voucher-rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { fenOf } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { YuanInput } from '../funds/yuan-input';
import { voucherMessages } from './messages';
import { issueVoucher, VOUCHERS_QUERY_ROOT } from './vouchers-api';

const ISSUE_OK = { 'data-testid': 'voucher-issue-ok' };

interface Values {
  idNumber: string;
  kind: VoucherKind;
  faceValueYuan?: number;
  percent?: number;
  capYuan?: number;
  occupationCode?: string;
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
  const reportError = useApiErrorReporter(form, {
    faceValueFen: 'faceValueYuan',
    percentBasisPoints: 'percent',
    capFen: 'capYuan',
  });
  const issue = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        idNumber: values.idNumber.trim(),
        kind: values.kind,
        faceValueFen: values.kind === 'face_value' ? fenOf(values.faceValueYuan ?? 0) : null,
        percentBasisPoints: values.kind === 'percentage' ? Math.round((values.percent ?? 0) * 100) : null,
        capFen: values.kind === 'percentage' ? fenOf(values.capYuan ?? 0) : null,
        occupationCode: values.occupationCode?.trim() || null,
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
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('kindRequired') }]}>
          <Select
            options={VOUCHER_KINDS.map((value) => ({
              value,
              label: t(value === 'face_value' ? 'faceValue' : 'percentage'),
            }))}
            data-testid="voucher-kind"
          />
        </Form.Item>
        {kind === 'face_value' ? (
          <Form.Item
            name="faceValueYuan"
            label={t('faceValueYuan')}
            rules={[{ required: true, message: t('amountRequired') }]}
          >
            <YuanInput min={1} data-testid="voucher-face-value" />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="percent"
              label={t('percent')}
              rules={[{ required: true, message: t('percentRequired') }]}
            >
              <InputNumber<number>
                min={1}
                max={100}
                precision={2}
                style={{ width: 240 }}
                data-testid="voucher-percent"
              />
            </Form.Item>
            <Form.Item
              name="capYuan"
              label={t('capYuan')}
              rules={[{ required: true, message: t('amountRequired') }]}
            >
              <YuanInput min={1} data-testid="voucher-cap" />
            </Form.Item>
          </>
        )}
        <Form.Item name="occupationCode" label={t('occupation')}>
          <Input maxLength={10} placeholder={t('occupationPlaceholder')} data-testid="voucher-occupation" />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={500} data-testid="voucher-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
