import { describe, expect, it } from 'vitest';
import { parseDwell, parseKioskParams, withPlace } from './playlist.ts';

const settings = {
  playlist: [
    { view: '/', dwellSeconds: 30, title: { vi: 'Tổng quan', en: 'Overview' } },
    { view: '/?indicator=cpi-yoy' },
    { view: '/tinh/79', dwellSeconds: 20 },
  ],
  dwellSeconds: 45,
  reloadEveryLoops: 12,
};

const plan = (query: string) => parseKioskParams(new URLSearchParams(query), settings);

describe('parseDwell', () => {
  it.each([
    ['30', 30_000],
    ['30s', 30_000],
    ['2m', 120_000],
    ['1m30s', 90_000],
    ['1.5m', 90_000],
    ['500ms', 500],
    ['1h', 3_600_000],
    [' 45S ', 45_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDwell(text)).toBe(ms);
  });

  it.each(['', 'abc', '-5', '0', '0s', '30x', 's', '30s1m', '1,5m'])('refuses %j', (text) => {
    expect(parseDwell(text)).toBeNull();
  });
});

describe('parseKioskParams', () => {
  it('takes the configured playlist with each view’s dwell, or the default one', () => {
    const p = plan('');
    expect(p.playlist.map((i) => [i.view, i.dwellMs])).toEqual([
      ['/', 30_000],
      ['/?indicator=cpi-yoy', 45_000],
      ['/tinh/79', 20_000],
    ]);
    expect(p.playlist[0]?.title?.vi).toBe('Tổng quan');
    expect(p).toMatchObject({ start: 0, reloadEveryLoops: 12, problems: [] });
  });

  it('lets the URL replace the views and set one dwell for all or one per view', () => {
    const all = plan('view=/tinh/01&view=%2F%3Findicator%3Dgrdp-growth&dwell=1m');
    expect(all.playlist).toEqual([
      { view: '/tinh/01', dwellMs: 60_000 },
      { view: '/?indicator=grdp-growth', dwellMs: 60_000 },
    ]);
    const each = plan('view=/tinh/01&view=/&dwell=20,1m30s');
    expect(each.playlist.map((i) => i.dwellMs)).toEqual([20_000, 90_000]);
    // The configured playlist with a short dwell: what a soak test drives.
    expect(plan('dwell=500ms').playlist.map((i) => i.dwellMs)).toEqual([500, 500, 500]);
  });

  it('reports what it cannot use and carries on with the configuration', () => {
    const p = plan('view=https://evil.example/&view=/kiosk&dwell=soon&at=x&reloadEvery=-1');
    expect(p.playlist.map((i) => i.view)).toEqual(['/', '/?indicator=cpi-yoy', '/tinh/79']);
    expect(p.playlist.map((i) => i.dwellMs)).toEqual([30_000, 45_000, 20_000]);
    expect(p.problems).toEqual([
      { param: 'view', value: 'https://evil.example/', problem: 'not-a-path' },
      { param: 'view', value: '/kiosk', problem: 'nested' },
      { param: 'dwell', value: 'soon', problem: 'invalid' },
      { param: 'at', value: 'x', problem: 'invalid' },
      { param: 'reloadEvery', value: '-1', problem: 'invalid' },
    ]);
  });

  it('clamps a dwell out of range and refuses a list of the wrong length', () => {
    const short = plan('dwell=100ms');
    expect(short.playlist.every((i) => i.dwellMs === 500)).toBe(true);
    expect(short.problems).toEqual([{ param: 'dwell', value: '100ms', problem: 'out-of-range' }]);
    expect(plan('dwell=20,30').problems).toEqual([{ param: 'dwell', value: '20,30', problem: 'count' }]);
  });

  it('starts at the place a reload left, wrapped into the playlist, and reads reloadEvery', () => {
    expect(plan('at=2').start).toBe(2);
    expect(plan('at=4').start).toBe(1);
    expect(plan('reloadEvery=0').reloadEveryLoops).toBe(0);
  });
});

describe('withPlace', () => {
  it('keeps every other parameter and leaves `at` out at the first view', () => {
    const search = new URLSearchParams('view=/&view=/tinh/79&dwell=20s&lang=en');
    expect(withPlace(search, 1).toString()).toBe('view=%2F&view=%2Ftinh%2F79&dwell=20s&lang=en&at=1');
    expect(withPlace(new URLSearchParams('at=1&lang=en'), 0).toString()).toBe('lang=en');
  });
});
