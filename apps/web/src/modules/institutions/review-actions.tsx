import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../app/components/reason-modal';
import { useT } from '../../app/i18n/locale-context';
import { type InstitutionDetail, reviewInstitution } from './institutions-api';
import { staffMessages } from './staff-messages';
import { useStaffInstitutionChange } from './use-staff-institution-change';

/** The server's limit on a review note. */
const NOTE_MAX_LENGTH = 1000;

/** Approve a pending registration, or return it with a note saying what to correct. */
export function ReviewActions({ institution }: { institution: InstitutionDetail }) {
  const t = useT(staffMessages);
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const review = useStaffInstitutionChange(
    ({ decision, note }: { decision: 'approve' | 'return'; note?: string }) =>
      reviewInstitution(institution.id, decision, note),
    {
      onSuccess: (next) => {
        message.success(next.reviewStatus === 'approved' ? t('approved') : t('returned'));
        setReturning(false);
      },
    },
  );
  return (
    <Space wrap>
      <Popconfirm
        title={t('approveConfirm', { name: institution.name })}
        okText={t('approve')}
        cancelText={t('cancel')}
        onConfirm={() => review.mutateAsync({ decision: 'approve' }).catch(() => undefined)}
      >
        <Button type="primary" loading={review.isPending} data-testid="institution-approve">
          {t('approve')}
        </Button>
      </Popconfirm>
      <Button danger onClick={() => setReturning(true)} data-testid="institution-return">
        {t('return')}
      </Button>
      <ReasonModal
        open={returning}
        title={t('returnTitle')}
        description={t('returnDescription')}
        okText={t('return')}
        danger
        pending={review.isPending}
        maxLength={NOTE_MAX_LENGTH}
        onSubmit={(note) => review.mutate({ decision: 'return', note })}
        onClose={() => setReturning(false)}
        data-testid="return-institution-modal"
      />
    </Space>
  );
}
