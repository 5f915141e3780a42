/**
 * The mock feed in the browser: a service worker answering the feed's URLs with the synthetic data set.
 * The app imports this module lazily, only when its runtime config asks for mocks, so a build that talks
 * to a real feed carries none of MSW.
 *
 * MSW's start-up has three races that showed as page errors or as feed requests reaching the static
 * server ("404 Not Found") now and then, on a reload or a quick second navigation in the same tab:
 *
 * 1. On `beforeunload` MSW's page tells the worker "CLIENT_CLOSED", and the worker unregisters itself
 *    when it sees no other window. During a reload the next page is often not listed yet, so the worker
 *    unregisters while that page is starting: the page is then controlled by a registration that is
 *    going away (its requests bypass the mocks), or not controlled at all.
 * 2. MSW then calls `registration.update()` on that registration without handling its promise, which
 *    rejects ("Failed to update a ServiceWorker for scope …"): an uncaught page error.
 * 3. A page that is not controlled although a mock registration exists (a hard reload, or race 1) is
 *    reloaded by MSW, but the current page keeps starting and sends its requests past the worker.
 *
 * The fixes, each in {@link startMockWorker}: the app never unregisters its worker on unload (the
 * worker stays for the next page, as any app's service worker does; should a build with mocks off be
 * served later at the same origin, the worker passes that page's requests through, because the page
 * never activates mocking); a failed background update check is ignored (the installed worker keeps
 * serving); an uncontrolled page with a registration reloads once before it asks for anything; and the
 * app starts only once the page is controlled, so no feed request can bypass the worker.
 */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import type { Scenario } from './scenarios.ts';

export interface MockWorkerOptions {
  /** The feed base URL from the runtime config, e.g. '/api/v1'. */
  readonly baseUrl: string;
  /** The scenario, or a function read on every request (e.g. from the URL) to switch it at run time. */
  readonly scenario: Scenario | (() => Scenario);
}

/** The worker script's file name, as `msw init` writes it into public/. */
export const MOCK_WORKER_FILE = 'mockServiceWorker.js';

/** Once per tab: a page that reloads to get a controller and still has none must not loop. */
const RELOADED_KEY = 'dieu-hanh:mock-worker-reloaded';

/** How long a page waits for the worker to take control after activation before it gives up. */
const CONTROL_TIMEOUT_MS = 10_000;

/**
 * Registers the worker (public/mockServiceWorker.js, under Vite's base path so a build served from a
 * sub-path works) and resolves once mocking is enabled and the worker controls the page. Requests
 * outside the feed pass through. Rejects when the worker cannot be registered or take control.
 */
export async function startMockWorker({ baseUrl, scenario }: MockWorkerOptions): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const workerUrl = new URL(`${base}${MOCK_WORKER_FILE}`, window.location.href).href;
  const container = navigator.serviceWorker;

  const registrations = await container.getRegistrations();
  const registered = registrations.some((r) => isMockRegistration(r, workerUrl));
  if (!container.controller && registered) {
    if (sessionStorage.getItem(RELOADED_KEY) === null) {
      sessionStorage.setItem(RELOADED_KEY, '1');
      window.location.reload();
      // This page is going away: start nothing, request nothing.
      return new Promise<never>(() => undefined);
    }
    // Still uncontrolled after a reload: that registration cannot control pages (it is being removed).
    // Remove it and register afresh; the new worker claims this page when it activates.
    await Promise.all(
      registrations.filter((r) => isMockRegistration(r, workerUrl)).map((r) => r.unregister()),
    );
  }
  sessionStorage.removeItem(RELOADED_KEY);

  // Race 1: keep MSW's unload handler (CLIENT_CLOSED → the worker unregisters itself) from running. At the
  // target a capturing listener runs before MSW's bubbling one; the app has no other unload listener.
  window.addEventListener(
    'beforeunload',
    (event) => {
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
  // Race 2: MSW's unhandled `registration.update()`. Only that rejection is silenced.
  window.addEventListener('unhandledrejection', (event) => {
    if (isFailedWorkerUpdate(event.reason)) event.preventDefault();
  });

  const worker = setupWorker(...createHandlers({ baseUrl, scenario }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: workerUrl, options: { scope: base } },
  });
  await controlled(container);
}

function isMockRegistration(registration: ServiceWorkerRegistration, workerUrl: string): boolean {
  return [registration.active, registration.waiting, registration.installing].some(
    (worker) => worker?.scriptURL === workerUrl,
  );
}

function isFailedWorkerUpdate(reason: unknown): boolean {
  return (
    typeof reason === 'object' &&
    reason !== null &&
    'message' in reason &&
    typeof reason.message === 'string' &&
    reason.message.startsWith('Failed to update a ServiceWorker')
  );
}

/**
 * Resolves once a worker controls this page. After a first registration the worker claims the page when
 * it activates, and the `controller` can be set a moment after MSW has seen the activation.
 */
async function controlled(container: ServiceWorkerContainer): Promise<void> {
  if (container.controller) return;
  await new Promise<void>((resolve, reject) => {
    const timer = window.setTimeout(() => {
      container.removeEventListener('controllerchange', onChange);
      reject(new Error(`the mock service worker did not take control within ${CONTROL_TIMEOUT_MS} ms`));
    }, CONTROL_TIMEOUT_MS);
    const onChange = () => {
      if (!container.controller) return;
      window.clearTimeout(timer);
      container.removeEventListener('controllerchange', onChange);
      resolve();
    };
    container.addEventListener('controllerchange', onChange);
  });
}
