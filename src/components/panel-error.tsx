import type { ReactNode } from 'react';
import { isFeedError } from '../api/http.ts';
import type { Reconnecting } from '../api/retry-state.ts';
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

/** The `detail` of the feed's problem document (RFC 9457), when it sent one: its own explanation. */
function serverDetail(error: unknown): string | undefined {
  const detail = isFeedError(error) ? error.problem?.detail?.trim() : undefined;
  return detail || undefined;
}

/**
 * An error inside the panel that needed the data, with "Thử lại", and what the feed itself said. Only
 * the caller knows whether the rest of the screen still works (a panel among others: yes; the whole
 * board, because the catalog failed: no), so it says so with `othersKeepWorking`; without it the
 * panel makes no such claim.
 */
export function PanelError({
  error,
  onRetry,
  failedAt,
  compact = false,
  othersKeepWorking = false,
}: {
  error: unknown;
  onRetry: () => void;
  /** When the failure started (ms epoch), from TanStack Query's errorUpdatedAt. */
  failedAt?: number;
  compact?: boolean;
  /** Other panels on the screen are unaffected: the error adds "Các phần khác vẫn hoạt động bình thường". */
  othersKeepWorking?: boolean;
}) {
  const { t, locale } = useI18n();
  const detail = serverDetail(error);
  const context = [
    failedAt ? t('error.since', { time: formatDateTime(new Date(failedAt), locale) }) : '',
    othersKeepWorking ? t('error.keepsShowing') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`panel-error${compact ? ' panel-error--compact' : ''}`} role="alert">
      <p className="panel-error__title">{t('error.title')}</p>
      <p className="panel-error__detail">{describeError(error, t)}</p>
      {detail && <p className="panel-error__server">{t('error.serverDetail', { detail })}</p>}
      {isFeedError(error) && error.kind === 'invalid-payload' && (
        // The validator's own words are English and technical: for the feed's administrators, folded away.
        <details className="panel-error__technical">
          <summary>{t('error.technical')}</summary>
          <p lang="en">{error.message}</p>
        </details>
      )}
      {!compact && context && <p className="panel-error__context">{context}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/**
 * A request of the panel failed and is being retried: says so, with the attempt and the reason, where
 * the skeleton was. The panel shows {@link PanelError} once the retries are spent.
 */
export function PanelReconnecting({
  reconnecting,
  compact = false,
}: {
  reconnecting: Reconnecting;
  compact?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className={`panel-reconnecting${compact ? ' panel-reconnecting--compact' : ''}`} role="status">
      <p className="panel-reconnecting__title">
        {t('error.reconnecting', { attempt: reconnecting.attempt, attempts: reconnecting.attempts })}
      </p>
      {!compact && <p className="panel-reconnecting__detail">{describeError(reconnecting.error, t)}</p>}
    </div>
  );
}

/**
 * What a panel shows while its data is pending: its skeleton (`children`), or {@link PanelReconnecting}
 * while a failed request is being retried.
 */
export function PanelPending({
  reconnecting,
  compact = false,
  children,
}: {
  reconnecting: Reconnecting | undefined;
  compact?: boolean;
  children: ReactNode;
}) {
  return reconnecting ? <PanelReconnecting reconnecting={reconnecting} compact={compact} /> : children;
}
