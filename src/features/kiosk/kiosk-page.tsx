import { useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useSearchParams, type RouteObject } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { PagedView } from '../../components/paged-view.tsx';
import { pageAt } from '../../components/paging.ts';
import { PresentationTheme, parseThemeParam } from '../../components/presentation-theme.tsx';
import { SlideBoundary, ViewAt } from '../../components/view-at.tsx';
import { formatDateTime } from '../../domain/format.ts';
import { formatPeriod, parsePeriod } from '../../domain/period.ts';
import type { Locale } from '../../domain/units.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatClock, msToNextMinute } from './clock.ts';
import { kioskKeyAction } from './keys.ts';
import { parseKioskParams, withPlace, type KioskParamProblem, type KioskSettings } from './playlist.ts';
import { reloadIfServerAnswers } from './reload.ts';
import {
  remainingMs,
  rotate,
  shouldReloadForLoops,
  startRotation,
  type RotationEvent,
  type RotationState,
} from './rotation.ts';
import { useFeedHealth } from './use-feed-health.ts';
import { pruneErrorTimes, watchdogVerdict } from './watchdog.ts';

/** The cursor hides after this long without moving: nobody reads a wall with a pointer on it. */
const CURSOR_HIDE_MS = 3000;
/** A wall that failed as a whole reloads after this long (if the server answers). */
const WALL_RETRY_MS = 30_000;
/** How often the watchdog looks. */
const WATCHDOG_MS = 5000;

/**
 * The meeting-room wall: the playlist's views one after the other, full screen, readable from the back of
 * the room, with a header that says what the figures are and how fresh. `views` are the app's view routes
 * (whatever boards exist): a playlist entry is any URL they match.
 */
export function KioskPage({ settings, views }: { settings: KioskSettings; views: readonly RouteObject[] }) {
  const [search] = useSearchParams();
  const lang = search.get('lang');
  const locale: Locale = lang === 'vi' || lang === 'en' ? lang : settings.defaultLocale;
  return (
    <PresentationTheme locale={locale} theme={parseThemeParam(search.get('theme'), 'dark')} mode="kiosk">
      <SlideBoundary fallback={<WallFailed />}>
        <Wall settings={settings} views={views} />
      </SlideBoundary>
    </PresentationTheme>
  );
}

