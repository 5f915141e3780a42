import { useMemo, type MouseEvent } from 'react';
import type { HeadlineContext, HeadlineSentence } from '../../domain/headline.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * What a headline generator needs from the app: the locale and the raw messages (placeholders unfilled:
 * `t` fills nothing without parameters).
 */
export function useHeadlineContext(): HeadlineContext {
  const { t, locale } = useI18n();
  return useMemo(() => ({ locale, template: (key) => t(key) }), [t, locale]);
}

/**
 * Moves the reader to the panel a number comes from: focus (so the keyboard and a screen reader go on
 * from there) and, with it, the scroll. The URL keeps the view only; the panel is not written into it.
 * Without the panel on the page, the link falls back to the browser's own jump.
 */
function goToPanel(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const panel = document.getElementById(id);
  if (!panel) return;
  event.preventDefault();
  // A panel is a region, not a control: focusable by script only.
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1');
  panel.focus();
}

/**
 * The leader's headline: the sentences a board's generator wrote (`tasksHeadline`, `headline766`, …),
 * text as text and every number as a link to the panel that shows it (`panelOf(figure)` is its id), so
 * a number can be checked against its source in one step. Nothing at all when there are no sentences
 * (the data does not support any).
 */
export function Headline({
  sentences,
  panelOf,
}: {
  sentences: readonly HeadlineSentence[];
  /** The id of the panel that shows the figure a number run names. */
  panelOf: (figure: string) => string;
}) {
  const { t } = useI18n();
  if (sentences.length === 0) return null;
  return (
    <div className="headline" role="group" aria-label={t('headline.label')}>
      {sentences.map((sentence, i) => (
        <p key={i} className="headline__sentence">
          {sentence.map((part, j) => {
            if (part.kind === 'text') return part.text;
            const panel = panelOf(part.figure);
            return (
              <a
                key={j}
                className="headline__number"
                href={`#${panel}`}
                data-figure={part.figure}
                onClick={(event) => {
                  goToPanel(event, panel);
                }}
              >
                {part.text}
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
