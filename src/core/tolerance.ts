// Comparisons that respect how the writer rounded. A written figure does not stand for
// one number but for every true value a careful writer would have rounded to it:
// "$13 billion" stands for 12.5–13.5 billion, so it agrees with a reported $13.1 billion
// and "$12 billion" does not. Rules turn figures into intervals here, push them through
// interval arithmetic to get the interval of a derived figure (a change, a share, a
// growth rate), and call `overlaps` instead of comparing numbers with ===.
import type { Interval, Quantity } from './types';

export type { Interval };


/**
 * Every interval is made here, with both open flags set: every interval then has the same
 * four properties in the same order, and a rule reading an interval's ends never meets a
 * missing flag (intervals are made and read for every figure; literals with only the flags
 * they needed measured slower).
 */
export function interval(low: number, high: number, lowOpen = false, highOpen = false): Interval {
  return { low, high, lowOpen, highOpen };
}

export const EVERYTHING: Interval = interval(-Infinity, Infinity, true, true);

/** A copy of EVERYTHING, for a caller that may change what it gets. */
function everything(): Interval {
  return interval(-Infinity, Infinity, true, true);
}

export function point(x: number): Interval {
  return interval(x, x);
}

export function closed(low: number, high: number): Interval {
  return low <= high ? interval(low, high) : interval(high, low);
}

/**
 * Half the rounding step of a number written as `mantissa` with `decimals` fraction digits.
 * "13.1" → 0.05; "13" → 0.5; "600" → 50 (the last non-zero digit sets the precision: a
 * writer who rounds 561 to the nearest hundred writes 600).
 *
 * A whole number is also held to `cap` of itself (5% plain, 10% with "about"): "$1 billion"
 * means 0.95–1.05 billion, not 0.5–1.5, otherwise "from $1 billion to $5 billion, a 500%
 * increase" could never be caught; "$13 billion" (±0.5, under 5%) still agrees with 13.1.
 * Digits after the point are the writer's explicit precision and are not capped.
 */
export function roundingHalfStep(mantissa: number, decimals: number, cap = 0.05): number {
  if (decimals > 0) return 0.5 * Math.pow(10, -decimals);
  const m = Math.round(Math.abs(mantissa));
  if (m === 0) return 0.5;
  let step = 1;
  let rest = m;
  while (rest % 10 === 0 && step < 1e15) {
    rest /= 10;
    step *= 10;
  }
  return Math.min(step / 2, cap * m);
}

/** The number as written before its scale: 1.4 for "$1.4 trillion", 5000 for "5000亿". */
function mantissaOf(value: number, scale: number): number {
  return scale > 0 && Number.isFinite(scale) ? value / scale : value;
}

/** Half-width, in the quantity's own units, of the rounding around each end. */
function halfWidth(q: Quantity): number {
  const scale = q.scale > 0 ? q.scale : 1;
  const cap = q.qualifier === 'about' ? 0.1 : 0.05;
  // Both ends of "$300–500 million" share one precision: the finer of the two.
  const half = q.isRange
    ? Math.min(
        roundingHalfStep(mantissaOf(q.low, scale), q.decimals, cap),
        roundingHalfStep(mantissaOf(q.high, scale), q.decimals, cap),
      )
    : roundingHalfStep(mantissaOf(q.value, scale), q.decimals, cap);
  // A percentage is read to its last written digit at least: "a 5% stake" may be 5.4%.
  // (The 5% cap above is for amounts: "$1 billion" is not "$1.4 billion".)
  if (q.kind === 'percent' || q.kind === 'percentagePoints') {
    return Math.max(half, 0.5 * Math.pow(10, -Math.max(0, q.decimals))) * scale;
  }
  return half * scale;
}

/**
 * The true values consistent with the written figure, given its rounding and qualifier.
 * A range keeps the writer's order in `low`/`high`; the interval covers both ends whichever
 * way round they were written (range-order reports the order itself).
 */
