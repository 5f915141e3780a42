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
  return (
    <div className="deck-print">
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

/** Scales its content down (never up) until it fits the box; its layout, and so its height, stays the same. */
function FitToBox({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c) return;
    const measure = () => {
      const height = c.offsetHeight;
      setScale(height > 0 ? Math.min(1, b.clientHeight / height) : 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(b);
    observer.observe(c);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="fit-box">
      <div ref={content} className="fit-box__content" style={{ transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}
