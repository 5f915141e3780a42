import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { ROUTES } from '../routes/index.ts';
import { MinistrySkeleton } from './ministry-skeleton.tsx';

// Its own chunk: the first load of / does not carry the ministry page.
const MinistryPage = lazy(async () => {
  const module = await import('./ministry-page.tsx');
  return { default: module.MinistryPage };
});

/** The page of one ministry or ministry-level agency, of either set: `/bo/TC`, `/bo/KHDT?era=22`. */
export const ministryRoute: RouteObject = {
  path: ROUTES.ministry.path,
  element: (
    <Suspense fallback={<MinistrySkeleton />}>
      <MinistryPage />
    </Suspense>
  ),
};
