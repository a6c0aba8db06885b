// share-of: a figure derived as a share of another that does not follow from it.
// "3% of 400 million users, about 120 million subscribers": 3% of 400 million is 12 million.
import type { Claim, Finding, Quantity, Relation } from '../types';

import { div, mul, scaleBy, statedInterval } from '../tolerance';
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

function checkShare(rel: Share, text: string): Finding | null {
  if (rel.derived === 'rate') return checkRate(rel, text);
  const { rate, whole, result } = rel;
  if (rate.kind !== 'percent' || (whole.kind !== 'money' && whole.kind !== 'count')) return null;
  if (!usable(rate) || !usable(whole) || !usable(result) || !comparable(whole, result, true)) return null;
  const r = inputInterval(rate);
  const w = inputInterval(whole);
  if (!r || !w || r.low < 0 || w.low < 0) return null;
  const expected = (rate.value / 100) * whole.value;
  if (!Number.isFinite(expected)) return null;
  const derived = scaleBy(mul(r, w), 0.01);
  const fits = (c: Quantity): boolean => c.kind === result.kind && overlaps(statedInterval(c), derived);
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
 * "$18,015" total, or "Operating margin | 41%"): the rate is recomputed and, when it does not
 * follow, reported and fixed. A negative part ("Net loss margin | (24)%") gives a negative share.
 */
function checkRate(rel: Share, text: string): Finding | null {
  const { rate, whole, result } = rel;
  if (rate.kind !== 'percent' || (whole.kind !== 'money' && whole.kind !== 'count')) return null;
  if (!usable(rate) || !usable(whole) || !usable(result) || !comparable(whole, result, true)) return null;
  const w = inputInterval(whole);
  const r = inputInterval(result);
  if (!r || !w || !(w.low > 0)) return null;
  const expected = (result.value / whole.value) * 100;
  if (!Number.isFinite(expected)) return null;
  const derived = scaleBy(div(r, w), 100);
  const fits = (c: Quantity): boolean => c.kind === 'percent' && overlaps(statedInterval(c), derived);
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
