import { FilePdfOutlined, SafetyOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { DownloadButton } from '../../app/components/download-button';
import { useT } from '../../app/i18n/locale-context';
import { type Certificate, credentialPath, pdfPath } from './credentials-api';
import { credentialMessages } from './messages';

/** The printable PDF and, for the holder, the signed credential, as downloads. */
export function CertificateDownloads({
  certificate,
  credential = false,
  link = false,
}: {
  certificate: Certificate;
  credential?: boolean;
  link?: boolean;
}) {
  const t = useT(credentialMessages);
  const style = link ? { paddingInline: 0 } : undefined;
  const type = link ? ('link' as const) : undefined;
  return (
    <Space size={link ? 12 : 8} wrap>
      <DownloadButton
        type={type}
        style={style}
        icon={<FilePdfOutlined />}
        path={pdfPath(certificate.id)}
        fileName={`${certificate.number}.pdf`}
        accept="application/pdf"
        data-testid={`certificate-pdf-${certificate.id}`}
      >
        {t('downloadPdf')}
      </DownloadButton>
      {credential && (
        <DownloadButton
          type={type}
          style={style}
          icon={<SafetyOutlined />}
          path={credentialPath(certificate.id)}
          fileName={`${certificate.number}.jwt`}
          accept="application/vc+jwt"
          data-testid={`certificate-credential-${certificate.id}`}
        >
          {t('downloadCredential')}
        </DownloadButton>
      )}
    </Space>
  );
}
