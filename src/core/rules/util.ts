// What the arithmetic rules share: how a figure used as an input of arithmetic is turned
// into an interval, how a stated result is compared with a derived one, how a Finding and
// its fix are put together, and the short figures used in derivations ("$5B").
import type { Finding, Fix, Quantity, RuleId, Severity, Span } from '../types';
import { formatLike, formatNumber } from '../format';
import { type Interval, isBounded, negate, overlaps, statedInterval } from '../tolerance';

/**
 * A plain figure that feeds arithmetic (the "from" of a change, a row of a table) is taken
 * at its written rounding, but never looser than this fraction of itself. Without the cap a
 * one-digit figure stands for too much: "$1 billion" alone means 0.5–1.5 billion, and then
 * "from $1 billion to $5 billion, a 500% increase" (the classic "5x is a 500% rise" slip)
 * could never be caught. Writers doing arithmetic on their own figures use them as written;
 * a figure marked "about" keeps its full rounding.
 */
export const INPUT_RELATIVE_TOLERANCE = 0.04;

/**
 * The values an input figure can stand for, or null when it cannot take part in arithmetic
 * (vague, a bound such as "over $1 billion", not finite).
 */
export function inputInterval(q: Quantity): Interval | null {
  if (q.vague) return null;
  if (q.qualifier !== null && q.qualifier !== 'about') return null;
  const stated = statedInterval(q);
  if (!isBounded(stated)) return null;
  if (q.qualifier === 'about') return stated;
  const lo = Math.min(q.low, q.high);
  const hi = Math.max(q.low, q.high);
  return {
    low: Math.max(stated.low, lo - Math.abs(lo) * INPUT_RELATIVE_TOLERANCE),
    high: Math.min(stated.high, hi + Math.abs(hi) * INPUT_RELATIVE_TOLERANCE),
  };
}

/** The stated figure's interval with a sign applied: an unsigned "25% drop" is −25%. */
export function signedStated(q: Quantity, sign: 1 | -1): Interval {
  const i = statedInterval(q);
  return sign === 1 ? i : negate(i);
}

/**
 * The sign a stated change carries: the explicit sign when written, else the direction
 * word ("a 25% drop"), else the sign of the recomputed value (an unsigned "a 25% change"
 * is compared by size).
 */
export function statedSign(q: Quantity, direction: 'up' | 'down' | undefined, computed: number): 1 | -1 {
  if (q.sign === '-') return -1;
  if (q.sign === '+') return 1;
  if (direction === 'down') return -1;
  if (direction === 'up') return 1;
  return computed < 0 ? -1 : 1;
}

export { overlaps };

/** A fix may only be offered when the stated figure is a plain or "about" figure, not a bound. */
export function fixable(q: Quantity): boolean {
  return !q.vague && (q.qualifier === null || q.qualifier === 'about');
}

/**
 * `value` rounded the way the writer rounded `q`: to its decimals, at its scale when the
 * value stays in that scale ("about 40%" → 93, not 93.37). A value that would round to
 * zero, or that needs another scale, is left for formatLike to write readably.
 */
export function roundLike(q: Quantity, value: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.max(0, Math.min(6, q.decimals));
  const f = Math.pow(10, d);
  const s = (q.kind === 'money' || q.kind === 'count') && q.scale > 0 ? q.scale : 1;
  const m = Math.abs(value) / s;
  if (s > 1 && (m < 1 || m >= 1000)) return value;
  const r = (Math.round(m * f) / f) * s * Math.sign(value);
  return r === 0 && value !== 0 ? value : r;
}

/** `value` written like `q`, rounded the way `q` is: the figure a fix puts in and a message names. */
export function writeLike(q: Quantity, value: number): string {
  return formatLike(q, roundLike(q, value));
}

/** A replacement for the figure's span in the writer's style; null when it changes nothing or cannot be written. */
export function fixFor(q: Quantity, value: number): Fix | null {
  if (!Number.isFinite(value)) return null;
  const text = writeLike(q, value);
  return replaceWith(q.span, text, q.text);
}

export function replaceWith(span: Span, text: string, current: string): Fix | null {
  if (!text || text === current || /NaN|Infinity/.test(text)) return null;
  return { span: { start: span.start, end: span.end }, text, title: `Replace with ${text}` };
}

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
}

