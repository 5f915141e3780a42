/**
 * Every page's address, in one table: the pattern the router mounts (`path`) and the link to it
 * (`href`). Links carry the shell's preferences (language and theme) from the current page, so a reader
 * who switched to English stays in English wherever they click. Add a page here (the wall `/kiosk`, the
 * deck `/trinh-chieu`) and mount its `path` in the router.
 *
 * Plain strings and URLSearchParams, no React: features, the shell and tests import it alike.
 */
import type { IndicatorGroup } from '../../domain/indicators.ts';
import type { MinistryEraId, ProvinceEraId } from '../../domain/units.ts';

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
  ministry: '/bo/:code',
  publicService: '/dich-vu-cong',
  internalProcedures: '/tthc-noi-bo',
  tasks: '/nhiem-vu',
  reporting: '/bao-cao',
  kiosk: '/kiosk',
  deck: '/trinh-chieu',
} as const;

/** The boards that have a page of their own (the socio-economic figures are the overview's). */
export type BoardGroup = Exclude<IndicatorGroup, 'socio-economic'>;

export const BOARD_GROUPS: readonly BoardGroup[] = [
  'public-service',
  'internal-procedures',
  'tasks',
  'reporting',
];

/** A board's page: its path, and the link to it with the agencies chosen (`?agencies=ministry`). */
function boardRoute(path: string): AppRoute<{ agencies?: 'province' | 'ministry' }> {
  return {
    path,
    href: ({ agencies }, current) => {
      const params = keptParams(current);
      if (agencies === 'ministry') params.set('agencies', 'ministry');
      return withQuery(path, params);
    },
  };
}

export const ROUTES = {
  /** The overview, or its socio-economic view (`?group=socio-economic`). */
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
  /** A ministry or ministry-level agency of either set: `/bo/TC` for one of the 17, `/bo/KHDT?era=22`. */
  ministry: {
    path: PATHS.ministry,
    href: ({ code, era }: { code: string; era: MinistryEraId }, current?: URLSearchParams) => {
      const params = keptParams(current);
      if (era === '22') params.set('era', '22');
      return withQuery(fillPath(PATHS.ministry, { code }), params);
    },
  },
  /** Chất lượng phục vụ người dân, doanh nghiệp (the Decision 766 index). */
  publicService: boardRoute(PATHS.publicService),
  /** Cải cách thủ tục hành chính nội bộ. */
  internalProcedures: boardRoute(PATHS.internalProcedures),
  /** Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao. */
  tasks: boardRoute(PATHS.tasks),
  /** Tình hình gửi báo cáo định kỳ. */
  reporting: boardRoute(PATHS.reporting),
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

/** Each board group's page in the route table. */
export const BOARD_ROUTES: Readonly<Record<BoardGroup, AppRoute<{ agencies?: 'province' | 'ministry' }>>> = {
  'public-service': ROUTES.publicService,
  'internal-procedures': ROUTES.internalProcedures,
  tasks: ROUTES.tasks,
  reporting: ROUTES.reporting,
};

/** The board group of `group`, if it has a page of its own. */
export function boardGroupOf(group: string | null): BoardGroup | null {
  return BOARD_GROUPS.find((g) => g === group) ?? null;
}

/**
 * Where an old overview link of a board (`/?group=tasks&indicator=…&lang=en`) now lives: the board's
 * page with every other parameter kept (they have the same names there), or null for any other link
 * (the overview itself, its socio-economic view).
 */
export function legacyBoardRedirect(search: URLSearchParams): string | null {
  const group = boardGroupOf(search.get('group'));
  if (!group) return null;
  const params = new URLSearchParams(search);
  params.delete('group');
  return withQuery(BOARD_ROUTES[group].path, params);
}
