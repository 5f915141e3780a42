import { queryOptions } from '@tanstack/react-query';
import { feedQueries } from '../../api/queries.ts';
import { fetchTaskRegister } from '../../api/task-register/client.ts';
import { MAX_TASK_PAGE_SIZE } from '../../api/task-register/schema.ts';
import { toTaskRegisterPage } from '../../api/task-register/to-domain.ts';
import type { TaskRecord } from '../../domain/tasks.ts';
import type { Scope } from '../../domain/units.ts';

/** The whole register of one scope at the end of `period`, however many pages it takes. */
export interface LoadedRegister {
  readonly asOf: string;
  readonly tasks: readonly TaskRecord[];
}

/**
 * The register of `scope` for `period`, every page: the list filters and sorts thousands of tasks on
 * every keystroke, which only a loaded set does without a round trip (the same domain functions run in
 * the feed). The first page says how many there are; the rest are fetched side by side.
 */
export function taskRegisterQuery(period: string, scope: Scope) {
  return queryOptions({
    queryKey: [...feedQueries.all, 'taskRegisterAll', { period, scope }] as const,
    queryFn: async ({ signal }): Promise<LoadedRegister> => {
      const params = { period, scope, pageSize: MAX_TASK_PAGE_SIZE, sort: 'deadline' as const };
      const first = toTaskRegisterPage(await fetchTaskRegister({ ...params, page: 1 }, signal));
      const rest = await Promise.all(
        Array.from({ length: first.pageCount - 1 }, async (_, i) =>
          toTaskRegisterPage(await fetchTaskRegister({ ...params, page: i + 2 }, signal)),
        ),
      );
      return { asOf: first.asOf, tasks: [first, ...rest].flatMap((p) => p.rows) };
    },
  });
}
