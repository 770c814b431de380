import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { useCertificateNames } from './certificate-names';
import { CERTIFICATES_QUERY_ROOT, type Certificate, revokeCertificate } from './credentials-api';
import { credentialMessages } from './messages';

/** Revoking asks why, in a dialog that says what follows; the reason is shown to everyone who verifies. */
export function RevokeCertificateAction({ certificate }: { certificate: Certificate }) {
  const t = useT(credentialMessages);
  const { kindName } = useCertificateNames();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [open, setOpen] = useState(false);
  const revoke = useMutation({
    mutationFn: (reason: string) => revokeCertificate(certificate.id, reason),
    onSuccess: (revoked) => {
      setOpen(false);
      message.success(t('revokedDone', { number: revoked.number }));
      void queryClient.invalidateQueries({ queryKey: CERTIFICATES_QUERY_ROOT });
    },
    onError: reportError,
  });
  return (
    <>
      <Button
        type="link"
        danger
        style={{ paddingInline: 0 }}
        onClick={() => setOpen(true)}
        data-testid={`certificate-revoke-${certificate.id}`}
      >
        {t('revoke')}
      </Button>
      <ReasonModal
        open={open}
        title={t('revokeTitle')}
        description={t('revokeDescription', {
          holder: certificate.holderName,
          kind: kindName(certificate.kind),
          number: certificate.number,
        })}
        okText={t('revoke')}
        danger
        pending={revoke.isPending}
        onSubmit={(reason) => reason && revoke.mutate(reason)}
        onClose={() => setOpen(false)}
        data-testid="certificate-revoke-modal"
      />
    </>
  );
}
