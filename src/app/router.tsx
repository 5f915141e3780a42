/**
 * Routes. Features export their route objects; the shell wraps them with the header, the locale and the
 * theme. Every view is a pure function of the URL, so a deck or a kiosk playlist is a list of URLs.
 *
 * Declarative routing (`useRoutes` under `BrowserRouter`): the app loads its data with TanStack Query, not
 * route loaders, and the data router would add about 16 kB gzip to the first load for nothing.
 */
import { Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { overviewRoute } from '../features/overview/index.tsx';
import { provinceRoute } from '../features/province/index.tsx';
import { ROUTES } from '../features/routes/index.ts';
import { vi } from '../i18n/vi.ts';
import { AppShell } from './layout/app-shell.tsx';
import { NotFoundPage, RouteErrorBoundary } from './layout/route-error.tsx';
import { deckRoute, presentationRoutes } from './layout/presentation-routes.tsx';

/** The views of the app: what the shell shows, and what a wall playlist or a deck can list. */
const viewRoutes: RouteObject[] = [overviewRoute, provinceRoute];

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
    children: [...viewRoutes, deckRoute(viewRoutes), { path: '*', element: <NotFoundPage /> }],
  },
];

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
