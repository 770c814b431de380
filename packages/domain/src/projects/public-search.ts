/**
 * The public project search of the portal (培训专栏): how results may be ordered and how deep a
 * client may page.
 */
export const PUBLIC_PROJECT_SORTS = ['relevance', 'newest', 'hours'] as const;
export type PublicProjectSort = (typeof PUBLIC_PROJECT_SORTS)[number];

/**
 * How far into a result list paging may reach, and how far a search counts. Beyond the first
 * thousand results nobody reads on, while the database would still have to visit every earlier
 * match: so deeper pages are refused (the caller is asked to narrow the search), and the total
 * stops at this number. A total equal to PUBLIC_RESULT_WINDOW reads "1000 or more" (1000+).
 */
export const PUBLIC_RESULT_WINDOW = 1_000;

/** The total a search reports for `matches` found while counting no further than the window. */
export function cappedTotal(matches: number): number {
  return Math.min(matches, PUBLIC_RESULT_WINDOW);
}

/** The order a search uses: relevance only means something with words to match. */
export function effectiveSort(sort: PublicProjectSort | undefined, hasQuery: boolean): PublicProjectSort {
  if (sort === 'relevance' && !hasQuery) return 'newest';
  return sort ?? (hasQuery ? 'relevance' : 'newest');
}

/** True when page × pageSize stays inside the result window. */
export function withinResultWindow(page: number, pageSize: number): boolean {
  return page * pageSize <= PUBLIC_RESULT_WINDOW;
}
