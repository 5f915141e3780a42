/** The league table of a board's units (provinces or ministries), and its bars for a board of ministries. */
export { RankingPanel } from './ranking-panel.tsx';
export { RankingBarsPanel } from './ranking-bars-lazy.tsx';