export function statedInterval(q: Quantity): Interval {
  if (q.vague) return everything();
  if (!Number.isFinite(q.value) || !Number.isFinite(q.low) || !Number.isFinite(q.high)) {
    return everything();
  }
  const half = halfWidth(q);
  const lo = Math.min(q.low, q.high);
  const hi = Math.max(q.low, q.high);
  switch (q.qualifier) {
    case 'over':
      return interval(lo, Infinity, true, true);
    case 'atLeast':
      return interval(lo, Infinity, false, true);
    case 'under':
      return interval(-Infinity, hi, true, true);
    case 'upTo':
      return interval(-Infinity, hi, true, false);
    case 'nearly': {
      // "nearly 1 billion": a little below, never above. "A little" is at least one
      // rounding step, but between 5% and 10% of the figure ("nearly $1 billion" is
      // 0.9–1 billion, not anything from zero).
      const v = hi;
      const tol = Math.max(Math.min(2 * half, 0.1 * Math.abs(v)), 0.05 * Math.abs(v));
      return v >= 0 ? interval(v - tol, v) : interval(v, v + tol);
    }
    default:
      // 'about' (a wider cap, see roundingHalfStep) and no qualifier: the rounding itself is the tolerance.
      return interval(lo - half, hi + half);
  }
}

/** Whether `x` lies in `i`. */
export function contains(i: Interval, x: number): boolean {
  if (Number.isNaN(x)) return false;
  const aboveLow = i.lowOpen ? x > i.low : x >= i.low;
  const belowHigh = i.highOpen ? x < i.high : x <= i.high;
  return aboveLow && belowHigh;
}

/** Whether two intervals share at least one value. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (isEmpty(a) || isEmpty(b)) return false;
  // a ends before b starts?
  if (a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen))) return false;
  if (b.high < a.low || (b.high === a.low && (b.highOpen || a.lowOpen))) return false;
  return true;
}

export function isEmpty(i: Interval): boolean {
  if (Number.isNaN(i.low) || Number.isNaN(i.high)) return true;
  if (i.low > i.high) return true;
  return i.low === i.high && !!(i.lowOpen || i.highOpen);
}

/** Whether the stated figure agrees with a value (a dataset figure, a recomputed figure). */
export function agrees(q: Quantity, x: number): boolean {
  return contains(statedInterval(q), x);
}

export function midpoint(i: Interval): number {
  if (Number.isFinite(i.low) && Number.isFinite(i.high)) return (i.low + i.high) / 2;
  if (Number.isFinite(i.low)) return i.low;
  if (Number.isFinite(i.high)) return i.high;
  return 0;
}

export function isBounded(i: Interval): boolean {
  return Number.isFinite(i.low) && Number.isFinite(i.high);
}

// ---------------------------------------------------------------------------
// Interval arithmetic, for the uncertainty of derived figures: the change from "$1 billion"
// to "$5 billion" is ((5±0.5) − (1±0.05)) ÷ (1±0.05), and a stated change agrees when its
// own interval overlaps that one.

interface End {
  v: number;
  open: boolean;
}

/** The product of two ends; 0 × ∞ is 0 here, which is the right end for non-empty intervals. */
function times(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return a * b;
}

function fromEnds(ends: End[]): Interval {
  let lo = ends[0];
  let hi = ends[0];
  for (const e of ends) {
    if (e.v < lo.v || (e.v === lo.v && !e.open)) lo = e;
    if (e.v > hi.v || (e.v === hi.v && !e.open)) hi = e;
  }
  return interval(lo.v, hi.v, lo.open || lo.v === -Infinity, hi.open || hi.v === Infinity);
}

/**
 * The interval from `low` to `high`, an infinite end open, everything when an end is not a
 * number. Made from the ends themselves: the operations below each allocate their result
 * only, not a draft of it and then a copy (they run for every derived figure).
 */
function normalised(low: number, high: number, lowOpen: boolean | undefined, highOpen: boolean | undefined): Interval {
  if (Number.isNaN(low) || Number.isNaN(high)) return everything();
  return interval(low, high, !!lowOpen || low === -Infinity, !!highOpen || high === Infinity);
}

export function add(a: Interval, b: Interval): Interval {
  return normalised(a.low + b.low, a.high + b.high, !!(a.lowOpen || b.lowOpen), !!(a.highOpen || b.highOpen));
}

export function negate(a: Interval): Interval {
  return normalised(-a.high, -a.low, a.highOpen, a.lowOpen);
}

/**
 * a − b, which is add(a, negate(b)) without the negated interval in between: x − y is
 * x + (−y) exactly in floating point, and an infinite end of b is an open end of −b.
 * Should b have an end that is not a number, add(a, negate(b)) is everything, and so is
 * this (the difference is then not a number).
 */
export function sub(a: Interval, b: Interval): Interval {
  return normalised(
    a.low - b.high,
    a.high - b.low,
    !!(a.lowOpen || b.highOpen || b.high === Infinity),
    !!(a.highOpen || b.lowOpen || b.low === -Infinity),
  );
}

