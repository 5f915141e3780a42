import { Skeleton } from '../../components/skeleton.tsx';

/** The ministry page's shape while its code or its data loads: title, facts, ten rows. */
export function MinistrySkeleton() {
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
