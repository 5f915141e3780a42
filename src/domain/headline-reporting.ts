/**
 * The headline of the reporting board: the on-time share of the periodic reports against the same
 * period last year, the agencies that still owe reports, and the lowest on-time share.
 */
import {
  changePhrase,
  compose,
  headline,
  joinNames,
  num,
  type HeadlineContext,
  type HeadlineSentence,
} from './headline.ts';
import { formatPeriod, type Period } from './period.ts';
import {
  agenciesWithOutstanding,
  onTimeShare,
  type AgencyReportingCounts,
  type ReportingCounts,
} from './reporting.ts';
import type { Scope } from './units.ts';

/** Figure ids of the reporting board. */
export const REPORTING_FIGURES = {
  onTimeShare: 'reporting.national.on-time-share',
  onTimeShareChange: 'reporting.national.on-time-share-change',
  onTime: 'reporting.national.on-time',
  required: 'reporting.national.required',
  withOutstanding: 'reporting.with-outstanding',
  agencyOutstanding: (code: string) => `reporting.${code}.not-submitted`,
  agencyOnTimeShare: (code: string) => `reporting.${code}.on-time-share`,
} as const;

export const ON_TIME_DECIMALS = 1;

export interface ReportingHeadlineInput {
  readonly period: Period;
  readonly scope: Scope;
  readonly national: ReportingCounts | null;
  readonly nationalLastYear?: ReportingCounts | null;
  readonly rows: readonly AgencyReportingCounts[];
  readonly nameOf: (code: string) => string;
}

export function reportingHeadline(input: ReportingHeadlineInput, ctx: HeadlineContext): HeadlineSentence[] {
  return headline([national(input, ctx), outstanding(input, ctx), lowest(input, ctx)]);
}

function national(input: ReportingHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const n = input.national;
  const share = n ? onTimeShare(n) : null;
  if (!n || share === null) return null;
  const slots = {
    period: formatPeriod(input.period, ctx.locale),
    onTimeShare: num(share, REPORTING_FIGURES.onTimeShare, { kind: 'percent', decimals: ON_TIME_DECIMALS }),
    onTime: num(n.onTime, REPORTING_FIGURES.onTime, { kind: 'count' }),
    required: num(n.required, REPORTING_FIGURES.required, { kind: 'count' }),
  };
  const before = input.nationalLastYear ? onTimeShare(input.nationalLastYear) : null;
  if (before === null) return compose(ctx, 'headline.reporting.national', slots);
  return compose(ctx, 'headline.reporting.nationalChange', {
    ...slots,
    change: changePhrase(ctx, 'pp', share - before, ON_TIME_DECIMALS, REPORTING_FIGURES.onTimeShareChange),
  });
}

function outstanding(input: ReportingHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const due = input.rows.filter((r) => r.counts.required > 0);
  if (due.length < 2) return null;
  const owing = agenciesWithOutstanding(due);
  if (owing.length === 0) return compose(ctx, `headline.reporting.allSent.${input.scope}`, {});
  const most = owing[0]?.counts.notSubmitted ?? 0;
  const top = owing.filter((r) => r.counts.notSubmitted === most);
  const [first] = top;
  if (!first) return null;
  return compose(ctx, `headline.reporting.outstanding.${input.scope}`, {
    count: num(owing.length, REPORTING_FIGURES.withOutstanding, { kind: 'count' }),
    worst: joinNames(
      ctx,
      top.slice(0, 3).map((r) => input.nameOf(r.code)),
    ),
    worstCount: num(most, REPORTING_FIGURES.agencyOutstanding(first.code), { kind: 'count' }),
  });
}

function lowest(input: ReportingHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const shares = input.rows
    .map((r) => ({ code: r.code, share: onTimeShare(r.counts) }))
    .filter((r): r is { code: string; share: number } => r.share !== null);
  if (shares.length < 2) return null;
  const min = Math.min(...shares.map((r) => r.share));
  // Everyone on time alike: nobody is the lowest.
  if (shares.every((r) => r.share === min)) return null;
  const bottom = shares.filter((r) => r.share === min).sort((a, b) => a.code.localeCompare(b.code));
  const [first] = bottom;
  if (!first) return null;
  return compose(ctx, 'headline.reporting.lowest', {
    worst: joinNames(
      ctx,
      bottom.slice(0, 3).map((r) => input.nameOf(r.code)),
    ),
    worstShare: num(min, REPORTING_FIGURES.agencyOnTimeShare(first.code), {
      kind: 'percent',
      decimals: ON_TIME_DECIMALS,
    }),
  });
}
