/** A list's filters, as text, plus its page; what a list page keeps in its address. */
export type UrlSearch<K extends string> = Partial<Record<K, string>> & { page: number; pageSize: number };

export type UrlSearchPatch<K extends string> = Partial<Record<K, string | undefined>> & {
  page?: number;
  pageSize?: number;
};

export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function readUrlSearch<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
  defaultPageSize = DEFAULT_PAGE_SIZE,
): UrlSearch<K> {
  const search = {
    page: positiveInt(params.get('page'), 1),
    pageSize: Math.min(positiveInt(params.get('pageSize'), defaultPageSize), 200),
  } as UrlSearch<K>;
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) (search as Record<string, unknown>)[key] = value;
  }
  return search;
}

/**
 * The next address of a list. A change of any filter goes back to the first page, since the old
 * page number means nothing in the new result; defaults stay out of the address, so the plain page
 * link and its first page are the same address.
 */
export function nextUrlSearch<K extends string>(
  current: UrlSearch<K>,
  patch: UrlSearchPatch<K>,
  keys: readonly K[],
  defaultPageSize = DEFAULT_PAGE_SIZE,
): URLSearchParams {
  const filterChanged = keys.some((key) => key in patch && patch[key] !== current[key]);
  const next: Record<string, string | number | undefined> = { ...current, ...patch };
  if (filterChanged && patch.page === undefined) next.page = 1;
  if (patch.pageSize !== undefined && patch.pageSize !== current.pageSize) next.page = 1;
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = next[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (next.page !== 1) params.set('page', String(next.page));
  if (next.pageSize !== defaultPageSize) params.set('pageSize', String(next.pageSize));
  return params;
}