function Wall({ settings, views }: { settings: KioskSettings; views: readonly RouteObject[] }) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useSearchParams();
  // The plan depends on everything but the place, which the wall itself writes as it goes.
  const planKey = withPlace(search, 0).toString();
  const plan = useMemo(() => parseKioskParams(new URLSearchParams(planKey), settings), [planKey, settings]);
  const { playlist } = plan;
  const dwellOf = useCallback((i: number) => playlist[i]?.dwellMs ?? 0, [playlist]);
  const [state, dispatch] = useReducer(
    (s: ReturnType<typeof startRotation>, e: RotationEvent) => rotate(s, e, dwellOf),
    undefined,
    // The place is read once, from the URL the page was opened (or reloaded) with.
    () => startRotation(playlist.length, parseKioskParams(search, settings).start, Date.now()),
  );
  const item = playlist[state.index] ?? playlist[0];
  const dwellMs = item?.dwellMs ?? 1;
  const paused = state.pausedAt !== null;

  // The dwell timer, and a second one that ends a forgotten pause (rotation.ts).
  useEffect(() => {
    const remaining = remainingMs(state, dwellMs, Date.now());
    const timer = setTimeout(
      () => dispatch({ type: 'tick', now: Date.now() }),
      remaining ?? Math.max(1000, (state.pausedAt ?? 0) + 10 * 60 * 1000 - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [state, dwellMs]);

  // The place goes into the URL, so that any reload comes back to it; every few loops the wall reloads.
  useEffect(() => {
    setSearch((current) => withPlace(current, state.index), { replace: true });
    if (shouldReloadForLoops(state, plan.reloadEveryLoops)) void reloadIfServerAnswers('loops');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a change of view only
  }, [state.index, state.loops]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = kioskKeyAction(event);
      if (!action) return;
      event.preventDefault();
      dispatch({ type: action, now: Date.now() });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const [pageCount, setPageCount] = useState(1);
  // A view's own heading names it in the header when the playlist gives no title (any view, no list).
  const [heading, setHeading] = useState<string | null>(null);
  const onPages = useCallback((pages: readonly unknown[]) => {
    setPageCount(pages.length);
    setHeading(document.querySelector('.kiosk__stage h1')?.textContent.trim() || null);
  }, []);
  const page = usePage(state, dwellMs, pageCount);

  const errors = useRef<number[]>([]);
  const recordError = useCallback(() => {
    errors.current = pruneErrorTimes([...errors.current, Date.now()], Date.now());
  }, []);
  useWatchdog({ shownAt: state.shownAt, dwellMs, paused, errors, recordError });
  const idle = useIdleCursor();
  const health = useFeedHealth(settings.refreshIntervalSeconds * 1000);

  return (
    <div
      className="kiosk"
      data-cursor={idle ? 'hidden' : 'shown'}
      data-index={state.index}
      data-loops={state.loops}
      data-steps={state.steps}
    >
      <KioskHeader
        title={item?.title?.[locale] ?? heading}
        position={t('kiosk.position', { n: state.index + 1, total: playlist.length })}
        health={health}
        paused={paused}
      />
      {plan.problems.length > 0 && (
        <p className="kiosk__problems" role="status">
          {plan.problems.map((p) => describeProblem(p, t)).join(' ')}
        </p>
      )}
      <div className="kiosk__stage" data-presentation="wall" inert>
        <PagedView key={`${state.index}:${state.loops}`} page={page} onPages={onPages}>
          <SlideBoundary onError={recordError} fallback={<SlideFailed />}>
            <Suspense fallback={null}>
              {item && <ViewAt path={item.view} views={views} base="/kiosk" fallback={<SlideMissing />} />}
            </Suspense>
          </SlideBoundary>
        </PagedView>
      </div>
      <Progress
        key={`${state.index}:${state.shownAt}`}
        dwellMs={dwellMs}
        shownBeforeMs={state.elapsedBefore}
        paused={paused}
        pages={pageCount}
        label={t('kiosk.progress')}
      />
    </div>
  );
}

/**
 * The page of a tall view on screen: the dwell is shared by its pages (paging.ts), and a timer turns to
 * the next page at its boundary, so nothing re-renders in between.
 */
function usePage(state: RotationState, dwellMs: number, pageCount: number): number {
  // Each change of view, pause or page count starts from the page its elapsed time falls in (at such a
  // change the elapsed time is exactly `elapsedBefore`); a timer then turns the pages.
  const key = `${state.index}:${state.shownAt}:${state.pausedAt ?? ''}:${pageCount}:${dwellMs}`;
  const initial = pageAt(state.elapsedBefore, dwellMs, pageCount);
  const [tracked, setTracked] = useState({ key, page: initial });
  if (tracked.key !== key) setTracked({ key, page: initial });
  const page = tracked.key === key ? tracked.page : initial;
  useEffect(() => {
    if (state.pausedAt !== null || page >= pageCount - 1) return;
    const boundary = ((page + 1) * dwellMs) / pageCount;
    const delay = boundary - state.elapsedBefore - (Date.now() - state.shownAt);
    const timer = setTimeout(() => setTracked({ key, page: page + 1 }), Math.max(0, delay));
    return () => clearTimeout(timer);
  }, [key, page, pageCount, dwellMs, state.pausedAt, state.elapsedBefore, state.shownAt]);
  return page;
}

/** The wall itself failed (not one view): say so, and start afresh in a while rather than stay like this. */
function WallFailed() {
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(() => void reloadIfServerAnswers('errors'), WALL_RETRY_MS);
    return () => clearTimeout(timer);
  }, []);
  return <p className="kiosk__message">{t('kiosk.wallFailed')}</p>;
}

function SlideFailed() {
  const { t } = useI18n();
  return <p className="kiosk__message">{t('kiosk.slideFailed')}</p>;
}

function SlideMissing() {
  const { t } = useI18n();
  return <p className="kiosk__message">{t('kiosk.slideMissing')}</p>;
}

function describeProblem(problem: KioskParamProblem, t: Translate): string {
  return t(`kiosk.problem.${problem.param}`, { value: problem.value.slice(0, 80) });
}

function KioskHeader({
  title,
  position,
  health,
  paused,
}: {
  title: string | null;
  position: string;
  health: ReturnType<typeof useFeedHealth>;
  paused: boolean;
}) {
  const { t, locale } = useI18n();
  const metadata = useQuery(feedQueries.metadata());
  const latest = metadata.data ? parsePeriod(metadata.data.latest.month) : null;
  return (
    <header className="kiosk__header">
      <div className="kiosk__brand">
        <span className="kiosk__name">{t('app.name')}</span>
        <span className="kiosk__title">
          {title && `${title} · `}
          <span className="kiosk__position">{position}</span>
        </span>
      </div>
      <div className="kiosk__facts">
        {latest && (
          <strong className="kiosk__period">
            {t('header.dataTo', { period: formatPeriod(latest, locale) })}
          </strong>
        )}
        <span className="kiosk__refreshed">
          {health.asOf !== null
            ? t('kiosk.refreshedAt', { time: formatDateTime(new Date(health.asOf), locale) })
            : t('app.loading')}
        </span>
      </div>
      <div className="kiosk__marks" role="status">
        {health.offline && <span className="kiosk__mark kiosk__mark--offline">{t('kiosk.offline')}</span>}
        {health.stale && !health.offline && (
          <span className="kiosk__mark kiosk__mark--stale">{t('kiosk.stale')}</span>
        )}
        {paused && <span className="kiosk__mark kiosk__mark--paused">{t('kiosk.paused')}</span>}
      </div>
      <Clock />
    </header>
  );
}

function Clock() {
  const { locale } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), msToNextMinute(now) + 50);
    return () => clearTimeout(timer);
  }, [now]);
  const { time, date } = formatClock(new Date(now), locale);
  return (
    <p className="kiosk__clock">
      <time className="kiosk__time" dateTime={new Date(now).toISOString()}>
        {time}
      </time>
      <span className="kiosk__date">{date}</span>
    </p>
  );
}

