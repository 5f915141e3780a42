import type { ProvinceEraId } from '../../domain/units.ts';

/** Shell preferences that travel with every link. */
const KEPT = ['lang', 'theme'] as const;

/**
 * The address of a unit's page: `/tinh/79` for a unit of the 34, `/tinh/27?era=63` for a former one.
 * The language and theme of the current page come along.
 */
export function provinceHref(code: string, era: ProvinceEraId, current?: URLSearchParams): string {
  const params = new URLSearchParams();
  for (const key of KEPT) {
    const value = current?.get(key);
    if (value) params.set(key, value);
  }
  if (era === '63') params.set('era', '63');
  const query = params.toString();
  return `/tinh/${code}${query ? `?${query}` : ''}`;
}
