import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { BoardPageSkeleton } from '../board/index.ts';
import { ROUTES } from '../routes/index.ts';

// Its own chunk: the first load of / does not carry the board.
const TasksPage = lazy(async () => {
  const module = await import('./tasks-page.tsx');
  return { default: module.TasksPage };
});

/** The board's page (see ROUTES.tasks). */
export const tasksRoute: RouteObject = {
  path: ROUTES.tasks.path,
  element: (
    <Suspense fallback={<BoardPageSkeleton group="tasks" />}>
      <TasksPage />
    </Suspense>
  ),
};
