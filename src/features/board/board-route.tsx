import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { IndicatorGroup } from '../../domain/indicators.ts';
import { BoardPageSkeleton } from './board-page.tsx';

/**
 * The route of a board's page, its code in its own chunk (the first load of / does not carry it): the
 * page's skeleton, with the board's title, shows while `load` brings the page in.
 */
export function lazyBoardRoute(
  group: IndicatorGroup,
  path: string,
  load: () => Promise<ComponentType>,
): RouteObject {
  const Page = lazy(async () => ({ default: await load() }));
  return {
    path,
    element: (
      <Suspense fallback={<BoardPageSkeleton group={group} />}>
        <Page />
      </Suspense>
    ),
  };
}
