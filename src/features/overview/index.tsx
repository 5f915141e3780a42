import type { RouteObject } from 'react-router';
import { OverviewPage } from './overview-page.tsx';

export const overviewRoute: RouteObject = { index: true, element: <OverviewPage /> };
