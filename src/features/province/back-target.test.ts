import { describe, expect, it } from 'vitest';
import { backTarget, escapeLeavesPage, nextProvinceState, readProvinceHistory } from './back-target.ts';

describe('Esc on a province page', () => {
  it('goes back past every change made on the page to where the reader came from', () => {
    // Arrived from the overview (a link: the entry has a key), then changed the indicator twice.
    let history = readProvinceHistory(null, 'k1');
    expect(backTarget(history, new URLSearchParams())).toEqual({ kind: 'history', delta: -1 });
    history = readProvinceHistory(nextProvinceState(history), 'k2');
    history = readProvinceHistory(nextProvinceState(history), 'k3');
    expect(backTarget(history, new URLSearchParams())).toEqual({ kind: 'history', delta: -3 });
  });

  it('opens the overview in the same language and theme when the page was opened directly', () => {
    let history = readProvinceHistory(null, 'default');
    const search = new URLSearchParams('lang=en&theme=dark&indicator=cpi-yoy&peers=01,31');
    expect(backTarget(history, search)).toEqual({ kind: 'overview', href: '/?lang=en&theme=dark' });
    history = readProvinceHistory(nextProvinceState(history), 'k2');
    expect(backTarget(history, search)).toEqual({ kind: 'overview', href: '/?lang=en&theme=dark' });
  });

  it('reads a state it did not write as an arrival', () => {
    expect(readProvinceHistory({ other: 1 }, 'k9')).toEqual({ steps: 0, direct: false });
    expect(readProvinceHistory({ provinceHistory: { steps: 'x' } }, 'default')).toEqual({
      steps: 0,
      direct: true,
    });
  });

  it('leaves Esc to a field or a panel that uses it', () => {
    expect(escapeLeavesPage('Escape', false, { tagName: 'A' })).toBe(true);
    expect(escapeLeavesPage('Escape', false, null)).toBe(true);
    expect(escapeLeavesPage('Escape', true, { tagName: 'DIV' })).toBe(false);
    expect(escapeLeavesPage('Escape', false, { tagName: 'INPUT' })).toBe(false);
    expect(escapeLeavesPage('Escape', false, { tagName: 'SELECT' })).toBe(false);
    expect(escapeLeavesPage('Enter', false, { tagName: 'A' })).toBe(false);
  });
});
