/**
 * Whose figures a board ranks: the provinces and cities, or the ministries and ministry-level agencies
 * ("bộ, ngành"). The choice is part of the view (`?agencies=ministry`), like the era of the provinces.
 *
 * Ministries changed too: the set in force on a period's last day reports it (the 22 until their last
 * day, the 17 since the first day of theirs), read from the eras the feed serves, never from constants,
 * so a later reorganisation shows correctly when the feed carries it. A comparison across the change
 * (this period against the same period last year, or against the previous period for a change of rank)
 * comes with a note of which former bodies each new one took over. Pure.
 */
import { formatDate } from '../../domain/format.ts';
import { periodEnd, previousPeriod, samePeriodLastYear, type Period } from '../../domain/period.ts';
import type { Era, IsoDate, Locale, Ministry, MinistryEraId } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { AgencyKind, MinistrySet } from '../board/index.ts';

export type { AgencyKind, MinistrySet };

export const AGENCY_KINDS: readonly AgencyKind[] = ['province', 'ministry'];

/** The URL parameter of the agency kind; provinces are the default and are not written. */
export const AGENCIES_PARAM = 'agencies';

/** The agency kind `search` asks for: `?agencies=ministry`, else provinces (any other value too). */
export function parseAgencyKind(search: URLSearchParams): AgencyKind {
  return search.get(AGENCIES_PARAM) === 'ministry' ? 'ministry' : 'province';
}

/** `base` with the agency kind written (and nothing for provinces, the default). */
export function withAgencyKind(base: URLSearchParams, kind: AgencyKind): URLSearchParams {
  const next = new URLSearchParams(base);
  if (kind === 'ministry') next.set(AGENCIES_PARAM, 'ministry');
  else next.delete(AGENCIES_PARAM);
  return next;
}

function isMinistryEra(era: Era): era is Era & { readonly id: MinistryEraId } {
  return era.scope === 'ministry';
}

/** The ministry set in force on `date`, from the feed's eras; null when none covers the date. */
export function ministrySetAt(eras: readonly Era[], date: IsoDate): MinistrySet | null {
  // ISO dates compare correctly as strings.
  const era = eras
    .filter(isMinistryEra)
    .find((e) => (e.from === undefined || e.from <= date) && (e.to === undefined || date <= e.to));
  return era ? toSet(era) : null;
}

function toSet(era: Era & { readonly id: MinistryEraId }): MinistrySet {
  return {
    era: era.id,
    count: era.count,
    ...(era.from ? { from: era.from } : {}),
    ...(era.to ? { to: era.to } : {}),
  };
}

/** A set without a recorded start began before every dated one: it sorts first. */
function startOf(era: Pick<Era, 'from'>): string {
  return era.from ?? '';
}

/**
 * The ministry set that reports `period`: the one in force on its last day. Before the first set the
 * feed knows, the first; after the last, the last (a period is always reported by some set).
 */
export function ministrySetOf(eras: readonly Era[], period: Period): MinistrySet | null {
  const end = periodEnd(period);
  const exact = ministrySetAt(eras, end);
  if (exact) return exact;
  const sets = eras.filter(isMinistryEra).sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const first = sets[0];
  const last = sets[sets.length - 1];
  if (!first || !last) return null;
  return toSet(end < startOf(first) ? first : last);
}

/** The ministry set `era` as the feed dates it; null when the feed does not know it. */
export function ministrySetOfEra(eras: readonly Era[], era: MinistryEraId): MinistrySet | null {
  const found = eras.filter(isMinistryEra).find((e) => e.id === era);
  return found ? toSet(found) : null;
}

/**
 * The latest period of `latest`'s frequency that the set `era` reported: `latest` itself for the set in
 * force, else the last one that ended before the next set took over.
 */
export function lastPeriodOfSet(eras: readonly Era[], latest: Period, era: MinistryEraId): Period {
  const set = ministrySetOfEra(eras, era);
  let period = latest;
  // A set's last day bounds the walk back, so it ends even for a set that reported nothing.
  while (set?.to !== undefined && periodEnd(period) > set.to) period = previousPeriod(period);
  return period;
}

/** The set in force just before `set` (the 22 before the 17), or null for the first. */
export function previousMinistrySet(eras: readonly Era[], set: MinistrySet): MinistrySet | null {
  const before = eras
    .filter(isMinistryEra)
    .filter((e) => startOf(e) < startOf(set))
    .sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
  return before ? toSet(before) : null;
}

