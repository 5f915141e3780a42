import { describe, expect, it } from 'vitest';
import { placeLabels, rectsOverlap, segmentHitsRect, segmentsCross } from './label-placement.ts';
import type { LabelRequest, Rect } from './label-placement.ts';

const BOUNDS: Rect = { x: 0, y: 0, width: 600, height: 800 };
const label = (x: number, y: number): LabelRequest => ({ anchor: [x, y], width: 120, height: 40, gap: 8 });

describe('placeLabels', () => {
  it('puts a lone label right of its point, vertically centred', () => {
    const [placement] = placeLabels([label(100, 100)], [], BOUNDS);
    expect(placement).toEqual({
      side: 'right',
      dx: 0,
      dy: 0,
      rect: { x: 108, y: 80, width: 120, height: 40 },
      leader: null,
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

  it('goes next to its point where it overlaps least, flagged, when nothing is free', () => {
    // The point is walled in on every side: no place next to it or away from it is free.
    const walls: Rect[] = [
      { x: 300, y: 0, width: 300, height: 800 },
      { x: 0, y: 0, width: 300, height: 340 },
      { x: 0, y: 460, width: 300, height: 340 },
      { x: 0, y: 340, width: 260, height: 120 },
    ];
    const [placement] = placeLabels([{ anchor: [280, 400], width: 120, height: 40, gap: 8 }], walls, BOUNDS);
    expect(placement).toMatchObject({ dx: 0, leader: null, free: false });
    expect(placement!.rect.y).toBeGreaterThanOrEqual(0);
    expect(placement!.rect.y + placement!.rect.height).toBeLessThanOrEqual(800);
  });

  it('moves labels out beyond the land, with leader lines, when the places next to their points are taken', () => {
    // Eight points close together in a strip of land: about six fit next to their points.
    const land: Rect = { x: 220, y: 0, width: 160, height: 800 };
    const requests = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => label(300 + (i % 2) * 12, 380 + i * 5));
    const placements = placeLabels(requests, [], BOUNDS, { land: [land], overLand: false });
    expect(placements.every((p) => p.free)).toBe(true);
    const moved = placements.filter((p) => p.leader !== null);
    expect(moved.length).toBeGreaterThan(0);
    placements.forEach((p, i) => {
      placements.forEach((q, j) => {
        if (i < j) expect(rectsOverlap(p.rect, q.rect), `labels ${i} and ${j}`).toBe(false);
        if (i !== j && p.leader) {
          expect(segmentHitsRect(p.leader.from, p.leader.to, q.rect), `line ${i} through label ${j}`).toBe(
            false,
          );
          if (q.leader) {
            expect(segmentsCross(p.leader.from, p.leader.to, q.leader.from, q.leader.to)).toBe(false);
          }
        }
      });
      if (p.leader) {
        // A moved label keeps off the land, and its line runs from its point to its near edge.
        expect(rectsOverlap(p.rect, land)).toBe(false);
        expect(p.leader.from).toEqual(requests[i]!.anchor);
        const [x, y] = p.leader.to;
        expect([p.rect.x, p.rect.x + p.rect.width]).toContain(x);
        expect(y).toBeGreaterThanOrEqual(p.rect.y);
        expect(y).toBeLessThanOrEqual(p.rect.y + p.rect.height);
      }
    });
  });

  it('gives the offsets ECharts needs to draw each label where its rect is', () => {
    const requests = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => label(300, 400 + i * 5));
    placeLabels(requests, [], BOUNDS).forEach((p, i) => {
      const [ax, ay] = requests[i]!.anchor;
      const nearEdge = p.side === 'right' ? p.rect.x : p.rect.x + p.rect.width;
      expect(nearEdge).toBeCloseTo(ax + (p.side === 'right' ? 8 : -8) + p.dx, 6);
      expect(p.rect.y + p.rect.height / 2).toBeCloseTo(ay + p.dy, 6);
    });
  });

  it('covers land away from a point only when allowed', () => {
    // Land everywhere but a sliver: the second label has nowhere to go but over the land.
    const land: Rect = { x: 0, y: 0, width: 600, height: 800 };
    const requests = [label(300, 400), label(300, 404)];
    const strict = placeLabels(requests, [], BOUNDS, { land: [land], overLand: false });
    const relaxed = placeLabels(requests, [], BOUNDS, { land: [land], overLand: true });
    expect(strict.every((p) => p.free)).toBe(true); // next to its point, land is no obstacle
    expect(relaxed.every((p) => p.free)).toBe(true);
    const crowded = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => label(300, 380 + i * 5));
    expect(placeLabels(crowded, [], BOUNDS, { land: [land], overLand: false }).some((p) => !p.free)).toBe(
      true,
    );
    expect(placeLabels(crowded, [], BOUNDS, { land: [land], overLand: true }).every((p) => p.free)).toBe(
      true,
    );
  });
});

describe('segment helpers', () => {
  const box: Rect = { x: 10, y: 10, width: 20, height: 10 };
  it('tells a segment through a rect from one beside it', () => {
    expect(segmentHitsRect([0, 15], [40, 15], box)).toBe(true);
    expect(segmentHitsRect([0, 0], [40, 5], box)).toBe(false);
    expect(segmentHitsRect([0, 0], [40, 5], box, 6)).toBe(true);
    expect(segmentHitsRect([15, 0], [15, 9], box)).toBe(false);
  });
  it('tells crossing segments from parallel ones', () => {
    expect(segmentsCross([0, 0], [10, 10], [0, 10], [10, 0])).toBe(true);
    expect(segmentsCross([0, 0], [10, 0], [0, 1], [10, 1])).toBe(false);
    expect(segmentsCross([0, 0], [10, 0], [10, 0], [20, 5])).toBe(true);
  });
});
