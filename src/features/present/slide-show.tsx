import { useCallback, useEffect, useRef, useState } from 'react';
import type { RouteObject } from 'react-router';
import { downloadDataUrl } from '../../components/export/download.ts';
import { PagedView } from '../../components/paged-view.tsx';
import type { Page } from '../../components/paging.ts';
import { SlideBoundary, ViewAt } from '../../components/view-at.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Deck } from './deck.ts';
import { deckKeyAction, stepDeck, type DeckPosition } from './navigation.ts';
import { SlideFrame } from './slide-frame.tsx';

/** The controls under a slide hide after this long without the pointer moving: they are not the slide. */
const CONTROLS_HIDE_MS = 2500;

/**
 * The deck presenting: one slide at a time over the whole window, in the video theme (the caller's
 * PresentationTheme), stepped by keyboard or remote (navigation.ts). `slide` and `onSlide` keep the slide
 * number in the URL, so a reload during the conference comes back to the same slide.
 */
export function SlideShow({
  deck,
  views,
  base,
  slide,
  onSlide,
  onExit,
  frozenAt,
  synthetic,
}: {
  deck: Deck;
  views: readonly RouteObject[];
  base: string;
  slide: number;
  onSlide: (index: number) => void;
  onExit: () => void;
  frozenAt: number | null;
  synthetic: boolean;
}) {
  const { t } = useI18n();
  const [position, setPosition] = useState<DeckPosition>({ slide, page: 0 });
  const [pages, setPages] = useState(1);
  const [heading, setHeading] = useState<string | null>(null);
  const [blank, setBlank] = useState(false);
  const [controls, setControls] = useState(true);
  const [pngError, setPngError] = useState<string | null>(null);
  const show = useRef<HTMLDivElement>(null);
  const current = deck.slides[position.slide];

  const act = useCallback(
    (action: ReturnType<typeof deckKeyAction>) => {
      if (action === null) return;
      if (action === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void show.current?.requestFullscreen().catch(() => undefined);
        return;
      }
      if (action === 'blank') {
        setBlank((b) => !b);
        return;
      }
      if (action === 'exit') {
        onExit();
        return;
      }
      setBlank(false);
      const next = stepDeck(position, action, deck.slides.length, pages);
      setPosition(next);
      if (next.slide !== position.slide) onSlide(next.slide);
    },
    [position, deck.slides.length, pages, onSlide, onExit],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = deckKeyAction(event);
      if (!action) return;
      // Enter and space on a focused control are that control's own.
      const onButton = event.target instanceof HTMLElement && event.target.closest('button') !== null;
      if (onButton && (event.key === 'Enter' || event.key === ' ')) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  useEffect(() => {
    let timer = setTimeout(() => setControls(false), CONTROLS_HIDE_MS);
    const onMove = () => {
      clearTimeout(timer);
      setControls(true);
      timer = setTimeout(() => setControls(false), CONTROLS_HIDE_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);

  const onPages = useCallback((list: readonly Page[]) => {
    setPages(list.length);
    setHeading(show.current?.querySelector('.slide__body h1')?.textContent.trim() || null);
  }, []);

  const savePng = async () => {
    setPngError(null);
    const frame = show.current?.querySelector<HTMLElement>('.slide');
    if (!frame) return;
    try {
      // Loaded on first use: only a presenter saving a picture needs it.
      const { toPng } = await import('html-to-image');
      const url = await toPng(frame, {
        pixelRatio: 2,
        backgroundColor:
          getComputedStyle(document.documentElement).getPropertyValue('--color-bg') || '#ffffff',
        // The pointer-only controls are not part of the slide.
        filter: (node) => !(node instanceof HTMLElement && node.classList.contains('slide-show__controls')),
      });
      downloadDataUrl(url, `dieu-hanh_trinh-chieu_${position.slide + 1}.png`);
    } catch (error) {
      setPngError(
        t('panel.export.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  if (!current) return null;
  return (
    <div
      ref={show}
      className="slide-show"
      data-controls={controls ? 'shown' : 'hidden'}
      data-slide={position.slide + 1}
      data-page={position.page + 1}
      data-pages={pages}
    >
      <p className="visually-hidden" aria-live="polite">
        {t('present.number', { n: position.slide + 1, total: deck.slides.length })}
      </p>
      <SlideFrame
        slide={current}
        number={position.slide + 1}
        total={deck.slides.length}
        frozenAt={frozenAt}
        synthetic={synthetic}
        heading={heading}
        controls={
          <div className="slide-show__controls" role="group" aria-label={t('present.controls')}>
            {pages > 1 && (
              <span className="slide-show__page">
                {t('present.page', { n: position.page + 1, total: pages })}
              </span>
            )}
            <button
              type="button"
              className="button"
              onClick={() => act('previous')}
              aria-label={t('present.previous')}
            >
              ←
            </button>
            <button
              type="button"
              className="button"
              onClick={() => act('next')}
              aria-label={t('present.next')}
            >
              →
            </button>
            <button type="button" className="button" onClick={() => act('fullscreen')}>
              {t('present.fullscreen')}
            </button>
            <button type="button" className="button" onClick={() => void savePng()}>
              {t('panel.export.png')}
            </button>
            <button type="button" className="button" onClick={onExit}>
              {t('present.exit')}
            </button>
            {pngError && <span className="export-buttons__error">{pngError}</span>}
          </div>
        }
      >
        <div className="slide__stage" data-presentation="video" inert>
          <PagedView key={position.slide} page={position.page} onPages={onPages}>
            <SlideBoundary fallback={<p className="slide__message">{t('kiosk.slideFailed')}</p>}>
              <ViewAt
                path={current.view}
                views={views}
                base={base}
                fallback={<p className="slide__message">{t('kiosk.slideMissing')}</p>}
              />
            </SlideBoundary>
          </PagedView>
        </div>
      </SlideFrame>
      {blank && <div className="slide-show__blank" aria-label={t('present.blank')} role="img" />}
    </div>
  );
}
