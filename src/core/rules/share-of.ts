// share-of: a figure derived as a share of another that does not follow from it.
// "3% of 400 million users, about 120 million subscribers": 3% of 400 million is 12 million.
import type { Claim, Finding, Quantity, Relation } from '../types';

import { type Interval, div, mul, scaleBy, statedInterval } from '../tolerance';
import type { Rule } from './rule';
import { totalIsWrong } from './table-total';
import { agreeingText, compact, comparable, describeValue, fixTo, inputInterval, makeFinding, overlaps, related, short, usable, withQualifier, checkRelations } from './util';

type Share = Extract<Relation, { kind: 'share' }>;

export const shareOfRule: Rule = {
  id: 'share-of',
  defaultSeverity: 'warning',
  summary: 'An amount or count stated as a share of another that the share does not give.',
  docs:
    'Recomputes "X% of Y" where the writer also states the result, allowing for the rounding of every ' +
    'figure. Example: "3% of its 400 million users pay, about 120 million subscribers" — 3% of 400 million ' +
    'is 12 million. Fix: the recomputed amount in the writer\'s style ("12 million"), when the stated result ' +
    'is a plain or "about" figure. In a table, a share column ("61%" beside "$11,072", over a Total row of ' +
    '"$18,015") and a margin row ("Operating margin | 41%" under "Revenue" and "Income from operations") ' +
    'are shares the writer worked out from the two amounts: the percentage is recomputed and fixed.',
  check(claim: Claim, ctx): Finding[] {
    // A share of a Total that does not add up is that total's mistake, reported once by table-total.
    const wrong = claim.table && claim.relations.some((r) => r.kind === 'share' && r.derived === 'rate') ? wrongTotals(claim, ctx.claims) : null;
    if (!wrong?.size) return checkRelations(claim, 'share', checkShare, ctx.text);
    return checkRelations(claim, 'share', (rel: Share, text: string) => (wrong.has(rel.whole) ? null : checkShare(rel, text)), ctx.text);
  },
};

/** The totals of the claim's table (Total rows, income-statement lines) that are not the sum of their rows. */
function wrongTotals(claim: Claim, claims: readonly Claim[]): Set<Quantity> {
  const out = new Set<Quantity>();
  for (const c of claims) {
    if (!c.table || c.table.table !== claim.table?.table || c.block !== claim.block) continue;
    for (const r of c.relations) if (r.kind === 'total' && totalIsWrong(r)) out.add(r.total);
  }
  return out;
}

/** Whether a share can be checked at all: a percent of an amount or count, with a part comparable to the whole. */
function checkable({ rate, whole, result }: Share): boolean {
  if (rate.kind !== 'percent' || (whole.kind !== 'money' && whole.kind !== 'count')) return false;
  return usable(rate) && usable(whole) && usable(result) && comparable(whole, result, true);
}

/** The value the last workOut() worked out (set with the interval it returns, read right after). */
let workedValue = NaN;

/** The result "X% of Y" gives: the interval the stated result must meet, its point in `workedValue`; null when not checked. */
function workOut(rel: Share): Interval | null {
  if (!checkable(rel)) return null;
  const { rate, whole } = rel;
  const r = inputInterval(rate);
  const w = inputInterval(whole);
  if (!r || !w || r.low < 0 || w.low < 0) return null;
  workedValue = (rate.value / 100) * whole.value;
  if (!Number.isFinite(workedValue)) return null;
  return scaleBy(mul(r, w), 0.01);
}

/** Whether a result `c` fits the interval `derived` of the share. */
function fitsShare(c: Quantity, result: Quantity, derived: Interval): boolean {
  return c.kind === result.kind && overlaps(statedInterval(c), derived);
}

/** What "X% of Y" gives, written like the stated result as this rule writes its fix; null when not checked. */
export function computedShare(rel: Share): string | null {
  if (rel.derived === 'rate') {
    const rateDerived = workOutRate(rel);
    if (!rateDerived) return null;
    const value = workedValue;
    return describeValue(rel.rate, value, agreeingText(rel.rate, value, (c) => fitsRate(c, rateDerived)));
  }
  const derived = workOut(rel);
  if (!derived) return null;
  const expected = workedValue;
  const { result } = rel;
  return describeValue(result, expected, agreeingText(result, expected, (c) => fitsShare(c, result, derived)));
}

function checkShare(rel: Share, text: string): Finding | null {
  if (rel.derived === 'rate') return checkRate(rel, text);
  const derived = workOut(rel);
  if (!derived) return null;
  const expected = workedValue;
  const { rate, whole, result } = rel;
  const fits = (c: Quantity): boolean => fitsShare(c, result, derived);
  if (fits(result)) return null;
  const agreeing = agreeingText(result, expected, fits);
  return makeFinding(shareOfRule, {
    span: result.span,
    message: `${rate.text} of ${whole.text} is ${describeValue(result, expected, agreeing)}, not ${withQualifier(result, text)}.`,
    derivation: `${short(rate)} × ${short(whole)} = ${compact(expected, result.kind, result.unit)}`,
    fix: fixTo(result, agreeing),
    related: [related(rate, 'Share'), related(whole, 'Of')],
  });
}

/**
 * A share the writer worked out from two amounts (a table's "61%" beside "$11,072" of a
 * "$18,015" total, or "Operating margin | 41%"): the rate they give, its interval, its point in
 * `workedValue`; null when not checked. A negative part ("Net loss margin | (24)%") gives a
 * negative share.
 */
function workOutRate(rel: Share): Interval | null {
  if (!checkable(rel)) return null;
  const { whole, result } = rel;
  const w = inputInterval(whole);
  const r = inputInterval(result);
  if (!r || !w || !(w.low > 0)) return null;
  workedValue = (result.value / whole.value) * 100;
  if (!Number.isFinite(workedValue)) return null;
  return scaleBy(div(r, w), 100);
}

function fitsRate(c: Quantity, derived: Interval): boolean {
  return c.kind === 'percent' && overlaps(statedInterval(c), derived);
}

/** The rate recomputed and, when it does not follow, reported and fixed. */
function checkRate(rel: Share, text: string): Finding | null {
  const derived = workOutRate(rel);
  if (!derived) return null;
  const expected = workedValue;
  const { rate, whole, result } = rel;
  const fits = (c: Quantity): boolean => fitsRate(c, derived);
  if (fits(rate)) return null;
  const agreeing = agreeingText(rate, expected, fits);
  return makeFinding(shareOfRule, {
    span: rate.span,
    message: `${result.text} of ${whole.text} is ${describeValue(rate, expected, agreeing)}, not ${withQualifier(rate, text)}.`,
    derivation: `${short(result)} ÷ ${short(whole)} = ${compact(expected, 'percent', '%')}`,
    fix: fixTo(rate, agreeing),
    related: [related(result, 'Part'), related(whole, 'Of')],
  });
}
