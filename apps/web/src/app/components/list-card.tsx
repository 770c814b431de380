import { Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { PagedTable, type PagedTableProps } from './paged-table';

export type ListCardProps<T> = PagedTableProps<T> & {
  /** The filters above the table, side by side, wrapping on narrow screens. */
  filters: ReactNode;
};

/**
 * A staff list page's card: its filter bar over the paged table of results. Unless told otherwise
 * the pager offers a choice of page size.
 */
export function ListCard<T>({ filters, pager = 'sizeChanger', ...table }: ListCardProps<T>) {
  return (
    <Card>
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        {filters}
      </Flex>
      <PagedTable<T> pager={pager} {...table} />
    </Card>
  );
}
