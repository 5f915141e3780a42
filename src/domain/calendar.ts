/**
 * Day arithmetic on calendar dates (`YYYY-MM-DD`, a day in Vietnam): deadlines, days overdue, days late.
 * Dates are counted as whole days in UTC so the viewer's time zone and daylight saving never shift a
 * deadline by one.
 */
import type { IsoDate } from './units.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of `date` (days since 1970-01-01).
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
 */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): '${date}'`);
  }
  return ms / MS_PER_DAY;
}

/**
 * The date of day number `n` (inverse of {@link dayNumber}). Computed arithmetically (H. Hinnant's
 * civil-from-days) rather than through `Date#toISOString`, which is ten times slower and this runs for
 * every task of a register.
 */
export function dateOfDay(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** `date` moved by `days` (negative: earlier): '2026-10-31' + 1 → '2026-11-01'. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDay(dayNumber(date) + days);
}

/** Days from `from` to `to`, signed: 1 from '2026-10-31' to '2026-11-01', −1 the other way. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Monday to Friday: the days a directive can be signed (public holidays are not modelled). */
export function isWeekday(date: IsoDate): boolean {
  const weekday = new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
