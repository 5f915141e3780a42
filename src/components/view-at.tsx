import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { splitViewPath } from './view-path.ts';

/**
 * One view of the app drawn at a path of its own, whatever the browser's URL says: a wall's current view,
 * a deck's slide. The views read their state from the location they are given (every view is a pure
 * function of its URL), so `/?indicator=cpi-yoy` here shows what that URL shows in the app.
 *
 * React Router only lets a location be overridden below the route that is rendering (`base`, e.g.
 * `/kiosk`, whose route must end in `/*`), so the view is matched at `base` + its path.
 */
export function ViewAt({
  path,
  views,
  base,
  fallback,
}: {
  /** A view path checked by `parseViewPath`. */
  path: string;
  views: readonly RouteObject[];
  base: string;
  /** Shown when no view of the app matches the path. */
  fallback: ReactNode;
}) {
  const { pathname, search } = splitViewPath(path);
  const element = useRoutes([...views], { pathname: `${base}${pathname === '/' ? '' : pathname}`, search });
  return element ?? fallback;
}

/**
 * Keeps a failing view from taking the wall or the deck down with it: the view's place shows `fallback`,
 * the rotation or the deck goes on, and `onError` lets the wall's watchdog count the failure.
 */
export class SlideBoundary extends Component<
  { children: ReactNode; fallback: ReactNode; onError?: (error: unknown) => void },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
