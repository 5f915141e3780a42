/**
 * The wall's playlist: the views it rotates through, each with a dwell time, from config.json and
 * overridable in the wall's own URL. Everything the wall needs to start again after a reload lives in
 * that URL (the views, the dwell times, the place, the language and theme), so a reload, by hand, by the
 * wall itself every few loops or by its watchdog, comes back to the same wall at the same place: the
 * Grafana wall that dropped out of kiosk mode after one loop (grafana#6727) kept its mode in memory.
 *
 *   /kiosk                                   the playlist of config.json
 *   /kiosk?view=/&view=/tinh/79&dwell=45s     two views, 45 s each
 *   /kiosk?view=/&view=/tinh/79&dwell=20,1m   20 s, then one minute
 *   /kiosk?at=2&reloadEvery=0                 from the third view; never reload by itself
 *
 * Parsing is total: a bad parameter is reported (the wall says so in its header) and the configured
 * value is used instead, because a wall must show something rather than an error page.
 */
import { parseViewPath, type ViewPathProblem } from '../../components/view-path.ts';
import type { Locale } from '../../domain/units.ts';

/** One view of the playlist: an app path, how long it stays, an optional header title. */
export interface PlaylistItem {
  readonly view: string;
  readonly dwellMs: number;
  readonly title?: { readonly vi: string; readonly en: string };
}

/** What the app hands the wall from config.json (`kiosk`, all optional there). */
export interface KioskSettings {
  readonly playlist: readonly {
    readonly view: string;
    readonly dwellSeconds?: number;
    readonly title?: { readonly vi: string; readonly en: string };
  }[];
  readonly dwellSeconds: number;
  readonly reloadEveryLoops: number;
  /** `refreshIntervalSeconds` of config.json: what "stale" is measured against. */
  readonly refreshIntervalSeconds: number;
  readonly defaultLocale: Locale;
}

export { DEFAULT_KIOSK } from './defaults.ts';

/** A dwell from the URL may be as short as this, so a soak test can drive hundreds of rotations. */
export const MIN_URL_DWELL_MS = 500;
export const MAX_DWELL_MS = 60 * 60 * 1000;
/** At most this many views from the URL (as config.json allows). */
export const MAX_URL_VIEWS = 50;

const DWELL = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+)ms)?$/;

/**
 * A duration as a person writes it on a URL: `30` or `30s` (seconds), `1m30s`, `1.5m`, `2m`, `500ms`,
 * `1h`. Returns milliseconds, or null for anything else (empty, negative, units out of order, zero).
 */
export function parseDwell(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) {
    const ms = Math.round(Number(trimmed) * 1000);
    return ms > 0 ? ms : null;
  }
  const match = DWELL.exec(trimmed);
  if (!match) return null;
  const [, h, m, s, ms] = match;
  const total =
    Number(h ?? 0) * 3_600_000 + Number(m ?? 0) * 60_000 + Number(s ?? 0) * 1000 + Number(ms ?? 0);
  return total > 0 ? Math.round(total) : null;
}

/** A URL parameter the wall could not use, and what it used instead. */
export type KioskParamProblem =
  | { readonly param: 'view'; readonly value: string; readonly problem: ViewPathProblem | 'too-many' }
  | {
      readonly param: 'dwell';
      readonly value: string;
      readonly problem: 'invalid' | 'out-of-range' | 'count';
    }
  | { readonly param: 'at' | 'reloadEvery'; readonly value: string; readonly problem: 'invalid' };

export interface KioskPlan {
  readonly playlist: readonly PlaylistItem[];
  /** Index of the view to start with (from `at`, wrapped into the playlist). */
  readonly start: number;
  /** Reload after this many loops; 0 never. */
  readonly reloadEveryLoops: number;
  readonly problems: readonly KioskParamProblem[];
}

function clampDwell(ms: number): number {
  return Math.min(MAX_DWELL_MS, Math.max(MIN_URL_DWELL_MS, ms));
}

/**
 * The wall's plan from its URL and the configuration: the playlist (URL `view` parameters replace the
 * configured list), dwell times (`dwell`: one value for all, or one per view), the start (`at`) and the
 * reload period (`reloadEvery`).
 */
export function parseKioskParams(
  search: URLSearchParams,
  settings: Pick<KioskSettings, 'playlist' | 'dwellSeconds' | 'reloadEveryLoops'>,
): KioskPlan {
  const problems: KioskParamProblem[] = [];
  const fallbackDwell = settings.dwellSeconds * 1000;

  let items: { view: string; dwellMs: number; title?: PlaylistItem['title'] }[] = [];
  const urlViews = search.getAll('view');
  for (const value of urlViews) {
    const parsed = parseViewPath(value);
    if (!parsed.ok) problems.push({ param: 'view', value, problem: parsed.problem });
    else if (items.length >= MAX_URL_VIEWS) problems.push({ param: 'view', value, problem: 'too-many' });
    else items.push({ view: parsed.path, dwellMs: fallbackDwell });
  }
  if (items.length === 0) {
    items = settings.playlist.map((item) => ({
      view: item.view,
      dwellMs: (item.dwellSeconds ?? settings.dwellSeconds) * 1000,
      ...(item.title ? { title: item.title } : {}),
    }));
  }

  const dwellText = search.get('dwell');
  if (dwellText !== null) {
    const parts = dwellText.split(',');
    const values = parts.map(parseDwell);
    const bad = parts.findIndex((_, i) => values[i] === null);
    if (bad >= 0) {
      problems.push({ param: 'dwell', value: dwellText, problem: 'invalid' });
    } else if (parts.length !== 1 && parts.length !== items.length) {
      problems.push({ param: 'dwell', value: dwellText, problem: 'count' });
    } else {
      const ms = values as number[];
      if (ms.some((v) => v !== clampDwell(v))) {
        problems.push({ param: 'dwell', value: dwellText, problem: 'out-of-range' });
      }
      items = items.map((item, i) => ({ ...item, dwellMs: clampDwell(ms[parts.length === 1 ? 0 : i] ?? 0) }));
    }
  }

  const atText = search.get('at');
  let start = 0;
  if (atText !== null) {
    if (/^\d{1,6}$/.test(atText)) start = Number(atText) % items.length;
    else problems.push({ param: 'at', value: atText, problem: 'invalid' });
  }

  const reloadText = search.get('reloadEvery');
  let reloadEveryLoops = settings.reloadEveryLoops;
  if (reloadText !== null) {
    if (/^\d{1,6}$/.test(reloadText)) reloadEveryLoops = Number(reloadText);
    else problems.push({ param: 'reloadEvery', value: reloadText, problem: 'invalid' });
  }

  return { playlist: items, start, reloadEveryLoops, problems };
}

/** The wall's URL search with its place set to `index`: what a reload must come back to. */
export function withPlace(search: URLSearchParams, index: number): URLSearchParams {
  const next = new URLSearchParams(search);
  if (index === 0) next.delete('at');
  else next.set('at', String(index));
  return next;
}
