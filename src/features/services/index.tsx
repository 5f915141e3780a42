import { lazyBoardRoute } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

/** The board's page (ROUTES.publicService), in its own chunk. */
export const servicesRoute = lazyBoardRoute('public-service', ROUTES.publicService.path, async () => {
  const module = await import('./services-page.tsx');
  return module.ServicesPage;
});
