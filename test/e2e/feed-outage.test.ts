/**
 * The board when the feed goes away, against a real feed (mocks off):
 * - the network drops after the first load (the browser offline, or every feed request failing) and the
 *   reader switches indicator: within seconds each panel says it is reconnecting, after the retries it
 *   shows the error with "Thử lại"; figures already shown stay, and the board recovers by itself;
 * - the feed accepts connections and never answers, from the very first request (the ones index.html's
 *   boot script starts): the configured timeout applies, and the board shows an error instead of
 *   skeletons for ever.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { waitForBoard } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';
import { copyBuildWithConfig, freePort, startPreview, type PreviewServer } from '../e2e-support/servers.ts';

const env = e2eEnvironment();
const PANELS = ['#map', '#ranking', '#trend'] as const;
/** An indicator that no KPI tile shows, so nothing of it is in the cache when the network drops. */
const UNSEEN_INDICATOR = 'retail-sales';
/** The console lines a failing network makes in Chromium, and nothing else. */
const NETWORK_ERRORS = [
  /Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED|CONNECTION_REFUSED)/,
];

interface PanelState {
  readonly panel: string;
  readonly status: string | null;
  readonly alert: string | null;
  readonly retryButton: boolean;
  readonly skeletons: number;
}

async function panelStates(page: Page): Promise<PanelState[]> {
  return page.evaluate(
    (ids) => {
      return ids.map((panel) => {
        const root = document.querySelector(panel);
        const alert = root?.querySelector('[role="alert"]');
        return {
          panel,
          status: root?.querySelector('[role="status"]')?.textContent ?? null,
          alert: alert?.textContent ?? null,
          retryButton: [...(alert?.querySelectorAll('button') ?? [])].some(
            (b) => b.textContent === 'Thử lại',
          ),
          skeletons: root?.querySelectorAll('.skeleton').length ?? 0,
        };
      });
    },
    [...PANELS],
  );
}

/** Polls until `done` holds for every panel or `ms` pass; returns the time it took (or throws with the last state). */
async function untilEveryPanel(page: Page, done: (s: PanelState) => boolean, ms: number): Promise<number> {
  const started = Date.now();
  let last: PanelState[] = [];
  while (Date.now() - started < ms) {
    last = await panelStates(page);
    if (last.every(done)) return Date.now() - started;
    await page.waitForTimeout(100);
  }
  throw new Error(`panels not there after ${ms} ms:\n${JSON.stringify(last, null, 2)}`);
}

async function switchIndicator(page: Page, id: string): Promise<void> {
  await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption(id);
  await page.waitForURL((url) => url.searchParams.get('indicator') === id);
}

async function tileTexts(page: Page): Promise<string[]> {
  return page.locator('.kpi-tile').allInnerTexts();
}

const reconnecting = (s: PanelState) => /Đang thử kết nối lại… \(lần [234]\/4\)/.test(s.status ?? '');
const failed = (s: PanelState) =>
  (s.alert ?? '').includes('Không kết nối được tới máy chủ số liệu') && s.retryButton && s.skeletons === 0;

