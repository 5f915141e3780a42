import { useCallback, useEffect, useState } from 'react';

/**
 * Whether an element has come near the viewport (within `margin`), once and for good: charts below the
 * fold (on a phone, everything after the KPI tiles) are neither loaded nor drawn until the reader
 * scrolls towards them. Where IntersectionObserver is missing (tests), everything counts as in view.
 */
export function useInView(margin = '200px'): [(element: HTMLElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback((next: HTMLElement | null) => {
    setElement(next);
  }, []);
  useEffect(() => {
    if (!element || inView) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setInView(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element, inView, margin]);
  return [ref, inView];
}

/** One callback ref that sets several. */
export function mergeRefs<T>(...refs: ((element: T | null) => void)[]): (element: T | null) => void {
  return (element) => {
    for (const ref of refs) ref(element);
  };
}
