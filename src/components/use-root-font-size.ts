import { useSyncExternalStore } from 'react';

let cached: number | null = null;

function read(): number {
  cached = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return cached;
}

function subscribe(callback: () => void): () => void {
  const onResize = () => {
    read();
    callback();
  };
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
  };
}

/**
 * The page's text size in CSS px (the root font size, which the stylesheet scales with the screen), so
 * chart text drawn on canvas grows on a wall screen like the HTML around it. Read once and again on
 * resize only: reading computed style on every render would force a style recalculation each time.
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(
    subscribe,
    () => cached ?? read(),
    () => 16,
  );
}
