/**
 * The QueryClient the app runs on. Transient feed failures (network, timeout, 5xx) are retried with
 * backoff; an invalid payload or a 4xx is not, because asking again returns the same answer. Previous
 * data stays on screen while a refresh fails, which is what a wall screen needs.
 */
import { QueryClient } from '@tanstack/react-query';
import { isFeedError } from './http.ts';

/** Retries after a transient failure: four attempts in all, about 7 s of waiting between them. */
export const MAX_RETRIES = 3;

/** The wait before retry `n` (0-based): 1 s, 2 s, 4 s. */
export function retryDelayMs(retry: number): number {
  return Math.min(1000 * 2 ** retry, 15_000);
}

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
        // Ask even when the browser says it is offline. TanStack's default ('online') parks every new
        // query, silently and for as long as `navigator.onLine` is false: after an indicator switch
        // offline the panels stayed skeletons with no end. Asking fails at once, the retries run, and the
        // panel says it is reconnecting, then shows the error with "Thử lại". navigator.onLine is also a
        // poor judge of a feed on the same intranet.
        networkMode: 'always',
        // Back online, refetch what failed or went stale (TanStack turns this off for 'always' by default).
        refetchOnReconnect: true,
        retry: retry
          ? (failureCount, error) => failureCount < MAX_RETRIES && (!isFeedError(error) || error.transient)
          : false,
        retryDelay: retryDelayMs,
      },
    },
  });
}
