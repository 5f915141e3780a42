import { Skeleton } from '../../components/skeleton.tsx';

/** The province page's shape while its code or its data loads: title, controls, ten rows. */
export function ProvinceSkeleton() {
  return (
    <div aria-hidden="true">
      <Skeleton className="skeleton--title" />
      <Skeleton className="skeleton--controls" />
      {Array.from({ length: 10 }, (_, i) => (
        <Skeleton key={i} className="skeleton--row" />
      ))}
    </div>
  );
}
