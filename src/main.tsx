/**
 * Start-up: read config.json, point the feed client at the configured API, start the mock worker only
 * when the configuration asks for it (a lazy chunk: a build with mocks off loads no MSW code), render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureFeed } from './api/http.ts';
import { feedQueries } from './api/queries.ts';
import { createQueryClient } from './api/query-client.ts';
import { App, type CacheProvider } from './app/app.tsx';
import { loadRuntimeConfig } from './app/config.ts';
import { persistsCache } from './app/persist.ts';
import type { ConfigProblem } from './app/config.ts';
// Be Vietnam Pro subset to the app's characters (scripts/fonts/vite-plugin-fonts.ts), before the styles that use it.
import 'virtual:be-vietnam-pro.css';
import './app/styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
const root = createRoot(container);

/** The bilingual configuration error page, a chunk of its own: only a broken deployment needs it. */
async function showConfigProblems(problems: readonly ConfigProblem[]): Promise<void> {
  const { ConfigErrorPage } = await import('./app/config-error-page.tsx');
  root.render(<ConfigErrorPage problems={problems} />);
}

async function start(): Promise<void> {
  // The wall and the deck keep their cache in IndexedDB: that code is a chunk of its own, requested now.
  const persisted = persistsCache(appPathname()) ? import('./app/persisted-cache.tsx') : null;
  persisted?.catch(() => undefined);
  const result = await loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`);
  if (!result.ok) {
    await showConfigProblems(result.problems);
    return;
  }
  const { config } = result;
  configureFeed({ baseUrl: config.apiBaseUrl, timeoutMs: config.requestTimeoutSeconds * 1000 });
  if (config.mocks.enabled) {
    try {
      const { startMockWorker } = await import('../mocks/browser.ts');
      await startMockWorker({ baseUrl: config.apiBaseUrl, scenario: config.mocks.scenario });
    } catch (error) {
      await showConfigProblems([
        {
          field: 'mocks.enabled',
          vi: `không khởi động được bộ dữ liệu giả lập: ${String(error)}`,
          en: `the mock service worker could not start: ${String(error)}`,
        },
      ]);
      return;
    }
  }
  // Every page starts from the catalog and the metadata (the KPI tiles, the largest paint, wait on both):
  // ask for them now rather than after the first render has mounted the queries (errors show in the pages).
  const queryClient = createQueryClient({ refreshIntervalMs: config.refreshIntervalSeconds * 1000 });
  queryClient.query(feedQueries.metadata()).catch(() => undefined);
  queryClient.query(feedQueries.indicators()).catch(() => undefined);
  // Without its chunk (a reload while the server is unreachable and the chunk not cached), the page still
  // runs, on a cache in memory.
  const cache: CacheProvider | undefined = await persisted?.then(
    ({ persistedCache }) => persistedCache(config, queryClient),
    () => undefined,
  );
  root.render(
    <StrictMode>
      <App config={config} queryClient={queryClient} cache={cache} />
    </StrictMode>,
  );
}

/** The page's path below the app's base (`/kiosk`, whatever base the build was made for). */
function appPathname(): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = window.location.pathname;
  return base && path.startsWith(base) ? path.slice(base.length) || '/' : path;
}

void start();
