import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/api/query-client.ts';
import type { RuntimeConfig } from '../../src/app/config.ts';
import { ConfigProvider } from '../../src/app/config-context.tsx';
import { createTestRouter } from '../../src/app/router.tsx';

export const TEST_CONFIG: RuntimeConfig = {
  apiBaseUrl: '/api/v1',
  mocks: { enabled: false, scenario: 'normal' },
  refreshIntervalSeconds: 300,
  requestTimeoutSeconds: 5,
  defaultLocale: 'vi',
  defaultTheme: 'light',
};

/** The whole app at `path`, on a fresh query cache without retries, against the mock feed. */
export function renderApp(path: string) {
  const queryClient = createQueryClient({ refreshIntervalMs: 300_000, retry: false });
  const router = createTestRouter(path);
  const result = render(
    <ConfigProvider config={TEST_CONFIG}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>,
  );
  return { ...result, router, queryClient };
}
