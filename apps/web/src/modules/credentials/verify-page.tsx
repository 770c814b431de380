import { SafetyCertificateOutlined } from '@ant-design/icons';
import { isCertificateNumber } from '@qiancheng/domain/credentials/certificate-number';
import { CREDENTIAL_FIELD_REASONS } from '@qiancheng/domain/credentials/errors';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../app/api/api-error';
import { PageTitle } from '../../app/components/page-title';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { verificationQuery } from './credentials-api';
import { credentialMessages } from './messages';
import { VerificationRefused, VerificationResult } from './verification-result';

interface VerifyForm {
  number: string;
  name: string;
}

/**
 * 证书查验, open to everyone. The number and name live in the address, so the QR code printed on a
 * certificate (…/verify?number=…&name=…) lands on the answer, and an answer can be linked.
 */
export function VerifyPage() {
  const t = useT(credentialMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<VerifyForm>();
  const [params, setParams] = useSearchParams();
  const number = params.get('number')?.trim() ?? '';
  const name = params.get('name')?.trim() ?? '';
  const verification = useQuery({ ...verificationQuery(number, name), enabled: Boolean(number && name) });

  useEffect(() => form.setFieldsValue({ number, name }), [form, number, name]);

  const submit = (values: VerifyForm) => {
    const next = { number: values.number.trim(), name: values.name.trim() };
    if (next.number === number && next.name === name) void verification.refetch();
    else setParams(next);
  };
  const refusal = verification.error instanceof ApiError ? verification.error : null;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760, margin: '0 auto' }}>
      <PageTitle title={t('verifyTitle')} />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('verifyIntro')}
      </Typography.Paragraph>
      <Card>
        <Form<VerifyForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="number"
            label={t('number')}
            extra={t('numberFormats')}
            validateFirst
            rules={[
              { required: true, whitespace: true, message: t('numberRequired') },
              {
                validator: async (_, value: string) => {
                  if (!isCertificateNumber(value))
                    throw new Error(CREDENTIAL_FIELD_REASONS.certificate_number_format[locale]);
                },
              },
            ]}
          >
            <Input
              placeholder={t('numberPlaceholder')}
              maxLength={40}
              autoComplete="off"
              data-testid="verify-number"
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('holderName')}
            rules={[{ required: true, whitespace: true, message: t('holderNameRequired') }]}
          >
            <Input placeholder={t('holderNamePlaceholder')} maxLength={50} data-testid="verify-name" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SafetyCertificateOutlined />}
            loading={verification.isFetching}
            data-testid="verify-submit"
          >
            {t('verify')}
          </Button>
        </Form>
      </Card>
      {verification.isFetching && !verification.data && <Spin />}
      {refusal && (
        <VerificationRefused message={refusal.message} details={refusal.details.map((d) => d.message)} />
      )}
      {verification.data && !verification.isError && <VerificationResult verification={verification.data} />}
      <Typography.Text type="secondary">{t('privacyNote')}</Typography.Text>
    </Flex>
  );
}