describe('the network drops after the first load', () => {
  test('offline, after an indicator switch each panel says it is reconnecting, then shows the error; the tiles keep their figures and the board recovers online', async ({
    open,
  }) => {
    const { page, context } = await open({ expectedErrors: NETWORK_ERRORS });
    await page.goto(`${env.feedBacked}/`);
    await waitForBoard(page);
    const tilesBefore = await tileTexts(page);

    await context.setOffline(true);
    await switchIndicator(page, UNSEEN_INDICATOR);
    // The first attempt fails at once; the panels say so within a few seconds, not after the backoff.
    const toReconnecting = await untilEveryPanel(page, reconnecting, 5000);
    // Four attempts with 1 + 2 + 4 s between them: the error with "Thử lại" follows within a bound.
    const toError = await untilEveryPanel(page, failed, 30_000);
    console.log(`offline: reconnecting after ${toReconnecting} ms, error ${toError} ms later`);
    expect(await tileTexts(page), 'the KPI tiles keep what they showed').toEqual(tilesBefore);
    await expect.poll(() => page.getByRole('banner').innerText()).toContain('Mất kết nối');

    // Back online, the failed queries ask again by themselves.
    await context.setOffline(false);
    await page.locator('#ranking tbody tr').first().waitFor({ timeout: 30_000 });
    expect((await panelStates(page)).map((s) => s.alert)).toEqual([null, null, null]);
  });

  test('with every feed request failing, the same: reconnecting within seconds, then the error, and "Thử lại" recovers', async ({
    open,
  }) => {
    const { page, context } = await open({ expectedErrors: NETWORK_ERRORS });
    await page.goto(`${env.feedBacked}/`);
    await waitForBoard(page);
    const feed = new URL(env.feedUrl).origin;
    const block = (route: { abort: (code: string) => Promise<void> }) => route.abort('failed');
    await context.route(`${feed}/**`, block);

    await switchIndicator(page, UNSEEN_INDICATOR);
    await untilEveryPanel(page, reconnecting, 5000);
    await untilEveryPanel(page, failed, 30_000);

    await context.unroute(`${feed}/**`, block);
    await page.locator('#ranking').getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('#ranking tbody tr').first().waitFor({ timeout: 30_000 });
  });
});

describe('a feed that accepts connections and never answers', () => {
  let stall: Server;
  let preview: PreviewServer | undefined;
  let copies = '';
  const sockets = new Set<Socket>();
  const hanging: ServerResponse[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    stall = createServer((request, response) => {
      requested.push(request.url ?? '');
      hanging.push(response);
    });
    stall.on('connection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    const stallPort = await freePort();
    await new Promise<void>((resolve) => stall.listen(stallPort, '127.0.0.1', resolve));
    copies = await mkdtemp(path.join(tmpdir(), 'dieu-hanh-stall-'));
    const dir = path.join(copies, 'stalled-feed');
    await copyBuildWithConfig(path.join(process.cwd(), 'dist'), dir, (config) => ({
      ...config,
      apiBaseUrl: `http://127.0.0.1:${stallPort}/api/v1`,
      mocks: { ...config.mocks, enabled: false },
      requestTimeoutSeconds: 2,
    }));
    preview = await startPreview({
      root: process.cwd(),
      outDir: dir,
      port: await freePort(),
      name: 'stalled-feed',
    });
  });

  afterAll(async () => {
    await preview?.stop();
    for (const response of hanging) response.destroy();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => stall.close(() => resolve()));
    if (copies) await rm(copies, { recursive: true, force: true });
  });

  test('the boot requests time out: the board says it is reconnecting, then shows the error, never skeletons for ever', async ({
    open,
  }) => {
    const { page } = await open();
    const started = Date.now();
    await page.goto(`${preview!.url}/`);
    const main = page.getByRole('main');
    // After the first 2 s timeout.
    await main
      .getByRole('status')
      .filter({ hasText: /Đang thử kết nối lại… \(lần 2\/4\)/ })
      .waitFor({ timeout: 15_000 });
    const reconnectingAt = Date.now() - started;
    // Four attempts of 2 s and 1 + 2 + 4 s of backoff: about 15 s.
    const alert = main.getByRole('alert');
    await alert.waitFor({ timeout: 45_000 });
    const errorAt = Date.now() - started;
    console.log(`stalled feed: reconnecting after ${reconnectingAt} ms, error after ${errorAt} ms`);
    const text = await alert.innerText();
    expect(text).toContain('Máy chủ số liệu không trả lời kịp (/');
    // Nothing else of the board is on the screen: no claim that it keeps working.
    expect(text).not.toContain('Các phần khác vẫn hoạt động bình thường');
    expect(await alert.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    expect(await page.locator('main .skeleton').count()).toBe(0);
    // The first two requests are the boot script's; the timeout applied to them like to any other.
    expect(requested.slice(0, 2).sort()).toEqual(['/api/v1/indicators', '/api/v1/metadata']);
  });
});
