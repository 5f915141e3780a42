/**
 * The one door to the feed API: GET with a timeout and the caller's abort signal, problem+json errors,
 * and zod validation of every response. Failures become {@link FeedError} values that name the endpoint
 * and, for an invalid payload, the field, so the panel that asked can say exactly what went wrong.
 */
import * as z from 'zod/mini';
import { takeBootResponse, type BootRequest } from './boot.ts';
import { problemSchema, type Problem } from './common/schema.ts';

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'invalid-json' | 'invalid-payload';

export interface InvalidField {
  /** Dotted path with indices, e.g. `rows[3].value`; empty for the root. */
  readonly path: string;
  readonly message: string;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** The endpoint path without base URL or query, e.g. `/observations`. */
  readonly endpoint: string;
  readonly status?: number;
  readonly problem?: Problem;
  readonly fields: readonly InvalidField[];

  constructor(
    kind: FeedErrorKind,
    endpoint: string,
    options: { status?: number; problem?: Problem; fields?: readonly InvalidField[]; cause?: unknown } = {},
  ) {
    super(describe(kind, endpoint, options), { cause: options.cause });
    this.kind = kind;
    this.endpoint = endpoint;
    if (options.status !== undefined) this.status = options.status;
    if (options.problem !== undefined) this.problem = options.problem;
    this.fields = options.fields ?? [];
  }

  /** Worth retrying automatically: the network, a timeout, or a 5xx/429 from the server. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429);
  }
}

function describe(
  kind: FeedErrorKind,
  endpoint: string,
  options: { status?: number; problem?: Problem; fields?: readonly InvalidField[] },
): string {
  switch (kind) {
    case 'network':
      return `GET ${endpoint}: network error`;
    case 'timeout':
      return `GET ${endpoint}: timed out`;
    case 'http':
      return `GET ${endpoint}: HTTP ${options.status ?? '?'}${options.problem ? ` ${options.problem.title}` : ''}`;
    case 'invalid-json':
      return `GET ${endpoint}: response is not JSON`;
    case 'invalid-payload': {
      const first = options.fields?.[0];
      return `GET ${endpoint}: invalid field ${first ? `${first.path || '(root)'}: ${first.message}` : ''}`;
    }
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError;
}

export interface FeedConfig {
  /** Absolute or app-relative base, e.g. `/api/v1` or `https://feeds.example.gov.vn/v1`. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
}

let config: FeedConfig | undefined;

/** Called once at start-up with the runtime configuration (and by test setup). */
export function configureFeed(next: FeedConfig): void {
  config = { ...next, baseUrl: next.baseUrl.replace(/\/+$/, '') };
}

export function feedConfig(): FeedConfig {
  if (!config) throw new Error('The feed is not configured: call configureFeed() before the first request');
  return config;
}

export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** Builds the request URL; `undefined` params are left out, the rest sorted for stable caching. */
export function feedUrl(endpoint: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return `${feedConfig().baseUrl}${endpoint}${query ? `?${query}` : ''}`;
}

/**
 * GETs `endpoint` and validates the JSON body with `schema`. Rejects with a {@link FeedError}; an abort
 * by the caller (TanStack Query cancelling) rejects with the signal's own reason, untouched.
 */
export async function getJson<S extends z.ZodMiniType>(
  endpoint: string,
  params: QueryParams,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const { timeoutMs } = feedConfig();
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

  const url = feedUrl(endpoint, params);
  let response: Response;
  try {
    // A request the boot script in index.html already started (the first metadata and catalog).
    const early = takeBootResponse(url);
    response =
      (early ? await adopt(early, combined) : undefined) ??
      (await fetch(url, {
        signal: combined,
        headers: { Accept: 'application/json' },
      }));
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new FeedError('timeout', endpoint, { cause: error });
    throw new FeedError('network', endpoint, { cause: error });
  }

  if (!response.ok) {
    throw new FeedError('http', endpoint, { status: response.status, problem: await readProblem(response) });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new FeedError('timeout', endpoint, { cause: error });
    throw new FeedError('invalid-json', endpoint, { status: response.status, cause: error });
  }

  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    throw new FeedError('invalid-payload', endpoint, {
      status: response.status,
      fields: parsed.error.issues.slice(0, 5).map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * Waits for a request the boot script started, under the same timeout and abort as a request of our own:
 * when `signal` aborts, the boot request is aborted too (its body as well, if it is being read). Resolves
 * undefined when the boot request failed by itself, so that the caller asks the network again.
 */
async function adopt(early: BootRequest, signal: AbortSignal): Promise<Response | undefined> {
  const abort = () => {
    early.abort(signal.reason);
  };
  if (signal.aborted) {
    abort();
    throw signal.reason;
  }
  // Left attached after the response arrives: the body is read next and must stop on abort too.
  signal.addEventListener('abort', abort, { once: true });
  try {
    return await early.response;
  } catch {
    // Aborted: throws the reason (a timeout or the caller's). Failed by itself: ask the network again.
    signal.throwIfAborted();
    return undefined;
  }
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = z.safeParse(problemSchema, await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `['rows', 3, 'value']` → `rows[3].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
