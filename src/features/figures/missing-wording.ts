import type { FigureState } from '../../domain/era-figures.ts';
import type { MissingReason } from '../../domain/observation.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';

/**
 * The words for a figure that is not there, one rule for every table, tile, tooltip and CSV: "Không so
 * sánh được" for a merged unit whose figure cannot be combined, the reason when the feed gave one
 * ("Chậm gửi báo cáo"), else `fallback` ("Chưa có số liệu"). Never a blank, never a zero.
 */
export function missingKey(
  figure: { readonly state?: FigureState; readonly missingReason?: MissingReason | undefined },
  fallback: MessageKey = 'status.missing',
): MessageKey {
  if (figure.state === 'not-comparable') return 'missing.not-comparable';
  if (figure.missingReason) return `missing.${figure.missingReason}`;
  return fallback;
}
