/** Which page of a list is asked for: pages count from 1. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** A select that can still be limited and offset (drizzle's builders are lazy until awaited). */
interface Pageable<T> {
  limit(limit: number): { offset(offset: number): PromiseLike<T[]> };
}

/**
 * One page of an ordered select's rows, with how many rows the whole select has; the page and the
 * count are read at the same time.
 */
export async function pageOf<T>(
  page: PageRequest,
  rows: Pageable<T>,
  counted: PromiseLike<{ total: number }[]>,
): Promise<{ items: T[]; total: number }> {
  const [items, [total]] = await Promise.all([
    rows.limit(page.pageSize).offset((page.page - 1) * page.pageSize),
    counted,
  ]);
  return { items, total: total?.total ?? 0 };
}
