import { useCallback, useEffect, useState } from 'react';

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of an element, following it with a ResizeObserver, so option builders that lay out text by
 * pixels get the size the chart will actually have. Returns a callback ref (the element may mount after
 * the component, e.g. once its data has loaded) and the size, zero until the first measurement.
 */
export function useElementSize(): [(element: HTMLElement | null) => void, ElementSize] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  const ref = useCallback((next: HTMLElement | null) => {
    setElement(next);
  }, []);
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const width = Math.round(rect.width);
      const height = Math.round(rect.height);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return [ref, size];
}
