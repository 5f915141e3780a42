/**
 * Data vintages: when each stage of a figure (ước tính, sơ bộ, chính thức) is published, so that the status
 * a figure carries follows from its indicator's release calendar and the as-of date, never from a guess
 * per frequency. The calendar is catalog data: a new decree moving a release day is a change of data.
 *
 * Examples the calendars encode:
 * - GDP (Decree 62/2024/NĐ-CP): a quarter is an estimate with its own quarter's report, preliminary with the
 *   next quarter's, still preliminary after the annual revision of October of the next year, official in
 *   October two years on;
 * - CPI: final when published;
 * - state budget revenue: an estimate ("ước thực hiện") until the National Assembly approves the final
 *   accounts of the year (June two years on);
 * - administrative records (tasks, reports, the Decision 766 index): preliminary until the next period closes.
 */
import { addPeriods, periodEnd, periodLastMonth, type Frequency, type Period } from './period.ts';
import type { ObservationStatus } from './observation.ts';
import { valueAt, type Dated, type IsoDate } from './units.ts';

/** A stage a published figure can be in. */
export type ReleaseStatus = Exclude<ObservationStatus, 'missing'>;

/**
 * The day a statistics office's monthly report comes out: the `day` of the month `monthOffset` months after
 * the month reported (29th of the same month under Decree 94/2016, the 6th of the next month from 1/8/2024
 * under Decree 62/2024, the 3rd of the next month under Decree 13/2026).
 */
export interface ReportDay {
  readonly day: number;
  readonly monthOffset: number;
}

/**
 * When a stage is published, counted from the period:
 * - `report`: with the monthly report of the month `months` months after the period's last month (0: the
 *   period's own report), on the report day in force (see {@link ReleaseCalendar.schedule});
 * - `after-end`: `days` days after the period's last day (0: on the last day itself);
 * - `after-periods`: the day after the period `periods` periods later ends ("until the next period closes");
 * - `date`: a fixed day of a later year, `years` after the period's year (final accounts in June two years
 *   on, annual revisions in October).
 */
export type ReleaseLag =
  | { readonly kind: 'report'; readonly months: number }
  | { readonly kind: 'after-end'; readonly days: number }
  | { readonly kind: 'after-periods'; readonly periods: number }
  | { readonly kind: 'date'; readonly years: number; readonly month: number; readonly day: number };

export interface ReleaseStage {
  readonly status: ReleaseStatus;
  readonly at: ReleaseLag;
  /**
   * The frequencies the stage applies to; absent: all. A quarter of GDP turns preliminary with the next
   * quarter's report, the year only with the annual revision.
   */
  readonly frequencies?: readonly Frequency[];
}

export interface ReleaseCalendar {
  /** The stages in the order they are published; a later stage replaces an earlier one from its date. */
  readonly stages: readonly ReleaseStage[];
  /**
   * The report days of the publishing body over time, each dated by the release dates it governs; needed
   * by `report` stages.
   */
  readonly schedule?: readonly Dated<ReportDay>[];
}

/**
 * The date the monthly report of `year`-`month` came or comes out under `schedule`: the newest rule whose
 * own release date for that month falls on or after the day it took effect (under Decree 62/2024, from
 * 1/8/2024, July 2024 came out on 6 August, not on 29 July).
 * @throws RangeError when no rule of the schedule covers the month.
 */
export function reportDate(schedule: readonly Dated<ReportDay>[], year: number, month: number): IsoDate {
  for (let i = schedule.length - 1; i >= 0; i--) {
    const rule = schedule[i];
    if (!rule) continue;
    const date = dayOfMonth(year, month + rule.value.monthOffset, rule.value.day);
    if (valueAt([rule], date) !== undefined) return date;
  }
  throw new RangeError(`No report day for ${year}-${String(month).padStart(2, '0')} in the schedule`);
}

/**
 * The date `stage` of `period` is (or will be) published under `calendar`.
 * @throws RangeError for a `report` stage without a schedule covering it.
 */
export function releaseDate(calendar: ReleaseCalendar, stage: ReleaseStage, period: Period): IsoDate {
  const at = stage.at;
  switch (at.kind) {
    case 'report': {
      if (!calendar.schedule) throw new RangeError('A report stage needs a schedule of report days');
      return reportDate(calendar.schedule, period.year, periodLastMonth(period) + at.months);
    }
    case 'after-end':
      return addDays(periodEnd(period), at.days);
    case 'after-periods':
      return addDays(periodEnd(addPeriods(period, at.periods)), 1);
    case 'date':
      return dayOfMonth(period.year + at.years, at.month, at.day);
  }
}

/**
 * The stage `period` is in on `asOf` (inclusive: a stage published on 6 October is in force on 6 October):
 * the last stage published by then among those that apply to its frequency, or null when none is yet (the
 * figure is not out).
 */
export function releaseStatusAt(
  calendar: ReleaseCalendar,
  period: Period,
  asOf: IsoDate,
): ReleaseStatus | null {
  let status: ReleaseStatus | null = null;
  for (const stage of calendar.stages) {
    if (stage.frequencies && !stage.frequencies.includes(period.frequency)) continue;
    // ISO dates compare correctly as strings.
    if (releaseDate(calendar, stage, period) <= asOf) status = stage.status;
  }
  return status;
}

/** `day` of month `month` of `year`, where `month` may run past December (13 is January of the next year). */
function dayOfMonth(year: number, month: number, day: number): IsoDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}
