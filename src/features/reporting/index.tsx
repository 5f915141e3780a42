import { lazyBoardRoute } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

/** The board's page (ROUTES.reporting), in its own chunk. */
export const reportingRoute = lazyBoardRoute('reporting', ROUTES.reporting.path, async () => {
  const module = await import('./reporting-page.tsx');
  return module.ReportingPage;
});
