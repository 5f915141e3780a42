import { QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import {
  useCallback,
  useMemo,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type ReactNode,
} from 'react';
import { Link, useSearchParams, type RouteObject } from 'react-router';
import { downloadBlob } from '../../components/export/download.ts';
import { PresentationTheme } from '../../components/presentation-theme.tsx';
import { formatDateTime } from '../../domain/format.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import {
  MAX_DECK_BYTES,
  moveSlide,
  parseDeckFile,
  removeSlide,
  retitleSlide,
  serializeDeck,
  type Deck,
  type DeckProblem,
} from './deck.ts';
import { DeckPrint } from './deck-print.tsx';
import {
  EMPTY_LIBRARY,
  createDeck,
  currentDeck,
  deleteDeck,
  keepDeck,
  loadLibrary,
  saveLibrary,
  selectDeck,
  subscribeLibrary,
  updateDeck,
  type DeckLibrary,
} from './deck-store.ts';
import { FreezeCapture, type FreezeResult } from './freeze.tsx';
import { parseSlideParam } from './navigation.ts';
import { SlideShow } from './slide-show.tsx';
import { createFrozenClient } from './snapshot.ts';
import { usePublishedDeck, type PublishedDeck } from './use-published-deck.ts';

export const DECK_BASE = '/trinh-chieu';

function newId(): string {
  return crypto.randomUUID();
}

/** Settings the app hands the deck. */
export interface DeckSettings {
  /** The figures come from the built-in synthetic data set: every slide says so. */
  readonly synthetic: boolean;
}

type Notice = { readonly kind: 'error' | 'done'; readonly text: string } | null;

/**
 * The conference deck at `/trinh-chieu`: the decks kept in this browser, or one published beside the app
 * (`?deck=/decks/hop-thang-11.json`); edited here, presented full screen (`?present=1&slide=3`), printed
 * one slide a page (`?print=1`). `views` are the app's view routes, whatever boards exist.
 */
