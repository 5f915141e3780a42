import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { periodEnd, type Period } from '../../domain/period.ts';
import { unitNameAt, type Scope } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** An agency's names as the feed gives them: the full name, and the short form for narrow places. */
export interface AgencyName {
  readonly name: string;
  readonly short: string;
}

/**
 * The names of the agencies of `scope` in the era the feed reports `period` in (`era`, from a counts
 * answer), as of the period's end; null until they load.
 */
export function useAgencyNames(
  scope: Scope,
  era: string | undefined,
  /** Null while the period is not known yet: nothing is named. */
  period: Period | null,
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
  const date = period ? periodEnd(period) : null;
  return useMemo(() => {
    if (date === null) return null;
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
