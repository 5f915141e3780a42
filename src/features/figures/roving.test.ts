import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving.ts';

const codes = Array.from({ length: 34 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('rovingTarget', () => {
  it('moves one row with the arrows and stops at the ends', () => {
    expect(rovingTarget(codes, '05', 'ArrowDown')).toBe('06');
    expect(rovingTarget(codes, '05', 'ArrowUp')).toBe('04');
    expect(rovingTarget(codes, '34', 'ArrowDown')).toBeNull();
    expect(rovingTarget(codes, '01', 'ArrowUp')).toBeNull();
  });

  it('jumps to the first and the last row with Home and End, and by ten with the page keys', () => {
    expect(rovingTarget(codes, '17', 'Home')).toBe('01');
    expect(rovingTarget(codes, '17', 'End')).toBe('34');
    expect(rovingTarget(codes, '01', 'Home')).toBeNull();
    expect(rovingTarget(codes, '05', 'PageDown')).toBe('15');
    expect(rovingTarget(codes, '30', 'PageDown')).toBe('34');
    expect(rovingTarget(codes, '05', 'PageUp')).toBe('01');
  });

  it('starts at the top going down and at the bottom going up when no row (or a gone one) is active', () => {
    expect(rovingTarget(codes, null, 'ArrowDown')).toBe('01');
    expect(rovingTarget(codes, '99', 'ArrowUp')).toBe('34');
  });

  it('leaves other keys, and an empty list, alone', () => {
    expect(rovingTarget(codes, '05', 'Enter')).toBeNull();
    expect(rovingTarget(codes, '05', 'ArrowRight')).toBeNull();
    expect(rovingTarget([], null, 'ArrowDown')).toBeNull();
  });
});
