import { lazyBoardRoute } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

/** The board's page (ROUTES.internalProcedures), in its own chunk. */
export const reformRoute = lazyBoardRoute('internal-procedures', ROUTES.internalProcedures.path, async () => {
  const module = await import('./reform-page.tsx');
  return module.ReformPage;
});
