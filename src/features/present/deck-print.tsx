import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { SlideBoundary, ViewAt } from '../../components/view-at.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Deck } from './deck.ts';
import { SlideFrame } from './slide-frame.tsx';

/**
 * The deck for print or "save as PDF": every slide on a landscape page of its own (global.css sets the
 * page to 1280×720 CSS px, and each slide's box is exactly that, so what prints is what is on screen,
 * canvases included), with the period, source and as-of line under it. A view taller than its page is
 * drawn at the app's desk layout and scaled down to fit: paper is read close up.
 */
/**
 * Charts below the fold are drawn when they come near the screen (components/use-in-view.ts): before
 * printing, every page is brought into view once, then the list goes back to the top and says it is ready.
 */
function useEveryPageSeen(root: { current: HTMLElement | null }, count: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const pages = [...(root.current?.querySelectorAll<HTMLElement>('.deck-print__page') ?? [])];
    const run = { cancelled: false };
    void (async () => {
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      // The figures first: the pages lay out once their data is there.
      await pause(1500);
      for (const page of pages) {
        if (run.cancelled) return;
        page.scrollIntoView({ block: 'start' });
        await pause(400);
      }
      if (run.cancelled) return;
      window.scrollTo(0, 0);
      await pause(800);
      setReady(true);
    })();
    return () => {
      run.cancelled = true;
    };
  }, [root, count]);
  return ready;
}

export function DeckPrint({
  deck,
  views,
  base,
  frozenAt,
  synthetic,
  toolbar,
}: {
  deck: Deck;
  views: readonly RouteObject[];
  base: string;
  frozenAt: number | null;
  synthetic: boolean;
  toolbar: ReactNode;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const ready = useEveryPageSeen(root, deck.slides.length);
  return (
    <div className="deck-print" ref={root} data-ready={ready}>
      {/* The page size for this view only: 1280×720 CSS px, landscape, the slide's own box. Set for the
       * whole document while printing (media queries read it), so it lives here rather than in global.css. */}
      <style>{PAGE_STYLE}</style>
      <div className="deck-print__toolbar">{toolbar}</div>
      {deck.slides.map((slide, i) => (
        <div key={i} className="deck-print__page">
          <SlideFrame
            slide={slide}
            number={i + 1}
            total={deck.slides.length}
            frozenAt={frozenAt}
            synthetic={synthetic}
            heading={null}
          >
            <FitToBox>
              <div className="slide__stage" data-presentation="print" inert>
                <SlideBoundary fallback={<p className="slide__message">{t('kiosk.slideFailed')}</p>}>
                  <ViewAt
                    path={slide.view}
                    views={views}
                    base={base}
                    fallback={<p className="slide__message">{t('kiosk.slideMissing')}</p>}
                  />
                </SlideBoundary>
              </div>
            </FitToBox>
          </SlideFrame>
        </div>
      ))}
    </div>
  );
}

const PAGE_STYLE = '@page { size: 1280px 720px; margin: 0; }';

/** The width views are laid out at on paper: the desk's reference screen, so a board keeps its layout. */
const DESIGN_WIDTH = 1920;

/**
 * Lays its content out as on a 1920 px wide screen of the box's proportions, then scales it to the box;
 * a view taller than that (a long province page) is scaled further until all of it fits.
 */
function FitToBox({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ scale: 1, height: 0, left: 0 });
  useEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c) return;
    const measure = () => {
      const base = b.clientWidth / DESIGN_WIDTH;
      if (base <= 0) return;
      const height = b.clientHeight / base;
      const scale = base * Math.min(1, height / Math.max(height, c.scrollHeight));
      const left = (b.clientWidth - DESIGN_WIDTH * scale) / 2;
      setFit((f) =>
        f.scale === scale && f.height === height && f.left === left ? f : { scale, height, left },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(b);
    observer.observe(c);
    const mutations = new MutationObserver(measure);
    mutations.observe(c, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  return (
    <div ref={box} className="fit-box">
      <div
        ref={content}
        className="fit-box__content"
        style={{
          width: `${DESIGN_WIDTH}px`,
          height: fit.height > 0 ? `${fit.height}px` : undefined,
          transform: `translateX(${fit.left}px) scale(${fit.scale})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}
