/** A value per period; null is a gap, never zero. */
export type SparklinePoint = number | null;

/**
 * SVG path data for a sparkline over `points`, scaled into `width`×`height` minus `pad`. Each run of
 * present values is its own sub-path ("M…L…"), so a missing month breaks the line.
 */
export function sparklinePath(
  points: readonly SparklinePoint[],
  width: number,
  height: number,
  pad: number,
): { d: string; last: { x: number; y: number } | null } {
  const present = points.filter((p): p is number => p !== null && Number.isFinite(p));
  if (present.length === 0) return { d: '', last: null };
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const stepX = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const x = (i: number) => pad + i * stepX;
  const y = (v: number) => (max === min ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad));

  let d = '';
  let penDown = false;
  let last: { x: number; y: number } | null = null;
  points.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const px = round(x(i));
    const py = round(y(value));
    d += `${penDown ? 'L' : 'M'}${px} ${py}`;
    penDown = true;
    last = { x: px, y: py };
  });
  return { d, last };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
