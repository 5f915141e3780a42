import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { BoardPageSkeleton } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

// Its own chunk: the first load of / does not carry the board.
const ReformPage = lazy(async () => {
  const module = await import('./reform-page.tsx');
  return { default: module.ReformPage };
});

/** The board's page (see ROUTES.internalProcedures). */
export const reformRoute: RouteObject = {
  path: ROUTES.internalProcedures.path,
  element: (
    <Suspense fallback={<BoardPageSkeleton group="internal-procedures" />}>
      <ReformPage />
    </Suspense>
  ),
};
