/**
 * Which pages keep their query cache in IndexedDB: the wall and the deck, screens that run unattended
 * or in front of a room, where a reload without network must still show the last figures. The desk's
 * pages start from the feed as before (no restore to wait for, no day-old figures on a fresh tab).
 * The persisting itself is app/persisted-cache.tsx, a chunk those pages load at start.
 */

const PERSISTED_PATHS = ['/kiosk', '/trinh-chieu'];

/** Whether the page at `pathname` (without the app's base) keeps its cache. */
export function persistsCache(pathname: string): boolean {
  return PERSISTED_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
