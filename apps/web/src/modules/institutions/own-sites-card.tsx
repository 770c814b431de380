import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { AddSiteModal } from './add-site-modal';
import { type InstitutionDetail, retireSite } from './institutions-api';
import { institutionMessages } from './messages';
import { ownMessages } from './own-messages';
import { SitesTable } from './sites-table';
import { useOwnInstitutionChange } from './use-own-institution-change';

/** The training sites: add new ones, retire those no longer used (they are kept for history). */
export function OwnSitesCard({ institution }: { institution: InstitutionDetail }) {
  const t = useT(ownMessages);
  const ti = useT(institutionMessages);
  const { message } = App.useApp();
  const province = useDeploymentRegion();
  const [adding, setAdding] = useState(false);
  const retire = useOwnInstitutionChange(retireSite, { onSuccess: () => message.success(t('siteRetired')) });
  return (
    <Card
      title={ti('sites')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="own-add-site">
          {t('addSite')}
        </Button>
      }
      data-testid="own-sites"
    >
      <SitesTable
        sites={institution.sites}
        actions={(site) =>
          site.retired ? null : (
            <Popconfirm
              title={t('retireConfirm', { name: site.name })}
              okText={t('retire')}
              okButtonProps={{ danger: true }}
              cancelText={t('cancel')}
              onConfirm={() => retire.mutateAsync(site.id).catch(() => undefined)}
            >
              <Button
                type="link"
                danger
                size="small"
                style={{ paddingInline: 0 }}
                data-testid={`site-retire-${site.id}`}
              >
                {t('retire')}
              </Button>
            </Popconfirm>
          )
        }
      />
      <AddSiteModal open={adding} root={province} onClose={() => setAdding(false)} />
    </Card>
  );
}
