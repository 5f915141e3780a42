/**
 * What a first visit downloads: every response of a page load in a fresh browser context, sized three ways
 * (headers left out of all three):
 * - raw: the decoded body;
 * - gzip: the body gzipped at level 9 for text types (what a server with pre-compressed files sends over
 *   HTTP), woff2 and images as they are. The budget is checked against this one;
 * - brotli: quality 11 for text types (what the same server sends over HTTPS).
 * and "served", what Chromium says crossed the wire for the body (CDP `encodedDataLength`).
 *
 * Kinds: the document; scripts; styles; fonts; geometry (a build file whose name says geo/topo, today the
 * `virtual:vn-geometry` chunk); feed (anything from the feed's origin or under its path); other (config.json,
 * the favicon).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { openBenchPage } from './page.ts';
import { brotliSize, gzipSize, isCompressible } from './static-server.ts';

export const KINDS = ['document', 'script', 'style', 'font', 'geometry', 'feed', 'other'] as const;
export type ResourceKind = (typeof KINDS)[number];
/** The kinds the build controls: everything but the feed's answers. */
export const APP_KINDS: readonly ResourceKind[] = [
  'document',
  'script',
  'style',
  'font',
  'geometry',
  'other',
];

export interface Resource {
  /** The path and query on the app's origin; host, path and query for another origin. */
  readonly name: string;
  readonly kind: ResourceKind;
  readonly status: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly served: number;
}

const GEOMETRY = /(geo|topo)/i;

export function classify(url: URL, resourceType: string, contentType: string, feed: URL): ResourceKind {
  if (url.origin === feed.origin && url.pathname.startsWith(feed.pathname)) return 'feed';
  const path = url.pathname;
  const file = path.split('/').pop() ?? '';
  if (resourceType === 'document') return 'document';
  if (path.startsWith('/assets/') && GEOMETRY.test(file)) return 'geometry';
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'script';
  if (path.endsWith('.css') || contentType.startsWith('text/css')) return 'style';
  if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'font';
  return 'other';
}

async function describe(request: Request, app: URL, feed: URL): Promise<Resource> {
  const response = await request.response();
  const sizes = await request.sizes();
  const contentType = (response ? await response.headerValue('content-type') : null) ?? '';
  const body = response ? await response.body().catch(() => undefined) : undefined;
  const url = new URL(request.url());
  const text = isCompressible(contentType || url.pathname);
  return {
    name: url.origin === app.origin ? url.pathname + url.search : `${url.host}${url.pathname}${url.search}`,
    kind: classify(url, request.resourceType(), contentType, feed),
    status: response?.status() ?? 0,
    raw: body?.length ?? 0,
    gzip: body ? (text ? gzipSize(body) : body.length) : 0,
    brotli: body ? (text ? brotliSize(body) : body.length) : 0,
    served: Math.max(0, sizes.responseBodySize),
  };
}

export interface FirstLoad {
  readonly url: string;
  readonly resources: readonly Resource[];
  readonly failed: readonly string[];
}

/** Loads `url` in a fresh context at 1920×1080 and sizes every response until the network is quiet. */
export async function measureFirstLoad(browser: Browser, url: string, feedUrl: string): Promise<FirstLoad> {
  const bench = await openBenchPage(browser);
  try {
    const app = new URL(url);
    const feed = new URL(feedUrl);
    const pending: Promise<Resource>[] = [];
    const failed: string[] = [];
    bench.context.on('requestfinished', (request) => pending.push(describe(request, app, feed)));
    bench.context.on('requestfailed', (request) =>
      failed.push(`${request.url()} (${request.failure()?.errorText ?? '?'})`),
    );
    await bench.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await bench.networkQuiet();
    return { url, resources: await Promise.all(pending), failed };
  } finally {
    await bench.close();
  }
}

export interface Totals {
  readonly requests: number;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly served: number;
}

export function totals(resources: readonly Resource[]): Totals {
  return resources.reduce<Totals>(
    (t, r) => ({
      requests: t.requests + 1,
      raw: t.raw + r.raw,
      gzip: t.gzip + r.gzip,
      brotli: t.brotli + r.brotli,
      served: t.served + r.served,
    }),
    { requests: 0, raw: 0, gzip: 0, brotli: 0, served: 0 },
  );
}

export interface BuildFile {
  /** The path under the build, e.g. /assets/province-page-CrBgMzHQ.js. */
  readonly path: string;
  /** The name without its content hash, e.g. province-page.js: stable from build to build. */
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  /** MSW's code: loaded with mocks on only. */
  readonly mocksOnly: boolean;
}

/** Vite's content hash before the extension (8 characters of base64url). */
const HASH = /-[\w-]{8}(?=\.[a-z0-9]+$)/i;

/** Scripts, styles, fonts and data files under `dist/assets` (source maps left out), sized like {@link Resource}. */
export function buildFiles(dist: string): BuildFile[] {
  const files: BuildFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.map')) {
        const body = readFileSync(full);
        const text = isCompressible(entry.name);
        files.push({
          path: `/${relative(dist, full).split('\\').join('/')}`,
          name: entry.name.replace(HASH, ''),
          raw: body.length,
          gzip: text ? gzipSize(body) : body.length,
          brotli: text ? brotliSize(body) : body.length,
          mocksOnly: text && body.includes('[MSW]'),
        });
      }
    }
  };
  walk(join(dist, 'assets'));
  return files.sort((a, b) => b.gzip - a.gzip);
}
