import { useSyncExternalStore } from 'react';

function subscribe(callback: () => void): () => void {
  window.addEventListener('resize', callback);
  return () => {
    window.removeEventListener('resize', callback);
  };
}

function read(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The page's text size in CSS px (the root font size, which the stylesheet scales with the screen), so
 * chart text drawn on canvas grows on a wall screen like the HTML around it.
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(subscribe, read, () => 16);
}
