import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { recordedChart } from '../../../test/setup/recorded-chart.tsx';
import { renderApp } from '../../../test/setup/render-app.tsx';
import type { ChoroplethInput } from '../../charts/map/types.ts';
import { registryUnits } from '../../domain/registry.ts';
import { unitRegionAt } from '../../domain/units.ts';

/** What the map was last asked to draw. */
function mapInput(): ChoroplethInput {
  const { spec } = recordedChart('Bản đồ').props;
  if (spec.kind !== 'map') throw new Error(`the map drew a ${spec.kind}`);
  return spec.input;
}

const WAIT = { timeout: 20_000 };

describe('the map panel', { timeout: 60_000 }, () => {
  it("with a region, dims the units outside it, labels the region's best and worst, and the ranking counts them", async () => {
    renderApp('/?region=DBSH');
    const inRegion = registryUnits('34')
      .filter((u) => unitRegionAt(u, '2026-10-31') === 'DBSH')
      .map((u) => u.code);
    await waitFor(() => {
      expect(mapInput().focus).toEqual(expect.arrayContaining(inRegion));
    }, WAIT);
    const input = mapInput();
    expect(input.focus).toHaveLength(inRegion.length);
    for (const code of [...input.best, ...input.worst]) expect(inRegion).toContain(code);
    expect(input.best.length + input.worst.length).toBeGreaterThan(0);
    expect(input.texts.outside).toBe('Ngoài vùng Đồng bằng sông Hồng');
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, WAIT);
    expect(within(ranking).getByRole('heading', { level: 2 }).textContent).toBe(
      `Xếp hạng (${inRegion.length} của 34)`,
    );
  });

  it('credits the boundaries of the era on show', async () => {
    renderApp('/?era=63');
    await waitFor(() => {
      expect(mapInput().era).toBe('63');
    }, WAIT);
    expect(mapInput().texts.credit).toContain('ranh giới trước 01/07/2025');
    expect(mapInput().texts.credit).not.toContain('202/2025');
  });

  it('while playing, colours every period on classes fixed over the range, and says so', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await waitFor(() => {
      expect(mapInput().figures.length).toBe(34);
    }, WAIT);
    expect(mapInput().edges).toBeUndefined();
    const map = screen.getByRole('region', { name: /^Bản đồ/ });
    await user.click(within(map).getByRole('button', { name: 'Phát diễn biến các kỳ' }));
    // From the latest month the player replays the year: the scale is January to October's.
    await waitFor(() => {
      expect(mapInput().texts.scaleNote).toBe('Thang màu cố định cho T1/2026–T10/2026');
    }, WAIT);
    const fixed = mapInput().edges;
    expect(fixed?.length).toBeGreaterThan(2);
    await user.click(within(map).getByRole('button', { name: 'Tạm dừng' }));
    await waitFor(() => {
      expect(mapInput().edges).toBeUndefined();
    }, WAIT);
    expect(mapInput().texts.scaleNote).toBeUndefined();
  });

  it('while playing CPI, holds its diverging scale about the centre it started with', async () => {
    const user = userEvent.setup();
    renderApp('/?indicator=cpi-yoy');
    await waitFor(() => {
      expect(mapInput().scale?.kind).toBe('diverging');
    }, WAIT);
    const map = screen.getByRole('region', { name: /^Bản đồ/ });
    await user.click(within(map).getByRole('button', { name: 'Phát diễn biến các kỳ' }));
    await waitFor(() => {
      expect(mapInput().texts.scaleNote).toMatch(/^Thang màu cố định cho /);
      expect(mapInput().scale?.kind).toBe('diverging');
    }, WAIT);
    const { edges, scale } = mapInput();
    // Symmetric classes about the centre: an odd number of them, the middle one holding the centre.
    const classes = (edges?.length ?? 0) - 1;
    expect(classes % 2).toBe(1);
    const middle = (classes - 1) / 2;
    expect(scale?.centre).toBeGreaterThanOrEqual(edges?.[middle] ?? Infinity);
    expect(scale?.centre).toBeLessThanOrEqual(edges?.[middle + 1] ?? -Infinity);
    // Of equal width (quantiles would not be), to the indicator's decimals.
    const widths = (edges ?? []).slice(1).map((e, i) => e - (edges?.[i] ?? 0));
    for (const w of widths) expect(Math.abs(w - (widths[0] ?? 0))).toBeLessThanOrEqual(0.011);
    await user.click(within(map).getByRole('button', { name: 'Tạm dừng' }));
  });
});
