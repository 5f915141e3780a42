/**
 * The wall clock: the time in Vietnam whatever zone the wall's computer is set to (a screen installed by a
 * vendor often runs on UTC), with the weekday, as a meeting room reads it.
 */
import { TIME_ZONE } from '../../domain/format.ts';
import type { Locale } from '../../domain/units.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, kind: 'time' | 'date'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: TIME_ZONE,
      ...(kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }),
    });
    formats.set(key, f);
  }
  return f;
}

/** "14:05" and "Thứ Năm, 27/11/2026" (en "Thursday, 27/11/2026"), in Asia/Ho_Chi_Minh. */
export function formatClock(instant: Date, locale: Locale): { readonly time: string; readonly date: string } {
  const date = format(locale, 'date')
    .formatToParts(instant)
    .map((part) => part.value)
    .join('');
  return { time: format(locale, 'time').format(instant), date: capitalize(date.replace(/\s+/g, ' ').trim()) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Milliseconds to the next full minute: the clock redraws then rather than every second. */
export function msToNextMinute(now: number): number {
  return 60_000 - (now % 60_000);
}
