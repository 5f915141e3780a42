import { isFeedError } from '../api/http.ts';
import { formatDateTime } from '../domain/format.ts';
import { useI18n, type Translate } from '../i18n/i18n.tsx';

/** The sentence that says what failed, naming the endpoint and, for a malformed payload, the field. */
export function describeError(error: unknown, t: Translate): string {
  if (!isFeedError(error)) return t('error.unknown');
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'invalid-json':
      return t(`error.${error.kind}`, { endpoint: error.endpoint });
    case 'http':
      return t('error.http', { endpoint: error.endpoint, status: error.status ?? '?' });
    case 'invalid-payload': {
      const field = error.fields[0];
      return t('error.invalid-payload', { endpoint: error.endpoint, field: field?.path || '(root)' });
    }
  }
}

/**
 * An error inside the panel that needed the data, with "Thử lại". The rest of the board is not
 * affected; the sentence says so, because a leader looking at a wall should not wonder.
 */
export function PanelError({
  error,
  onRetry,
  failedAt,
  compact = false,
}: {
  error: unknown;
  onRetry: () => void;
  /** When the failure started (ms epoch), from TanStack Query's errorUpdatedAt. */
  failedAt?: number;
  compact?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <div className={`panel-error${compact ? ' panel-error--compact' : ''}`} role="alert">
      <p className="panel-error__title">{t('error.title')}</p>
      <p className="panel-error__detail">{describeError(error, t)}</p>
      {isFeedError(error) && error.kind === 'invalid-payload' && (
        // The validator's own words are English and technical: for the feed's administrators, folded away.
        <details className="panel-error__technical">
          <summary>{t('error.technical')}</summary>
          <p lang="en">{error.message}</p>
        </details>
      )}
      {!compact && (
        <p className="panel-error__context">
          {failedAt ? `${t('error.since', { time: formatDateTime(new Date(failedAt), locale) })} ` : ''}
          {t('error.keepsShowing')}
        </p>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
