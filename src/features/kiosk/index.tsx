import { lazy } from 'react';

/** The meeting-room wall at `/kiosk`: its own chunk, so the desk's first load does not carry it. */
export const KioskPage = lazy(async () => {
  const module = await import('./kiosk-page.tsx');
  return { default: module.KioskPage };
});

export type { KioskSettings } from './playlist.ts';
export { DEFAULT_KIOSK } from './defaults.ts';
