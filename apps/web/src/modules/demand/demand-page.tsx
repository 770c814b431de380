import { ExperimentOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { isRecruiting } from '@qiancheng/domain/demand/demand-line';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { useCreateProject } from '../projects/use-create-project';
import { CloseDemandAction } from './close-demand-action';
import { DeclareDemandModal } from './declare-demand-modal';
import { DEMAND_FILTERS, type DemandLine, demandListQuery, exportQuery } from './demand-api';
import { DemandLineDetails, useDemandColumns } from './demand-columns';
import { DemandFilters } from './demand-filters';
import { ImportDemandModal } from './import-demand-modal';
import { demandMessages } from './messages';

/** Staff (and, read-only, auditors and administrators) see every demand line of their region. */
export function DemandPage() {
  const t = useT(demandMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'demand.manage');
  const canCreateProject = can(me.role, 'projects.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;

  const [search, update] = useUrlSearch(DEMAND_FILTERS);
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const lines = useQuery({ ...demandListQuery(search), placeholderData: keepPreviousData });
  const createProject = useCreateProject();
  const filtered = DEMAND_FILTERS.some((key) => search[key]);

  const columns = useDemandColumns({
    showEnterprise: true,
    actions: canManage
      ? (line: DemandLine) => (line.status === 'closed' ? null : <CloseDemandAction line={line} />)
      : undefined,
  });

  return (
    <>
      <PageTitle
        title={t('manageTitle')}
        extra={
          <Space wrap>
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRegistering(true)}
                data-testid="register-demand"
              >
                {t('registerForEnterprise')}
              </Button>
            )}
            {canManage && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="import-demand"
              >
                {t('import')}
              </Button>
            )}
            <DownloadButton
              path="/api/v1/demand/export"
              query={exportQuery(search)}
              fileName={t('exportFile')}
              data-testid="export-demand"
            >
              {t('export')}
            </DownloadButton>
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('manageIntro')}
        </Typography.Paragraph>
        {!canManage && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <Card>
          <DemandFilters search={search} update={update} full root={root} />
          {canCreateProject && (
            <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
              <Button
                icon={<ExperimentOutlined />}
                disabled={selected.length === 0}
                loading={createProject.isPending}
                onClick={() => createProject.mutate({ demandLineIds: selected })}
                data-testid="create-project-from-demand"
              >
                {selected.length > 0
                  ? t('createProjectCount', { count: selected.length })
                  : t('createProject')}
              </Button>
              <Typography.Text type="secondary">{t('selectHint')}</Typography.Text>
            </Flex>
          )}
          <PagedTable
            query={lines}
            paging={search}
            onPage={update}
            columns={columns}
            rowSelection={
              canCreateProject
                ? {
                    selectedRowKeys: selected,
                    preserveSelectedRowKeys: true,
                    onChange: (keys) => setSelected(keys.map(String)),
                    // Only lines still recruiting can found a project.
                    getCheckboxProps: (line) => ({ disabled: !isRecruiting(line.status) }),
                  }
                : undefined
            }
            expandable={{ expandedRowRender: (line) => <DemandLineDetails line={line} /> }}
            empty={filtered ? t('noDemandMatch') : t('noDemand')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="demand-table"
          />
        </Card>
      </Flex>
      {canManage && (
        <>
          <DeclareDemandModal open={registering} onBehalf root={root} onClose={() => setRegistering(false)} />
          <ImportDemandModal open={importing} onClose={() => setImporting(false)} />
        </>
      )}
    </>
  );
}
