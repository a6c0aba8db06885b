// Intervals in the order they were added, and the first of them that shares no value with a
// new one, in O(log n) per question. The cross-reference rule asks this for every figure of
// a draft about the figures stated before it for the same thing; a draft (or a generated
// benchmark) that states one figure hundreds of times made a plain scan quadratic.
//
// The first interval ending before x starts is where the running minimum of the ends
// (open ends counting as lower at the same value) first ends before x: the running minimum
// only ever moves down, so "ends before x" is false and then true along it, and a binary
// search finds the change. Symmetrically for intervals starting after x ends.
import { interval, isEmpty, overlaps, type Interval } from './tolerance';

/** a ends before b starts (no shared value), as `overlaps` judges it. */
function endsBefore(a: Interval, b: Interval): boolean {
  return a.high < b.low || (a.high === b.low && !!(a.highOpen || b.lowOpen));
}

/** Stands in for "no interval yet": ends after and starts before everything. */
const NEVER: Interval = interval(-Infinity, Infinity);

export class IntervalLog {
  /** Entry i: the interval with the lowest end among the first i + 1. */
  private readonly lowestEnd: Interval[] = [];
  /** Entry i: the interval with the highest start among the first i + 1. */
  private readonly highestStart: Interval[] = [];
  private firstEmpty = -1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(i: Interval): void {
    const n = this.count++;
    // An empty interval (NaN ends too) shares no value with anything: remembered apart, and
    // kept out of the running extremes, where a NaN would stop every comparison.
    const empty = isEmpty(i);
    if (empty && this.firstEmpty < 0) this.firstEmpty = n;
    const end = n ? this.lowestEnd[n - 1] : NEVER;
    this.lowestEnd.push(empty || endsBeforeOrAt(end, i) ? end : i);
    const start = n ? this.highestStart[n - 1] : NEVER;
    this.highestStart.push(empty || startsAfterOrAt(start, i) ? start : i);
  }

  /** Index of the first of the first `limit` intervals that does not overlap `x`, or -1. */
  firstDisjoint(x: Interval, limit = this.count): number {
    const n = Math.min(limit, this.count);
    if (n <= 0) return -1;
    if (isEmpty(x)) return 0;
    let best = this.firstEmpty >= 0 && this.firstEmpty < n ? this.firstEmpty : n;
    // Two binary searches for where "ends before x" and "starts after x" first hold.
    let lo = 0;
    let hi = best;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (endsBefore(this.lowestEnd[mid], x)) hi = mid;
      else lo = mid + 1;
    }
    best = lo;
    lo = 0;
    hi = best;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (endsBefore(x, this.highestStart[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo < n ? lo : -1;
  }
}

/** Whether a's end is lower than b's, or the same value with a's open (or both the same). */
function endsBeforeOrAt(a: Interval, b: Interval): boolean {
  return a.high < b.high || (a.high === b.high && (!!a.highOpen || !b.highOpen));
}

/** Whether a's start is higher than b's, or the same value with a's open (or both the same). */
function startsAfterOrAt(a: Interval, b: Interval): boolean {
  return a.low > b.low || (a.low === b.low && (!!a.lowOpen || !b.lowOpen));
}

/** The plain scan the log replaces: kept for the property test that compares the two. */
export function firstDisjointByScan(list: readonly Interval[], x: Interval, limit = list.length): number {
  for (let k = 0; k < Math.min(limit, list.length); k++) if (!overlaps(list[k], x)) return k;
  return -1;
}
