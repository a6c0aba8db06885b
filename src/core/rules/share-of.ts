// share-of: a figure derived as a share of another that does not follow from it.
// "3% of 400 million users, about 120 million subscribers": 3% of 400 million is 12 million.
import type { Claim, Finding, Quantity, Relation } from '../types';

import { mul, scaleBy, statedInterval } from '../tolerance';
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

function checkShare(rel: Share, text: string): Finding | null {
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
