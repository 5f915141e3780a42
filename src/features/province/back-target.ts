/**
 * Where Esc on a province page goes (the interface's rule: Esc goes back): to the page the reader came
 * from, however many changes they made on this one (each change of the indicator, the peers or the sort
 * is its own history entry, so the browser's Back would only undo the last), or, when the page was opened
 * directly (a shared link, a bookmark, a wall playlist), to the overview in the same language and theme.
 *
 * The page keeps what it needs in its history entries' state ({@link ProvinceHistory}), so a reload or a
 * Forward keeps it right. Pure.
 */
import { ROUTES } from '../routes/index.ts';

/** Kept in the state of each history entry of a province page. */
export interface ProvinceHistory {
  /** Entries of this page since the reader arrived on it (0 on the entry they arrived on). */
  readonly steps: number;
  /** The arrival entry was the first of the app's session: there is no page of the app to go back to. */
  readonly direct: boolean;
}

/**
 * The history of the entry shown: `state` is the entry's own (`location.state`), `key` its key, which the
 * router names `'default'` on the entry the app started on.
 */
export function readProvinceHistory(state: unknown, key: string): ProvinceHistory {
  if (typeof state === 'object' && state !== null && 'provinceHistory' in state) {
    const kept = state.provinceHistory;
    if (
      typeof kept === 'object' &&
      kept !== null &&
      typeof (kept as ProvinceHistory).steps === 'number' &&
      typeof (kept as ProvinceHistory).direct === 'boolean'
    ) {
      return kept as ProvinceHistory;
    }
  }
  return { steps: 0, direct: key === 'default' };
}

/** The state of the next entry this page pushes (a change of view on the same page). */
export function nextProvinceState(current: ProvinceHistory): { provinceHistory: ProvinceHistory } {
  return { provinceHistory: { steps: current.steps + 1, direct: current.direct } };
}

export type BackTarget =
  { readonly kind: 'history'; readonly delta: number } | { readonly kind: 'overview'; readonly href: string };

/** Where Esc goes from an entry with `history`; `search` is the page's, whose language and theme stay. */
export function backTarget(history: ProvinceHistory, search: URLSearchParams): BackTarget {
  if (history.direct) return { kind: 'overview', href: ROUTES.overview.href({}, search) };
  return { kind: 'history', delta: -(history.steps + 1) };
}

/**
 * Whether Esc pressed on `target` is the page's to take: not when a control or a panel took it already
 * (`handled`), nor in a field where Esc has its own meaning (clearing a search, closing a picker).
 */
export function escapeLeavesPage(
  key: string,
  handled: boolean,
  target: { readonly tagName?: string } | null,
): boolean {
  if (key !== 'Escape' || handled) return false;
  const tag = target?.tagName?.toLowerCase();
  return tag !== 'input' && tag !== 'select' && tag !== 'textarea';
}
