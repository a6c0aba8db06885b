// cagr: a stated yearly growth rate that cannot connect two dated figures.
// From $3.7 billion in 2024 to $100 billion in 2029 takes about 93% a year: "about 40% a
// year" cannot get there, "over 75% a year" can.
import type { Claim, Finding, Quantity, Relation } from '../types';

import { type Interval, cagr as cagrInterval, negate, statedInterval } from '../tolerance';
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

/** The value the last workOut() worked out (set with the interval it returns, read right after). */
let workedRate = NaN;

/** The yearly rate that connects the two figures: its interval, its point in `workedRate`; null when not checked. */
function workOut(rel: Cagr): Interval | null {
  const { from, to, rate, years } = rel;
  if (!(years > 0) || years > 200 || !Number.isFinite(years)) return null;
  if (rate.kind !== 'percent' || (from.kind !== 'money' && from.kind !== 'count')) return null;
  if (!usable(from) || !usable(to) || !usable(rate) || !comparable(from, to)) return null;
  const [a, b] = inputIntervalPair(from, to);
  if (!a || !b || !(a.low > 0) || !(b.low > 0)) return null;
  workedRate = (Math.pow(to.value / from.value, 1 / years) - 1) * 100;
  if (!Number.isFinite(workedRate)) return null;
  return cagrInterval(a, b, years);
}

/** Whether a stated rate `c` fits the interval `derived`; an unsigned rate describing a decline is compared by size. */
function fitsRate(c: Quantity, expected: number, derived: Interval): boolean {
  if (c.kind !== 'percent') return false;
  const stated = statedInterval(c);
  const negative = c.sign === '-' || (c.sign === null && expected < 0);
  return overlaps(negative ? negate(stated) : stated, derived);
}

/** The yearly rate the two figures give, written like the stated rate as this rule writes its fix; null when not checked. */
export function computedCagr(rel: Cagr): string | null {
  const derived = workOut(rel);
  if (!derived) return null;
  const expected = workedRate;
  const { rate } = rel;
  const value = rate.sign !== null ? expected : Math.abs(expected);
  return describeValue(rate, value, agreeingText(rate, value, (c) => fitsRate(c, expected, derived)));
}

function checkCagr(rel: Cagr, text: string): Finding | null {
  const derived = workOut(rel);
  if (!derived) return null;
  const expected = workedRate;
  const { from, to, rate, years } = rel;
  // An unsigned rate describing a decline ("shrinking about 13% a year") is compared by size.
  const fits = (c: Quantity): boolean => fitsRate(c, expected, derived);
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
