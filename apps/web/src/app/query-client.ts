import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-error';

/*
 * A 4xx answer will not change on retry (bad input, no permission, not found), so only network
 * failures and server errors are retried.
 */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
