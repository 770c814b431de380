import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Empty, Flex, Row, Space, Typography } from 'antd';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { CertificateDownloads } from './certificate-downloads';
import { useCertificateNames } from './certificate-names';
import { CertificateStatusTag } from './certificate-status-tag';
import { type Certificate, myCertificatesQuery } from './credentials-api';
import { credentialMessages } from './messages';

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const t = useT(credentialMessages);
  const { kindName, levelName } = useCertificateNames();
  const level = levelName(certificate.skillLevel);
  return (
    <Card
      title={kindName(certificate.kind)}
      extra={<CertificateStatusTag status={certificate.status} />}
      data-testid={`my-certificate-${certificate.id}`}
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'number', label: t('number'), children: certificate.number },
          { key: 'occupation', label: t('occupation'), children: certificate.occupationName },
          ...(level ? [{ key: 'level', label: t('skillLevel'), children: level }] : []),
          { key: 'issuer', label: t('issuer'), children: certificate.issuer.name },
          { key: 'issuedOn', label: t('issuedOn'), children: certificate.issuedOn },
          ...(certificate.revokedReason
            ? [{ key: 'revokedReason', label: t('revokedReason'), children: certificate.revokedReason }]
            : []),
        ]}
      />
      <Space wrap style={{ marginTop: 16 }}>
        <LinkButton
          to={`/app/my-certificates/${certificate.id}`}
          icon={<PrinterOutlined />}
          data-testid={`certificate-print-${certificate.id}`}
        >
          {t('printView')}
        </LinkButton>
        <CertificateDownloads certificate={certificate} credential />
      </Space>
    </Card>
  );
}

/** 我的证书: a worker's certificates, each printable, as PDF and as a signed credential. */
export function MyCertificatesPage() {
  const t = useT(credentialMessages);
  const certificates = useQuery(myCertificatesQuery);
  return (
    <>
      <PageTitle title={t('mineTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('mineIntro')}
        </Typography.Paragraph>
        {certificates.isPending && <PageLoading />}
        {certificates.isError && (
          <QueryError error={certificates.error} onRetry={() => certificates.refetch()} />
        )}
        {certificates.data?.items.length === 0 && (
          <Card>
            <Empty description={t('noCertificates')} data-testid="my-certificates-empty" />
          </Card>
        )}
        <Row gutter={[16, 16]} data-testid="my-certificates">
          {certificates.data?.items.map((certificate) => (
            <Col key={certificate.id} xs={24} lg={12}>
              <CertificateCard certificate={certificate} />
            </Col>
          ))}
        </Row>
      </Flex>
    </>
  );
}
