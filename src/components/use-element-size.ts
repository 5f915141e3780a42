import { useCallback, useEffect, useState } from 'react';

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of an element, followed with a ResizeObserver, so option builders that lay out text by
 * pixels get the size the chart will actually have. Returns a callback ref (the element may mount after
 * the component, e.g. once its data has loaded) and the size, zero until the first observation. The
 * observer reports sizes without forcing a layout, which reading the element's box in an effect would.
 */
export function useElementSize(): [(element: HTMLElement | null) => void, ElementSize] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  const ref = useCallback((next: HTMLElement | null) => {
    setElement(next);
  }, []);
  useEffect(() => {
    if (!element) return;
    const update = (width: number, height: number) => {
      const w = Math.round(width);
      const h = Math.round(height);
      setSize((old) => (old.width === w && old.height === h ? old : { width: w, height: h }));
    };
    if (typeof ResizeObserver === 'undefined') {
      const rect = element.getBoundingClientRect();
      update(rect.width, rect.height);
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      if (box) update(box.inlineSize, box.blockSize);
      else {
        const rect = element.getBoundingClientRect();
        update(rect.width, rect.height);
      }
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return [ref, size];
}
