/** Figures of an indicator on either era's units, ranked: shared by the overview and the province page. */
export { useBoardRows, type BoardResult } from './use-board-rows.ts';
export {
  useIndicatorFigures,
  useFiguresBatch,
  planFigureQueries,
  type IndicatorFigures,
  type FiguresResult,
  type FiguresRequest,
} from './use-indicator-figures.ts';
export { selectBoardRows, rankFigures, type BoardRow, type BoardRows } from './select-board-rows.ts';
export { CHANGE_ARROW, ChangeText, RankChange, ReasonText } from './row-parts.tsx';
