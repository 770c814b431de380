import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageLoading } from './page-loading';
import { PageTitle } from './page-title';
import { QueryError } from './query-error';

/**
 * A page that shows one record read by its id: a spinner while it loads; if it cannot be read, the
 * reason under the page's title with the way back (and a retry where one can help); else the page.
 */
export function RecordPage<T>({
  query,
  title,
  back,
  children,
}: {
  query: UseQueryResult<T>;
  /** The title shown over a failure, before the record has a title of its own. */
  title: ReactNode;
  back: ReactNode;
  children: (record: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={title} extra={back} />
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      </>
    );
  }
  return children(query.data);
}
