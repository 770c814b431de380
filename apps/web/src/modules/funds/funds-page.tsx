import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { FUND_SOURCES, fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Select, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { yuan } from '../../app/format/money';
import { chinaToday } from '../../app/forms/china-today';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { RegionCascader } from '../reference/region-cascader';
import { AdjustBudgetModal } from './adjust-budget-modal';
import { CreateBudgetModal } from './create-budget-modal';
import { BUDGET_FILTERS, BUDGETS_EXPORT_PATH, type Budget, budgetsQuery } from './funds-api';
import { LedgerDrawer } from './ledger-drawer';
import { fundsMessages } from './messages';

const grouped = (fen: number) => yuan(fen, { grouped: true });

/** Next year (budgets are handed down ahead), this year and the three before it. */
function budgetYears(): number[] {
  const current = Number(chinaToday().slice(0, 4));
  return [current + 1, current, current - 1, current - 2, current - 3];
}

/**
 * 资金预算 of the reader's region subtree with their balances, filtered in the address by year,
 * fund source and region; finance users hand budgets down and adjust them here, and everyone who
 * may read opens a budget's ledger.
 */
export function FundsPage() {
  const t = useT(fundsMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canManage = can(me.role, 'funds.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(BUDGET_FILTERS);
  const budgets = useQuery({ ...budgetsQuery(search), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const [adjusting, setAdjusting] = useState<Budget | null>(null);
  const [ledgerOf, setLedgerOf] = useState<Budget | null>(null);
  const years = budgetYears();
  const filtered = BUDGET_FILTERS.some((key) => search[key]);
  const amount = (key: string, title: string, pick: (b: Budget) => number) => ({
    key,
    title,
    align: 'right' as const,
    render: (_: unknown, budget: Budget) => grouped(pick(budget)),
  });

  const columns: TableColumnsType<Budget> = [
    { key: 'region', title: t('region'), render: (_, b) => b.regionName ?? b.regionCode },
    { key: 'year', dataIndex: 'year', title: t('year') },
    { key: 'source', title: t('source'), render: (_, b) => fundSource(b.source).name[locale] },
    amount('allocated', t('allocated'), (b) => b.allocatedFen),
    amount('committed', t('committed'), (b) => b.committedFen),
    amount('paid', t('paid'), (b) => b.paidFen),
    amount('recovered', t('recovered'), (b) => b.recoveredFen),
    {
      key: 'available',
      title: t('available'),
      align: 'right',
      render: (_, b) => (
        <Typography.Text strong type={b.availableFen === 0 ? 'warning' : undefined}>
          {grouped(b.availableFen)}
        </Typography.Text>
      ),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, b) => (
        <Space size="small">
          <Button size="small" onClick={() => setLedgerOf(b)} data-testid={`budget-ledger-${b.id}`}>
            {t('ledger')}
          </Button>
          {canManage && (
            <Button size="small" onClick={() => setAdjusting(b)} data-testid={`budget-adjust-${b.id}`}>
              {t('adjust')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          <Space wrap>
            <DownloadButton
              path={BUDGETS_EXPORT_PATH}
              query={{ year: search.year, source: search.source, region: search.region }}
              fileName="fund-budgets.xlsx"
              data-testid="budgets-export"
            >
              {t('export')}
            </DownloadButton>
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="budget-create"
              >
                {t('create')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
          <Flex gap={12} wrap>
            <Select
              allowClear
              placeholder={t('allYears')}
              value={search.year ? Number(search.year) : undefined}
              onChange={(year?: number) => update({ year: year === undefined ? undefined : String(year) })}
              options={years.map((year) => ({ value: year, label: t('yearOption', { year }) }))}
              style={{ minWidth: 140 }}
              data-testid="budgets-year-filter"
            />
            <Select
              allowClear
              placeholder={t('allSources')}
              value={search.source}
              onChange={(source?: string) => update({ source })}
              options={FUND_SOURCES.map((s) => ({ value: s.code, label: s.name[locale] }))}
              style={{ minWidth: 180 }}
              data-testid="budgets-source-filter"
            />
            {root && (
              <RegionCascader
                root={root}
                placeholder={root.name}
                value={search.region}
                onChange={(region) => update({ region })}
                style={{ minWidth: 220 }}
                data-testid="budgets-region-filter"
              />
            )}
          </Flex>
          <PagedTable
            query={budgets}
            paging={search}
            onPage={update}
            columns={columns}
            empty={
              filtered ? (
                t('noBudgetsMatch')
              ) : (
                <Flex vertical gap={4}>
                  <span>{t('noBudgets')}</span>
                  <Typography.Text type="secondary">{t('noBudgetsHint')}</Typography.Text>
                </Flex>
              )
            }
            pager="sizeChanger"
            totalText={(total) => t('totalBudgets', { total })}
            data-testid="budgets-table"
          />
        </Flex>
      </Card>
      {canManage && (
        <>
          <CreateBudgetModal open={creating} onClose={() => setCreating(false)} years={years} />
          <AdjustBudgetModal budget={adjusting} onClose={() => setAdjusting(null)} />
        </>
      )}
      <LedgerDrawer budget={ledgerOf} onClose={() => setLedgerOf(null)} />
    </>
  );
}
