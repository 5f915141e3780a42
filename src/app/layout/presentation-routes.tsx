/**
 * The wall (`/kiosk`) and the deck (`/trinh-chieu`) as routes: the configuration they need, and the app's
 * view routes, which they draw at URLs of their own (a playlist or a deck is a list of view URLs). Both
 * routes end in `/*` because the views are matched below them (components/view-at.tsx).
 */
import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { DEFAULT_KIOSK, KioskPage } from '../../features/kiosk/index.tsx';
import { DeckPage } from '../../features/present/index.tsx';
import { ROUTES } from '../../features/routes/index.ts';
import { useRuntimeConfig } from '../config-context.tsx';
import { RouteErrorBoundary } from './route-error.tsx';

export const KIOSK_PATH = ROUTES.kiosk.path;
/** Relative: the deck is mounted as a child of the shell's route. */
export const DECK_PATH = ROUTES.deck.path.slice(1);

function Kiosk({ views }: { views: readonly RouteObject[] }) {
  const config = useRuntimeConfig();
  const kiosk = config.kiosk ?? DEFAULT_KIOSK;
  return (
    <KioskPage
      views={views}
      settings={{
        playlist: kiosk.playlist,
        dwellSeconds: kiosk.dwellSeconds,
        reloadEveryLoops: kiosk.reloadEveryLoops,
        refreshIntervalSeconds: config.refreshIntervalSeconds,
        defaultLocale: config.defaultLocale,
      }}
    />
  );
}

/** The presentation routes, each drawing `views`. */
export function presentationRoutes(views: readonly RouteObject[]): RouteObject[] {
  return [
    {
      path: `${KIOSK_PATH}/*`,
      element: (
        <RouteErrorBoundary>
          <Suspense fallback={null}>
            <Kiosk views={views} />
          </Suspense>
        </RouteErrorBoundary>
      ),
    },
  ];
}

function Deck({ views }: { views: readonly RouteObject[] }) {
  const config = useRuntimeConfig();
  return <DeckPage views={views} settings={{ synthetic: config.mocks.enabled }} />;
}

/** The deck, a page of the shell (its editor has the app's header; presenting covers the window). */
export function deckRoute(views: readonly RouteObject[]): RouteObject {
  return {
    path: `${DECK_PATH}/*`,
    element: (
      <Suspense fallback={null}>
        <Deck views={views} />
      </Suspense>
    ),
  };
}
