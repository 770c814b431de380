import { AimOutlined, PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { Button, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { ChecksTable } from './checks-table';
import { CreateCheckModal } from './create-check-modal';
import { DrawSampleModal } from './draw-sample-modal';
import { supervisionMessages } from './messages';
import { SamplesTable } from './samples-table';
import { CHECK_FILTERS } from './supervision-api';

const FILTERS = ['tab', ...CHECK_FILTERS] as const;

/**
 * 过程监督 for staff, auditors and administrators of a region: the checks of its running classes and
 * the samples drawn; staff draw samples and plan single checks from here.
 */
export function SupervisionPage() {
  const t = useT(supervisionMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'supervision.manage');
  const [search, update] = useUrlSearch(FILTERS);
  const [dialog, setDialog] = useState<'draw' | 'check' | null>(null);
  const tab = search.tab === 'samples' ? 'samples' : 'checks';

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <Space wrap>
              <Button
                type="primary"
                icon={<AimOutlined />}
                onClick={() => setDialog('draw')}
                data-testid="draw-sample"
              >
                {t('drawSample')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setDialog('check')} data-testid="create-check">
                {t('createCheck')}
              </Button>
            </Space>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            update({
              tab: key === 'samples' ? 'samples' : undefined,
              ...Object.fromEntries(CHECK_FILTERS.map((filter) => [filter, undefined])),
            })
          }
          items={[
            {
              key: 'checks',
              label: <span data-testid="tab-checks">{t('tabChecks')}</span>,
              children: <ChecksTable search={search} update={update} />,
            },
            {
              key: 'samples',
              label: <span data-testid="tab-samples">{t('tabSamples')}</span>,
              children: <SamplesTable paging={search} onPage={update} />,
            },
          ]}
        />
      </Card>
      {canManage && (
        <>
          <DrawSampleModal open={dialog === 'draw'} onClose={() => setDialog(null)} />
          <CreateCheckModal open={dialog === 'check'} onClose={() => setDialog(null)} />
        </>
      )}
    </>
  );
}
