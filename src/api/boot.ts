/**
 * The boot script in index.html starts reading config.json and, against a real feed, the first feed
 * requests before the app's code has downloaded. These helpers hand what it got to the app; every
 * response still goes through the same validation as any other, and the same timeout and abort: the
 * boot script gives each request an abort handle for that (see `getJson` in ./http.ts).
 */

/** A feed request the boot script started: its response, and how to cancel it (and its body). */
export interface BootRequest {
  readonly response: Promise<Response>;
  abort(reason?: unknown): void;
}

interface Boot {
  readonly config: Promise<string | null> | null;
  readonly responses: Record<string, BootRequest | undefined>;
}

function boot(): Boot | undefined {
  return (globalThis as { __dieuHanhBoot?: Boot }).__dieuHanhBoot;
}

/** The text of config.json as the boot script read it, or null (then fetch it again). */
export async function bootConfigText(): Promise<string | null> {
  const pending = boot()?.config;
  return pending ? await pending : null;
}

/** A request the boot script started for `url`, handed over once (later requests fetch afresh). */
export function takeBootResponse(url: string): BootRequest | undefined {
  const responses = boot()?.responses;
  if (!responses) return undefined;
  const pending = responses[url];
  if (pending) responses[url] = undefined;
  return pending;
}
