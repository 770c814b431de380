import {
  isCertificateNumber,
  normaliseCertificateNumber,
} from '@qiancheng/domain/credentials/certificate-number';
import { CREDENTIAL_FIELD_REASONS } from '@qiancheng/domain/credentials/errors';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../app/components/query-error';
import { CivilDatePicker } from '../../app/forms/civil-date-picker';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useCertificateNames } from '../credentials/certificate-names';
import { certificatesQuery, myCertificatesQuery } from '../credentials/credentials-api';
import { subsidyQuoteMessages } from './messages';
import { QuoteSubmit } from './quote-form-parts';
import { certificateRequest, isUpgradable } from './quote-request';
import type { QuoteRunner } from './use-quote-runner';

function ApplicationDateField() {
  const t = useT(subsidyQuoteMessages);
  return (
    <Form.Item name="applicationDate" label={t('applicationDate')} extra={t('applicationDateHint')}>
      <CivilDatePicker style={{ width: 200 }} data-testid="quote-application-date" />
    </Form.Item>
  );
}

const MY_INPUTS = ['certificateId', 'applicationDate'] as const;

interface MyCertificateValues {
  certificateId: string;
  applicationDate?: string | null;
}

/** 我的证书: the worker picks one of their skill level certificates for its skill-upgrade subsidy. */
export function MyCertificateForm({ runner }: { runner: QuoteRunner }) {
  const t = useT(subsidyQuoteMessages);
  const { achievement } = useCertificateNames();
  const [form] = Form.useForm<MyCertificateValues>();
  const mine = useQuery(myCertificatesQuery);

  if (mine.isError) return <QueryError error={mine.error} onRetry={() => mine.refetch()} />;
  if (mine.data?.items.length === 0) {
    return <Empty description={t('noCertificates')} data-testid="quote-no-certificates" />;
  }
  return (
    <Form<MyCertificateValues>
      form={form}
      layout="vertical"
      disabled={runner.pending}
      onFinish={(values) =>
        runner.run(certificateRequest(values.certificateId, values.applicationDate), form, MY_INPUTS)
      }
    >
      <Form.Item
        name="certificateId"
        label={t('certificate')}
        extra={t('certificateHint')}
        rules={[{ required: true, message: t('certificateRequired') }]}
      >
        <Select<string>
          placeholder={t('certificatePick')}
          loading={mine.isFetching}
          options={mine.data?.items.map((c) => ({
            value: c.id,
            label: t('certificateOption', {
              achievement: achievement(c.occupationName, c.skillLevel),
              number: c.number,
            }),
            disabled: !isUpgradable(c),
          }))}
          data-testid="quote-certificate"
        />
      </Form.Item>
      <ApplicationDateField />
      <QuoteSubmit pending={runner.pending} />
    </Form>
  );
}

const NUMBER_INPUTS = ['certificateNumber', 'applicationDate'] as const;

interface CertificateNumberValues {
  certificateNumber: string;
  applicationDate?: string | null;
}

/**
 * 证书 for staff: the number as printed on the certificate (or as the certificate list shows it),
 * found among their region's certificates, then quoted.
 */
export function CertificateNumberForm({ runner, number }: { runner: QuoteRunner; number?: string }) {
  const t = useT(subsidyQuoteMessages);
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CertificateNumberValues>();
  const [looking, setLooking] = useState(false);

  const submit = async (values: CertificateNumberValues) => {
    const wanted = normaliseCertificateNumber(values.certificateNumber);
    setLooking(true);
    try {
      const found = await queryClient.fetchQuery(certificatesQuery({ number: wanted, page: 1, pageSize: 1 }));
      const certificate = found.items[0];
      if (!certificate) {
        form.setFields([{ name: 'certificateNumber', errors: [t('certificateNotFound')] }]);
        return;
      }
      runner.run(certificateRequest(certificate.id, values.applicationDate), form, NUMBER_INPUTS);
    } catch (error) {
      runner.fail(error, form, NUMBER_INPUTS);
    } finally {
      setLooking(false);
    }
  };

  return (
    <Form<CertificateNumberValues>
      form={form}
      layout="vertical"
      initialValues={{ certificateNumber: number }}
      disabled={runner.pending || looking}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="certificateNumber"
        label={t('certificateNumber')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: t('certificateNumberRequired') },
          {
            validator: async (_, value: string) => {
              if (!isCertificateNumber(value))
                throw new Error(CREDENTIAL_FIELD_REASONS.certificate_number_format[locale]);
            },
          },
        ]}
      >
        <Input
          placeholder={t('certificateNumberPlaceholder')}
          maxLength={40}
          autoComplete="off"
          style={{ maxWidth: 320 }}
          data-testid="quote-certificate-number"
        />
      </Form.Item>
      <ApplicationDateField />
      <QuoteSubmit pending={runner.pending || looking} />
    </Form>
  );
}
