import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { fenOf, yuan } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { useBudgetName } from './budget-name';
import { type Adjustment, adjustBudget, type Budget, FUNDS_QUERY_ROOT } from './funds-api';
import { fundsMessages } from './messages';
import { YuanInput } from './yuan-input';

interface AdjustValues {
  direction: Adjustment['direction'];
  amountYuan: number;
  reason: string;
}

const grouped = (fen: number) => yuan(fen, { grouped: true });
const SUBMIT_TEST_ID = { 'data-testid': 'adjust-budget-submit' };
const CONFIRM_TEST_ID = { 'data-testid': 'decrease-confirm' };

/**
 * 预算调整: raise or lower a budget with the reason. A decrease is held to what is neither
 * committed nor paid, and confirmed first, since the ledger keeps it for good.
 */
export function AdjustBudgetModal({ budget, onClose }: { budget: Budget | null; onClose: () => void }) {
  const t = useT(fundsMessages);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const budgetName = useBudgetName();
  const [form] = Form.useForm<AdjustValues>();
  const reportError = useApiErrorReporter(form);
  const submission = useSubmissionKey();
  const direction = Form.useWatch('direction', form) ?? 'increase';

  const adjust = useMutation({
    mutationFn: (input: Adjustment) =>
      adjustBudget(budget!.id, input, submission.for({ id: budget!.id, input })),
    onSuccess: () => {
      submission.reset();
      message.success(t('adjusted'));
      void queryClient.invalidateQueries({ queryKey: FUNDS_QUERY_ROOT });
      onClose();
    },
    onError: reportError,
  });

  if (!budget) return null;
  const name = budgetName(budget);

  const submit = (values: AdjustValues) => {
    const input = {
      direction: values.direction,
      amountFen: fenOf(values.amountYuan),
      reason: values.reason.trim(),
    };
    if (input.direction === 'increase') {
      adjust.mutate(input);
      return;
    }
    modal.confirm({
      title: t('decreaseConfirmTitle'),
      content: t('decreaseConfirmContent', {
        name,
        from: grouped(budget.allocatedFen),
        to: grouped(budget.allocatedFen - input.amountFen),
      }),
      okText: t('decreaseConfirmOk'),
      okButtonProps: { danger: true, ...CONFIRM_TEST_ID },
      cancelText: t('cancel'),
      onOk: () => adjust.mutateAsync(input).catch(() => undefined),
    });
  };

  return (
    <Modal
      open
      title={t('adjustTitle', { name })}
      okText={t('adjustSubmit')}
      cancelText={t('cancel')}
      okButtonProps={SUBMIT_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={adjust.isPending}
      destroyOnHidden
      data-testid="adjust-budget-modal"
    >
      <Form<AdjustValues>
        form={form}
        layout="vertical"
        initialValues={{ direction: 'increase' }}
        disabled={adjust.isPending}
        onFinish={submit}
      >
        <Form.Item name="direction" label={t('direction')}>
          <Radio.Group
            options={[
              { value: 'increase', label: t('increase') },
              { value: 'decrease', label: t('decrease') },
            ]}
            data-testid="adjust-direction"
          />
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={t('adjustAmount')}
          dependencies={['direction']}
          extra={
            direction === 'decrease' && (
              <Typography.Text type="secondary" data-testid="adjust-decrease-limit">
                {t('decreaseLimit', {
                  used: grouped(budget.committedFen + budget.paidFen),
                  available: grouped(budget.availableFen),
                })}
              </Typography.Text>
            )
          }
          rules={[
            { required: true, message: t('amountRequired') },
            {
              validator: async (_, value: number | null) => {
                if (value === null || value === undefined) return;
                if (fenOf(value) <= 0) throw new Error(t('amountPositive'));
                if (direction === 'decrease' && fenOf(value) > budget.availableFen) {
                  throw new Error(t('decreaseTooLarge', { available: grouped(budget.availableFen) }));
                }
              },
            },
          ]}
        >
          <YuanInput data-testid="adjust-amount" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={t('reasonPlaceholder')}
            data-testid="adjust-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
