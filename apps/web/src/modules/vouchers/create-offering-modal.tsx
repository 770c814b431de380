import { TARGET_GROUPS, type TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { OFFERING_MAX_AGE, OFFERING_MIN_AGE } from '@qiancheng/domain/vouchers/offering-rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { chinaToday } from '../../app/forms/china-today';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { codeOptions } from '../reference/code-names';
import { offeringMessages } from './offering-messages';
import { createOffering, OFFERINGS_QUERY_ROOT } from './offerings-api';
import { TERMS_FIELD_ALIASES, type TermsValues, termsBody, VoucherTermsFields } from './voucher-terms-fields';

const SUBMIT = { 'data-testid': 'offering-create-ok' };

interface Values extends TermsValues {
  name: string;
  quantity: number;
  claimFrom: string;
  claimTo: string;
  minAge?: number | null;
  maxAge?: number | null;
  targetGroups?: TargetGroupCode[];
  note?: string;
}

/** 新建领券活动: the terms, how many vouchers, the claim period and who may claim. */
export function CreateOfferingModal({ onClose }: { onClose: () => void }) {
  const t = useT(offeringMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'face_value';
  const claimFrom = Form.useWatch('claimFrom', form);
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form, TERMS_FIELD_ALIASES);
  const today = chinaToday();
  const create = useMutation({
    mutationFn: (values: Values) =>
      createOffering({
        name: values.name.trim(),
        ...termsBody(values),
        quantity: values.quantity,
        claimFrom: values.claimFrom,
        claimTo: values.claimTo,
        minAge: values.minAge ?? null,
        maxAge: values.maxAge ?? null,
        targetGroups: values.targetGroups ?? [],
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      }),
    onSuccess: async (offering) => {
      await queryClient.invalidateQueries({ queryKey: OFFERINGS_QUERY_ROOT });
      message.success(t('created', { name: offering.name }));
      onClose();
    },
    onError: reportError,
  });
  const notBefore =
    (field: 'claimFrom' | 'minAge', text: string) =>
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
      validator: (_: unknown, value: unknown) => {
        const lower = getFieldValue(field);
        const below =
          value !== null && value !== undefined && lower !== null && lower !== undefined && value < lower;
        return below ? Promise.reject(new Error(text)) : Promise.resolve();
      },
    });
  return (
    <Modal
      open
      title={t('createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ ...SUBMIT, loading: create.isPending }}
      destroyOnHidden
      width={620}
      data-testid="offering-create-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'face_value', claimFrom: today }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('nameRequired') }]}
        >
          <Input maxLength={100} placeholder={t('namePlaceholder')} data-testid="offering-name" />
        </Form.Item>
        <VoucherTermsFields kind={kind} />
        <Form.Item
          name="quantity"
          label={t('quantity')}
          rules={[{ required: true, message: t('quantityRequired') }]}
        >
          <InputNumber<number>
            min={1}
            max={1_000_000}
            precision={0}
            style={{ width: 240 }}
            data-testid="offering-quantity"
          />
        </Form.Item>
        <Form.Item label={t('window')} required style={{ marginBottom: 0 }}>
          <Flex gap={12} wrap>
            <Form.Item
              name="claimFrom"
              label={t('claimFrom')}
              rules={[{ required: true, message: t('dateRequired') }]}
            >
              <CivilDatePicker data-testid="offering-claim-from" />
            </Form.Item>
            <Form.Item
              name="claimTo"
              label={t('claimTo')}
              dependencies={['claimFrom']}
              rules={[
                { required: true, message: t('dateRequired') },
                notBefore('claimFrom', t('windowInverted')),
              ]}
            >
              <CivilDatePicker
                min={claimFrom && claimFrom > today ? claimFrom : today}
                data-testid="offering-claim-to"
              />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item label={t('ages')} style={{ marginBottom: 0 }}>
          <Flex gap={12} wrap>
            <Form.Item name="minAge" label={t('minAge')}>
              <InputNumber<number>
                min={OFFERING_MIN_AGE}
                max={OFFERING_MAX_AGE}
                precision={0}
                placeholder={t('anyAge')}
                data-testid="offering-min-age"
              />
            </Form.Item>
            <Form.Item
              name="maxAge"
              label={t('maxAge')}
              dependencies={['minAge']}
              rules={[notBefore('minAge', t('agesInverted'))]}
            >
              <InputNumber<number>
                min={OFFERING_MIN_AGE}
                max={OFFERING_MAX_AGE}
                precision={0}
                placeholder={t('anyAge')}
                data-testid="offering-max-age"
              />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item name="targetGroups" label={t('targetGroups')} extra={t('targetGroupsHint')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('anyone')}
            options={codeOptions(TARGET_GROUPS, locale)}
            data-testid="offering-target-groups"
          />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input maxLength={500} data-testid="offering-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
