/** The province map of a board's indicator, drawn from the board's rows. */
export { MapPanel } from './map-panel.tsx';
