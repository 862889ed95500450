import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** Server state in memory only (no persister); a 4xx is an answer, not a reason to retry. */
export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
