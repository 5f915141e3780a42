import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { createQueryClient } from '../../src/api/query-client.ts';
import type { RuntimeConfig } from '../../src/app/config.ts';
import { ConfigProvider } from '../../src/app/config-context.tsx';
import { AppRoutes } from '../../src/app/router.tsx';

export const TEST_CONFIG: RuntimeConfig = {
  apiBaseUrl: '/api/v1',
  mocks: { enabled: false, scenario: 'normal' },
  refreshIntervalSeconds: 300,
  requestTimeoutSeconds: 5,
  defaultLocale: 'vi',
  defaultTheme: 'light',
};

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location);
  }, [location, onChange]);
  return null;
}

/**
 * The whole app at `path`, in a memory router, on a fresh query cache against the mock feed: without
 * retries unless `retry` (then with the app's own retries and backoff). `router.state.location` is the
 * current location, for asserting what the URL says.
 */
export function renderApp(path: string, { retry = false }: { retry?: boolean } = {}) {
  const queryClient = createQueryClient({ refreshIntervalMs: 300_000, retry });
  let current: Location | null = null;
  const result = render(
    <ConfigProvider config={TEST_CONFIG}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe
            onChange={(location) => {
              current = location;
            }}
          />
        </MemoryRouter>
      </QueryClientProvider>
    </ConfigProvider>,
  );
  const router = {
    get state() {
      if (!current) throw new Error('The router has not rendered yet');
      return { location: current };
    },
  };
  return { ...result, router, queryClient };
}
