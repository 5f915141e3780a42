/**
 * Routes. Features export their route objects; the shell wraps them with the header, the locale and the
 * theme. Every view is a pure function of the URL, so a deck or a kiosk playlist is a list of URLs.
 */
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { overviewRoute } from '../features/overview/index.tsx';
import { provinceRoute } from '../features/province/index.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { NotFoundPage, RouteErrorPage } from './layout/route-error.tsx';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [overviewRoute, provinceRoute, { path: '*', element: <NotFoundPage /> }],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}

/** The same routes in memory, for component tests. */
export function createTestRouter(initialEntry: string) {
  return createMemoryRouter(appRoutes, { initialEntries: [initialEntry] });
}
