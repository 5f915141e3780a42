/**
 * The wall reloading itself, safely. A reload is only worth it when the page can come back: if the server
 * that serves the app cannot be reached, the browser would replace the wall with its own error page and
 * stay there (nobody is in the room to press F5), so the wall asks the server first and otherwise keeps
 * running on what it has, trying again at the next occasion. The persisted query cache is written first,
 * so the reloaded page starts from the figures this one had.
 */
import { flushPersistedCache } from '../../api/persist.ts';

export type ReloadReason = 'loops' | 'rotation-stalled' | 'rendering-stalled' | 'errors';

/** Where the last reload's reason is kept, for a person (or a benchmark) asking why the wall reloaded. */
export const RELOAD_RECORD_KEY = 'dieu-hanh:kiosk-reload';

const PROBE_TIMEOUT_MS = 10_000;

let reloading = false;

/** Resolves false when the page stays (server unreachable, or a reload already under way). */
export async function reloadIfServerAnswers(reason: ReloadReason): Promise<boolean> {
  if (reloading) return false;
  reloading = true;
  try {
    const probe = await fetch(window.location.href, {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (!probe.ok) return false;
    await flushPersistedCache();
    try {
      sessionStorage.setItem(RELOAD_RECORD_KEY, JSON.stringify({ reason, at: Date.now() }));
    } catch {
      // Storage may be full or disabled; the reload matters more than the record.
    }
    window.location.reload();
    return true;
  } catch {
    return false;
  } finally {
    // A page that reloads never gets here in time; one that stays may try again later.
    setTimeout(() => {
      reloading = false;
    }, 1000);
  }
}