// The ends seen so far by mul(): one scratch record, so a product allocates nothing but its result.
const ends = { lo: 0, loOpen: false, hi: 0, hiOpen: false };

/** Widens `ends` to take in the value v (open: v itself is excluded); a closed end wins a tie. */
function takeIn(v: number, open: boolean): void {
  if (v < ends.lo || (v === ends.lo && !open)) {
    ends.lo = v;
    ends.loOpen = open;
  }
  if (v > ends.hi || (v === ends.hi && !open)) {
    ends.hi = v;
    ends.hiOpen = open;
  }
}

export function mul(a: Interval, b: Interval): Interval {
  // fromEnds over the four products (low×low, low×high, high×low, high×high), without the
  // arrays of ends: called for every derived figure, and those arrays were most of its cost.
  const aLowOpen = !!a.lowOpen;
  const aHighOpen = !!a.highOpen;
  const bLowOpen = !!b.lowOpen;
  const bHighOpen = !!b.highOpen;
  ends.lo = ends.hi = times(a.low, b.low);
  ends.loOpen = ends.hiOpen = aLowOpen || bLowOpen;
  takeIn(times(a.low, b.high), aLowOpen || bHighOpen);
  takeIn(times(a.high, b.low), aHighOpen || bLowOpen);
  takeIn(times(a.high, b.high), aHighOpen || bHighOpen);
  return normalised(ends.lo, ends.hi, ends.loOpen, ends.hiOpen);
}

/** 1 ÷ b; everything when b straddles zero (the quotient is then unbounded both ways). */
function inv(x: number): number {
  return x === Infinity || x === -Infinity ? 0 : 1 / x;
}

export function reciprocal(b: Interval): Interval {
  if (b.low > 0 || b.high < 0) {
    return normalised(inv(b.high), inv(b.low), b.highOpen, b.lowOpen);
  }
  if (b.low === 0 && b.lowOpen && b.high > 0) {
    return interval(inv(b.high), Infinity, !!b.highOpen, true);
  }
  if (b.high === 0 && b.highOpen && b.low < 0) {
    return interval(-Infinity, inv(b.low), true, !!b.lowOpen);
  }
  return everything();
}

export function div(a: Interval, b: Interval): Interval {
  return mul(a, reciprocal(b));
}

// The constant scaleBy multiplies by, as the point mul() reads: one scratch interval, set
// before each product (mul keeps nothing of its operands), not a point made per call.
const scaleFactor = point(0);

/** Multiplies by a known constant (a percent to a fraction: × 0.01). */
export function scaleBy(a: Interval, k: number): Interval {
  scaleFactor.low = k;
  scaleFactor.high = k;
  return mul(a, scaleFactor);
}

/** The point 1, subtracted from every growth factor (sub keeps nothing of its operands). */
const ONE: Readonly<Interval> = point(1);

/**
 * a ^ e for e > 0 on a non-negative base (growth factors): monotonic, so the ends map to
 * the ends. A base that may be negative gives everything.
 */
export function pow(a: Interval, e: number): Interval {
  if (!(e > 0) || a.low < 0) return everything();
  return normalised(Math.pow(a.low, e), Math.pow(a.high, e), a.lowOpen, a.highOpen);
}

/**
 * Relative change from `from` to `to`, in percent, as (to ÷ from − 1) × 100: each interval
 * enters once, so the result is exact. (to − from) ÷ from uses `from` twice, and interval
 * arithmetic then widens the result as if the two could differ, hiding a wrong stated
 * change behind the rounding.
 */
export function percentChange(from: Interval, to: Interval): Interval {
  return scaleBy(sub(div(to, from), ONE), 100);
}

/** Compound annual growth, in percent, from `from` to `to` over `years` years. */
export function cagr(from: Interval, to: Interval, years: number): Interval {
  if (!(years > 0)) return everything();
  const ratio = div(to, from);
  return scaleBy(sub(pow(ratio, 1 / years), ONE), 100);
}

/** Every value within either interval (their hull). */
export function hull(a: Interval, b: Interval): Interval {
  return fromEnds([
    { v: a.low, open: !!a.lowOpen },
    { v: b.low, open: !!b.lowOpen },
    { v: a.high, open: !!a.highOpen },
    { v: b.high, open: !!b.highOpen },
  ]);
}
