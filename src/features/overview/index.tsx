import type { RouteObject } from 'react-router';
import { OverviewPage } from './overview-page.tsx';

export const overviewRoute: RouteObject = { index: true, element: <OverviewPage /> };

/** The overview's controls and tiles, which the boards' pages reuse until they have their own. */
export { BoardControls } from './board-controls.tsx';
export { KpiTile } from './kpi-tile.tsx';
