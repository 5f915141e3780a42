/**
 * Figures of an indicator on either era's units, or on the ministries of a set, ranked: the rows, the one
 * figure table and the exports shared by the map, the rankings, the boards, the province and ministry pages.
 */
export { useBoardRows, type BoardResult } from './use-board-rows.ts';
export { useFiguresBatch, useIndicatorFigures, type IndicatorFigures } from './use-indicator-figures.ts';
export {
  selectBoardRows,
  toBoardRow,
  type BoardAgency,
  type BoardRow,
  type BoardUnit,
} from './select-board-rows.ts';
export { CHANGE_ARROW } from './row-parts.tsx';
export { missingKey } from './missing-wording.ts';
export {
  FigureTable,
  figureColumns,
  type CellContext,
  type ColumnSort,
  type FigureColumn,
  type FigureColumnKind,
} from './figure-table.tsx';
export { exportPanelPng, rankingCsv } from './panel-exports.ts';
export { eventCode } from './chart-events.ts';
export { useUnitSearchIndex } from './use-unit-search.ts';
