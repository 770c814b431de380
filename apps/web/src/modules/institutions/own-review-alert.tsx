import { Alert, App, Button, Popconfirm } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/locale-context';
import { type InstitutionDetail, resubmitMyInstitution } from './institutions-api';
import { ownMessages } from './own-messages';
import { useOwnInstitutionChange } from './use-own-institution-change';

/** Where the registration stands in review, and for a returned one the note and the way back. */
export function OwnReviewAlert({ institution }: { institution: InstitutionDetail }) {
  const t = useT(ownMessages);
  const { message } = App.useApp();
  const resubmit = useOwnInstitutionChange(resubmitMyInstitution, {
    onSuccess: () => message.success(t('resubmitted')),
  });

  if (institution.reviewStatus === 'approved') {
    return (
      <Alert
        type="success"
        showIcon
        title={t('reviewApprovedTitle')}
        description={
          institution.reviewedAt &&
          t('reviewApprovedText', { at: dayjs(institution.reviewedAt).format('YYYY-MM-DD HH:mm') })
        }
        data-testid="own-review-approved"
      />
    );
  }
  if (institution.reviewStatus === 'returned') {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('reviewReturnedTitle')}
        description={institution.reviewNote && t('reviewNote', { note: institution.reviewNote })}
        action={
          <Popconfirm
            title={t('resubmitConfirm')}
            okText={t('ok')}
            cancelText={t('cancel')}
            onConfirm={() => resubmit.mutateAsync(undefined).catch(() => undefined)}
          >
            <Button type="primary" loading={resubmit.isPending} data-testid="own-resubmit">
              {t('resubmit')}
            </Button>
          </Popconfirm>
        }
        data-testid="own-review-returned"
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      title={t('reviewPendingTitle')}
      description={t('reviewPendingText')}
      data-testid="own-review-pending"
    />
  );
}
