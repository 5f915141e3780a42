import { lazyBoardRoute } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

/** The board's page (ROUTES.tasks), in its own chunk. */
export const tasksRoute = lazyBoardRoute('tasks', ROUTES.tasks.path, async () => {
  const module = await import('./tasks-page.tsx');
  return module.TasksPage;
});
