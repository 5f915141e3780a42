/**
 * Keys of the wall. A presentation remote is a small keyboard: most send Page Down / Page Up for their
 * two big buttons (some send the arrow keys), the "blank screen" button sends "b" or ".", and the start
 * button F5 or Escape. On the wall, forward and back step through the views and the blank button, space
 * and the media play/pause key hold the current one.
 */
export type KioskAction = 'next' | 'previous' | 'toggle-pause';

const ACTIONS: Readonly<Record<string, KioskAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  ' ': 'toggle-pause',
  Spacebar: 'toggle-pause',
  MediaPlayPause: 'toggle-pause',
  Pause: 'toggle-pause',
  b: 'toggle-pause',
  B: 'toggle-pause',
  '.': 'toggle-pause',
  k: 'toggle-pause',
};

/** The wall's action for a `KeyboardEvent.key`, or null; keys with Ctrl, Alt or Meta are the browser's. */
export function kioskKeyAction(event: {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}): KioskAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return ACTIONS[event.key] ?? null;
}
