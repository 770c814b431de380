import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { AddQualificationModal } from './add-qualification-modal';
import { type InstitutionDetail, removeQualification } from './institutions-api';
import { institutionMessages } from './messages';
import { ownMessages } from './own-messages';
import { QualificationsTable } from './qualifications-table';
import { useOwnInstitutionChange } from './use-own-institution-change';

/** The qualification documents: state today, warnings about expiry, add and remove. */
export function OwnQualificationsCard({ institution }: { institution: InstitutionDetail }) {
  const t = useT(ownMessages);
  const ti = useT(institutionMessages);
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const remove = useOwnInstitutionChange(removeQualification, {
    onSuccess: () => message.success(t('qualificationRemoved')),
  });
  const summary = institution.qualificationSummary;

  return (
    <Card
      title={ti('qualifications')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="own-add-qualification">
          {t('addQualification')}
        </Button>
      }
      data-testid="own-qualifications"
    >
      <Flex vertical gap={12}>
        {summary.expired > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('qualificationsExpired', { count: summary.expired })}
            data-testid="qualifications-expired-alert"
          />
        )}
        {summary.expired === 0 && summary.inForce === 0 && (
          <Alert type="error" showIcon title={t('noQualificationInForce')} />
        )}
        {summary.expiring > 0 && (
          <Alert type="warning" showIcon title={t('qualificationsExpiring', { count: summary.expiring })} />
        )}
        <QualificationsTable
          qualifications={institution.qualifications}
          actions={(q) => (
            <Popconfirm
              title={t('removeQualificationConfirm', { number: q.number })}
              okText={t('remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('cancel')}
              onConfirm={() => remove.mutateAsync(q.id).catch(() => undefined)}
            >
              <Button
                type="link"
                danger
                size="small"
                style={{ paddingInline: 0 }}
                data-testid={`qualification-remove-${q.id}`}
              >
                {t('remove')}
              </Button>
            </Popconfirm>
          )}
        />
      </Flex>
      <AddQualificationModal open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
