import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { unitSearchIndex } from '../../domain/unit-search.ts';
import type { ProvinceEraId } from '../../domain/units.ts';

/**
 * What a search for a unit of `era` may match, by code (names, abbreviations, former units' names: see
 * `unitSearchTerms`); null until the era's units are loaded. On the 34 the former units are asked for only
 * once someone searches (`active`), so a board that nobody searches never loads them.
 */
export function useUnitSearchIndex(
  era: ProvinceEraId,
  active: boolean,
): ReadonlyMap<string, readonly string[]> | null {
  const units = useQuery(feedQueries.units(era));
  const formers = useQuery({ ...feedQueries.units('63'), enabled: active && era === '34' });
  const list = units.data?.units;
  const list63 = era === '63' ? list : formers.data?.units;
  return useMemo(() => (list ? unitSearchIndex(list, list63 ?? []) : null), [list, list63]);
}