export function DeckPage({ views, settings }: { views: readonly RouteObject[]; settings: DeckSettings }) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useSearchParams();
  const published = usePublishedDeck(search.get('deck'));
  const library = useSyncExternalStore(subscribeLibrary, loadLibrary, () => EMPTY_LIBRARY);
  const stored = currentDeck(library);
  const deck =
    published.status === 'ok' ? published.deck : published.status === 'none' ? (stored?.deck ?? null) : null;
  const [notice, setNotice] = useState<Notice>(null);
  const [freezing, setFreezing] = useState(false);
  const [misses, setMisses] = useState(0);

  const snapshot = deck?.snapshot;
  const frozen = useMemo(
    () => (snapshot ? createFrozenClient(snapshot, (_key: QueryKey) => setMisses((n) => n + 1)) : null),
    [snapshot],
  );

  const save = useCallback(
    (next: DeckLibrary) => {
      if (saveLibrary(next) === 'full') setNotice({ kind: 'error', text: t('present.storageFull') });
    },
    [t],
  );

  const setParam = useCallback(
    (changes: Record<string, string | null>) => {
      setSearch((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      });
    },
    [setSearch],
  );

  const mode = search.get('present') === '1' ? 'present' : search.get('print') === '1' ? 'print' : 'edit';
  const frozenAt = deck?.snapshot?.takenAt ?? null;

  const slides = (content: ReactNode) =>
    frozen ? <QueryClientProvider client={frozen}>{content}</QueryClientProvider> : content;

  if (deck && deck.slides.length > 0 && mode === 'present') {
    return (
      <PresentationTheme locale={locale} theme="video" mode="deck">
        {slides(
          <SlideShow
            deck={deck}
            views={views}
            base={DECK_BASE}
            slide={parseSlideParam(search.get('slide'), deck.slides.length)}
            onSlide={(i) => setParam({ slide: String(i + 1) })}
            onExit={() => {
              if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
              setParam({ present: null, slide: null });
            }}
            frozenAt={frozenAt}
            synthetic={settings.synthetic}
          />,
        )}
      </PresentationTheme>
    );
  }

  if (deck && deck.slides.length > 0 && mode === 'print') {
    return (
      <PresentationTheme locale={locale} theme="video" mode="print">
        {slides(
          <DeckPrint
            deck={deck}
            views={views}
            base={DECK_BASE}
            frozenAt={frozenAt}
            synthetic={settings.synthetic}
            toolbar={<PrintToolbar onBack={() => setParam({ print: null })} />}
          />,
        )}
      </PresentationTheme>
    );
  }

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Refused by size before a byte is read: a file that large is not a deck of this app.
    const result =
      file.size > MAX_DECK_BYTES
        ? ({ ok: false, problem: { field: '', reason: 'too-large' } } as const)
        : parseDeckFile(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', text: describeDeckProblem(result.problem, file.name, t) });
      return;
    }
    save(keepDeck(library, newId(), result.deck));
    setNotice({ kind: 'done', text: t('present.imported', { title: result.deck.title || file.name }) });
  };

  const onFrozen = (result: FreezeResult) => {
    setFreezing(false);
    if (!stored) return;
    if (!result.ok) {
      setNotice({
        kind: 'error',
        text:
          result.reason === 'timeout'
            ? t('present.freezeTimeout')
            : t('present.freezeFailed', { n: result.failed }),
      });
      return;
    }
    save(updateDeck(library, stored.id, (d) => ({ ...d, snapshot: result.snapshot })));
    setNotice({
      kind: 'done',
      text: t('present.frozenAt', { time: formatDateTime(new Date(result.snapshot.takenAt), locale) }),
    });
  };

  const editable = published.status === 'none' && stored !== null;
  const change = (fn: (d: Deck) => Deck) => {
    if (stored) save(updateDeck(library, stored.id, fn));
  };

  return (
    <div className="deck-editor">
      <h1>{t('present.heading')}</h1>
      <PublishedStatus published={published} />
      {notice && (
        <p
          className={`deck-editor__notice deck-editor__notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {misses > 0 && (
        <p className="deck-editor__notice deck-editor__notice--error">{t('present.notInSnapshot')}</p>
      )}

      {published.status === 'none' && (
        <div className="deck-editor__library">
          {library.decks.length > 0 && (
            <label className="field">
              <span className="field__label">{t('present.choose')}</span>
              <select
                value={library.current ?? ''}
                onChange={(e) => save(selectDeck(library, e.target.value))}
              >
                {library.decks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.deck.title || t('present.untitled')} (
                    {t('present.slideCount', { n: d.deck.slides.length })})
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="button"
            onClick={() => save(createDeck(library, newId(), t('present.newTitle')))}
          >
            {t('present.new')}
          </button>
          <label className="button deck-editor__import">
            {t('present.import')}
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(e) => void onImport(e)}
            />
          </label>
          {stored && (
            <button
              type="button"
              className="button"
              onClick={() => {
                if (window.confirm(t('present.deleteConfirm', { title: stored.deck.title })))
                  save(deleteDeck(library, stored.id));
              }}
            >
              {t('present.delete')}
            </button>
          )}
        </div>
      )}

      {deck ? (
        <>
          {editable ? (
            <label className="field field--wide">
              <span className="field__label">{t('present.title')}</span>
              <input
                type="text"
                value={deck.title}
                maxLength={200}
                onChange={(e) => change((d) => ({ ...d, title: e.target.value }))}
              />
            </label>
          ) : (
            <h2 className="deck-editor__title">{deck.title}</h2>
          )}
          <p className="deck-editor__freeze">
            {deck.snapshot
              ? t('present.frozenAt', { time: formatDateTime(new Date(deck.snapshot.takenAt), locale) })
              : t('present.live')}
          </p>
          <div className="deck-editor__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={deck.slides.length === 0}
              onClick={() => {
                void document.documentElement.requestFullscreen().catch(() => undefined);
                setParam({ present: '1', slide: '1' });
              }}
            >
              {t('present.start')}
            </button>
            <button
              type="button"
              className="button"
              disabled={deck.slides.length === 0}
              onClick={() => setParam({ print: '1' })}
            >
              {t('present.print')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadBlob(
                  new Blob([serializeDeck(deck)], { type: 'application/json' }),
                  deckFileName(deck),
                )
              }
            >
              {t('present.export')}
            </button>
            {editable &&
              (deck.snapshot ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => change(({ snapshot: _s, ...rest }) => rest)}
                >
                  {t('present.unfreeze')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={freezing || deck.slides.length === 0}
                  onClick={() => setFreezing(true)}
                >
                  {freezing ? t('present.freezing') : t('present.freeze')}
                </button>
              ))}
            {published.status === 'ok' && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  save(keepDeck(library, newId(), published.deck));
                  setParam({ deck: null });
                  setNotice({ kind: 'done', text: t('present.imported', { title: published.deck.title }) });
                }}
              >
                {t('present.keep')}
              </button>
            )}
          </div>
          <SlideList deck={deck} editable={editable} change={change} />
          {freezing && stored && (
            <FreezeCapture deck={stored.deck} views={views} base={DECK_BASE} onDone={onFrozen} />
          )}
        </>
      ) : (
        published.status === 'none' && <p className="panel__empty">{t('present.noDeck')}</p>
      )}
    </div>
  );
}

function SlideList({
  deck,
  editable,
  change,
}: {
  deck: Deck;
  editable: boolean;
  change: (fn: (d: Deck) => Deck) => void;
}) {
  const { t } = useI18n();
  if (deck.slides.length === 0) return <p className="panel__empty">{t('present.empty')}</p>;
  return (
    <ol className="deck-editor__slides">
      {deck.slides.map((slide, i) => (
        <li key={`${i}:${slide.view}`} className="deck-editor__slide">
          <span className="deck-editor__slide-number">{i + 1}</span>
          {editable ? (
            <input
              type="text"
              aria-label={t('present.slideTitle', { n: i + 1 })}
              placeholder={t('present.slideTitlePlaceholder')}
              value={slide.title ?? ''}
              maxLength={200}
              onChange={(e) => change((d) => retitleSlide(d, i, e.target.value))}
            />
          ) : (
            <span className="deck-editor__slide-title">{slide.title ?? ''}</span>
          )}
          <Link to={slide.view} className="deck-editor__view">
            {slide.view}
          </Link>
          {editable && (
            <span className="deck-editor__slide-actions">
              <button
                type="button"
                className="button button--small"
                disabled={i === 0}
                aria-label={t('present.up', { n: i + 1 })}
                onClick={() => change((d) => moveSlide(d, i, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={i === deck.slides.length - 1}
                aria-label={t('present.down', { n: i + 1 })}
                onClick={() => change((d) => moveSlide(d, i, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('present.remove', { n: i + 1 })}
                onClick={() => change((d) => removeSlide(d, i))}
              >
                ×
              </button>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

function PublishedStatus({ published }: { published: PublishedDeck }) {
  const { t } = useI18n();
  if (published.status === 'none') return null;
  if (published.status === 'loading')
    return <p role="status">{t('present.loading', { url: published.url })}</p>;
  if (published.status === 'ok') return <p role="status">{t('present.published', { url: published.url })}</p>;
  const text =
    published.problem === 'other-origin'
      ? t('present.otherOrigin', { url: published.url })
      : published.problem === 'unreachable'
        ? t('present.unreachable', { url: published.url })
        : describeDeckProblem(published.problem, published.url, t);
  return (
    <p className="deck-editor__notice deck-editor__notice--error" role="alert">
      {text}
    </p>
  );
}

/** "Tệp x.json không dùng được: trường slides[2].view không phải là một trang của hệ thống." */
export function describeDeckProblem(problem: DeckProblem, name: string, t: Translate): string {
  const reason = t(`present.reason.${problem.reason}`);
  return problem.field
    ? t('present.rejectedField', { name, field: problem.field, reason })
    : t('present.rejected', { name, reason });
}

function deckFileName(deck: Deck): string {
  const slug = deck.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'trinh-chieu'}.json`;
}

function PrintToolbar({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        {t('present.printNow')}
      </button>
      <button type="button" className="button" onClick={onBack}>
        {t('present.back')}
      </button>
      <span>{t('present.printHint')}</span>
    </>
  );
}
