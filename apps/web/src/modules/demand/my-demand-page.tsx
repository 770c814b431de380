import { PlusOutlined } from '@ant-design/icons';
import { isRecruiting } from '@qiancheng/domain/demand/demand-line';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../app/api/api-error';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { CloseDemandAction } from './close-demand-action';
import { DeclareDemandModal } from './declare-demand-modal';
import { DEMAND_FILTERS, type DemandLine, demandListQuery } from './demand-api';
import { DemandLineDetails, useDemandColumns } from './demand-columns';
import { DemandFilters } from './demand-filters';
import { myEnterpriseQuery } from './enterprises-api';
import { FilledCountAction } from './filled-count-action';
import { demandMessages } from './messages';

/** An enterprise's own demand lines: declare, record hires, close. */
export function MyDemandPage() {
  const t = useT(demandMessages);
  const province = useDeploymentRegion();
  const [search, update] = useUrlSearch(DEMAND_FILTERS);
  const [declaring, setDeclaring] = useState(false);
  const lines = useQuery({ ...demandListQuery(search), placeholderData: keepPreviousData });
  const enterprise = useQuery({ ...myEnterpriseQuery, retry: false });
  const filtered = DEMAND_FILTERS.some((key) => search[key]);

  const columns = useDemandColumns({
    showEnterprise: false,
    actions: (line: DemandLine) =>
      line.status === 'closed' ? null : (
        <Space size="middle">
          {isRecruiting(line.status) && <FilledCountAction line={line} />}
          <CloseDemandAction line={line} />
        </Space>
      ),
  });

  return (
    <>
      <PageTitle
        title={t('mineTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDeclaring(true)}
            data-testid="declare-demand"
          >
            {t('declare')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('mineIntro')}
        </Typography.Paragraph>
        {enterprise.data ? (
          <Card size="small" title={t('enterpriseCard')} data-testid="my-enterprise">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'name', label: t('enterpriseName'), children: enterprise.data.name },
                { key: 'creditCode', label: t('creditCode'), children: enterprise.data.creditCode },
              ]}
            />
          </Card>
        ) : (
          enterprise.error instanceof ApiError &&
          (enterprise.error.code === 'enterprises.account_not_linked' || enterprise.error.status === 404) && (
            <Alert type="info" showIcon title={t('noEnterprise')} />
          )
        )}
        <Card>
          <DemandFilters search={search} update={update} full={false} />
          <PagedTable
            query={lines}
            paging={search}
            onPage={update}
            columns={columns}
            expandable={{ expandedRowRender: (line) => <DemandLineDetails line={line} /> }}
            empty={filtered ? t('noDemandMatch') : t('noDemand')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="demand-table"
          />
        </Card>
      </Flex>
      <DeclareDemandModal
        open={declaring}
        onBehalf={false}
        root={province}
        onClose={() => setDeclaring(false)}
      />
    </>
  );
}
