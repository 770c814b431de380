import { CheckCircleTwoTone } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Flex, Form, Input, Popconfirm, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { PageLoading } from '../../app/components/page-loading';
import { QueryError } from '../../app/components/query-error';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { myInstitutionQuery, myPledgeQuery, signPledge } from './institutions-api';
import { ownMessages } from './own-messages';

interface SignValues {
  agree: boolean;
  signerName: string;
}

/**
 * The integrity pledge in full, with the version being signed. Signing asks for the signer's name
 * and an explicit agreement, and once more before it is recorded; a signature cannot be withdrawn.
 */
export function PledgeCard() {
  const t = useT(ownMessages);
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const pledge = useQuery(myPledgeQuery);
  const [form] = Form.useForm<SignValues>();
  const reportError = useApiErrorReporter(form);
  const agreed = Form.useWatch('agree', form) === true;

  const sign = useMutation({
    mutationFn: signPledge,
    onSuccess: (signed) => {
      queryClient.setQueryData(myPledgeQuery.queryKey, signed);
      void queryClient.invalidateQueries({ queryKey: myInstitutionQuery.queryKey, exact: true });
      message.success(t('pledgeSigned'));
    },
    onError: (error) => {
      reportError(error);
      // A newer text or a signature made elsewhere shows once the pledge is read again.
      void pledge.refetch();
    },
  });

  if (pledge.isPending)
    return (
      <Card title={t('pledgeTitle')}>
        <PageLoading minHeight={120} />
      </Card>
    );
  if (pledge.isError) {
    return (
      <Card title={t('pledgeTitle')}>
        <QueryError error={pledge.error} onRetry={() => pledge.refetch()} />
      </Card>
    );
  }
  const { version, text, signed } = pledge.data;

  return (
    <Card
      title={t('pledgeTitle')}
      extra={<Typography.Text type="secondary">{t('pledgeVersion', { version })}</Typography.Text>}
      data-testid="pledge-card"
    >
      <Typography.Paragraph
        style={{
          whiteSpace: 'pre-wrap',
          maxHeight: 320,
          overflowY: 'auto',
          padding: token.paddingSM,
          background: token.colorFillQuaternary,
          borderRadius: token.borderRadius,
        }}
        data-testid="pledge-text"
      >
        {text}
      </Typography.Paragraph>
      {signed ? (
        <Flex gap={8} align="center" data-testid="pledge-signed">
          <CheckCircleTwoTone twoToneColor={token.colorSuccess} />
          <Typography.Text>
            {t('signedBy', {
              name: signed.signerName,
              at: dayjs(signed.signedAt).format('YYYY-MM-DD HH:mm'),
              version,
            })}
          </Typography.Text>
        </Flex>
      ) : (
        <Form<SignValues>
          form={form}
          layout="vertical"
          disabled={sign.isPending}
          onFinish={(values) => sign.mutate({ signerName: values.signerName.trim(), version })}
        >
          <Typography.Paragraph type="warning">{t('pledgeMissing')}</Typography.Paragraph>
          <Form.Item
            name="agree"
            valuePropName="checked"
            rules={[
              {
                validator: async (_rule, value: unknown) => {
                  if (value !== true) throw new Error(t('pledgeAgreeRequired'));
                },
              },
            ]}
          >
            <Checkbox data-testid="pledge-agree">{t('pledgeAgree')}</Checkbox>
          </Form.Item>
          <Form.Item
            name="signerName"
            label={t('signerName')}
            extra={t('signerNameHint')}
            validateFirst
            rules={[
              { required: true, whitespace: true, message: t('signerNameRequired') },
              { min: 2, message: t('signerNameTooShort') },
            ]}
          >
            <Input maxLength={50} autoComplete="name" data-testid="pledge-signer" />
          </Form.Item>
          <Popconfirm
            title={t('signConfirm')}
            okText={t('sign')}
            cancelText={t('cancel')}
            disabled={!agreed}
            onConfirm={() => form.submit()}
          >
            <Button type="primary" disabled={!agreed} loading={sign.isPending} data-testid="pledge-sign">
              {t('sign')}
            </Button>
          </Popconfirm>
        </Form>
      )}
    </Card>
  );
}
