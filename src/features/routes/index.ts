/**
 * Every page's address, in one table: the pattern the router mounts (`path`) and the link to it
 * (`href`). Links carry the shell's preferences (language and theme) from the current page, so a reader
 * who switched to English stays in English wherever they click. Add a page here (the ministry page
 * `/bo/:code`, the wall `/kiosk`, the deck `/trinh-chieu`, a board) and mount its `path` in the router.
 *
 * Plain strings and URLSearchParams, no React: features, the shell and tests import it alike.
 */
import type { ProvinceEraId } from '../../domain/units.ts';

/** Shell preferences that travel with every link. */
export const KEPT_PARAMS = ['lang', 'theme'] as const;

/** The kept preferences of `current`, and nothing else: the start of every link's query. */
export function keptParams(current?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of KEPT_PARAMS) {
    const value = current?.get(key);
    if (value) next.set(key, value);
  }
  return next;
}

/** `pattern` with each `:name` replaced by its value: '/tinh/:code' → '/tinh/79'. */
function fillPath(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/:(\w+)/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : encodeURIComponent(value);
  });
}

function withQuery(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export interface AppRoute<P> {
  /** The pattern the router matches, absolute: '/', '/tinh/:code'. */
  readonly path: string;
  /** The address of the page for `params`, keeping the language and theme of `current`. */
  href(params: P, current?: URLSearchParams): string;
}

const PATHS = {
  overview: '/',
  province: '/tinh/:code',
  kiosk: '/kiosk',
  deck: '/trinh-chieu',
} as const;

export const ROUTES = {
  /** The overview, or one board of it (`?group=public-service`). */
  overview: {
    path: PATHS.overview,
    href: ({ group }: { group?: string }, current?: URLSearchParams) => {
      const params = keptParams(current);
      if (group) params.set('group', group);
      return withQuery(PATHS.overview, params);
    },
  },
  /** A province or city of either era: `/tinh/79` for one of the 34, `/tinh/27?era=63` for a former one. */
  province: {
    path: PATHS.province,
    href: ({ code, era }: { code: string; era: ProvinceEraId }, current?: URLSearchParams) => {
      const params = keptParams(current);
      if (era === '63') params.set('era', '63');
      return withQuery(fillPath(PATHS.province, { code }), params);
    },
  },
  /** The meeting-room wall: its configured playlist, or the views of `?view=` (repeated). */
  kiosk: {
    path: PATHS.kiosk,
    href: ({ views = [] }: { views?: readonly string[] }, current?: URLSearchParams) => {
      const params = keptParams(current);
      for (const view of views) params.append('view', view);
      return withQuery(PATHS.kiosk, params);
    },
  },
  /** The conference deck: the one kept in this browser, or a published deck file (`?deck=/decks/….json`). */
  deck: {
    path: PATHS.deck,
    href: ({ deck }: { deck?: string }, current?: URLSearchParams) => {
      const params = keptParams(current);
      if (deck) params.set('deck', deck);
      return withQuery(PATHS.deck, params);
    },
  },
} as const satisfies Record<string, AppRoute<never>>;
