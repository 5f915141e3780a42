/**
 * Routes. Features export their route objects; the shell wraps them with the header, the locale and the
 * theme. Every view is a pure function of the URL, so a deck or a kiosk playlist is a list of URLs.
 *
 * Declarative routing (`useRoutes` under `BrowserRouter`): the app loads its data with TanStack Query, not
 * route loaders, and the data router would add about 16 kB gzip to the first load for nothing.
 */
import { Suspense, type ReactNode } from 'react';
import { Navigate, useRoutes, useSearchParams, type RouteObject } from 'react-router';
import { ministryRoute } from '../features/ministry/index.tsx';
import { overviewRoute } from '../features/overview/index.tsx';
import { provinceRoute } from '../features/province/index.tsx';
import { reformRoute } from '../features/reform/index.tsx';
import { reportingRoute } from '../features/reporting/index.tsx';
import { legacyBoardRedirect, ROUTES } from '../features/routes/index.ts';
import { servicesRoute } from '../features/services/index.tsx';
import { tasksRoute } from '../features/tasks/index.tsx';
import { vi } from '../i18n/vi.ts';
import { AppShell } from './layout/app-shell.tsx';
import { NotFoundPage, RouteErrorBoundary } from './layout/route-error.tsx';
import { deckRoute, presentationRoutes } from './layout/presentation-routes.tsx';

/** The views of the app: what the shell shows, and what a wall playlist or a deck can list. */
const viewRoutes: RouteObject[] = [
  overviewRoute,
  provinceRoute,
  ministryRoute,
  servicesRoute,
  reformRoute,
  tasksRoute,
  reportingRoute,
];

export const appRoutes: RouteObject[] = [
  ...presentationRoutes(viewRoutes),
  {
    path: ROUTES.overview.path,
    element: (
      <RouteErrorBoundary>
        {/* The English messages load on first use: until then, the same bare header as index.html. */}
        <Suspense fallback={<BootShell />}>
          <AppShell />
        </Suspense>
      </RouteErrorBoundary>
    ),
    children: [
      // In the shell only: an old board link (`/?group=tasks`) opens the board's page.
      { ...overviewRoute, element: <LegacyBoardRedirect>{overviewRoute.element}</LegacyBoardRedirect> },
      ...viewRoutes.slice(1),
      deckRoute(viewRoutes),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The boards once lived on the overview (`/?group=tasks`); such links, saved in decks and bookmarks, open
 * the board's own page with the same view (replacing the history entry, so Back does not bounce).
 */
function LegacyBoardRedirect({ children }: { children: ReactNode }) {
  const [search] = useSearchParams();
  const to = legacyBoardRedirect(search);
  return to ? <Navigate to={to} replace /> : children;
}

/** What index.html paints before the app's code: the brand in an empty header. */
function BootShell() {
  return (
    <header className="app-header" aria-hidden="true">
      <div className="app-header__brand">
        <span className="app-header__name">{vi['app.name']}</span>
      </div>
    </header>
  );
}

export function AppRoutes() {
  return useRoutes(appRoutes);
}

/** The base path the app is served under (`/` unless built with another Vite `base`). */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
