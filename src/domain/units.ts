/**
 * Administrative units and the agencies that report: provinces of both eras (63 former, 34 current)
 * and ministries of both periods (22 before 1 March 2025, 17 since). Everything that changes over time
 * (kind, region, name) is a list of dated values, never a constant: see {@link valueAt}.
 *
 * Units are keyed by `(era, code)`: codes are the official two-digit codes, and a code can mean a
 * different unit in each era (24 was Bắc Giang among the 63 and is the merged Bắc Ninh among the 34).
 */

/** An ISO calendar date, `YYYY-MM-DD`, read in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

export type Locale = 'vi' | 'en';

export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** Province eras ('63' until 30/06/2025, '34' since 01/07/2025) and ministry eras ('22', '17'). */
export type ProvinceEraId = '63' | '34';
export type MinistryEraId = '22' | '17';
export type EraId = ProvinceEraId | MinistryEraId;

export type Scope = 'province' | 'ministry';

export interface Era {
  readonly id: EraId;
  readonly scope: Scope;
  /**
   * First day in force; absent for a set that was in force before the data begins and whose start the
   * registry does not record (the 22 ministries, formed long before 2022), rather than a made-up date.
   */
  readonly from?: IsoDate;
  /** Last day in force; absent for the era in force today. */
  readonly to?: IsoDate;
  readonly count: number;
}

export type UnitKind = 'province' | 'city';

export type RegionId = 'TDMNPB' | 'DBSH' | 'BTB-DHMT' | 'TN' | 'DNB' | 'DBSCL';

export const REGION_IDS: readonly RegionId[] = ['TDMNPB', 'DBSH', 'BTB-DHMT', 'TN', 'DNB', 'DBSCL'];

export interface Region {
  readonly id: RegionId;
  readonly name: LocalizedText;
  readonly short: LocalizedText;
}

/** A value with the dates it is in force, both inclusive; `to` absent means "still in force". */
export interface Dated<T> {
  readonly value: T;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  /** True where the value is derived rather than taken from an official text (regions of the 34). */
  readonly derived?: boolean;
}

export interface AdminUnit {
  readonly era: ProvinceEraId;
  readonly code: string;
  /** Short name as used in tables and maps: "Hà Nội", "Huế", "TP. Hồ Chí Minh". */
  readonly name: LocalizedText;
  /** Names the unit carried before, e.g. "Thừa Thiên Huế" until 31/12/2024. */
  readonly formerNames?: readonly Dated<LocalizedText>[];
  readonly kinds: readonly Dated<UnitKind>[];
  readonly regions: readonly Dated<RegionId>[];
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
  /** Political–administrative seat (34 era); coordinates approximate, for labels only. */
  readonly seat?: { readonly name: string; readonly lat: number; readonly lng: number };
  /** For a unit of the 34: the codes of the former units (63 era) it is the union of. */
  readonly formerCodes?: readonly string[];
  /** For a unit of the 63: the code of the unit of the 34 it became part of. */
  readonly successor?: string;
  /**
   * For a unit of the 34: it absorbed former units of another socio-economic region (Phú Thọ took in
   * Vĩnh Phúc of the Red River Delta), so its region's averages across 1/7/2025 do not compare like with like.
   */
  readonly regionCrossesFormer?: boolean;
  readonly communes?: number;
}

export interface Ministry {
  readonly era: MinistryEraId;
  readonly code: string;
  readonly name: LocalizedText;
  /** The short form tables and bars use where space is short: "Bộ KH&ĐT", "NHNN"; en "MPI", "SBV". */
  readonly short?: LocalizedText;
  /** Absent where the body existed before the data begins and its start is not recorded (see {@link Era}). */
  readonly validFrom?: IsoDate;
  readonly validTo?: IsoDate;
  /** For a body of the 17: the bodies of the 22 whose main functions it took over. */
  readonly formerCodes?: readonly string[];
}

/** The value in force on `date`, or undefined when none is (before the first or after the last). */
export function valueAt<T>(history: readonly Dated<T>[], date: IsoDate): T | undefined {
  // ISO dates compare correctly as strings.
  const entry = history.find((h) => h.from <= date && (h.to === undefined || date <= h.to));
  return entry?.value;
}

