import { lazy } from 'react';
import { loadMessageArea } from '../../i18n/i18n.tsx';

/** The meeting-room wall at `/kiosk`: its own chunk, so the desk's first load does not carry it. */
export const KioskPage = lazy(async () => {
  // The page's words come with its code (i18n.tsx, message areas).
  const [module] = await Promise.all([import('./kiosk-page.tsx'), loadMessageArea('kiosk')]);
  return { default: module.KioskPage };
});

export type { KioskSettings } from './playlist.ts';
export { DEFAULT_KIOSK } from './defaults.ts';
