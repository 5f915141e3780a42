import { useId } from 'react';
import { Segmented } from '../../components/segmented.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AGENCY_KINDS, describeMinistrySet, type AgencyKind, type MinistrySet } from './agencies.ts';

/**
 * Provinces or ministries: the switch every board offers, with the ministry set of the period chosen
 * written under it ("17 bộ, cơ quan ngang bộ (từ 01/03/2025)") so the reader knows which bodies are ranked.
 */
export function AgencySwitch({
  value,
  set,
  onChange,
}: {
  value: AgencyKind;
  /** The ministry set of the period on show; said under the switch while ministries are shown. */
  set?: MinistrySet | null;
  onChange: (kind: AgencyKind) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const setText = value === 'ministry' && set ? describeMinistrySet(set, t, locale) : null;
  return (
    <div className="field agency-switch">
      <span className="field__label" id={`${id}-label`}>
        {t('agencies.label')}
      </span>
      <Segmented
        label={t('agencies.label')}
        value={value}
        options={AGENCY_KINDS.map((kind) => ({ value: kind, label: t(`agencies.${kind}`) }))}
        onChange={onChange}
      />
      {setText && <span className="field__hint">{setText}</span>}
    </div>
  );
}
