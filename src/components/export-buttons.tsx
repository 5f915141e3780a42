import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { CSV_VARIANTS, csvVariantId, DEFAULT_CSV_VARIANT, type CsvVariant } from './export/csv-variant.ts';

/**
 * CSV and PNG downloads for a panel. "Tải CSV" downloads the default file (commas, figures rounded as
 * shown); the button beside it opens the list of every CSV variant (for Excel set to Vietnamese, raw
 * values), each a download of its own, so no choice sits in the menu without doing something. The list is
 * a disclosure of plain buttons: Tab and the arrow keys move through it, Escape closes it and returns to
 * its button. A failure (a chart that cannot render off screen, a browser that blocks downloads) is said
 * next to the buttons, not swallowed.
 */
export function ExportButtons({
  onCsv,
  onPng,
}: {
  onCsv: (variant: CsvVariant) => void;
  /** Absent when the panel has nothing to draw (table-only panels). */
  onPng?: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const run = async (action: () => void | Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError(t('panel.export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const items = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };

  // Opening moves focus into the list, to the first variant, as a menu button does.
  useEffect(() => {
    if (open) listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  // A press anywhere outside closes the list (focus leaving it by Tab closes it too, see onBlur).
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const onListKey = (event: KeyboardEvent<HTMLElement>) => {
    const buttons = items();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => {
      event.preventDefault();
      buttons[(i + buttons.length) % buttons.length]?.focus();
    };
    switch (event.key) {
      case 'Escape':
        // The page's own Escape (back from a unit's page) must not fire while a list is open.
        event.preventDefault();
        event.stopPropagation();
        close(true);
        break;
      case 'ArrowDown':
        focus(index + 1);
        break;
      case 'ArrowUp':
        focus(index - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(buttons.length - 1);
        break;
    }
  };

  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('panel.export')}
      ref={rootRef}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <span className="export-buttons__split">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void run(() => onCsv(DEFAULT_CSV_VARIANT))}
        >
          {t('panel.export.csv')}
        </button>
        <button
          type="button"
          ref={toggleRef}
          className="button button--small export-buttons__toggle"
          aria-expanded={open}
          aria-controls={menuId}
          aria-label={t('panel.export.variants')}
          title={t('panel.export.variants')}
          disabled={busy}
          onClick={() => {
            setOpen((was) => !was);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && !open) {
              event.preventDefault();
              setOpen(true);
            } else if (event.key === 'Escape' && open) {
              event.stopPropagation();
              close(true);
            }
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
        {open && (
          <div className="export-menu" id={menuId} role="group" aria-label={t('panel.export.variants')}>
            {/* Arrow keys move between the variants; each is a plain button reached by Tab as well. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
            <ul className="export-menu__list" ref={listRef} onKeyDown={onListKey}>
              {CSV_VARIANTS.map((variant) => {
                const id = csvVariantId(variant);
                return (
                  <li key={id}>
                    <button
                      type="button"
                      className="export-menu__item"
                      data-variant={id}
                      onClick={() => {
                        close(true);
                        void run(() => onCsv(variant));
                      }}
                    >
                      {t(`panel.export.csv.${id}`)}
                    </button>
                  </li>
                );
              })}
            </ul>
            <p className="export-menu__hint">{t('panel.export.variants.hint')}</p>
          </div>
        )}
      </span>
      {onPng && (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void run(onPng)}
        >
          {t('panel.export.png')}
        </button>
      )}
      {error && (
        <p className="export-buttons__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
