import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Space } from 'antd';
import { useParams } from 'react-router';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { CertificateDownloads } from './certificate-downloads';
import { CertificateSheet } from './certificate-sheet';
import { certificateQuery } from './credentials-api';
import { credentialMessages } from './messages';

/** The holder's certificate as a printable page: the browser prints the sheet alone, on A4. */
export function CertificatePrintPage() {
  const t = useT(credentialMessages);
  const { id = '' } = useParams();
  const certificate = useQuery(certificateQuery(id));
  if (certificate.isPending) return <PageLoading />;
  if (certificate.isError)
    return <QueryError error={certificate.error} onRetry={() => certificate.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <div className="qc-print-hidden">
        <PageTitle
          title={t('printView')}
          extra={
            <Space wrap>
              <LinkButton to="/app/my-certificates" icon={<ArrowLeftOutlined />}>
                {t('back')}
              </LinkButton>
              <CertificateDownloads certificate={certificate.data} credential />
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                onClick={() => window.print()}
                data-testid="certificate-print-button"
              >
                {t('print')}
              </Button>
            </Space>
          }
        />
        <Alert type="info" showIcon title={t('printHint')} />
      </div>
      <CertificateSheet certificate={certificate.data} />
    </Flex>
  );
}
