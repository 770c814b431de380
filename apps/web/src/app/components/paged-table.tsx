import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Table, type TablePaginationConfig, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { Page } from '../api/types';
import { QueryError } from './query-error';

/** How the pager behaves beyond paging: offering a choice of page size, or hiding itself when one page holds all. */
export type Pager = 'sizeChanger' | 'hideOnSinglePage';

const PAGERS: Record<Pager, TablePaginationConfig> = {
  sizeChanger: { showSizeChanger: true },
  hideOnSinglePage: { hideOnSinglePage: true },
};

export type PagedTableProps<T> = Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'locale' | 'pagination' | 'onChange' | 'scroll'
> & {
  /** The list's query: its items and total fill the table; its failure takes the table's place. */
  query: UseQueryResult<Page<T>>;
  /** The page shown now. */
  paging: { page: number; pageSize: number };
  /** Called when the reader moves to another page or picks another page size. */
  onPage: (patch: { page?: number; pageSize?: number }) => void;
  /** What the table says when there is nothing to list. */
  empty: ReactNode;
  /** The pager's count of all rows; without it the pager shows no count. */
  totalText?: (total: number) => string;
  /** Without it the pager keeps its ordinary behaviour. */
  pager?: Pager;
  /** Sideways scrolling when the columns are wider than the page, unless given otherwise; `null` for none. */
  scroll?: TableProps<T>['scroll'] | null;
};

/**
 * A table over one page of a server-side list. Every list page shows the same three states (the
 * load failed, nothing to list, a page of rows with a pager), so they are written once here and a
 * page says only what differs: its columns, its empty text and its pager.
 */
export function PagedTable<T>({
  query,
  paging,
  onPage,
  empty,
  totalText,
  pager,
  rowKey = 'id',
  scroll = { x: 'max-content' },
  ...table
}: PagedTableProps<T>) {
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Table<T>
      {...table}
      rowKey={rowKey}
      dataSource={query.data?.items}
      loading={query.isFetching}
      scroll={scroll ?? undefined}
      locale={{ emptyText: <Empty description={empty} /> }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: query.data?.total ?? 0,
        ...(pager && PAGERS[pager]),
        ...(totalText && { showTotal: totalText }),
      }}
      onChange={(pagination) => onPage({ page: pagination.current, pageSize: pagination.pageSize })}
    />
  );
}
