import { createContext, useContext, type ReactNode } from 'react';
import type { BoardView } from './board-view.ts';

const BoardContext = createContext<BoardView | null>(null);

/** Gives the panels below their board. Memoise `view`: every change of it re-renders every panel. */
export function BoardProvider({ view, children }: { view: BoardView; children: ReactNode }) {
  return <BoardContext.Provider value={view}>{children}</BoardContext.Provider>;
}

/** The board the panel is on; panels only make sense inside one. */
export function useBoard(): BoardView {
  const view = useContext(BoardContext);
  if (!view) throw new Error('useBoard must be used inside <BoardProvider>');
  return view;
}
