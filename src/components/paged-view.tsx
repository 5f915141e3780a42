import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { pageBreaks, type Block, type Page } from './paging.ts';

/** How deep below the view's root blocks are looked for; table rows are taken at any depth. */
const BLOCK_DEPTH = 5;
/** Measuring waits for a quiet moment: figures arrive in a burst, each resizing the view. */
const MEASURE_DELAY_MS = 150;

function clips(element: Element): boolean {
  const { overflowY } = getComputedStyle(element);
  return overflowY !== 'visible';
}

/**
 * The blocks of the view that show: below a container that clips its overflow (a board panel of one
 * page's height), what lies beyond the container's edge is not on any page and must not decide a break.
 */
function collectBlocks(content: HTMLElement): Block[] {
  const origin = content.getBoundingClientRect().top;
  const blocks: Block[] = [];
  const visit = (element: Element, depth: number, clipBottom: number) => {
    for (const child of element.children) {
      const rect = child.getBoundingClientRect();
      const top = rect.top - origin;
      if (top >= clipBottom) continue;
      const bottom = Math.min(rect.bottom - origin, clipBottom);
      if (rect.height > 0 && (depth <= BLOCK_DEPTH || child.tagName === 'TR')) blocks.push({ top, bottom });
      // Deeper than BLOCK_DEPTH only tables are followed, for their rows.
      if (
        depth < BLOCK_DEPTH ||
        /^(TABLE|THEAD|TBODY|TR)$/.test(child.tagName) ||
        child.querySelector('table')
      ) {
        visit(child, depth + 1, clips(child) ? Math.min(clipBottom, bottom) : clipBottom);
      }
    }
  };
  visit(content, 1, Infinity);
  return blocks;
}

/**
 * A view shown one screenful at a time (paging.ts): `page` picks which; `onPages` hears how many there
 * are whenever the view's height changes. The part of the next block that would peek in under a page is
 * covered, so every page ends on a whole block. The page's height is given to the view's CSS as
 * `--page-height`, for layouts that fill exactly one page (a board's map).
 */
export function PagedView({
  page,
  onPages,
  children,
}: {
  page: number;
  onPages?: (pages: readonly Page[]) => void;
  children: ReactNode;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<readonly Page[]>([]);
  const [viewport, setViewport] = useState(0);
  const report = useRef(onPages);
  useEffect(() => {
    report.current = onPages;
  });

  useEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = '';
    const measure = () => {
      timer = null;
      const height = o.clientHeight;
      // The content's own height, not its scrollHeight: visually hidden words and other absolutely placed
      // bits may reach below the content without being anything to show.
      const next = pageBreaks(collectBlocks(i), height, i.getBoundingClientRect().height);
      const key = `${height}|${next.map((p) => `${p.offset}:${p.height}`).join(',')}`;
      if (key === last) return;
      last = key;
      setViewport(height);
      setPages(next);
      report.current?.(next);
    };
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(measure, MEASURE_DELAY_MS);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(o);
    observer.observe(i);
    // Content can change without changing the view's size (a skeleton replaced by figures of its size).
    const mutations = new MutationObserver(schedule);
    mutations.observe(i, { childList: true, subtree: true });
    schedule();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  const current = pages[Math.min(page, pages.length - 1)] ?? { offset: 0, height: viewport };
  return (
    <div
      ref={outer}
      className="paged"
      data-page={Math.min(page, Math.max(0, pages.length - 1)) + 1}
      data-pages={Math.max(1, pages.length)}
      style={{ '--page-height': viewport > 0 ? `${viewport}px` : undefined } as CSSProperties}
    >
      <div ref={inner} className="paged__content" style={{ transform: `translateY(${-current.offset}px)` }}>
        {children}
      </div>
      {viewport > 0 && current.height < viewport && (
        <div className="paged__cover" style={{ top: `${current.height}px` }} aria-hidden="true" />
      )}
    </div>
  );
}
