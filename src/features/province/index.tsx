import type { RouteObject } from 'react-router';
import { ProvincePage } from './province-page.tsx';

/** The page of one province or city, of either era: `/tinh/79`, `/tinh/27?era=63`. */
export { provinceHref } from './province-href.ts';

export const provinceRoute: RouteObject = { path: 'tinh/:code', element: <ProvincePage /> };
