/**
 * The wall's and the deck's styles, added to the page when either is first opened. The build inlines the app's
 * one stylesheet into index.html (vite.config.ts, `cssCodeSplit: false`), so a stylesheet imported by a lazy
 * page would be inlined too; as a string in the lazy chunk it costs the desk's first load nothing.
 */
import css from './presentation.css?inline';

let added = false;

/** Add the styles once; later calls do nothing. */
export function addPresentationStyles(): void {
  if (added || typeof document === 'undefined') return;
  const style = document.createElement('style');
  style.dataset.styles = 'presentation';
  style.textContent = css;
  document.head.append(style);
  added = true;
}
