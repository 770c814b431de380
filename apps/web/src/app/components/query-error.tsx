import { Button, Result, type ResultProps } from 'antd';
import { ApiError } from '../api/api-error';
import { useT } from '../i18n/locale-context';
import { commonMessages } from './messages';

type Outcome = {
  status: ResultProps['status'];
  title: 'forbidden' | 'notFound' | 'loadFailed';
  retryable: boolean;
};

/** Refusals and missing data will not change on retry, so only other failures offer one. */
function outcomeOf(error: unknown): Outcome {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    return { status: 'warning', title: 'forbidden', retryable: false };
  }
  if (error instanceof ApiError && error.status === 404)
    return { status: 'info', title: 'notFound', retryable: false };
  return { status: 'error', title: 'loadFailed', retryable: true };
}

/** The error state of a failed load: the server's own (localised) message and, when useful, a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(commonMessages);
  const message = error instanceof Error ? error.message : String(error);
  const requestId = error instanceof ApiError ? error.requestId : null;
  const outcome = outcomeOf(error);
  return (
    <Result
      status={outcome.status}
      title={t(outcome.title)}
      subTitle={
        <>
          <div>{message}</div>
          {requestId && <div>{t('requestId', { requestId })}</div>}
        </>
      }
      extra={
        onRetry &&
        outcome.retryable && (
          <Button type="primary" onClick={onRetry}>
            {t('retry')}
          </Button>
        )
      }
      data-testid="query-error"
    />
  );
}