export interface FindingParts {
  span: Span;
  message: string;
  derivation: string;
  fix?: Fix | null;
  alternatives?: Fix[];
  related?: { span: Span; message: string }[];
}

export function makeFinding(rule: RuleInfo, parts: FindingParts): Finding {
  const f: Finding = {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    span: { start: parts.span.start, end: parts.span.end },
    message: parts.message,
    derivation: parts.derivation,
    fix: parts.fix ?? null,
    related: parts.related ?? [],
    sources: [],
  };
  if (parts.alternatives && parts.alternatives.length > 0) f.alternatives = parts.alternatives;
  return f;
}

export function related(q: Quantity, role: string): { span: Span; message: string } {
  return { span: { start: q.span.start, end: q.span.end }, message: `${role}: ${q.text}` };
}

// ---------------------------------------------------------------------------
// Short figures for derivations: "$5B", "400M", "57%", "5x".

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹', KRW: '₩' };

/** A number with at most `max` decimals and no trailing zeros: 93.27 → "93.3" with max 1. */
export function trimmed(x: number, max = 2): string {
  if (!Number.isFinite(x)) return '';
  const digits = Math.abs(x) >= 100 ? Math.min(max, 1) : max;
  let s = formatNumber(x, digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return (x < 0 && /[1-9]/.test(s) ? '-' : '') + s;
}

function compactScaled(abs: number): string {
  const steps: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [s, name] of steps) if (abs >= s) return `${trimmed(abs / s)}${name}`;
  return trimmed(abs);
}

/** A value of the given kind and unit, written short for a derivation line. */
export function compact(value: number, kind: Quantity['kind'], unit: string): string {
  if (!Number.isFinite(value)) return '';
  const neg = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  switch (kind) {
    case 'money':
      return `${neg}${SYMBOL[unit] ?? `${unit} `}${compactScaled(abs)}`;
    case 'percent':
      return `${neg}${trimmed(abs, 1)}%`;
    case 'percentagePoints':
      return `${neg}${trimmed(abs, 1)}pp`;
    case 'multiple':
      return `${neg}${trimmed(abs)}x`;
    default:
      return `${neg}${compactScaled(abs)}`;
  }
}

/** Two values written short as one range, sharing currency and scale: "$2–3B". */
export function compactRange(low: number, high: number, kind: Quantity['kind'], unit: string): string {
  const lo = compact(low, kind, unit);
  const hi = compact(high, kind, unit);
  if (lo === hi) return lo;
  const pre = (s: string): string => /^[^\d]*/.exec(s)![0];
  const suf = (s: string): string => /[^\d]*$/.exec(s)![0];
  if (pre(lo) === pre(hi) && suf(lo) === suf(hi) && !pre(lo).includes('−')) {
    return `${lo.slice(0, lo.length - suf(lo).length)}–${hi.slice(pre(hi).length)}`;
  }
  return `${lo}–${hi}`;
}

/** A quantity written short; a range as "$2–3B". */
export function short(q: Quantity): string {
  if (q.isRange) return compactRange(q.low, q.high, q.kind, q.unit);
  return compact(q.value, q.kind, q.unit);
}

/** The figure as the writer wrote it, with its qualifier ("over 75%"), from the document text. */
export function withQualifier(q: Quantity, text: string): string {
  if (q.qualifierSpan && q.qualifierSpan.start < q.span.start) {
    const s = text.slice(q.qualifierSpan.start, q.span.end);
    if (s.length > 0 && s.length < 80) return s;
  }
  return q.text;
}

/**
 * Whether two figures measure the same kind of thing in the same unit, so arithmetic
 * between them means something. `anyNoun` lets counts of different nouns meet (a share of
 * 400 million users is a number of subscribers).
 */
export function comparable(a: Quantity, b: Quantity, anyNoun = false): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return a.unit === b.unit;
  if (a.kind === 'count') return anyNoun || a.unit === b.unit || a.unit === '' || b.unit === '';
  return true;
}

/** Whether a figure is usable for arithmetic at all. */
export function usable(q: Quantity): boolean {
  return !q.vague && Number.isFinite(q.value) && Number.isFinite(q.low) && Number.isFinite(q.high);
}
