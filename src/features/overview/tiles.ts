import type { Indicator, IndicatorGroup } from '../../domain/indicators.ts';

/**
 * The overview's own headline set across boards, in the order a leader reads them (docs/design.md, reference
 * layout); each board shows its group's headline indicators instead.
 */
export const OVERVIEW_TILE_IDS: readonly string[] = [
  'public-investment-disbursement-rate',
  'grdp-growth',
  'budget-revenue',
  'cpi-yoy',
  'tasks-completion-rate',
  'dvc-766-total',
];

/** The tiles to show: the overview set, or a group's headlines; ids the catalog lacks are skipped. */
export function selectTileIndicators(
  catalog: readonly Indicator[],
  group: IndicatorGroup | null,
): Indicator[] {
  if (group) return catalog.filter((i) => i.group === group && i.headline);
  const byId = new Map(catalog.map((i) => [i.id, i]));
  return OVERVIEW_TILE_IDS.flatMap((id) => byId.get(id) ?? []);
}
