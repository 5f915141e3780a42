/** What the panels of a board share, the context that hands it to them, and the board's page layout. */
export { BoardProvider, useBoard } from './board-context.tsx';
export {
  boardAgencies,
  type AgencyKind,
  type BoardPatch,
  type BoardView,
  type MinistrySet,
  type PanelState,
  type RankingSlice,
  type TrendMode,
  type TrendView,
} from './board-view.ts';
export { BoardPage, BoardPageSkeleton, type BoardLayout } from './board-page.tsx';
export { lazyBoardRoute } from './board-route.tsx';
