import { LEDGER_ENTRY_KIND_NAMES } from '@qiancheng/domain/funds/ledger-totals';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Drawer, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { PagedTable } from '../../app/components/paged-table';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useBudgetName } from './budget-name';
import { type Budget, type LedgerEntry, ledgerQuery } from './funds-api';
import { fundsMessages } from './messages';

/** A moment as read in China: YYYY-MM-DD HH:MM, whatever the browser's time zone. */
const CHINA_MOMENT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const grouped = (fen: number) => yuan(fen, { grouped: true });

/** 资金台账 of one budget, newest entry first, under a line with its totals. */
export function LedgerDrawer({ budget, onClose }: { budget: Budget | null; onClose: () => void }) {
  const t = useT(fundsMessages);
  const { locale } = useLocale();
  const budgetName = useBudgetName();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const entries = useQuery({
    ...ledgerQuery(budget?.id ?? '', paging),
    enabled: budget !== null,
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<LedgerEntry> = [
    {
      key: 'time',
      title: t('entryTime'),
      render: (_, entry) => CHINA_MOMENT.format(new Date(entry.recordedAt)),
    },
    { key: 'kind', title: t('entryKind'), render: (_, entry) => LEDGER_ENTRY_KIND_NAMES[entry.kind][locale] },
    {
      key: 'amount',
      title: t('entryAmount'),
      align: 'right',
      render: (_, entry) => (
        <Typography.Text type={entry.amountFen < 0 ? 'danger' : undefined}>
          {grouped(entry.amountFen)}
        </Typography.Text>
      ),
    },
    {
      key: 'ref',
      title: t('entryRef'),
      render: (_, entry) => (entry.refType ? `${entry.refType} ${entry.refId ?? ''}` : ''),
    },
    { key: 'note', title: t('entryNote'), dataIndex: 'note' },
    { key: 'by', title: t('entryBy'), dataIndex: 'recordedByName' },
  ];
  return (
    <Drawer
      open={budget !== null}
      onClose={onClose}
      title={budget ? t('ledgerTitle', { name: budgetName(budget) }) : ''}
      size="large"
      destroyOnHidden
      afterOpenChange={(open) => !open && setPaging({ page: 1, pageSize: 20 })}
      data-testid="ledger-drawer"
    >
      {budget && (
        <Typography.Paragraph type="secondary" data-testid="ledger-summary">
          {t('ledgerSummary', {
            allocated: grouped(budget.allocatedFen),
            committed: grouped(budget.committedFen),
            paid: grouped(budget.paidFen),
            recovered: grouped(budget.recoveredFen),
            available: grouped(budget.availableFen),
          })}
        </Typography.Paragraph>
      )}
      <PagedTable
        query={entries}
        paging={paging}
        onPage={(patch) => setPaging((current) => ({ ...current, ...patch }))}
        columns={columns}
        empty={t('noEntries')}
        pager="hideOnSinglePage"
        totalText={(total) => t('totalEntries', { total })}
        size="small"
        // Notes are long: they wrap in the drawer rather than pushing columns out of sight.
        scroll={null}
        data-testid="ledger-table"
      />
    </Drawer>
  );
}
