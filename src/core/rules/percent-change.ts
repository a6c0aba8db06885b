// percent-change: a stated change between two figures that the figures do not give.
// "went from $1 billion to $5 billion, a 500% increase" is a 400% increase (a 5x jump).
// Changes between two percentages written as percent or pp belong to percentage-points;
// a change whose size is right but whose sign is wrong belongs to sign.
import type { Claim, Finding, Quantity, Relation } from '../types';
import { type Interval, div, statedInterval, sub } from '../tolerance';
import type { Rule } from './rule';
import { totalIsWrong } from './table-total';
import {
  agreeingText,
  compact,
  comparable,
  describeValue,
  fixTo,
  inputIntervalPair,
  makeFinding,
  overlaps,
  related,
  relativeChange,
  short,
  fitsEitherSign,
  usable,
} from './util';

type Change = Extract<Relation, { kind: 'change' }>;

export const percentChangeRule: Rule = {
  id: 'percent-change',
  defaultSeverity: 'warning',
  summary: 'A stated change (percent, multiple or amount) that the two figures it connects do not give.',
  docs:
    'Recomputes a change stated between two figures in the same sentence or table row and compares it with ' +
    'what the writer stated, allowing for how every figure was rounded. Example: "run-rate revenue went from ' +
    '$1 billion to $5 billion, a 500% increase" — ($5B − $1B) ÷ $1B is 400%; a 500% increase would end at ' +
    '$6 billion. A table row `| $40 billion | $52 billion | +23% |` is a 30% rise. A multiple ("a 5x jump") ' +
    'is checked as the end figure divided by the start figure. Fix: the recomputed change, written like the ' +
    'stated one ("400%", "+30%").',
  check(claim: Claim): Finding[] {
    const out: Finding[] = [];
    // A change computed from a Total that does not add up is that total's mistake, reported
    // once by table-total; once the total is fixed, the change is checked again.
    let wrongTotals: Set<Quantity> | undefined;
    for (const rel of claim.relations) if (rel.kind === 'total' && totalIsWrong(rel)) (wrongTotals ??= new Set()).add(rel.total);
    for (const rel of claim.relations) {
      if (rel.kind !== 'change' || wrongTotals?.has(rel.from) || wrongTotals?.has(rel.to)) continue;
      const f = checkChange(rel);
      if (f) out.push(f);
    }
    return out;
  },
};

function checkChange(rel: Change): Finding | null {
  const derived = workOut(rel);
  if (!derived) return null;
  const p = workedPoint;
  return fits(rel.stated, derived, p) ? null : mismatch(rel, derived, p, derivationOf(rel, p));
}

/** The value the last workOut() worked out (set with the interval it returns, read right after). */
let workedPoint = NaN;

/**
 * The change the two figures give, as the stated figure puts it (a percent, a multiple or
 * an amount): the interval the stated figure must meet, its point value left in
 * `workedPoint`. Null when this rule does not check the change.
 */
function workOut(rel: Change): Interval | null {
  const { from, to, stated } = rel;
  if (!usable(from) || !usable(to) || !usable(stated) || !comparable(from, to)) return null;
  // Between two percentages, "%" and "pp" are the percentage-points rule's question.
  if (from.kind === 'percent' && (stated.kind === 'percent' || stated.kind === 'percentagePoints')) return null;
  const [a, b] = inputIntervalPair(from, to);
  if (!a || !b) return null;
  if (stated.kind === 'percent') {
    if (!(a.low > 0)) return null; // a change from zero or from a negative base has no percent
    workedPoint = ((to.value - from.value) / from.value) * 100;
    return relativeChange(a, b);
  }
  if (stated.kind === 'multiple') {
    if (!(a.low > 0) || !(b.low > 0)) return null;
    workedPoint = to.value / from.value;
    return div(b, a);
  }
  if (stated.kind === from.kind && comparable(stated, from) && (stated.kind === 'money' || stated.kind === 'count')) {
    workedPoint = to.value - from.value;
    return sub(b, a);
  }
  return null;
}

/** The arithmetic behind the recomputed value `p`, one line: only for a change that does not check out. */
function derivationOf(rel: Change, p: number): string {
  const { from, to, stated } = rel;
  if (stated.kind === 'percent') return `(${short(to)} − ${short(from)}) ÷ ${short(from)} = ${compact(p, 'percent', '%')}`;
  if (stated.kind === 'multiple') return `${short(to)} ÷ ${short(from)} = ${compact(p, 'multiple', 'x')}`;
  return `${short(to)} − ${short(from)} = ${compact(p, stated.kind, stated.unit)}`;
}

/**
 * What the two figures of a change give, written as this rule writes its fix: like the
 * stated figure (an explicit sign kept, an unsigned figure a size). Null when the rule does
 * not check the change (between two percentages, see percentage-points) or nothing follows.
 */
export function computedChange(rel: Change): string | null {
  const derived = workOut(rel);
  if (!derived || !Number.isFinite(workedPoint)) return null;
  const value = writtenValue(rel.stated, workedPoint);
  return stateLike(rel.stated, value, derived) ?? describeValue(rel.stated, value, null);
}

/** The value as the stated figure puts it: an explicit sign stays, an unsigned one is a size; a multiple as it is. */
function writtenValue(stated: Quantity, point: number): number {
  return stated.kind === 'multiple' || stated.sign !== null ? point : Math.abs(point);
}

/** `value` written like the stated figure, rounded as it was rounded, when such a text fits `derived`. */
function stateLike(stated: Quantity, value: number, derived: Interval): string | null {
  const multiple = stated.kind === 'multiple';
  return agreeingText(stated, value, (c) => c.kind === stated.kind && fitsDerived(c, multiple, derived));
}

/** Whether there is nothing to report: no finite recomputed value, or a stated figure that fits the arithmetic. */
function fits(stated: Quantity, derived: Interval, point: number): boolean {
  return !Number.isFinite(point) || fitsDerived(stated, stated.kind === 'multiple', derived);
}

/**
 * Whether a stated figure fits the arithmetic; a right size with the wrong sign is the
 * sign rule's finding, so it fits here too. (A module function: a closure per change cost
 * more than the check.)
 */
function fitsDerived(c: Quantity, multiple: boolean, derived: Interval): boolean {
  return multiple ? overlaps(statedInterval(c), derived) : fitsEitherSign(c, derived);
}

/** The finding for a stated change that does not fit `derived` (the recomputed value `point`). */
function mismatch(rel: Change, derived: Interval, point: number, derivation: string): Finding {
  const { from, to, stated } = rel;
  const multiple = stated.kind === 'multiple';
  // Written the way the stated figure is: an explicit sign stays, an unsigned one is a size.
  const value = writtenValue(stated, point);
  const text = stateLike(stated, value, derived);
  const shown = describeValue({ ...stated, sign: null }, Math.abs(value), text === null ? null : text.replace(/^[+\-−]/, ''));
  const message = multiple
    ? /[x×]$/.test(shown)
      ? `${to.text} is ${shown} ${from.text}, not ${stated.text}.`
      : `Going from ${from.text} to ${to.text} is ${shown}, not ${stated.text}.`
    : `Going from ${from.text} to ${to.text} is a ${point >= 0 ? 'rise' : 'fall'} of ${shown}, not ${stated.text}.`;
  return makeFinding(percentChangeRule, {
    span: stated.span,
    message,
    derivation,
    fix: fixTo(stated, text),
    related: [related(from, 'From'), related(to, 'To')],
  });
}
