/** Trend of an indicator over time, on either era, shared by the overview and the province page. */
export { TrendPanel, type TrendPanelProps, type TrendView } from './trend-panel.tsx';
export { canSwitchMode, type TrendMode } from './select-trend-lines.ts';
