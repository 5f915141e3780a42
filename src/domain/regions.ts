/**
 * Socio-economic regions across the 2025 merger. Seven units of the 34 absorbed former units of another
 * region (Phú Thọ took in Vĩnh Phúc of the Red River Delta; Tây Ninh took in Long An of the Mekong Delta),
 * so a region's average or filter over 1 July 2025 does not cover the same territory before and after: the
 * region that gained a former unit and the one that lost it both cross the merger. The UI marks such a
 * region with an asterisk and a note.
 */
import { unitRegionAt, type AdminUnit, type IsoDate, type RegionId } from './units.ts';

/** The last day of the 63 units, whose regions are the former membership. */
const LAST_DAY_OF_THE_63: IsoDate = '2025-06-30';

/**
 * The units of the 34 that make `region`'s figures cross the merger: those of the region (membership on
 * `date`) that absorbed a former unit of another region, and those of another region that absorbed a
 * former unit of this one. Empty when the region's territory is the same on both sides of 1/7/2025.
 * Reads `regionCrossesFormer` when the registry has it and checks the former units' regions otherwise.
 */
export function unitsCrossingRegion(
  region: RegionId,
  units34: readonly AdminUnit[],
  units63: readonly AdminUnit[],
  date: IsoDate,
): AdminUnit[] {
  const formerRegion = new Map(units63.map((u) => [u.code, unitRegionAt(u, LAST_DAY_OF_THE_63)]));
  return units34.filter((unit) => {
    const own = unitRegionAt(unit, date);
    const formers = (unit.formerCodes ?? []).map((code) => formerRegion.get(code));
    const crosses = unit.regionCrossesFormer ?? formers.some((r) => r !== undefined && r !== own);
    if (!crosses) return false;
    return own === region || formers.includes(region);
  });
}

/**
 * Whether an average or filter of `region` on the 34's membership of `date` crosses the merger: true when
 * any unit gained or lost territory of another region (see {@link unitsCrossingRegion}).
 */
export function regionCrossesMerger(
  region: RegionId,
  units34: readonly AdminUnit[],
  units63: readonly AdminUnit[],
  date: IsoDate,
): boolean {
  return unitsCrossingRegion(region, units34, units63, date).length > 0;
}
