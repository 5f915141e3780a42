/**
 * The headline of the internal procedure reform board: after the plan has ended it says so first; then
 * the share simplified against the target, how many units are on track, at risk or behind (met or not
 * met once the plan is over), and the compliance cost saved.
 */
import { compose, headline, num, type HeadlineContext, type HeadlineSentence } from './headline.ts';
import { formatPeriod } from './period.ts';
import {
  countByReformStatus,
  PLAN_1085,
  simplifiedShare,
  type ReformFigures,
  type ReformRow,
  type ReformRule,
  type ReformView,
} from './reform.ts';
import type { Scope } from './units.ts';

/** Figure ids of the reform board. */
export const REFORM_FIGURES = {
  simplified: 'reform.national.simplified',
  inScope: 'reform.national.in-scope',
  share: 'reform.national.share',
  target: 'reform.target',
  cost: 'reform.national.cost-saved',
  status: (status: string) => `reform.status.${status}`,
} as const;

export const SHARE_DECIMALS = 1;

export interface ReformHeadlineInput {
  readonly view: ReformView;
  readonly scope: Scope;
  /** The figures of all units of the scope. */
  readonly national: ReformFigures | null;
  readonly rows: readonly ReformRow[];
  readonly rule?: ReformRule;
}

export function reformHeadline(input: ReformHeadlineInput, ctx: HeadlineContext): HeadlineSentence[] {
  if (input.view.kind === 'before-plan') return [];
  const quarter = formatPeriod(input.view.quarter, ctx.locale);
  const rule = input.rule ?? PLAN_1085;
  const ended = input.view.kind === 'after-plan' ? compose(ctx, 'headline.reform.ended', { quarter }) : null;
  return headline([ended, national(input, ctx, quarter, rule), statuses(input, ctx), cost(input, ctx)]);
}

function national(
  input: ReformHeadlineInput,
  ctx: HeadlineContext,
  quarter: string,
  rule: ReformRule,
): HeadlineSentence | null {
  const n = input.national;
  const share = n ? simplifiedShare(n) : null;
  if (!n || share === null) return null;
  return compose(ctx, `headline.reform.national.${input.scope}`, {
    quarter,
    simplified: num(n.simplified, REFORM_FIGURES.simplified, { kind: 'count' }),
    inScope: num(n.inScope, REFORM_FIGURES.inScope, { kind: 'count' }),
    share: num(share, REFORM_FIGURES.share, { kind: 'percent', decimals: SHARE_DECIMALS }),
    target: num(rule.targetPercent, REFORM_FIGURES.target, { kind: 'percent', decimals: 0 }),
    targetYear: String(rule.lastQuarter.year),
  });
}

function statuses(input: ReformHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const withStatus = input.rows.filter((r) => r.status !== null);
  if (withStatus.length < 2) return null;
  const counts = countByReformStatus(withStatus);
  const slot = (status: keyof typeof counts) =>
    num(counts[status], REFORM_FIGURES.status(status), { kind: 'count' });
  const final = input.view.kind === 'after-plan' || isFinal(input);
  return compose(ctx, `headline.reform.${final ? 'final' : 'statuses'}.${input.scope}`, {
    met: slot('met'),
    atRisk: slot('at-risk'),
    notMet: slot('not-met'),
  });
}

/** The plan's last quarter itself: its statuses are final. */
function isFinal(input: ReformHeadlineInput): boolean {
  const rule = input.rule ?? PLAN_1085;
  return (
    input.view.kind !== 'before-plan' &&
    input.view.quarter.year === rule.lastQuarter.year &&
    input.view.quarter.quarter === rule.lastQuarter.quarter
  );
}

function cost(input: ReformHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const n = input.national;
  if (!n || n.costSavedBillionVnd <= 0) return null;
  return compose(ctx, 'headline.reform.cost', {
    cost: num(n.costSavedBillionVnd, REFORM_FIGURES.cost, { kind: 'decimal', decimals: 1 }),
  });
}
