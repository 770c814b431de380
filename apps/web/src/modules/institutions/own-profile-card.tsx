import { Button, Card } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { EditProfileModal } from './edit-profile-modal';
import { InstitutionProfile } from './institution-profile';
import type { InstitutionDetail } from './institutions-api';
import { ownMessages } from './own-messages';

export function OwnProfileCard({ institution }: { institution: InstitutionDetail }) {
  const t = useT(ownMessages);
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={t('profile')}
      extra={
        <Button onClick={() => setEditing(true)} data-testid="own-edit-profile">
          {t('edit')}
        </Button>
      }
    >
      <InstitutionProfile institution={institution} />
      <EditProfileModal institution={institution} open={editing} onClose={() => setEditing(false)} />
    </Card>
  );
}
