import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { fetchTaskRegister } from '../../api/task-register/client.ts';
import { MAX_TASK_PAGE_SIZE } from '../../api/task-register/schema.ts';
import { toTaskRegisterPage } from '../../api/task-register/to-domain.ts';
import { periodEnd, type Period } from '../../domain/period.ts';
import type { TaskRecord } from '../../domain/tasks.ts';
import { unitNameAt, type Scope } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { AgencyName } from './select-tasks.ts';

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

/**
 * The names of the agencies of `scope` in the era the feed reports `period` in (`era`, from a counts
 * answer), as of the period's end; null until they load.
 */
export function useAgencyNames(
  scope: Scope,
  era: string | undefined,
  period: Period,
): ReadonlyMap<string, AgencyName> | null {
  const { locale } = useI18n();
  const units = useQuery({
    ...feedQueries.units(era === '63' ? '63' : '34'),
    enabled: scope === 'province' && era !== undefined,
  });
  const ministries = useQuery({
    ...feedQueries.ministries(era === '22' ? '22' : '17'),
    enabled: scope === 'ministry' && era !== undefined,
  });
  const date = periodEnd(period);
  return useMemo(() => {
    if (scope === 'province') {
      if (!units.data) return null;
      return new Map(
        units.data.units.map((u) => {
          const name = unitNameAt(u, date, locale);
          return [u.code, { name, short: name }];
        }),
      );
    }
    if (!ministries.data) return null;
    return new Map(
      ministries.data.ministries.map((m) => [
        m.code,
        { name: m.name[locale], short: (m.short ?? m.name)[locale] },
      ]),
    );
  }, [scope, units.data, ministries.data, date, locale]);
}
