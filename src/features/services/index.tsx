import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { BoardPageSkeleton } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

// Its own chunk: the first load of / does not carry the board.
const ServicesPage = lazy(async () => {
  const module = await import('./services-page.tsx');
  return { default: module.ServicesPage };
});

/** The board's page (see ROUTES.publicService). */
export const servicesRoute: RouteObject = {
  path: ROUTES.publicService.path,
  element: (
    <Suspense fallback={<BoardPageSkeleton group="public-service" />}>
      <ServicesPage />
    </Suspense>
  ),
};
