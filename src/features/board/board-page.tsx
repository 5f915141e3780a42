import type { ReactNode } from 'react';
import { Skeleton } from '../../components/skeleton.tsx';
import type { IndicatorGroup } from '../../domain/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * How a board's panels are laid out:
 * - `provinces`: the map full height on the left (Vietnam is tall), ranking and trend on the right;
 * - `ministries`: the same grid with the ranking's bars where the map would be (ministries have no map);
 * - `grid`: panels side by side in columns of at least 30rem, wrapping (a board's own panels).
 */
export type BoardLayout = 'provinces' | 'ministries' | 'grid';

const LAYOUT_CLASS: Readonly<Record<BoardLayout, string>> = {
  provinces: 'board',
  ministries: 'board board--ministries',
  grid: 'board-page__grid',
};

/**
 * The page of a board: its title, the leader's headline (two to four sentences), the controls, the KPI
 * tiles, then the panels. Every board (public service, internal procedures, tasks, reporting) is this
 * layout with its own slots, so they read alike on the wall and with the keyboard: title, headline,
 * controls, figures, in that order.
 */
export function BoardPage({
  title,
  headline,
  controls,
  tiles,
  layout = 'grid',
  children,
}: {
  /** The board's name: the page's only h1. */
  title: string;
  /** The `<Headline>` of the board's figures; nothing while there is none. */
  headline?: ReactNode;
  /** The board's choices: the agency switch, the period, the indicator. */
  controls: ReactNode;
  /** KPI tiles under the controls, in a `kpi-strip` the page draws. */
  tiles?: ReactNode;
  layout?: BoardLayout;
  /** The panels. */
  children: ReactNode;
}) {
  return (
    <div className="board-page">
      <header className="board-page__header">
        <h1 className="board-page__title">{title}</h1>
        {headline}
      </header>
      {controls}
      {tiles}
      <div className={LAYOUT_CLASS[layout]}>{children}</div>
    </div>
  );
}

/**
 * A board's page while its code or its catalog loads: the real title at once (the page is named from
 * the first frame), the controls and tiles in their shape.
 */
export function BoardPageSkeleton({ group, tiles = 3 }: { group: IndicatorGroup; tiles?: number }) {
  const { t } = useI18n();
  return (
    <BoardPage
      title={t(`group.${group}`)}
      controls={<Skeleton className="skeleton--controls" />}
      tiles={
        <div className="kpi-strip" aria-hidden="true">
          {Array.from({ length: tiles }, (_, i) => (
            <div key={i} className="kpi-tile">
              <Skeleton className="kpi-tile__title-skeleton" />
              <Skeleton className="kpi-tile__value-skeleton" />
              <Skeleton className="kpi-tile__line-skeleton" />
            </div>
          ))}
        </div>
      }
    >
      {null}
    </BoardPage>
  );
}
