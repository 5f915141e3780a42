import { describe, expect, it } from 'vitest';
import { formatClock, msToNextMinute } from './clock.ts';
import { kioskKeyAction } from './keys.ts';

describe('kioskKeyAction', () => {
  it('steps with arrows and a remote’s page keys, pauses with space and the blank button', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown'].map((key) => kioskKeyAction({ key }))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => kioskKeyAction({ key }))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect([' ', 'b', '.', 'MediaPlayPause'].map((key) => kioskKeyAction({ key }))).toEqual([
      'toggle-pause',
      'toggle-pause',
      'toggle-pause',
      'toggle-pause',
    ]);
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(kioskKeyAction({ key: 'Tab' })).toBeNull();
    expect(kioskKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(kioskKeyAction({ key: 'r', ctrlKey: true })).toBeNull();
  });
});

describe('formatClock', () => {
  it('tells the time in Vietnam whatever the machine’s zone', () => {
    // 19:05 UTC on 26 November is 02:05 on Friday 27 November in Hà Nội.
    const instant = new Date('2026-11-26T19:05:00Z');
    expect(formatClock(instant, 'vi')).toEqual({ time: '02:05', date: 'Thứ Sáu, 27/11/2026' });
    expect(formatClock(instant, 'en')).toEqual({ time: '02:05', date: 'Friday, 27/11/2026' });
  });

  it('redraws at the next full minute', () => {
    expect(msToNextMinute(Date.UTC(2026, 0, 1, 0, 0, 59, 500))).toBe(500);
  });
});
