/**
 * The leading rows of every CSV the app writes: what the figures are, for which period and units, from
 * which source, as of when, rounded how and separated how. Pure.
 */
import { formatDateTime } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import type { Locale, ProvinceEraId } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { CsvVariant } from './csv-variant.ts';
import type { CsvMetaRow } from './to-csv.ts';

/** What a file is about, for its leading rows; every field is optional but the period. */
export interface CsvSubject {
  /** One indicator (a board, a trend, a breakdown); absent for a unit's table of every indicator. */
  readonly indicator?: Indicator;
  /** The province or city a unit's file is about. */
  readonly unitName?: string;
  /** As read: "Tháng 10/2026", "Tháng 1/2022 – Tháng 10/2026". */
  readonly period: string;
  readonly era?: ProvinceEraId;
  /**
   * The body credited for the file's figures, as `sourceAt` or `sourcesBetween` name it for its periods (a
   * file of 2023 credits the body of 2023); the indicator's current source when absent.
   */
  readonly source?: string;
  /** When the feed last changed (ISO date-time). */
  readonly updatedAt?: string | undefined;
  /** Rows of the file's own, after the map's units: "Cách tính: Lũy kế". */
  readonly extra?: readonly CsvMetaRow[];
}

/**
 * The leading rows of a CSV: indicator and its unit, the province, the period, the map's units, the source,
 * when the feed was updated, how figures were rounded (or that they are raw) and how the file is
 * separated, each as "label, value" in the UI language.
 */
export function csvMeta(
  subject: CsvSubject,
  variant: CsvVariant,
  { t, locale }: { t: Translate; locale: Locale },
): CsvMetaRow[] {
  const { indicator } = subject;
  const rows: CsvMetaRow[] = [];
  const add = (label: string, value: string) => rows.push({ label, value });
  if (indicator) {
    add(t('csv.meta.indicator'), indicator.name[locale]);
    add(t('csv.meta.unit'), indicator.unit.label[locale]);
  }
  if (subject.unitName) add(t('csv.meta.province'), subject.unitName);
  add(t('csv.meta.period'), subject.period);
  if (subject.era) add(t('csv.meta.era'), t(`controls.era.${subject.era}`));
  rows.push(...(subject.extra ?? []));
  if (indicator) add(t('csv.meta.source'), subject.source ?? indicator.source[locale]);
  if (subject.updatedAt) add(t('csv.meta.updated'), formatDateTime(subject.updatedAt, locale));
  add(
    t('csv.meta.values'),
    variant.raw
      ? t('csv.meta.values.raw')
      : !indicator
        ? t('csv.meta.values.each')
        : indicator.decimals === 0
          ? t('csv.meta.values.whole')
          : t('csv.meta.values.rounded', { decimals: indicator.decimals }),
  );
  add(t('csv.meta.format'), t(`csv.meta.format.${variant.dialect}`));
  return rows;
}
