/**
 * What the boards' pages share beyond the panels: their view state in the URL (agencies, indicator,
 * period, era, region, the panels' switches), resolving it against the feed, and the page a board shows
 * until it has panels of its own (its group's indicators on the overview's panels).
 */
export {
  DEFAULT_BOARD_STATE,
  MAX_BOARD_COMPARE,
  parseBoardState,
  serializeBoardState,
  type BoardState,
} from './board-state.ts';
export { resolveBoardView, type ResolvedBoardView } from './resolve-board-view.ts';
export { GroupBoardPage } from './group-board-page.tsx';
