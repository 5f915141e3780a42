/**
 * Provinces or ministries: the agency kind in the URL, the ministry sets of each period (the 22 until
 * 28/02/2025, the 17 since 01/03/2025, as the feed dates them), how the former bodies map to the new
 * ones, the switch, the note of a change of set, and the rows of a board of ministries. Loaded with the
 * boards' pages, not with the overview.
 */
export {
  AGENCIES_PARAM,
  AGENCY_KINDS,
  describeMinistrySet,
  lastPeriodOfSet,
  ministrySetAt,
  ministrySetOf,
  ministrySetOfEra,
  parseAgencyKind,
  previousMinistrySet,
  sameMinistrySet,
  selectMinistryMapping,
  selectSetChangeNote,
  setChangeCrossed,
  successorsOf,
  withAgencyKind,
  type AgencyKind,
  type MinistryLineage,
  type MinistrySet,
  type NamedBody,
  type SetChangeText,
} from './agencies.ts';
export { AgencySwitch } from './agency-switch.tsx';
export { SetChangeNote, useSetChangeNote } from './set-change-note.tsx';
export { useMinistryBoardRows } from './use-ministry-rows.ts';
export { useAgencyNames, type AgencyName } from './use-agency-names.ts';
