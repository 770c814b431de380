import {
  CERTIFICATE_STATUS_NAMES,
  type CertificateStatus,
} from '@qiancheng/domain/credentials/certificate-kinds';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const COLORS: Record<CertificateStatus, string> = { issued: 'green', revoked: 'red' };

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`certificate-status-${status}`}>
      {CERTIFICATE_STATUS_NAMES[status][locale]}
    </Tag>
  );
}
