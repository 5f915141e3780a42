import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { splitViewPath } from '../../components/view-path.ts';
import { formatDateTime } from '../../domain/format.ts';
import { formatPeriod, parsePeriod } from '../../domain/period.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { DeckSlide } from './deck.ts';

/**
 * The words around a slide that make a screenshot, a printed page or a video frame stand on its own: the
 * slide's title and number; the period, the source and the time of the figures ("Số liệu chốt lúc …" for a
 * frozen deck). Read from the client the slide is drawn on, so a frozen deck gives the snapshot's times.
 */
export function SlideFrame({
  slide,
  number,
  total,
  frozenAt,
  synthetic,
  heading,
  children,
  controls,
}: {
  slide: DeckSlide;
  number: number;
  total: number;
  frozenAt: number | null;
  /** The figures come from the built-in synthetic data set (mocks), which the footer says. */
  synthetic: boolean;
  /** The view's own heading, when the slide has no title. */
  heading: string | null;
  children: ReactNode;
  controls?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const metadata = useQuery(feedQueries.metadata());
  const periodParam = new URLSearchParams(splitViewPath(slide.view).search).get('period');
  const slidePeriod = periodParam ? parsePeriod(periodParam) : null;
  const latest = metadata.data ? parsePeriod(metadata.data.latest.month) : null;
  const period = slidePeriod
    ? t('present.period', { period: formatPeriod(slidePeriod, locale) })
    : latest
      ? t('header.dataTo', { period: formatPeriod(latest, locale) })
      : null;
  const asOf =
    frozenAt !== null
      ? t('present.frozenAt', { time: formatDateTime(new Date(frozenAt), locale) })
      : metadata.data
        ? t('panel.asOf', { time: formatDateTime(metadata.data.updatedAt, locale) })
        : null;
  return (
    <section
      className="slide"
      aria-roledescription={t('present.slide')}
      aria-label={t('present.number', { n: number, total })}
    >
      <header className="slide__header">
        <h2 className="slide__title">{slide.title ?? heading ?? ''}</h2>
        <span className="slide__number">{t('present.number', { n: number, total })}</span>
      </header>
      <div className="slide__body">{children}</div>
      <footer className="slide__footer">
        <p className="slide__facts">
          {[period, `${t('present.source')}${synthetic ? ` ${t('present.synthetic')}` : ''}`, asOf]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {controls}
      </footer>
    </section>
  );
}
