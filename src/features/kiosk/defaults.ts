// A module of its own: the route table needs the default in the first load, the playlist's rules are the wall's chunk.
/** The wall of a deployment whose config.json has no `kiosk` section: the overview, reloaded every 24 loops. */
export const DEFAULT_KIOSK = { playlist: [{ view: '/' }], dwellSeconds: 60, reloadEveryLoops: 24 } as const;
