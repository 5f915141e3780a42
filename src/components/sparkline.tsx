import { sparklinePath, type SparklinePoint } from './sparkline-path.ts';

/**
 * A tiny trend line drawn as plain SVG, so KPI tiles paint before the chart library arrives. Gaps stay
 * gaps. Decorative: the tile states the figure and its change in words, and the series is in the table.
 */
export function Sparkline({
  points,
  width = 120,
  height = 32,
}: {
  points: readonly SparklinePoint[];
  width?: number;
  height?: number;
}) {
  const { d, last } = sparklinePath(points, width, height, 3);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {last && <circle cx={last.x} cy={last.y} r={3} fill="currentColor" />}
    </svg>
  );
}
