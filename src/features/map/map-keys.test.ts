import { describe, expect, it } from 'vitest';
import type { LngLatPoint } from '../../charts/map/types.ts';
import { registryUnits } from '../../domain/registry.ts';
import { geographicOrder, mapKeyAction, neighbourTowards } from './map-keys.ts';

// The seats of the 34 stand in for the label anchors: real positions, north to south and west to east.
const units = registryUnits('34');
const points = new Map<string, LngLatPoint>(units.map((u) => [u.code, [u.seat!.lng, u.seat!.lat]]));
const codes = units.map((u) => u.code);
const code = (name: string) => units.find((u) => u.name.vi === name)!.code;
const name = (c: string | null | undefined) => units.find((u) => u.code === c)?.name.vi;
const press = (hovered: string | null, key: string) => {
  const action = mapKeyAction(codes, points, hovered, key);
  return action && { kind: action.kind, unit: name(action.code) ?? null };
};

describe('geographicOrder', () => {
  it('lists the units from north to south', () => {
    const order = geographicOrder(codes, points).map(name);
    expect(order[0]).toBe('Cao Bằng');
    expect(order.at(-1)).toBe('Cà Mau');
    expect(order.indexOf('Hà Nội')).toBeLessThan(order.indexOf('Huế'));
    expect(order.indexOf('Huế')).toBeLessThan(order.indexOf('TP. Hồ Chí Minh'));
  });

  it('puts units without a position last, in code order', () => {
    const partial = new Map([...points].filter(([c]) => c !== '01' && c !== '04'));
    expect(geographicOrder(codes, partial).slice(-2)).toEqual(['01', '04']);
  });
});

describe('neighbourTowards', () => {
  it('finds the unit beside, not the one above or below', () => {
    expect(name(neighbourTowards(code('An Giang'), 'east', points))).toBe('Cần Thơ');
    expect(name(neighbourTowards(code('Cần Thơ'), 'west', points))).toBe('An Giang');
  });

  it('finds nothing beyond the coast', () => {
    expect(neighbourTowards(code('Khánh Hòa'), 'east', points)).toBeUndefined();
  });
});

describe('mapKeyAction', () => {
  it('steps south with ArrowDown and north with ArrowUp, round the ends', () => {
    expect(press(code('Hà Nội'), 'ArrowDown')).toEqual({ kind: 'hover', unit: 'Quảng Ninh' });
    expect(press(code('Quảng Ninh'), 'ArrowUp')).toEqual({ kind: 'hover', unit: 'Hà Nội' });
    expect(press(code('Cà Mau'), 'ArrowDown')).toEqual({ kind: 'hover', unit: 'Cao Bằng' });
    expect(press(code('Cao Bằng'), 'ArrowUp')).toEqual({ kind: 'hover', unit: 'Cà Mau' });
  });

  it('steps to the neighbour with ArrowLeft and ArrowRight, and stays at the coast', () => {
    expect(press(code('An Giang'), 'ArrowRight')).toEqual({ kind: 'hover', unit: 'Cần Thơ' });
    expect(press(code('Cần Thơ'), 'ArrowLeft')).toEqual({ kind: 'hover', unit: 'An Giang' });
    expect(press(code('Khánh Hòa'), 'ArrowRight')).toBeNull();
  });

  it('starts at the north, jumps to the ends with Home and End, opens with Enter, lets go with Escape', () => {
    expect(press(null, 'ArrowLeft')).toEqual({ kind: 'hover', unit: 'Cao Bằng' });
    expect(press(code('Huế'), 'End')).toEqual({ kind: 'hover', unit: 'Cà Mau' });
    expect(press(code('Huế'), 'Home')).toEqual({ kind: 'hover', unit: 'Cao Bằng' });
    expect(press(code('Huế'), 'Enter')).toEqual({ kind: 'open', unit: 'Huế' });
    expect(press(code('Huế'), 'Escape')).toEqual({ kind: 'hover', unit: null });
    expect(press(null, 'Enter')).toBeNull();
    expect(press(null, 'Escape')).toBeNull();
    expect(press(code('Huế'), 'a')).toBeNull();
  });

  it('only visits the units drawn', () => {
    const drawn = ['91', '92'];
    expect(mapKeyAction(drawn, points, null, 'ArrowDown')).toEqual({ kind: 'hover', code: '92' });
    expect(mapKeyAction([], points, null, 'ArrowDown')).toBeNull();
  });
});
