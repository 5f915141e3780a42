/**
 * Resolves once the browser has shown the frame being prepared now: two animation frames (the second one
 * starts after the first was presented), then a task. At once where there are no frames (tests, Node).
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      });
    });
  });
}
