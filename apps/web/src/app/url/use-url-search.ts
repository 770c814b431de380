import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_PAGE_SIZE,
  nextUrlSearch,
  readUrlSearch,
  type UrlSearch,
  type UrlSearchPatch,
} from './url-search';

/**
 * A list's filters and page held in the address, so a result can be linked, bookmarked and
 * survives a reload. `keys` must be a constant array.
 */
export function useUrlSearch<K extends string>(
  keys: readonly K[],
  defaultPageSize = DEFAULT_PAGE_SIZE,
): [UrlSearch<K>, (patch: UrlSearchPatch<K>) => void] {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readUrlSearch(params, keys, defaultPageSize), [params, keys, defaultPageSize]);
  const update = useCallback(
    (patch: UrlSearchPatch<K>) => setParams(nextUrlSearch(search, patch, keys, defaultPageSize)),
    [search, keys, defaultPageSize, setParams],
  );
  return [search, update];
}
