import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { paymentMessages } from './messages';
import { PayeeAccountFields } from './payee-account-fields';
import {
  PAYMENTS_QUERY_ROOT,
  type PayeeAccountInput,
  payeeAccountQuery,
  savePayeeAccount,
} from './payments-api';

const SAVE_OK = { 'data-testid': 'payee-save' };

/**
 * 收款账户: the account the signed-in payee is paid to, shown masked and kept by itself — an
 * institution's bank account, or (`person`) a worker's own social security card account.
 */
export function PayeeAccountCard({ payee = 'institution' }: { payee?: 'institution' | 'person' }) {
  const t = useT(paymentMessages);
  const account = useQuery(payeeAccountQuery());
  const [editing, setEditing] = useState(false);
  const data = account.data;
  const person = payee === 'person';
  return (
    <Card
      title={person ? t('cardTitle') : t('payeeTitle')}
      size="small"
      loading={account.isLoading}
      extra={
        <Button size="small" onClick={() => setEditing(true)} data-testid="payee-edit">
          {data ? t('payeeEdit') : person ? t('cardAdd') : t('payeeAdd')}
        </Button>
      }
      data-testid="payee-account"
    >
      {data ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('accountName')}>{data.accountName}</Descriptions.Item>
          <Descriptions.Item label={t('accountNumber')}>
            <span data-testid="payee-number">{data.accountNumberMasked}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('bankName')}>{data.bankName}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert type="warning" showIcon title={person ? t('cardNone') : t('payeeNone')} />
      )}
      <Typography.Text type="secondary">
        {person ? t('cardIntro') : t('payeeIntro')}
        {data && ` ${t('updatedAt', { at: dayjs(data.updatedAt).format('YYYY-MM-DD HH:mm') })}`}
      </Typography.Text>
      {editing && (
        <PayeeAccountModal
          title={person ? t('cardTitle') : t('payeeTitle')}
          initial={data ?? null}
          onClose={() => setEditing(false)}
        />
      )}
    </Card>
  );
}

function PayeeAccountModal({
  title,
  initial,
  onClose,
}: {
  title: string;
  initial: { accountName: string; bankName: string } | null;
  onClose: () => void;
}) {
  const t = useT(paymentMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<PayeeAccountInput>();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter(form);
  const save = useMutation({
    mutationFn: savePayeeAccount,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: PAYMENTS_QUERY_ROOT });
      message.success(t('saved'));
      onClose();
    },
    onError: reportError,
  });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ ...SAVE_OK, loading: save.isPending }}
      destroyOnHidden
    >
      <Form<PayeeAccountInput>
        form={form}
        layout="vertical"
        initialValues={initial ?? {}}
        onFinish={(values) => save.mutate(values)}
      >
        <PayeeAccountFields testIdPrefix="payee" />
      </Form>
    </Modal>
  );
}
