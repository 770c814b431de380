import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, type FormInstance, Input, Modal, Select, Typography } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { ReasonModal } from '../../app/components/reason-modal';
import { fenOf, yuan } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { CLAIMS_QUERY_ROOT, claimQuery } from '../claims/claims-api';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { YuanInput } from '../funds/yuan-input';
import { paymentMessages } from './messages';
import { PayeeAccountFields } from './payee-account-fields';
import {
  collectRecovery,
  correctLine,
  PAYMENTS_QUERY_ROOT,
  type PaymentLine,
  type PaymentRecovery,
  recoverPayment,
} from './payments-api';

const CORRECT_OK = { 'data-testid': 'line-correct-ok' };
const RECOVER_OK = { 'data-testid': 'recover-ok' };
/** The amount is typed in 元; the server names it in fen. */
const RECOVER_FIELDS = { amountFen: 'amountYuan' };

/** A step on a payment line: batches, claims and budgets refresh; refusals show beside the field. */
function useLineMutation<V, R>(
  action: (values: V) => Promise<R>,
  success: (result: R) => string,
  form?: FormInstance,
  onDone?: () => void,
  aliases?: Record<string, string>,
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form, aliases);
  return useMutation({
    mutationFn: action,
    onSuccess: async (result) => {
      await Promise.all(
        [PAYMENTS_QUERY_ROOT, CLAIMS_QUERY_ROOT, FUNDS_QUERY_ROOT].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      message.success(success(result));
      onDone?.();
    },
    onError: reportError,
  });
}

interface CorrectValues {
  accountName: string;
  accountNumber: string;
  bankName: string;
  reason: string;
}

/** 更正重发: the payee's account as it should be, with the reason; the claim is payable again. */
export function CorrectLineModal({ line, onClose }: { line: PaymentLine; onClose: () => void }) {
  const t = useT(paymentMessages);
  const [form] = Form.useForm<CorrectValues>();
  const correct = useLineMutation(
    (values: CorrectValues) => correctLine(line.id, values),
    () => t('corrected'),
    form,
    onClose,
  );
  return (
    <Modal
      open
      title={t('correctTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('correct')}
      cancelText={t('cancel')}
      okButtonProps={{ ...CORRECT_OK, loading: correct.isPending }}
      destroyOnHidden
      data-testid="line-correct-modal"
    >
      <Typography.Paragraph type="secondary">{t('correctHint')}</Typography.Paragraph>
      <Form<CorrectValues>
        form={form}
        layout="vertical"
        initialValues={{ accountName: line.accountName, bankName: line.bankName }}
        onFinish={(values) => correct.mutate(values)}
      >
        <PayeeAccountFields testIdPrefix="correct" />
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="correct-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RecoverValues {
  claimLineId: string;
  amountYuan: number;
  reason: string;
}

const WHOLE_LINE = '';

/**
 * 追回: for one trainee of the claim (their amount offered) or the line as a whole, up to what is
 * still recoverable, with the reason; it moves money, so it carries a submission key.
 */
export function RecoverModal({ line, onClose }: { line: PaymentLine; onClose: () => void }) {
  const t = useT(paymentMessages);
  const [form] = Form.useForm<RecoverValues>();
  const submission = useSubmissionKey();
  const claim = useQuery(claimQuery(line.claimId));
  const trainees = (claim.data?.lines ?? []).filter((l) => l.included);
  const recoverable = line.amountFen - line.recoveredFen;
  const recover = useLineMutation(
    (values: RecoverValues) => {
      const body = {
        amountFen: fenOf(values.amountYuan),
        reason: values.reason.trim(),
        ...(values.claimLineId ? { claimLineId: values.claimLineId } : {}),
      };
      return recoverPayment(line.id, body, submission.for(body));
    },
    (recovery: PaymentRecovery) => {
      submission.reset();
      return t('recoveredAmount', { yuan: yuan(recovery.amountFen, { grouped: true }) });
    },
    form,
    onClose,
    RECOVER_FIELDS,
  );
  return (
    <Modal
      open
      title={t('recoverTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('recover')}
      okButtonProps={{ ...RECOVER_OK, danger: true, loading: recover.isPending }}
      cancelText={t('cancel')}
      destroyOnHidden
      data-testid="recover-modal"
    >
      <Typography.Paragraph type="secondary">{t('recoverHint')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('recoverable', { yuan: yuan(recoverable, { grouped: true }) })}
      </Typography.Paragraph>
      <Form<RecoverValues>
        form={form}
        layout="vertical"
        initialValues={{ claimLineId: WHOLE_LINE }}
        onFinish={(values) => recover.mutate(values)}
      >
        <Form.Item name="claimLineId" label={t('recoverTrainee')}>
          <Select
            loading={claim.isLoading}
            onChange={(id: string) => {
              const trainee = trainees.find((l) => l.id === id);
              if (trainee) form.setFieldValue('amountYuan', trainee.amountFen / 100);
            }}
            options={[
              { value: WHOLE_LINE, label: t('wholeLine') },
              ...trainees.map((l) => ({
                value: l.id,
                label: `${l.name}（${l.idNumberMasked}）${yuan(l.amountFen, { grouped: true })}`,
              })),
            ]}
            data-testid="recover-trainee"
          />
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={t('recoverAmount')}
          rules={[{ required: true, message: t('recoverAmountRequired') }]}
        >
          <YuanInput min={0.01} data-testid="recover-amount" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="recover-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 登记到账: the recovered money came back; an optional note such as the receipt's number. */
export function CollectModal({ recovery, onClose }: { recovery: PaymentRecovery; onClose: () => void }) {
  const t = useT(paymentMessages);
  const collect = useLineMutation(
    (note: string | undefined) => collectRecovery(recovery.id, note),
    () => t('collectedDone'),
    undefined,
    onClose,
  );
  return (
    <ReasonModal
      open
      title={t('collectTitle')}
      description={t('recoveryLine', {
        at: recovery.decidedAt.slice(0, 10),
        yuan: yuan(recovery.amountFen, { grouped: true }),
        reason: recovery.reason,
      })}
      okText={t('collect')}
      optional
      pending={collect.isPending}
      onSubmit={(note) => collect.mutate(note)}
      onClose={onClose}
      data-testid="collect-modal"
    />
  );
}
