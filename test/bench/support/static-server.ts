/**
 * A small static server for a built dist/, compressing like a production web server: brotli (quality 11)
 * or gzip (level 9), as a deploy step would pre-compress, for text types by the client's Accept-Encoding
 * (Chromium asks for brotli over HTTPS only, so over http://127.0.0.1 it gets gzip), never for woff2 or
 * images; long-lived caching for hashed assets, and index.html for client-side routes. `vite preview`
 * compresses at its own default level on the fly; the bench, the budget check and Lighthouse use this
 * server so transfer sizes are what a deployment sends.
 *
 * `overrides` replaces files by path: the bench serves the build with mocks off by answering
 * `/config.json` with a configuration that points at the reference feed, without copying the build.
 *
 * For measurement on this machine only: it listens on 127.0.0.1, reads files once and keeps them in memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { negotiateEncoding } from '../../../mocks/feed-server.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Types a production server compresses; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** The gzip a deploy step would pre-compress with. */
export function gzipSize(body: Uint8Array): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Brotli at its best quality, as pre-compressed `.br` files are made; browsers ask for it over HTTPS only. */
export function brotliSize(body: Uint8Array): number {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Whether a production server would compress a response of this path or content type. */
export function isCompressible(pathOrType: string): boolean {
  if (/^(text\/|application\/(json|javascript|manifest\+json|problem\+json)|image\/svg)/.test(pathOrType)) {
    return true;
  }
  return COMPRESSIBLE.has(extname(new URL(pathOrType, 'http://x/').pathname));
}

export interface StaticServer {
  readonly url: string;
  /** Replaces (or, with undefined, restores) the file served at `pathname`, e.g. '/config.json'. */
  override(pathname: string, file: { readonly type: string; readonly body: string } | undefined): void;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Files served instead of the build's, by path. */
  readonly overrides?: Readonly<Record<string, { readonly type: string; readonly body: string }>>;
}

interface Entry {
  readonly type: string;
  readonly raw: Buffer;
  readonly gzip: Buffer | undefined;
  /** Made on first request: brotli at quality 11 takes a while for the largest chunk. */
  brotli?: Buffer;
  readonly compressible: boolean;
}

function makeEntry(type: string, raw: Buffer, compressible: boolean): Entry {
  return { type, raw, compressible, gzip: compressible ? gzipSync(raw, { level: 9 }) : undefined };
}

/** Serves `root` on 127.0.0.1. */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const { port = 0 } = options;
  const base = resolve(root);
  const cache = new Map<string, Entry>();
  const overrides = new Map<string, Entry>();
  const override: StaticServer['override'] = (pathname, file) => {
    if (file)
      overrides.set(pathname, makeEntry(file.type, Buffer.from(file.body), isCompressible(file.type)));
    else overrides.delete(pathname);
  };
  for (const [pathname, file] of Object.entries(options.overrides ?? {})) override(pathname, file);

  async function entry(file: string): Promise<Entry | undefined> {
    const cached = cache.get(file);
    if (cached) return cached;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const raw = await readFile(file);
    const ext = extname(file);
    const made = makeEntry(CONTENT_TYPES[ext] ?? 'application/octet-stream', raw, COMPRESSIBLE.has(ext));
    cache.set(file, made);
    return made;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let found = overrides.get(pathname) ?? (await entry(file));
    let isFallback = false;
    if (!found && extname(pathname) === '') {
      // A client-side route such as /tinh/01: the single-page app's index.html.
      found = await entry(join(base, 'index.html'));
      isFallback = true;
    }
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const hashed = pathname.startsWith('/assets/');
    const coding = found.compressible ? negotiateEncoding(req.headers['accept-encoding']) : null;
    let body = found.raw;
    if (coding === 'gzip' && found.gzip) body = found.gzip;
    if (coding === 'br') {
      found.brotli ??= brotliCompressSync(found.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      body = found.brotli;
    }
    res.writeHead(200, {
      'Content-Type': found.type,
      'Content-Length': body.length,
      'Cache-Control': hashed && !isFallback ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(found.compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(coding ? { 'Content-Encoding': coding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      done();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    override,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
