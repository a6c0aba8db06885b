// table-total: a table's Total row that is not the sum of the rows above it, and a total stated
// in prose that is not the sum of the parts listed with it (read/proseTotals.ts). Rows written
// as ranges add up to a range: $2-3 + $4-5 + $1-2 billion is $7-10 billion, so "~$8 billion"
// is a fair total and "~$15 billion" is not.
import type { Claim, Finding, Quantity, Relation } from '../types';
import { formatRangeLike } from '../format';
import { type Interval, add, interval, statedInterval } from '../tolerance';
import type { Rule } from './rule';
import {
  type Render,
  agreeingText,
  comparable,
  compact,
  compactRange,
  describeValue,
  fixTo,
  inputIntervals,
  makeFinding,
  overlaps,
  related,
  roundAt,
  short,
  usable,
  withQualifier,
  checkRelations,
} from './util';

type Total = Extract<Relation, { kind: 'total' }>;

export const tableTotalRule: Rule = {
  id: 'table-total',
  defaultSeverity: 'warning',
  summary: 'A Total row, or a total stated in prose, that is not the sum of its parts.',
  docs:
    'Adds up the money and count figures of a table column and compares the sum with the figure in the ' +
    'Total row, allowing for the rounding of every row; rows written as ranges add up to a range. Example: ' +
    'rows of $2-3 billion, $4-5 billion and $1-2 billion add up to $7-10 billion, so a total of "~$15 ' +
    'billion" is flagged and "~$8 billion" is not. Fix: the sum in the writer\'s style — a range when the ' +
    'rows are ranges. Percentage columns are not summed (growth rates do not add up). A Total row may be ' +
    'named "Total net revenue", "Combined" or "All segments"; a section heading ("Revenues:") starts the rows ' +
    'it adds up; the caption\'s scale ("(Dollars in millions)") counts, and the fix is written in the ' +
    'table\'s style ("$18,015"). Income-statement lines add up too: gross profit (or revenue, when the table has ' +
    'no gross or cost-of-revenue line) is operating expenses plus operating income; a share column\'s Total must ' +
    'say 100%. ' +
    'The same check covers parts a writer lists in prose: "$10 billion: $7.5 billion from SoftBank and ' +
    '$2.5 billion from others", "…, for a total of $10 billion", "in two tranches: …", "split between …", ' +
    'and a release\'s segment lines under the whole they open with ("North America segment sales … ' +
    'International segment sales …"). A list that may leave parts out ("including $30 billion from ' +
    'SoftBank") is wrong only when its parts come to more than the whole, and gets no fix.',
  check(claim: Claim, ctx): Finding[] {
    return checkRelations(claim, 'total', checkTotal, ctx.text);
  },
};

/** Whether a Total row's figure is reported by this rule: other rules then leave that figure alone. */
export function totalIsWrong(rel: Total): boolean {
  return checkTotal(rel, '') !== null;
}

/** A Total row's column added up. */
interface Sum {
  /** The interval the rows allow. */
  sum: Interval;
  /** The rows' written values added up, low ends and high ends. */
  low: number;
  high: number;
  /** Whether the rows are ranges that add up to a range. */
  anyRange: boolean;
}

/** The rows of a Total added up, or null when this rule does not check the total. */
function workOut(rel: Total): Sum | null {
  const { rows, total } = rel;
  // Percentages add up only as a share column's ("61%" and "39%" of "100%"): growth rates do not.
  if (total.kind !== 'money' && total.kind !== 'count' && !(rel.shares && total.kind === 'percent')) return null;
  // A share column's "100%" is right by definition: shares that do not add up to it are share-of's to name.
  if (rel.shares && Math.abs(total.value - 100) < 0.5) return null;
  if (rows.length < 2 || !usable(total)) return null;
  if (rows.some((r) => !usable(r) || !comparable(r, total))) return null;
  const intervals = inputIntervals(rows);
  let sum: Interval = interval(0, 0);
  let low = 0;
  let high = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = intervals[k];
    if (!i) return null; // a bound row ("over $1 billion") leaves the sum open
    sum = add(sum, i);
    low += Math.min(rows[k].low, rows[k].high);
    high += Math.max(rows[k].low, rows[k].high);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  return { sum, low, high, anyRange: rows.some((r) => r.isRange) && low !== high };
}

/** Whether a total `c` fits the rows' sum. */
function fitsSum(c: Quantity, total: Quantity, s: Sum): boolean {
  return c.kind === total.kind && overlaps(statedInterval(c), s.sum);
}

/** The sum written in the total's style, as the fix writes it: with the agreeing text when there is one. */
function sumText(total: Quantity, s: Sum): { agreeing: string | null; shown: string } {
  // Rows that are ranges add up to a range, written in the total's style ("$7-10 billion").
  const render: Render | undefined = s.anyRange ? (t) => formatRangeLike(t, roundAt(t, s.low, t.decimals), roundAt(t, s.high, t.decimals)) : undefined;
  const agreeing = agreeingText(total, s.low, (c) => fitsSum(c, total, s), render);
  return { agreeing, shown: agreeing ?? (render ? render(total, s.low) : describeValue(total, s.low, null)) };
}

/** What the rows above a Total add up to, written like the total as this rule writes it; null when not checked. */
export function computedTotal(rel: Total): string | null {
  const s = workOut(rel);
  return s ? sumText(rel.total, s).shown : null;
}

function checkTotal(rel: Total, text: string): Finding | null {
  const s = workOut(rel);
  if (!s) return null;
  const { rows, total } = rel;
  // Some of the parts ("including …"): wrong only when they alone come to more than the whole.
  if (rel.inclusive ? !exceeds(total, s) : fitsSum(total, total, s)) return null;
  const { agreeing, shown } = sumText(total, s);
  const sumShort = s.anyRange ? compactRange(s.low, s.high, total.kind, total.unit) : compact(s.low, total.kind, total.unit);
  const role = rel.prose ? 'Part' : rel.columns ? 'Column' : 'Row';
  const stated = withQualifier(total, text);
  let message: string;
  if (rel.inclusive) message = `The parts listed add up to ${shown}, more than the ${stated} they are part of.`;
  else if (rel.prose) message = `The parts add up to ${shown}, not ${stated}.`;
  else if (rel.columns) message = `The columns to the left add up to ${shown}, not ${stated}.`;
  else message = `The rows ${rows.every((r) => r.span.start > total.span.start) ? 'below' : 'above'} add up to ${shown}, not ${stated}.`;
  return makeFinding(tableTotalRule, {
    span: total.span,
    message,
    derivation: `${rows.map(short).join(' + ')} = ${sumShort}`,
    // Parts that leave others out say what the whole is at least, never what it is.
    fix: rel.inclusive ? null : fixTo(total, agreeing),
    related: rows.map((r, i) => related(r, `${role} ${i + 1}`)),
  });
}

/** Whether the parts' sum is surely over the total, whatever the rounding of either. */
function exceeds(total: Quantity, s: Sum): boolean {
  return s.sum.low > statedInterval(total).high;
}
