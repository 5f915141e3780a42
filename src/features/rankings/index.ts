/** The league table of a board's units (provinces today, ministries with the same panel later). */
export { RankingPanel } from './ranking-panel.tsx';
