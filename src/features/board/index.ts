/** What the panels of a board share, and the context that hands it to them. */
export { BoardProvider, useBoard } from './board-context.tsx';
export type {
  BoardPatch,
  BoardView,
  MapView,
  PanelState,
  RankingSlice,
  RankingView,
  TrendMode,
  TrendView,
} from './board-view.ts';
