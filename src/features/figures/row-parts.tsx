import { useI18n } from '../../i18n/i18n.tsx';
import { missingKey } from './missing-wording.ts';
import type { BoardRow } from './select-board-rows.ts';

/** The arrow beside a change, by its direction: the same marks on tiles, tables and map tooltips. */
export const CHANGE_ARROW = { up: '▲', down: '▼', flat: '■' } as const;

/** Why a unit has no figure, in words: never a blank and never a zero. */
export function ReasonText({ row }: { row: Pick<BoardRow, 'state' | 'missingReason'> }) {
  const { t } = useI18n();
  return <span className="muted">{t(missingKey(row))}</span>;
}

/** "▲ +3,4 điểm %" coloured by what the change means for this indicator, with the word for screen readers. */
export function ChangeText({ row }: { row: BoardRow }) {
  const { t } = useI18n();
  if (!row.change || !row.changeText) return <span className="muted">–</span>;
  return (
    <span className={`change change--${row.change.tone}`}>
      <span aria-hidden="true">{CHANGE_ARROW[row.change.direction]} </span>
      <span className="visually-hidden">{t(`change.${row.change.direction}`)} </span>
      {row.change.direction === 'flat' ? t('change.flat') : row.changeText}
    </span>
  );
}

/** Places gained or lost since the previous period; nothing when that is unknown. */
export function RankChange({ row, known }: { row: BoardRow; known: boolean }) {
  const { t } = useI18n();
  if (!known || row.rank === null) return <span className="muted">–</span>;
  if (row.rankChange === null)
    return (
      <span className="muted" title={t('ranking.rankNew')}>
        –
      </span>
    );
  if (row.rankChange === 0) {
    return (
      <span className="rank-change rank-change--same">
        <span aria-hidden="true">=</span>
        <span className="visually-hidden">{t('ranking.rankSame')}</span>
      </span>
    );
  }
  const up = row.rankChange > 0;
  const n = Math.abs(row.rankChange);
  return (
    <span className={`rank-change rank-change--${up ? 'up' : 'down'}`}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'}
        {n}
      </span>
      <span className="visually-hidden">{t(up ? 'ranking.rankUp' : 'ranking.rankDown', { n })}</span>
    </span>
  );
}
