import { ReasonAction } from '../../app/components/reason-action';
import { useT } from '../../app/i18n/locale-context';
import { useCertificateNames } from './certificate-names';
import { CERTIFICATES_QUERY_ROOT, type Certificate, revokeCertificate } from './credentials-api';
import { credentialMessages } from './messages';

/** Revoking asks why, in a dialog that says what follows; the reason is shown to everyone who verifies. */
export function RevokeCertificateAction({ certificate }: { certificate: Certificate }) {
  const t = useT(credentialMessages);
  const { kindName } = useCertificateNames();
  return (
    <ReasonAction
      label={t('revoke')}
      title={t('revokeTitle')}
      description={t('revokeDescription', {
        holder: certificate.holderName,
        kind: kindName(certificate.kind),
        number: certificate.number,
      })}
      run={(reason) => revokeCertificate(certificate.id, reason)}
      done={(revoked) => t('revokedDone', { number: revoked.number })}
      invalidates={CERTIFICATES_QUERY_ROOT}
      testId={`certificate-revoke-${certificate.id}`}
      modalTestId="certificate-revoke-modal"
    />
  );
}
