/**
 * The QueryClient the app runs on. Transient feed failures (network, timeout, 5xx) are retried with
 * backoff; an invalid payload or a 4xx is not, because asking again returns the same answer. Previous
 * data stays on screen while a refresh fails, which is what a wall screen needs.
 */
import { QueryClient } from '@tanstack/react-query';
import { isFeedError } from './http.ts';

export interface QueryClientOptions {
  /** Automatic refresh of every active query, from config.json. */
  readonly refreshIntervalMs: number;
  readonly retry?: boolean;
}

export function createQueryClient({ refreshIntervalMs, retry = true }: QueryClientOptions): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: refreshIntervalMs,
        refetchInterval: refreshIntervalMs,
        // Keep yesterday's figures for a kiosk that loses the network overnight.
        gcTime: 24 * 60 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: retry
          ? (failureCount, error) => failureCount < 3 && (!isFeedError(error) || error.transient)
          : false,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
      },
    },
  });
}
