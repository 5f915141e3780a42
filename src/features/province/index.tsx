import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { ROUTES } from '../routes/index.ts';
import { ProvinceSkeleton } from './province-skeleton.tsx';

// Its own chunk: the first load of / does not carry the province page.
const ProvincePage = lazy(async () => {
  const module = await import('./province-page.tsx');
  return { default: module.ProvincePage };
});

/** The page of one province or city, of either era: `/tinh/79`, `/tinh/27?era=63`. */
export const provinceRoute: RouteObject = {
  path: ROUTES.province.path,
  element: (
    <Suspense fallback={<ProvinceSkeleton />}>
      <ProvincePage />
    </Suspense>
  ),
};
