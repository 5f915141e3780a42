/** Trend of an indicator over time, on either era, shared by the overview and the province page. */
export { TrendPanel } from './trend-panel.tsx';
