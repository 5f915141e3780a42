import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { BoardPageSkeleton } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

// Its own chunk: the first load of / does not carry the board.
const ReportingPage = lazy(async () => {
  const module = await import('./reporting-page.tsx');
  return { default: module.ReportingPage };
});

/** The board's page (see ROUTES.reporting). */
export const reportingRoute: RouteObject = {
  path: ROUTES.reporting.path,
  element: (
    <Suspense fallback={<BoardPageSkeleton group="reporting" />}>
      <ReportingPage />
    </Suspense>
  ),
};
