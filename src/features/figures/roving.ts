/**
 * Roving focus over a list of rows: the list is one Tab stop, the arrow keys move within it. Pure: which
 * row a key moves to. Written here rather than taken from a library because it is a dozen lines and the
 * rows are table rows (the ARIA grid pattern's libraries want to own the whole table).
 */

/** How many rows PageUp and PageDown move. */
export const ROVING_PAGE = 10;

/**
 * The key of the row `key` moves to from `active` among `keys`: ArrowDown and ArrowUp one row, PageDown and
 * PageUp {@link ROVING_PAGE} rows (stopping at the ends), Home and End the first and the last; from no
 * active row (or one that has gone), down keys start at the first row and up keys at the last. Null for
 * any other key, or when the move stays where it is (the end of the list), so the key keeps its default.
 */
export function rovingTarget(keys: readonly string[], active: string | null, key: string): string | null {
  if (keys.length === 0) return null;
  const last = keys.length - 1;
  const at = active === null ? -1 : keys.indexOf(active);
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = at < 0 ? 0 : Math.min(at + 1, last);
      break;
    case 'ArrowUp':
      next = at < 0 ? last : Math.max(at - 1, 0);
      break;
    case 'PageDown':
      next = at < 0 ? 0 : Math.min(at + ROVING_PAGE, last);
      break;
    case 'PageUp':
      next = at < 0 ? last : Math.max(at - ROVING_PAGE, 0);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    default:
      return null;
  }
  return next === at ? null : (keys[next] ?? null);
}