/**
 * The progress mark: a bar that fills over the dwell. A CSS animation does the filling (no re-render per
 * frame); it starts part-way when the view resumes from a pause, and stands still while paused.
 */
function Progress({
  dwellMs,
  shownBeforeMs,
  paused,
  pages,
  label,
}: {
  dwellMs: number;
  /** How long the view had shown when this mark was drawn (it is drawn afresh on every change). */
  shownBeforeMs: number;
  paused: boolean;
  /** A view shown in several pages gets a tick where each page begins. */
  pages: number;
  label: string;
}) {
  const done = Math.min(1, shownBeforeMs / dwellMs);
  return (
    <div className="kiosk__progress" aria-hidden="true" title={label} data-paused={paused}>
      {Array.from({ length: pages - 1 }, (_, i) => (
        <span key={i} className="kiosk__progress-tick" style={{ left: `${((i + 1) * 100) / pages}%` }} />
      ))}
      <div
        className="kiosk__progress-bar"
        style={{
          animationDuration: `${dwellMs}ms`,
          animationDelay: `-${Math.round(done * dwellMs)}ms`,
          animationPlayState: paused ? 'paused' : 'running',
        }}
      />
    </div>
  );
}

/** Whether the pointer has been still for {@link CURSOR_HIDE_MS}. */
function useIdleCursor(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), CURSOR_HIDE_MS);
    const onMove = () => {
      clearTimeout(timer);
      setIdle(false);
      timer = setTimeout(() => setIdle(true), CURSOR_HIDE_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  return idle;
}

/**
 * Looks every few seconds at what the page has recorded and reloads it on a bad verdict (watchdog.ts).
 * Frames are checked by asking for one and seeing whether it came by the next look: no animation loop
 * runs all day for it. A page whose main thread is blocked outright cannot watch itself; it is caught at
 * the first look after it wakes.
 */
function useWatchdog({
  shownAt,
  dwellMs,
  paused,
  errors,
  recordError,
}: {
  shownAt: number;
  dwellMs: number;
  paused: boolean;
  errors: { current: number[] };
  recordError: () => void;
}) {
  const facts = useRef({ shownAt, dwellMs, paused });
  useEffect(() => {
    facts.current = { shownAt, dwellMs, paused };
  }, [shownAt, dwellMs, paused]);
  useEffect(() => {
    let lastFrameAt: number | null = null;
    let frameRequested = false;
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
      // Chromium reports a harmless ResizeObserver notice as an error event; it is not the page failing.
      const message = event instanceof ErrorEvent ? event.message : String(event.reason);
      if (!message.includes('ResizeObserver loop')) recordError();
    };
    const look = () => {
      const now = Date.now();
      const verdict = watchdogVerdict({
        now,
        ...facts.current,
        lastFrameAt,
        visible: document.visibilityState === 'visible',
        errorTimes: errors.current,
      });
      if (verdict !== 'ok') void reloadIfServerAnswers(verdict);
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(() => {
          frameRequested = false;
          lastFrameAt = Date.now();
        });
      }
    };
    lastFrameAt = Date.now();
    const interval = setInterval(look, WATCHDOG_MS);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    return () => {
      clearInterval(interval);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    };
  }, [errors, recordError]);
}