/** The kind in force on `date`; the first known kind before the unit existed, the last after. */
export function unitKindAt(unit: AdminUnit, date: IsoDate): UnitKind {
  return valueAt(unit.kinds, date) ?? clampHistory(unit.kinds, date);
}

/** The socio-economic region in force on `date` (clamped to the unit's lifetime like {@link unitKindAt}). */
export function unitRegionAt(unit: AdminUnit, date: IsoDate): RegionId {
  return valueAt(unit.regions, date) ?? clampHistory(unit.regions, date);
}

/** The name in force on `date`: "Thừa Thiên Huế" in 2024, "Huế" from 2025. */
export function unitNameAt(unit: AdminUnit, date: IsoDate, locale: Locale): string {
  const former = unit.formerNames ? valueAt(unit.formerNames, date) : undefined;
  return (former ?? unit.name)[locale];
}

/**
 * Full official name for headers: "Thành phố Đồng Nai" after 30/04/2026, "Tỉnh Đồng Nai" before;
 * in English "Dong Nai City" / "Dong Nai Province".
 */
export function unitFullNameAt(unit: AdminUnit, date: IsoDate, locale: Locale): string {
  const name = unitNameAt(unit, date, locale);
  const kind = unitKindAt(unit, date);
  if (locale === 'vi') {
    // "TP. Hồ Chí Minh" already carries its kind.
    if (name.startsWith('TP. ')) return `Thành phố ${name.slice(4)}`;
    return `${kind === 'city' ? 'Thành phố' : 'Tỉnh'} ${name}`;
  }
  if (name.endsWith(' City')) return name;
  return `${name} ${kind === 'city' ? 'City' : 'Province'}`;
}

function clampHistory<T>(history: readonly Dated<T>[], date: IsoDate): T {
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) throw new Error('A dated history must have at least one entry');
  return date < first.from ? first.value : last.value;
}

/** The province era in force on `date`. */
export function provinceEraAt(date: IsoDate): ProvinceEraId {
  return date < PROVINCE_ERA_CHANGE ? '63' : '34';
}

/** The ministry era in force on `date`. */
export function ministryEraAt(date: IsoDate): MinistryEraId {
  return date < MINISTRY_ERA_CHANGE ? '22' : '17';
}

/** First day of the 34 units (Resolution 202/2025/QH15). */
export const PROVINCE_ERA_CHANGE: IsoDate = '2025-07-01';
/** First day of the 17 ministries (Resolution 176/2025/QH15). */
export const MINISTRY_ERA_CHANGE: IsoDate = '2025-03-01';

export function eraScope(era: EraId): Scope {
  return era === '63' || era === '34' ? 'province' : 'ministry';
}

/**
 * The merger map from the units of the 34 era: each current code to the former codes it absorbed.
 * Throws when a former code is claimed twice or a unit of the 34 lacks its former codes, because every
 * re-aggregation downstream depends on the map being a partition.
 */
export function mergerMap(units34: readonly AdminUnit[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  const claimed = new Map<string, string>();
  for (const unit of units34) {
    if (unit.era !== '34')
      throw new Error(`mergerMap expects units of the 34 era, got ${unit.era}:${unit.code}`);
    if (!unit.formerCodes || unit.formerCodes.length === 0) {
      throw new Error(`Unit ${unit.code} of the 34 era has no former codes`);
    }
    for (const former of unit.formerCodes) {
      const other = claimed.get(former);
      if (other !== undefined)
        throw new Error(`Former unit ${former} is claimed by both ${other} and ${unit.code}`);
      claimed.set(former, unit.code);
    }
    map.set(unit.code, unit.formerCodes);
  }
  return map;
}

/** Former code → current code, the inverse of {@link mergerMap}. */
export function successorMap(units34: readonly AdminUnit[]): ReadonlyMap<string, string> {
  const inverse = new Map<string, string>();
  for (const [current, formers] of mergerMap(units34)) {
    for (const former of formers) inverse.set(former, current);
  }
  return inverse;
}
