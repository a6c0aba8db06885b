// share-of: a figure derived as a share of another that does not follow from it.
// "3% of 400 million users, about 120 million subscribers": 3% of 400 million is 12 million.
import type { Claim, Finding, Quantity, Relation } from '../types';

import { type Interval, mul, scaleBy, statedInterval } from '../tolerance';
import type { Rule } from './rule';
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
    'is a plain or "about" figure.',
  check(claim: Claim, ctx): Finding[] {
    return checkRelations(claim, 'share', checkShare, ctx.text);
  },
};

/** The value the last workOut() worked out (set with the interval it returns, read right after). */
let workedValue = NaN;

/** The result "X% of Y" gives: the interval the stated result must meet, its point in `workedValue`; null when not checked. */
function workOut(rel: Share): Interval | null {
  const { rate, whole, result } = rel;
  if (rate.kind !== 'percent' || (whole.kind !== 'money' && whole.kind !== 'count')) return null;
  if (!usable(rate) || !usable(whole) || !usable(result) || !comparable(whole, result, true)) return null;
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
  const derived = workOut(rel);
  if (!derived) return null;
  const expected = workedValue;
  const { result } = rel;
  return describeValue(result, expected, agreeingText(result, expected, (c) => fitsShare(c, result, derived)));
}

function checkShare(rel: Share, text: string): Finding | null {
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
