import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, type FormInstance, Input, Modal, Select, Typography } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { yuan } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import {
  CLAIMS_QUERY_ROOT,
  type ClaimDetail,
  type ClaimLine,
  type ClaimObjection,
  decideObjection,
  recordObjection,
} from './claims-api';
import { claimMessages } from './messages';

const RECORD_OK = { 'data-testid': 'claim-object-ok' };

/**
 * A step on an objection: on success the claim refetches (an upheld objection lowers its total and
 * strikes a line) and so do the budgets it releases into; a refusal shows the server's text, a
 * field problem beside its field.
 */
function useObjectionMutation<V>(
  action: (values: V) => Promise<ClaimObjection>,
  success: (objection: ClaimObjection) => string,
  options: { form?: FormInstance; onDone?: () => void } = {},
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(options.form);
  return useMutation({
    mutationFn: action,
    onSuccess: async (objection) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: CLAIMS_QUERY_ROOT }),
        queryClient.invalidateQueries({ queryKey: FUNDS_QUERY_ROOT }),
      ]);
      message.success(success(objection));
      options.onDone?.();
    },
    onError: reportError,
  });
}

interface RecordValues {
  lineId: string;
  content: string;
  raisedBy?: string;
}

/** 登记异议 to an included line of a claim under notice, the trainee chosen beforehand. */
export function RecordObjectionModal({
  claim,
  lineId,
  onClose,
}: {
  claim: ClaimDetail;
  lineId: string;
  onClose: () => void;
}) {
  const t = useT(claimMessages);
  const [form] = Form.useForm<RecordValues>();
  const record = useObjectionMutation(
    (values: RecordValues) =>
      recordObjection(claim.id, {
        lineId: values.lineId,
        content: values.content.trim(),
        raisedBy: values.raisedBy?.trim() || undefined,
      }),
    () => t('objectRecorded'),
    { form, onDone: onClose },
  );
  const options = claim.lines
    .filter((line) => line.included)
    .map((line) => ({ value: line.id, label: `${line.name} ${line.idNumberMasked}` }));
  return (
    <Modal
      open
      title={t('objectTitle')}
      okText={t('objectLine')}
      cancelText={t('cancel')}
      okButtonProps={RECORD_OK}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
      data-testid="claim-object-modal"
    >
      <Typography.Paragraph type="secondary">{t('objectHint')}</Typography.Paragraph>
      <Form<RecordValues>
        form={form}
        layout="vertical"
        disabled={record.isPending}
        initialValues={{ lineId, content: '', raisedBy: '' }}
        onFinish={(values) => record.mutate(values)}
      >
        <Form.Item
          name="lineId"
          label={t('objectTrainee')}
          rules={[{ required: true, message: t('objectTraineeRequired') }]}
        >
          <Select
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="claim-object-line"
          />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('objectContent')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('objectContentRequired') },
            { min: 2, message: t('objectContentTooShort') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="claim-object-content" />
        </Form.Item>
        <Form.Item name="raisedBy" label={t('objectRaisedBy')}>
          <Input
            maxLength={200}
            placeholder={t('objectRaisedByPlaceholder')}
            data-testid="claim-object-raised-by"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export type ObjectionDecision = 'uphold' | 'dismiss';

/**
 * 成立 / 不成立 with the required note. Upholding moves money, so the decision carries the
 * submission's idempotency key: a retry of the same decision is answered from the first.
 */
export function DecideObjectionModal({
  claim,
  objection,
  decision,
  onClose,
}: {
  claim: ClaimDetail;
  objection: ClaimObjection;
  decision: ObjectionDecision;
  onClose: () => void;
}) {
  const t = useT(claimMessages);
  const [form] = Form.useForm<{ note: string }>();
  const submission = useSubmissionKey();
  const line = objectionLine(claim, objection);
  const name = line?.name ?? '—';
  const amount = yuan(line?.amountFen ?? 0, { grouped: true });
  const decide = useObjectionMutation(
    (note: string) => {
      const input = { decision, note };
      return decideObjection(claim.id, objection.id, input, submission.for({ id: objection.id, ...input }));
    },
    () => (decision === 'uphold' ? t('objectionUpheld', { amount }) : t('objectionDismissed')),
    {
      form,
      onDone: () => {
        submission.reset();
        onClose();
      },
    },
  );
  const okButtonProps = { danger: decision === 'uphold', 'data-testid': 'claim-objection-decide-ok' };
  return (
    <Modal
      open
      title={t(decision === 'uphold' ? 'upholdTitle' : 'dismissTitle', { name })}
      okText={t(decision)}
      cancelText={t('cancel')}
      okButtonProps={okButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      destroyOnHidden
      data-testid="claim-objection-decide-modal"
    >
      <Typography.Paragraph>
        {decision === 'uphold' ? t('upholdContent', { name, amount }) : t('dismissContent', { name })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{objection.content}</Typography.Paragraph>
      <Form<{ note: string }>
        form={form}
        layout="vertical"
        disabled={decide.isPending}
        initialValues={{ note: '' }}
        onFinish={({ note }) => decide.mutate(note.trim())}
      >
        <Form.Item
          name="note"
          label={t('decisionNoteLabel')}
          rules={[{ required: true, whitespace: true, message: t('decisionNoteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="claim-objection-decide-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The line an objection is about, for its trainee's name. */
export function objectionLine(claim: ClaimDetail, objection: ClaimObjection): ClaimLine | undefined {
  return claim.lines.find((line) => line.id === objection.lineId);
}
