/**
 * A view taller than the screen, shown a screenful at a time. On a wall or a shared slide the type is sized
 * for distance, so most views of the app are taller than the screen, and nothing scrolls there: the view is
 * cut into pages, each ending where the first block that would not fit begins (a KPI strip, a panel, a
 * table row), so no page shows half of a panel. A block taller than a page is cut between the blocks inside it.
 */

/** A block of the view: its top and bottom in px from the view's top. */
export interface Block {
  readonly top: number;
  readonly bottom: number;
}

/** A page: where it starts and how much of the view it shows, in px. */
export interface Page {
  readonly offset: number;
  readonly height: number;
}

/** A page is cut early only if it keeps at least this share of the screen. */
const MIN_FILL = 0.4;
/** What is left of a cut block below the break, up to this share of the screen, is not worth a page's top. */
const TAIL_SHARE = 0.05;

/** Pages of a view `total` px tall on a screen `viewport` px tall, cut between `blocks`. */
export function pageBreaks(blocks: readonly Block[], viewport: number, total: number): Page[] {
  if (viewport <= 0 || total <= viewport)
    return [{ offset: 0, height: Math.max(0, Math.min(viewport, total)) }];
  const pages: Page[] = [];
  let offset = 0;
  // Each step moves forward by at least a tenth of the screen, so a degenerate layout still ends.
  const minStep = Math.max(1, Math.floor(viewport / 10));
  while (offset + viewport < total) {
    const end = offset + viewport;
    // Blocks cut by the page's end: the outermost one that fits on a page moves whole to the next page,
    // unless that would leave this page mostly empty (a panel's header alone above its long table); then
    // the page is cut at the deepest block instead (between two rows of the table).
    const cut = blocks.filter((b) => b.top >= offset + minStep && b.top < end && b.bottom > end);
    const fitting = cut.filter((b) => b.bottom - b.top <= viewport);
    let next = fitting.length > 0 ? Math.min(...fitting.map((b) => b.top)) : end;
    if (next - offset < viewport * MIN_FILL && cut.length > 0) {
      const deepest = Math.max(...cut.map((b) => b.top));
      next = deepest - offset >= viewport * MIN_FILL ? deepest : end;
    }
    // The next page starts at the next block, not in the gap before it nor on the last few pixels of the
    // blocks just cut (a table's bottom border). Containers taller than a page, such as the view itself,
    // span every break and do not count.
    const spanning = blocks.filter((b) => b.top < next && b.bottom > next && b.bottom - b.top <= viewport);
    const tail = spanning.length > 0 ? Math.max(...spanning.map((b) => b.bottom)) : next;
    if (tail - next <= viewport * TAIL_SHARE) {
      const following = blocks.filter((b) => b.top >= tail).map((b) => b.top);
      if (following.length > 0) next = Math.max(next, Math.min(...following));
    }
    pages.push({ offset, height: Math.min(viewport, next - offset) });
    offset = next;
  }
  pages.push({ offset, height: Math.min(viewport, total - offset) });
  return pages;
}

/** Which of `pages` pages shows after `elapsedMs` of a `dwellMs` dwell: the dwell is shared equally. */
export function pageAt(elapsedMs: number, dwellMs: number, pages: number): number {
  if (pages <= 1 || dwellMs <= 0) return 0;
  return Math.min(pages - 1, Math.max(0, Math.floor((elapsedMs / dwellMs) * pages)));
}
