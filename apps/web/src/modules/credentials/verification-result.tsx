import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { useCertificateNames } from './certificate-names';
import type { PublicCertificate, Verification } from './credentials-api';
import { credentialMessages } from './messages';

function Verdict({ icon, title, note }: { icon: ReactNode; title: string; note: string }) {
  return (
    <Flex align="center" gap={12} style={{ marginBottom: 16 }}>
      <span style={{ fontSize: 32, lineHeight: 1 }}>{icon}</span>
      <Flex vertical>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="verify-verdict">
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{note}</Typography.Text>
      </Flex>
    </Flex>
  );
}

function Facts({ certificate }: { certificate: PublicCertificate }) {
  const t = useT(credentialMessages);
  const { kindName, levelName } = useCertificateNames();
  const level = levelName(certificate.skillLevel);
  const items = [
    { key: 'holder', label: t('holderName'), children: certificate.holderNameMasked },
    { key: 'number', label: t('number'), children: certificate.number },
    { key: 'kind', label: t('kind'), children: kindName(certificate.kind) },
    { key: 'occupation', label: t('occupation'), children: certificate.occupationName },
    ...(level ? [{ key: 'level', label: t('skillLevel'), children: level }] : []),
    { key: 'issuedOn', label: t('issuedOn'), children: certificate.issuedOn },
    { key: 'issuer', label: t('issuer'), children: certificate.issuerName },
    ...(certificate.revokedOn
      ? [
          { key: 'revokedOn', label: t('revokedOn'), children: certificate.revokedOn },
          { key: 'revokedReason', label: t('revokedReason'), children: certificate.revokedReason },
        ]
      : []),
  ];
  return <Descriptions column={1} bordered size="small" items={items} data-testid="verify-facts" />;
}

/** The answer of a verification: valid, revoked (with when and why), or nothing found. */
export function VerificationResult({ verification }: { verification: Verification }) {
  const t = useT(credentialMessages);
  const { token } = theme.useToken();
  if (verification.result === 'not_found') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('notFound')}
        description={t('notFoundNote')}
        data-testid="verify-not-found"
      />
    );
  }
  const { certificate } = verification;
  const valid = verification.result === 'valid';
  return (
    <Card data-testid="verify-result" data-result={verification.result}>
      {valid ? (
        <Verdict
          icon={<CheckCircleFilled style={{ color: token.colorSuccess }} />}
          title={t('valid')}
          note={t('validNote')}
        />
      ) : (
        <Verdict
          icon={<CloseCircleFilled style={{ color: token.colorError }} />}
          title={t('revoked')}
          note={t('revokedNote', { date: certificate.revokedOn })}
        />
      )}
      <Facts certificate={certificate} />
    </Card>
  );
}

/** A verification the server refused: a malformed entry, or too many misses from this address. */
export function VerificationRefused({ message, details }: { message: string; details: string[] }) {
  const t = useT(credentialMessages);
  return (
    <Alert
      type="error"
      showIcon
      icon={<QuestionCircleFilled />}
      title={t('verifyFailed')}
      description={[message, ...details].map((line) => <div key={line}>{line}</div>)}
      data-testid="verify-error"
    />
  );
}
