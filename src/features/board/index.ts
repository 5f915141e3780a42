/** What the panels of a board share, and the context that hands it to them. */
export { BoardProvider, useBoard } from './board-context.tsx';
export type { BoardPatch, BoardView, PanelState, RankingSlice, TrendMode, TrendView } from './board-view.ts';
