import { FUND_SOURCES, type FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useSubmissionKey } from '../../app/api/submission-key';
import { useCurrentUser } from '../../app/auth/auth-context';
import { fenOf } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { RegionCascader } from '../reference/region-cascader';
import { useBudgetName } from './budget-name';
import { createBudget, FUNDS_QUERY_ROOT, type NewBudget } from './funds-api';
import { fundsMessages } from './messages';
import { YuanInput } from './yuan-input';

const CREATE_SUBMIT_TEST_ID = { 'data-testid': 'create-budget-submit' };

interface CreateValues {
  regionCode?: string;
  year: number;
  source: FundSourceCode;
  amountYuan: number;
  note?: string;
}

/** 下达预算: a region of the user's, a year, a fund source and the amount handed down. */
export function CreateBudgetModal({
  open,
  onClose,
  years,
}: {
  open: boolean;
  onClose: () => void;
  years: number[];
}) {
  const t = useT(fundsMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const queryClient = useQueryClient();
  const budgetName = useBudgetName();
  const [form] = Form.useForm<CreateValues>();
  const reportError = useApiErrorReporter(form);
  const submission = useSubmissionKey();

  const create = useMutation({
    mutationFn: (input: NewBudget) => createBudget(input, submission.for(input)),
    onSuccess: (budget) => {
      submission.reset();
      message.success(t('created', { name: budgetName(budget) }));
      void queryClient.invalidateQueries({ queryKey: FUNDS_QUERY_ROOT });
      onClose();
    },
    onError: reportError,
  });

  const submit = (values: CreateValues) =>
    create.mutate({
      ...(values.regionCode ? { regionCode: values.regionCode } : {}),
      year: values.year,
      source: values.source,
      amountFen: fenOf(values.amountYuan),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    });

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createSubmit')}
      cancelText={t('cancel')}
      okButtonProps={CREATE_SUBMIT_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      data-testid="create-budget-modal"
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{ year: years[1] }}
        disabled={create.isPending}
        onFinish={submit}
      >
        {root && (
          <Form.Item
            name="regionCode"
            label={t('createRegion')}
            extra={t('createRegionHint', { region: root.name })}
          >
            <RegionCascader root={root} placeholder={root.name} data-testid="create-budget-region" />
          </Form.Item>
        )}
        <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('yearRequired') }]}>
          <Select
            options={years.map((year) => ({ value: year, label: t('yearOption', { year }) }))}
            style={{ width: 160 }}
            data-testid="create-budget-year"
          />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('source')}
          rules={[{ required: true, message: t('sourceRequired') }]}
        >
          <Select
            options={FUND_SOURCES.map((s) => ({ value: s.code, label: s.name[locale] }))}
            style={{ width: 240 }}
            data-testid="create-budget-source"
          />
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={t('createAmount')}
          rules={[{ required: true, message: t('amountRequired') }]}
        >
          <YuanInput data-testid="create-budget-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={500} placeholder={t('notePlaceholder')} data-testid="create-budget-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
