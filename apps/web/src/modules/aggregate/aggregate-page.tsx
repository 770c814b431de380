import { ExperimentOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Empty,
  Flex,
  Result,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LazyBarChart } from '../../app/charts/lazy-bar-chart';
import { DownloadButton } from '../../app/components/download-button';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { type DemandGroup, DemandPickerModal } from '../projects/demand-picker-modal';
import { codeOptions, priorityFieldName, targetGroupName } from '../reference/code-names';
import { OccupationSelect } from '../reference/occupation-select';
import { PriorityFieldSelect } from '../reference/priority-field-select';
import { AGGREGATE_FILTERS, type AggregateRow, aggregateQuery, byRegion } from './aggregate-api';
import { AggregateBreadcrumb } from './aggregate-breadcrumb';
import { aggregateMessages } from './messages';

const rowKey = (row: AggregateRow) => `${row.regionCode}:${row.occupationCode}`;

/**
 * Demand and wishes summed bottom-up by region × occupation. The region in the address is the one
 * summarised; clicking a subregion drills into it and the breadcrumb goes back up.
 */
export function AggregatePage() {
  const t = useT(aggregateMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canCreate = can(me.role, 'projects.manage');
  const [search, update] = useUrlSearch(AGGREGATE_FILTERS);
  const [picking, setPicking] = useState<DemandGroup | null>(null);
  const filters = {
    region: search.region,
    field: search.field,
    occupation: search.occupation,
    group: search.group,
  };
  const aggregate = useQuery({
    ...aggregateQuery(filters),
    enabled: me.regionCode !== null,
    placeholderData: keepPreviousData,
  });
  const current = aggregate.data?.region;
  const regionSums = useMemo(() => byRegion(aggregate.data?.rows ?? []), [aggregate.data]);
  const chartSeries = useMemo(
    () => [
      { name: t('postsOpen'), values: regionSums.map((sum) => sum.postsOpen) },
      { name: t('wishes'), values: regionSums.map((sum) => sum.wishes) },
    ],
    [regionSums, t],
  );
  const chartCategories = useMemo(() => regionSums.map((sum) => sum.name), [regionSums]);
  const { token } = theme.useToken();
  const chartColors = useMemo(() => [token.colorPrimary, token.colorWarning], [token]);

  if (!me.regionCode) return <Result status="info" title={t('title')} subTitle={t('noRegion')} />;

  const drillInto = (code: string) => update({ region: code });
  const canDrill = (code: string) => current !== undefined && code !== current.code && current.level < 3;

  const columns: TableColumnsType<AggregateRow> = [
    {
      key: 'region',
      dataIndex: 'regionName',
      title: t('region'),
      render: (name: string, row) =>
        canDrill(row.regionCode) ? (
          <Tooltip title={t('drillDown', { name })}>
            <Typography.Link
              onClick={() => drillInto(row.regionCode)}
              data-testid={`aggregate-drill-${row.regionCode}`}
            >
              {name}
            </Typography.Link>
          </Tooltip>
        ) : (
          name
        ),
    },
    {
      key: 'occupation',
      title: t('occupation'),
      render: (_, row) => (
        <>
          {row.occupationName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {row.occupationCode}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'field',
      dataIndex: 'priorityField',
      title: t('priorityField'),
      render: (field: string) => <Tag color="blue">{priorityFieldName(field, locale)}</Tag>,
    },
    { key: 'demandLines', dataIndex: 'demandLines', title: t('demandLines'), align: 'right' },
    { key: 'postsOpen', dataIndex: 'postsOpen', title: t('postsOpen'), align: 'right' },
    {
      key: 'wishes',
      dataIndex: 'wishes',
      title: t('wishes'),
      align: 'right',
      render: (wishes: number, row) => {
        const groups = Object.entries(row.wishesByGroup ?? {}).filter(([, n]) => n > 0);
        if (groups.length === 0) return wishes;
        return (
          <Tooltip
            title={groups.map(([group, n]) => (
              <div key={group}>
                {targetGroupName(group, locale)}：{n}
              </div>
            ))}
          >
            <Typography.Text underline>{wishes}</Typography.Text>
          </Tooltip>
        );
      },
    },
  ];
  if (canCreate) {
    columns.push({
      key: 'actions',
      title: t('actions'),
      render: (_, row) =>
        row.demandLines > 0 && (
          <Button
            type="link"
            icon={<ExperimentOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() =>
              setPicking({
                regionCode: row.regionCode,
                regionName: row.regionName,
                occupationCode: row.occupationCode,
                occupationName: row.occupationName,
              })
            }
            data-testid={`aggregate-create-${row.regionCode}-${row.occupationCode}`}
          >
            {t('createProject')}
          </Button>
        ),
    });
  }

  const filtered = Boolean(search.field || search.occupation || search.group);
  const totals = aggregate.data?.totals;

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          <DownloadButton
            path="/api/v1/aggregate/export"
            query={filters}
            fileName={t('exportFile')}
            data-testid="export-aggregate"
          >
            {t('export')}
          </DownloadButton>
        }
      />
      <Flex vertical gap={16}>
        {current && (
          <>
            <AggregateBreadcrumb
              code={current.code}
              name={current.name}
              scope={me.regionCode}
              onSelect={drillInto}
            />
            <Typography.Text type="secondary">{t('intro', { name: current.name })}</Typography.Text>
          </>
        )}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <PriorityFieldSelect
              placeholder={t('allFields')}
              value={search.field}
              onChange={(field) => update({ field })}
              style={{ minWidth: 160 }}
              data-testid="aggregate-field-filter"
            />
            <OccupationSelect
              value={search.occupation}
              placeholder={t('allOccupations')}
              onChange={(occupation) => update({ occupation })}
              style={{ minWidth: 240 }}
              data-testid="aggregate-occupation-filter"
            />
            <Select<string>
              allowClear
              placeholder={t('allGroups')}
              value={search.group}
              onChange={(group) => update({ group })}
              options={codeOptions(TARGET_GROUPS, locale)}
              style={{ minWidth: 200 }}
              data-testid="aggregate-group-filter"
            />
          </Flex>
          {aggregate.isError ? (
            <QueryError error={aggregate.error} onRetry={() => aggregate.refetch()} />
          ) : (
            <Table<AggregateRow>
              rowKey={rowKey}
              columns={columns}
              dataSource={aggregate.data?.rows}
              loading={aggregate.isFetching}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={filtered ? t('noRowsMatch') : t('noRows')} /> }}
              pagination={{
                defaultPageSize: 50,
                hideOnSinglePage: true,
                showTotal: (total) => t('rows', { total }),
              }}
              summary={() =>
                totals && (
                  <Table.Summary fixed>
                    <Table.Summary.Row data-testid="aggregate-totals">
                      <Table.Summary.Cell index={0} colSpan={3}>
                        <Typography.Text strong>{t('total')}</Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={3} align="right">
                        <Typography.Text strong data-testid="aggregate-total-lines">
                          {totals.demandLines}
                        </Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={4} align="right">
                        <Typography.Text strong data-testid="aggregate-total-posts">
                          {totals.postsOpen}
                        </Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={5} align="right">
                        <Typography.Text strong data-testid="aggregate-total-wishes">
                          {totals.wishes}
                        </Typography.Text>
                      </Table.Summary.Cell>
                      {canCreate && <Table.Summary.Cell index={6} />}
                    </Table.Summary.Row>
                  </Table.Summary>
                )
              }
              data-testid="aggregate-table"
            />
          )}
        </Card>
        {regionSums.length > 1 && (
          <Card title={t('chartTitle')}>
            <LazyBarChart
              categories={chartCategories}
              series={chartSeries}
              colors={chartColors}
              onSelect={(index) => {
                const target = regionSums[index];
                if (target && canDrill(target.code)) drillInto(target.code);
              }}
              data-testid="aggregate-chart"
            />
          </Card>
        )}
      </Flex>
      <DemandPickerModal group={picking} onClose={() => setPicking(null)} />
    </>
  );
}
