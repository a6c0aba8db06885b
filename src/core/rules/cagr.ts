// cagr: a stated yearly growth rate that cannot connect two dated figures.
// From $3.7 billion in 2024 to $100 billion in 2029 takes about 93% a year: "about 40% a
// year" cannot get there, "over 75% a year" can.
import type { Claim, Finding, Quantity, Relation } from '../types';

import { cagr as cagrInterval, negate, statedInterval } from '../tolerance';
import type { Rule } from './rule';
import { agreeingText, compact, comparable, describeValue, fixTo, inputIntervalPair, makeFinding, overlaps, related, short, usable, withQualifier, checkRelations } from './util';

type Cagr = Extract<Relation, { kind: 'cagr' }>;

export const cagrRule: Rule = {
  id: 'cagr',
  defaultSeverity: 'warning',
  summary: 'A stated yearly growth rate that cannot connect the two dated figures it describes.',
  docs:
    'Recomputes the compound annual growth rate between two dated figures, (end ÷ start)^(1/years) − 1, ' +
    'and compares it with the stated rate, reading its qualifier as a bound. Example: "from $3.7 billion in ' +
    '2024 to $100 billion in 2029, growing about 40% a year" — that needs about 93% a year; "over 75% a ' +
    'year" is right. Fix: the recomputed rate in the writer\'s style, only when the stated rate is a plain or ' +
    '"about" figure.',
  check(claim: Claim, ctx): Finding[] {
    return checkRelations(claim, 'cagr', checkCagr, ctx.text);
  },
};

function checkCagr(rel: Cagr, text: string): Finding | null {
  const { from, to, rate, years } = rel;
  if (!(years > 0) || years > 200 || !Number.isFinite(years)) return null;
  if (rate.kind !== 'percent' || (from.kind !== 'money' && from.kind !== 'count')) return null;
  if (!usable(from) || !usable(to) || !usable(rate) || !comparable(from, to)) return null;
  const [a, b] = inputIntervalPair(from, to);
  if (!a || !b || !(a.low > 0) || !(b.low > 0)) return null;
  const expected = (Math.pow(to.value / from.value, 1 / years) - 1) * 100;
  if (!Number.isFinite(expected)) return null;
  const derived = cagrInterval(a, b, years);
  // An unsigned rate describing a decline ("shrinking about 13% a year") is compared by size.
  const fits = (c: Quantity): boolean => {
    if (c.kind !== 'percent') return false;
    const stated = statedInterval(c);
    const negative = c.sign === '-' || (c.sign === null && expected < 0);
    return overlaps(negative ? negate(stated) : stated, derived);
  };
  if (fits(rate)) return null;
  const value = rate.sign !== null ? expected : Math.abs(expected);
  const agreeing = agreeingText(rate, value, fits);
  const verb = expected >= 0 ? 'Growing' : 'Shrinking';
  const per = `${years} year${years === 1 ? '' : 's'}`;
  const shown = describeValue({ ...rate, sign: null }, Math.abs(expected), agreeing === null ? null : agreeing.replace(/^[+\-−]/, ''));
  return makeFinding(cagrRule, {
    span: rate.span,
    message: `${verb} from ${from.text} to ${to.text} over ${per} takes about ${shown} a year, not ${withQualifier(rate, text)}.`,
    derivation: `(${short(to)} ÷ ${short(from)})^(1/${years}) − 1 = ${compact(expected, 'percent', '%')}`,
    fix: fixTo(rate, agreeing),
    related: [related(from, 'From'), related(to, 'To')],
  });
}
