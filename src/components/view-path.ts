/**
 * A view of the app named by its path and query, as a wall playlist, a deck slide or a config file writes
 * it: `/`, `/?indicator=cpi-yoy&slice=top`, `/tinh/79?era=63`. Every view is a pure function of its URL,
 * so such a path is all a playlist or a deck needs to show it again.
 *
 * The text comes from config.json, the wall's URL or a deck file, the last of which nobody vouches for:
 * only a path of this app is accepted (never another origin, never `//host` or `\\host`, which browsers
 * read as another origin), and never the wall or the deck itself (a slide showing the deck would nest).
 */

/** Longer than any view URL the app writes (a handful of parameters), short enough to bound a file. */
export const MAX_VIEW_PATH_LENGTH = 1000;

/** Paths that show other views and so cannot be one. */
export const NESTING_PATHS: readonly string[] = ['/kiosk', '/trinh-chieu'];

export type ViewPathProblem = 'not-a-path' | 'too-long' | 'other-origin' | 'nested';

export type ViewPathResult =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly problem: ViewPathProblem };

const PLACEHOLDER_ORIGIN = 'http://app.invalid';

/**
 * Checks and normalises a view path: the pathname and the query of the app, without a fragment.
 * Pure; the same answer in every browser and in Node.
 */
export function parseViewPath(text: string): ViewPathResult {
  if (text.length > MAX_VIEW_PATH_LENGTH) return { ok: false, problem: 'too-long' };
  // Control characters and spaces would be stripped or encoded by the URL parser and hide what was written.
  // eslint-disable-next-line no-control-regex
  if (!text.startsWith('/') || /[\u0000-\u0020\u007f]/.test(text))
    return { ok: false, problem: 'not-a-path' };
  if (text.startsWith('//') || text.startsWith('/\\')) return { ok: false, problem: 'other-origin' };
  let url: URL;
  try {
    url = new URL(text, PLACEHOLDER_ORIGIN);
  } catch {
    return { ok: false, problem: 'not-a-path' };
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return { ok: false, problem: 'other-origin' };
  const pathname = url.pathname.replace(/\/+$/, '') || '/';
  if (NESTING_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    return { ok: false, problem: 'nested' };
  }
  return { ok: true, path: `${url.pathname}${url.search}` };
}

/** The pathname and search of a view path already checked by {@link parseViewPath}. */
export function splitViewPath(path: string): { readonly pathname: string; readonly search: string } {
  const url = new URL(path, PLACEHOLDER_ORIGIN);
  return { pathname: url.pathname, search: url.search };
}
