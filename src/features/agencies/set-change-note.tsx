import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  previousMinistrySet,
  selectMinistryMapping,
  selectSetChangeNote,
  type MinistrySet,
  type SetChangeText as Note,
} from './agencies.ts';

/**
 * The note of a change of ministry set (`set` is the set after it), from the feed's eras and the two
 * sets' bodies; null until they are there, or when `set` is the first set the feed knows.
 */
export function useSetChangeNote(set: MinistrySet | null): Note | null {
  const { t, locale } = useI18n();
  const metadata = useQuery(feedQueries.metadata());
  const previous = set && metadata.data ? previousMinistrySet(metadata.data.eras, set) : null;
  const [current, former] = useQueries({
    queries: [
      { ...feedQueries.ministries(set?.era ?? '17'), enabled: previous !== null },
      { ...feedQueries.ministries(previous?.era ?? '22'), enabled: previous !== null },
    ],
  });
  const currentList = current.data?.ministries;
  const formerList = former.data?.ministries;
  return useMemo(() => {
    if (!set || !previous || !currentList || !formerList) return null;
    const mapping = selectMinistryMapping(currentList, formerList, locale);
    return selectSetChangeNote({ set, previous, mapping, t, locale });
  }, [set, previous, currentList, formerList, t, locale]);
}

/**
 * Beside a comparison across a change of ministry set: one sentence, and on demand which former bodies
 * each new one took over (a disclosure, so that the panel keeps its room for the figures).
 */
export function SetChangeNote({ set }: { set: MinistrySet }) {
  const note = useSetChangeNote(set);
  if (!note) return null;
  return (
    <details className="panel__note set-change-note">
      <summary>{note.intro}</summary>
      <ul>
        {note.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
