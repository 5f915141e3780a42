/**
 * The ministry page's facts and indicator table, from the feed's profile of the body and the registry
 * of both sets. Pure: profile and registry in, rows and facts out.
 */
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import type { UnitProfile } from '../../api/profile/to-domain.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, type Period } from '../../domain/period.ts';
import type { Era, Locale, Ministry, MinistryEraId } from '../../domain/units.ts';
import { lastPeriodOfSet, successorsOf } from '../agencies/index.ts';
import { compareNames } from '../../domain/text.ts';
import { toBoardRow, type BoardRow } from '../figures/index.tsx';

/** One indicator's row of the ministry's table. */
export interface ProfileRow {
  readonly indicator: Indicator;
  readonly period: Period;
  /** The body's row among its set; null while the profile loads or when it has none. */
  readonly row: BoardRow | null;
  /** How many bodies of the set are ranked: the N of "Hạng 3/N". */
  readonly total: number;
  /** The body's recent values, oldest first. */
  readonly spark: readonly (number | null)[];
}

export type ProfileSort = 'group' | 'name' | 'change' | 'rank' | 'rankChange';

const NO_SPARK: readonly (number | null)[] = [];

/**
 * One row per ministry indicator (in catalog order): its latest figure for the body from `profile`, in
 * the same words and rules as every board's rows, ranked among the set (null while the profile loads or
 * when it lacks the indicator), at the last period the body's set reported.
 */
export function selectMinistryProfileRows({
  indicators,
  profile,
  ministry,
  latest,
  eras,
  locale,
}: {
  indicators: readonly Indicator[];
  profile: UnitProfile | null;
  ministry: Ministry;
  latest: LatestPeriods;
  eras: readonly Era[];
  locale: Locale;
}): ProfileRow[] {
  return indicators.flatMap((indicator): ProfileRow[] => {
    const figure = profile?.byIndicator.get(indicator.id);
    const newest = parsePeriod(latest[indicator.frequencies[0] ?? 'month']);
    const period = figure?.period ?? (newest ? lastPeriodOfSet(eras, newest, ministry.era) : null);
    if (!period) return [];
    const row = figure
      ? toBoardRow(
          indicator,
          { ...figure, code: ministry.code },
          ministry,
          {
            rank: figure.rank,
            tied: figure.tied,
            rankChange: figure.rankChange,
            ...(figure.unranked ? { unranked: figure.unranked } : {}),
          },
          figure.period,
          locale,
        )
      : null;
    return [{ indicator, period, row, total: figure?.rankedUnits ?? 0, spark: figure?.spark ?? NO_SPARK }];
  });
}

/** A body another set names: its code, names, and the set to open its page in. */
export interface RelatedBody {
  readonly code: string;
  readonly era: MinistryEraId;
  readonly name: string;
  readonly short: string;
}

/** Who a body is in time: the bodies it was formed from, or the body it became (part of). */
export interface MinistryLineageFacts {
  /** For a body of the newer set: the former bodies whose main functions it took over. */
  readonly formedFrom: readonly RelatedBody[];
  /** True when it simply continued one former body of the same code (no merger). */
  readonly continued: boolean;
  /** For a body of the former set: the bodies of the newer set that took over its functions. */
  readonly becamePartOf: readonly RelatedBody[];
}

function related(ministry: Ministry, locale: Locale): RelatedBody {
  return {
    code: ministry.code,
    era: ministry.era,
    name: ministry.name[locale],
    short: (ministry.short ?? ministry.name)[locale],
  };
}

/**
 * The lineage of `ministry` between the two sets, from the registry's `formerCodes`: a body of the 17
 * lists the bodies of the 22 it was formed from (the same body alone when it continued); a body of the 22
 * lists the bodies of the 17 it became part of.
 */
export function selectMinistryLineage(
  ministry: Ministry,
  others: readonly Ministry[],
  locale: Locale,
): MinistryLineageFacts {
  const formerCodes = ministry.formerCodes ?? [];
  const formedFrom = formerCodes.flatMap((code) => {
    const body = others.find((m) => m.code === code);
    return body ? [related(body, locale)] : [];
  });
  return {
    formedFrom,
    continued: formerCodes.length === 1 && formerCodes[0] === ministry.code,
    becamePartOf: successorsOf(ministry.code, others).map((m) => related(m, locale)),
  };
}

/**
 * Rows sorted for the table: by the catalog's order (`group`), the indicator's name, the change on last
 * year, the rank or the change of rank; rows without the key go last whatever the direction. (The
 * province page sorts its table by the same rule; each page's chunk carries its own copy so neither
 * loads the other's.)
 */
export function sortProfileRows(
  rows: readonly ProfileRow[],
  sort: ProfileSort,
  descending: boolean,
  locale: Locale,
  catalogOrder: ReadonlyMap<string, number>,
): ProfileRow[] {
  const byName = compareNames(locale);
  const key = (r: ProfileRow): number | string | null => {
    switch (sort) {
      case 'group':
        return catalogOrder.get(r.indicator.id) ?? 0;
      case 'name':
        return r.indicator.name[locale];
      case 'change':
        return r.row?.change?.value ?? null;
      case 'rank':
        return r.row?.rank ?? null;
      case 'rankChange':
        return r.row?.rankChange ?? null;
    }
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null && kb === null) return 0;
    if (ka === null) return 1;
    if (kb === null) return -1;
    const order = typeof ka === 'string' && typeof kb === 'string' ? byName(ka, kb) : Number(ka) - Number(kb);
    return descending ? -order : order;
  });
}