/**
 * The set change a board's comparisons of `period` cross: when the same period last year or the
 * previous period was reported by another set than `period` itself, the set `period` belongs to (whose
 * `from` is the date of the change); otherwise null.
 */
export function setChangeCrossed(eras: readonly Era[], period: Period): MinistrySet | null {
  const now = ministrySetOf(eras, period);
  if (!now) return null;
  const compared = [samePeriodLastYear(period), previousPeriod(period)];
  return compared.some((p) => ministrySetOf(eras, p)?.era !== now.era) ? now : null;
}

/** True when `a` and `b` were reported by the same ministry set (a change of rank between them means something). */
export function sameMinistrySet(eras: readonly Era[], a: Period, b: Period): boolean {
  return ministrySetOf(eras, a)?.era === ministrySetOf(eras, b)?.era;
}

/** A body as a note or a header names it: full name, and its short form where the registry gives one. */
export interface NamedBody {
  readonly code: string;
  readonly name: string;
  readonly short: string;
}

/** A body of the new set and the former bodies whose main functions it took over. */
export interface MinistryLineage extends NamedBody {
  readonly formers: readonly NamedBody[];
}

function named(ministry: Ministry, locale: Locale): NamedBody {
  return {
    code: ministry.code,
    name: ministry.name[locale],
    short: (ministry.short ?? ministry.name)[locale],
  };
}

/**
 * How the former bodies map to the new ones, from the registry's `formerCodes`: one entry per body of
 * `current` that did not simply continue (it took over other bodies, or a body of another code), in the
 * order of `current`. A former code the former set does not list is named by its code, never dropped.
 */
export function selectMinistryMapping(
  current: readonly Ministry[],
  former: readonly Ministry[],
  locale: Locale,
): MinistryLineage[] {
  const byCode = new Map(former.map((m) => [m.code, m]));
  return current.flatMap((ministry) => {
    const codes = ministry.formerCodes ?? [];
    const continues = codes.length === 1 && codes[0] === ministry.code;
    if (codes.length === 0 || continues) return [];
    return [
      {
        ...named(ministry, locale),
        formers: codes.map((code) => {
          const body = byCode.get(code);
          return body ? named(body, locale) : { code, name: code, short: code };
        }),
      },
    ];
  });
}

/** The bodies of `current` a body of the former set became part of (usually one; none if it ended). */
export function successorsOf(code: string, current: readonly Ministry[]): Ministry[] {
  return current.filter((m) => m.formerCodes?.includes(code));
}

/** The note beside a comparison across a set change: one sentence, then one line per new body. */
export interface SetChangeText {
  readonly intro: string;
  readonly items: readonly string[];
}

/**
 * The words of the note for the change to `set` from `previous`: "Từ 01/03/2025, 22 bộ, cơ quan ngang bộ
 * được sắp xếp lại thành 17; …" and "Bộ Tài chính: từ Bộ Tài chính, Bộ Kế hoạch và Đầu tư" for each
 * entry of `mapping` ({@link selectMinistryMapping}).
 */
export function selectSetChangeNote({
  set,
  previous,
  mapping,
  t,
  locale,
}: {
  set: MinistrySet;
  previous: MinistrySet;
  mapping: readonly MinistryLineage[];
  t: Translate;
  locale: Locale;
}): SetChangeText {
  return {
    intro: t('agencies.change.intro', {
      // The newer set's first day; a set without one is never the newer of two.
      date: set.from ? formatDate(set.from, locale) : '',
      from: previous.count,
      to: set.count,
    }),
    items: mapping.map((body) =>
      t('agencies.change.item', { name: body.name, formers: body.formers.map((f) => f.name).join(', ') }),
    ),
  };
}

/** The set as the switch and a ministry page name it: its size and the dates it was in force. */
export function describeMinistrySet(set: MinistrySet, t: Translate, locale: Locale): string {
  if (set.from && set.to) {
    return t('agencies.set.until', {
      count: set.count,
      from: formatDate(set.from, locale),
      to: formatDate(set.to, locale),
    });
  }
  if (set.to) return t('agencies.set.to', { count: set.count, to: formatDate(set.to, locale) });
  if (set.from) return t('agencies.set.since', { count: set.count, from: formatDate(set.from, locale) });
  return t('agencies.set', { count: set.count });
}
