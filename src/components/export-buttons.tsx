import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * CSV and PNG downloads for a panel. A failure (a chart that cannot render off screen, a browser that
 * blocks downloads) is said next to the buttons, not swallowed.
 */
export function ExportButtons({
  onCsv,
  onPng,
}: {
  onCsv: () => void;
  /** Absent when the panel has nothing to draw (table-only panels). */
  onPng?: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
  return (
    <div className="export-buttons" role="group" aria-label={t('panel.export')}>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void run(onCsv)}>
        {t('panel.export.csv')}
      </button>
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
