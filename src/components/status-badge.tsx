import type { ObservationStatus } from '../domain/observation.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The data stage in words beside the value: Ước tính, Sơ bộ, Chính thức. */
export function StatusBadge({ status }: { status: ObservationStatus }) {
  const { t } = useI18n();
  return <span className={`status-badge status-badge--${status}`}>{t(`status.${status}`)}</span>;
}
