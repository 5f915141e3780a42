/**
 * The app's routes as the bench knows them. A new board is one line here: its first load is measured for
 * long tasks and lazy chunks, and (with `board: true`) switching to it joins the interaction figures.
 * A route that shows the not-found page is reported as "not available: … not built", never measured.
 */
export interface BenchRoute {
  /** The route's part of the JSON keys: letters, digits and dashes. */
  readonly key: string;
  readonly path: string;
  /** A board a reader switches to from the header: measured as a board switch. */
  readonly board: boolean;
}

export const ROUTES: readonly BenchRoute[] = [
  { key: 'root', path: '/', board: true },
  { key: 'province-79', path: '/tinh/79', board: false },
];
