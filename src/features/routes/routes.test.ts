import { describe, expect, it } from 'vitest';
import { BOARD_GROUPS, BOARD_ROUTES, keptParams, legacyBoardRedirect, ROUTES } from './index.ts';

const current = new URLSearchParams('lang=en&theme=dark&indicator=cpi-yoy&period=2026-10');

describe('the route table', () => {
  it("links a unit's page in its era, keeping only the language and theme of the current page", () => {
    expect(ROUTES.province.href({ code: '79', era: '34' })).toBe('/tinh/79');
    expect(ROUTES.province.href({ code: '27', era: '63' })).toBe('/tinh/27?era=63');
    expect(ROUTES.province.href({ code: '27', era: '63' }, current)).toBe(
      '/tinh/27?lang=en&theme=dark&era=63',
    );
  });

  it('links the overview and its boards the same way', () => {
    expect(ROUTES.overview.href({})).toBe('/');
    expect(ROUTES.overview.href({}, current)).toBe('/?lang=en&theme=dark');
    expect(ROUTES.overview.href({ group: 'tasks' }, new URLSearchParams('lang=en'))).toBe(
      '/?lang=en&group=tasks',
    );
  });

  it('names the patterns the router mounts, and each href matches its pattern', () => {
    expect(ROUTES.overview.path).toBe('/');
    expect(ROUTES.province.path).toBe('/tinh/:code');
    const pattern = new RegExp(`^${ROUTES.province.path.replace(':code', '[^/?]+')}(\\?|$)`);
    expect(ROUTES.province.href({ code: '01', era: '34' }, current)).toMatch(pattern);
  });

  it('links the wall with its views and the deck with a published deck file', () => {
    expect(ROUTES.kiosk.href({ views: ['/', '/tinh/79'] }, current)).toBe(
      '/kiosk?lang=en&theme=dark&view=%2F&view=%2Ftinh%2F79',
    );
    expect(ROUTES.deck.href({ deck: '/decks/hop-thang-11.json' })).toBe(
      '/trinh-chieu?deck=%2Fdecks%2Fhop-thang-11.json',
    );
    expect(ROUTES.deck.href({})).toBe('/trinh-chieu');
  });

  it('keeps nothing but the shell preferences, and nothing empty', () => {
    expect(keptParams(new URLSearchParams('lang=&theme=light&era=63')).toString()).toBe('theme=light');
    expect(keptParams().toString()).toBe('');
  });

  it("links a ministry's page in its set: the 17 by default, a former body with ?era=22", () => {
    expect(ROUTES.ministry.path).toBe('/bo/:code');
    expect(ROUTES.ministry.href({ code: 'TC', era: '17' })).toBe('/bo/TC');
    expect(ROUTES.ministry.href({ code: 'KHDT', era: '22' }, current)).toBe(
      '/bo/KHDT?lang=en&theme=dark&era=22',
    );
  });

  it('gives each board its own page, with the agencies chosen', () => {
    expect(BOARD_GROUPS.map((g) => BOARD_ROUTES[g].path)).toEqual([
      '/dich-vu-cong',
      '/tthc-noi-bo',
      '/nhiem-vu',
      '/bao-cao',
    ]);
    expect(ROUTES.tasks.href({})).toBe('/nhiem-vu');
    expect(ROUTES.publicService.href({ agencies: 'ministry' }, current)).toBe(
      '/dich-vu-cong?lang=en&theme=dark&agencies=ministry',
    );
  });

  it("sends an old overview link of a board to the board's page, keeping the rest of the view", () => {
    expect(legacyBoardRedirect(new URLSearchParams('group=tasks&indicator=tasks-overdue-rate&lang=en'))).toBe(
      '/nhiem-vu?indicator=tasks-overdue-rate&lang=en',
    );
    expect(legacyBoardRedirect(new URLSearchParams('group=reporting'))).toBe('/bao-cao');
    expect(legacyBoardRedirect(new URLSearchParams('group=socio-economic'))).toBeNull();
    expect(legacyBoardRedirect(new URLSearchParams('indicator=cpi-yoy'))).toBeNull();
    expect(legacyBoardRedirect(new URLSearchParams('group=nonsense'))).toBeNull();
  });
});
