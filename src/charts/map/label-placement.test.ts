import { describe, expect, it } from 'vitest';
import { placeLabels, rectsOverlap } from './label-placement.ts';
import type { LabelRequest, Rect } from './label-placement.ts';

const BOUNDS: Rect = { x: 0, y: 0, width: 600, height: 800 };
const label = (x: number, y: number): LabelRequest => ({ anchor: [x, y], width: 120, height: 40, gap: 8 });

describe('placeLabels', () => {
  it('puts a lone label right of its point, vertically centred', () => {
    const [placement] = placeLabels([label(100, 100)], [], BOUNDS);
    expect(placement).toEqual({
      side: 'right',
      dy: 0,
      rect: { x: 108, y: 80, width: 120, height: 40 },
      free: true,
    });
  });

  it('moves the second of two neighbouring labels so they do not overlap', () => {
    const placements = placeLabels([label(100, 100), label(110, 110)], [], BOUNDS);
    expect(placements.every((p) => p.free)).toBe(true);
    expect(rectsOverlap(placements[0]!.rect, placements[1]!.rect)).toBe(false);
  });

  it('keeps clear of obstacles and of the other labels’ points, and stays inside the bounds', () => {
    const legend: Rect = { x: 100, y: 60, width: 200, height: 80 };
    const placements = placeLabels([label(90, 100), label(560, 780), label(80, 150)], [legend], BOUNDS);
    for (const p of placements) {
      expect(p.free).toBe(true);
      expect(rectsOverlap(p.rect, legend)).toBe(false);
      expect(p.rect.x).toBeGreaterThanOrEqual(0);
      expect(p.rect.x + p.rect.width).toBeLessThanOrEqual(600);
      expect(p.rect.y + p.rect.height).toBeLessThanOrEqual(800);
    }
    // The corner label flips to the left of its point rather than leaving the chart.
    expect(placements[1]).toMatchObject({ side: 'left', dy: 0 });
    // No label covers another label's point.
    const anchors = [
      [90, 100],
      [560, 780],
      [80, 150],
    ];
    placements.forEach((p, i) => {
      anchors.forEach(([x = 0, y = 0], j) => {
        if (i === j) return;
        const inside =
          x >= p.rect.x && x <= p.rect.x + p.rect.width && y >= p.rect.y && y <= p.rect.y + p.rect.height;
        expect(inside, `label ${i} covers point ${j}`).toBe(false);
      });
    });
  });

  it('goes where it overlaps least, flagged, when nothing is free', () => {
    // A wall right of the point and a narrower block left of it: the left side, shifted furthest, covers least.
    const right: Rect = { x: 300, y: 0, width: 300, height: 800 };
    const left: Rect = { x: 150, y: 300, width: 110, height: 200 };
    const [placement] = placeLabels(
      [{ anchor: [300, 400], width: 120, height: 40, gap: 8 }],
      [right, left],
      BOUNDS,
    );
    expect(placement).toMatchObject({ side: 'left', dy: 100, free: false });
  });
});
