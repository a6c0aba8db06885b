// What the arithmetic rules share: how a figure used as an input of arithmetic is turned
// into an interval, how a stated result is compared with a derived one, how a Finding and
// its fix are put together, and the short figures used in derivations ("$5B").
import type { Claim, Finding, Fix, Quantity, Relation, RuleId, Severity, Span } from '../types';
import { formatLike, formatNumber } from '../format';
import { readQuantities } from '../read/figures/quantity';
import { readCellFigure } from '../read/tableFigures';
import { type Interval, interval, isBounded, negate, overlaps, percentChange, statedInterval } from '../tolerance';
import { isFoldVerb } from '../read/figures/numberWords';

/**
 * The values an input figure can stand for, or null when it cannot take part in arithmetic
 * (vague, a bound such as "over $1 billion", not finite): the tolerance of tolerance.ts.
 */
export function inputInterval(q: Quantity): Interval | null {
  if (q.vague) return null;
  if (q.qualifier !== null && q.qualifier !== 'about') return null;
  const stated = statedInterval(q);
  return isBounded(stated) ? stated : null;
}

/** Half a unit in the last digit the writer wrote, trailing zeros included: "$40 billion" → 0.5 billion. */
function lastDigitHalf(q: Quantity): number {
  const scale = q.scale > 0 ? q.scale : 1;
  return 0.5 * Math.pow(10, -Math.max(0, q.decimals)) * scale;
}

/**
 * Intervals for figures that feed the same arithmetic. Figures written side by side share
 * a precision: in "$40 billion to $52 billion" the zero of 40 is as deliberate as the 2 of
 * 52, so 40 is held to ±0.5 billion rather than the ±2 billion a lone round "40" gets.
 * A plain figure's tolerance narrows to the finest tolerance among its companions of the
 * same kind and unit, never below half a unit of its own last written digit; a figure
 * marked "about" keeps its width.
 */
export function inputIntervals(qs: readonly Quantity[]): (Interval | null)[] {
  const base = qs.map(inputInterval);
  if (qs.length <= FEW) {
    // A handful of figures (a change has two): compare each with the others directly.
    const out = base.slice();
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i];
      if (!base[i] || q.qualifier !== null) continue;
      let others = Infinity;
      for (let j = 0; j < qs.length; j++) {
        if (j !== i && base[j] && sameGroup(qs[j], q)) others = Math.min(others, halfOf(base, qs, j));
      }
      out[i] = narrowed(base, qs, i, others);
    }
    return out;
  }
  // The two finest tolerances of each kind and unit, so each figure finds the finest among
  // the others in one pass (a Total row may have thousands of rows above it).
  const finest = new Map<string, { first: number; firstAt: number; second: number }>();
  qs.forEach((q, k) => {
    if (!base[k]) return;
    const h = halfOf(base, qs, k);
    const g = finest.get(groupOf(q)) ?? { first: Infinity, firstAt: -1, second: Infinity };
    if (h < g.first) {
      g.second = g.first;
      g.first = h;
      g.firstAt = k;
    } else if (h < g.second) g.second = h;
    finest.set(groupOf(q), g);
  });
  return qs.map((q, i) => {
    const own = base[i];
    if (!own || q.qualifier !== null) return own;
    const g = finest.get(groupOf(q))!;
    return narrowed(base, qs, i, g.firstAt === i ? g.second : g.first);
  });
}

/** The two ends of a change as inputIntervalPair gives them (shared: never to be changed). */
export type IntervalPair = readonly [Interval | null, Interval | null];

// The pairs last worked out, by their two figures (the same objects): percent-change,
// percentage-points and sign ask for the pair of every change of a claim, one rule after
// another, so the second and third ask for one already made. A handful, overwritten in
// turn: bounded, as dataset/hedging.ts's recent intervals are.
const RECENT_PAIRS = 8;
const recentFrom: (Quantity | undefined)[] = new Array<Quantity | undefined>(RECENT_PAIRS).fill(undefined);
const recentTo: (Quantity | undefined)[] = new Array<Quantity | undefined>(RECENT_PAIRS).fill(undefined);
const recentPairs: (IntervalPair | undefined)[] = new Array<IntervalPair | undefined>(RECENT_PAIRS).fill(undefined);
let nextPair = 0;

/**
 * inputIntervals([a, b]) for the two ends of a change (every change is checked by three
 * rules): each end narrowed by the other alone, without the arrays in between.
 */
export function inputIntervalPair(a: Quantity, b: Quantity): IntervalPair {
  for (let k = 0; k < RECENT_PAIRS; k++) if (recentFrom[k] === a && recentTo[k] === b) return recentPairs[k] as IntervalPair;
  const pair = workOutPair(a, b);
  recentFrom[nextPair] = a;
  recentTo[nextPair] = b;
  recentPairs[nextPair] = pair;
  nextPair = (nextPair + 1) % RECENT_PAIRS;
  return pair;
}

function workOutPair(a: Quantity, b: Quantity): IntervalPair {
  const ia = inputInterval(a);
  const ib = inputInterval(b);
  return [narrowedBy(a, ia, b, ib), narrowedBy(b, ib, a, ia)];
}

/** Figure `q`'s interval `own` narrowed by its one companion `other` (interval `otherOwn`), as inputIntervals does. */
function narrowedBy(q: Quantity, own: Interval | null, other: Quantity, otherOwn: Interval | null): Interval | null {
  if (!own || q.qualifier !== null) return own;
  const others = otherOwn && sameGroup(other, q) ? halfWidthOf(other, otherOwn) : Infinity;
  return narrowedTo(q, own, others);
}

/** Up to this many figures, inputIntervals compares each with each (no map, no keys). */
const FEW = 8;

/** The half-width of figure `k`'s interval around its written value(s). */
function halfOf(base: readonly (Interval | null)[], qs: readonly Quantity[], k: number): number {
  return halfWidthOf(qs[k], base[k]!);
}

/** The half-width of `q`'s interval `i` around its written value(s). */
function halfWidthOf(q: Quantity, i: Interval): number {
  return Math.max(Math.min(q.low, q.high) - i.low, i.high - Math.max(q.low, q.high));
}

function groupOf(q: Quantity): string {
  return `${q.kind}\u0000${q.kind === 'count' ? '' : q.unit}`;
}

/** Whether two figures are of one kind and unit (groupOf without the key). */
function sameGroup(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && (a.kind === 'count' || a.unit === b.unit);
}

/** Figure `i`'s interval narrowed to the finest tolerance `others` of its companions, never below its last digit. */
function narrowed(base: readonly (Interval | null)[], qs: readonly Quantity[], i: number, others: number): Interval | null {
  return narrowedTo(qs[i], base[i]!, others);
}

/** `q`'s interval `own` narrowed to the tolerance `others`, never below its last digit. */
function narrowedTo(q: Quantity, own: Interval, others: number): Interval {
  const half = halfWidthOf(q, own);
  const h = Math.min(half, Math.max(lastDigitHalf(q), others));
  if (!(h < half)) return own;
  return interval(Math.min(q.low, q.high) - h, Math.max(q.low, q.high) + h);
}

/** The relative change from `a` to `b`, in percent (tolerance.ts percentChange, the one implementation). */
export const relativeChange = percentChange;

/** The stated figure's interval with a sign applied: an unsigned "25% drop" is −25%. */
export function signedStated(q: Quantity, sign: 1 | -1): Interval {
  const i = statedInterval(q);
  return sign === 1 ? i : negate(i);
}

/**
 * Whether the stated figure fits `derived` with either sign: its own or the other. (Which
 * sign a change states is the sign rule's question; the size rules let either fit, and
 * overlapping with one sign or the other needs the figure's interval once.)
 */
export function fitsEitherSign(q: Quantity, derived: Interval): boolean {
  const stated = statedInterval(q);
  return overlaps(stated, derived) || overlaps(negate(stated), derived);
}

export { overlaps };

/** A fix may only be offered when the stated figure is a plain or "about" figure, not a bound. */
export function fixable(q: Quantity): boolean {
  // "doubled" is the writer's verb: no figure written in its place reads as the sentence did.
  return !q.vague && (q.qualifier === null || q.qualifier === 'about') && !(q.kind === 'multiple' && isFoldVerb(q.text));
}

/**
 * `value` rounded to `d` decimals at the scale the writer used, when the value stays in
 * that scale ("about 40%" → 93, not 93.37); a value that needs another scale, or that would
 * round to zero, is left for formatLike to write readably.
 */
export function roundAt(q: Quantity, value: number, d: number): number {
  if (!Number.isFinite(value)) return value;
  const f = Math.pow(10, Math.max(0, Math.min(6, d)));
  const s = (q.kind === 'money' || q.kind === 'count') && q.scale > 0 ? q.scale : 1;
  const m = Math.abs(value) / s;
  // A table's "$18,015" in millions is rounded at its own digits, however many.
  if (s > 1 && !q.scaleImplied && (m < 1 || m >= 1000)) return value;
  const r = (Math.round(m * f) / f) * s * Math.sign(value);
  return r === 0 && value !== 0 ? value : r;
}

/** The figure a replacement text reads as, with the qualifier the writer put before the original. */
export function reread(text: string, like: Quantity): Quantity | null {
  const found = readQuantities(text).find((x) => x.span.start === 0 && x.span.end === text.length) ?? readCellFigure(text, like);
  if (!found) return null;
  if (found.scaleImplied) return { ...found, qualifier: like.qualifier, span: like.span, segment: like.segment };
  // "$19,000" in place of a table's "$18,015" is in the table's scale, as the figure it replaces.
  if (like.scaleImplied && found.kind === like.kind && found.scale === 1 && found.scaleText === '') {
    return { ...found, value: found.value * like.scale, low: found.low * like.scale, high: found.high * like.scale, scale: like.scale, scaleImplied: true, qualifier: like.qualifier, span: like.span, segment: like.segment };
  }
  return { ...found, qualifier: like.qualifier, span: like.span, segment: like.segment };
}

/** How to write a value like a template at a given number of decimals. */
export type Render = (template: Quantity, value: number) => string;
const plainRender: Render = (t, v) => formatLike(t, v);

/**
 * The text to write `value` in, in the style of `q`: rounded the way `q` was rounded, or with
 * up to three more decimals when that rounding would put the figure outside what the
 * arithmetic allows (`ok` is the rule's own test, so a fix never fires again). Null when no
 * such text exists.
 */
export function agreeingText(q: Quantity, value: number, ok: (candidate: Quantity) => boolean, render: Render = plainRender): string | null {
  if (!Number.isFinite(value)) return null;
  const seen = new Set<string>();
  for (let extra = 0; extra <= 3; extra++) {
    const d = Math.max(0, q.decimals) + extra;
    const text = render({ ...q, decimals: d }, roundAt(q, value, d));
    if (!text || seen.has(text) || /NaN|Infinity/.test(text)) continue;
    seen.add(text);
    const c = reread(text, q);
    if (c && ok(c)) return text;
  }
  return null;
}

/** The value written like `q` for a message: the agreeing text when there is one, else the plain style. */
export function describeValue(q: Quantity, value: number, agreeing: string | null, render: Render = plainRender): string {
  return agreeing ?? render(q, roundAt(q, value, Math.max(q.decimals, 2)));
}

/** A fix to `text` when the figure may be fixed (not a bound) and the text is known. */
export function fixTo(q: Quantity, text: string | null): Fix | null {
  if (!text || !fixable(q)) return null;
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
  if (s.includes('.')) {
    let end = s.length;
    while (end > 0 && s[end - 1] === '0') end--;
    if (end > 0 && s[end - 1] === '.') end--;
    s = s.slice(0, end);
  }
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

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
/** What comes before the first digit. */
function pre(s: string): string {
  let i = 0;
  while (i < s.length && !isDigit(s[i])) i++;
  return s.slice(0, i);
}
/** What comes after the last digit. */
function suf(s: string): string {
  let i = s.length;
  while (i > 0 && !isDigit(s[i - 1])) i--;
  return s.slice(i);
}

/** Two values written short as one range, sharing currency and scale: "$2–3B". */
export function compactRange(low: number, high: number, kind: Quantity['kind'], unit: string): string {
  const lo = compact(low, kind, unit);
  const hi = compact(high, kind, unit);
  if (lo === hi) return lo;
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

// ---------------------------------------------------------------------------
// Reading the words around a figure by hand: a backwards scan is linear whatever the text,
// where a pattern anchored at the end of a string is retried from every position.

export interface Word {
  text: string;
  /** Lower-cased, for comparisons. */
  lower: string;
  start: number;
  end: number;
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  // ASCII without making two strings per character (a letter is what has two cases).
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45 || code === 39 || code === 126;
  return c === '’' || c.toLowerCase() !== c.toUpperCase();
}

/**
 * The last `max` words of `text`, in reading order, with their offsets in `text`. Words are
 * separated by whitespace only: a comma, a digit or any other character ends the scan, so
 * the words returned belong to the same phrase as what follows `text`.
 */
export function trailingWords(text: string, max: number): Word[] {
  const out: Word[] = [];
  let i = text.length;
  while (out.length < max) {
    let j = i;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t' || text[j - 1] === '\n' || text[j - 1] === '\u00a0')) j--;
    let k = j;
    while (k > 0 && isWordChar(text[k - 1])) k--;
    if (k === j) break;
    const w = text.slice(k, j);
    out.unshift({ text: w, lower: w.toLowerCase(), start: k, end: j });
    i = k;
    if (k === 0) break;
  }
  return out;
}

/** `text` without the first of `suffixes` it ends with (case-insensitive), and the spaces before it; null when none. */
export function withoutSuffix(text: string, suffixes: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const s of suffixes) {
    if (lower.endsWith(s)) return text.slice(0, text.length - s.length).trimEnd();
  }
  return null;
}

/** Words a writer puts between a preposition and a figure ("from about $5 billion"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'roughly', 'around', 'nearly', 'almost', 'some', 'approximately', 'over', '~']);

/**
 * Runs `check` on each of the claim's relations of one kind (with the text in scope) and keeps
 * the findings it returns. The text is passed through rather than captured by the caller: a
 * closure per rule and claim cost more than most checks, which find no relation of their kind.
 */
export function checkRelations<K extends Relation['kind']>(
  claim: Claim,
  kind: K,
  check: (rel: Extract<Relation, { kind: K }>, text: string) => Finding | null,
  text: string,
): Finding[] {
  const out: Finding[] = [];
  const relations = claim.relations;
  // Indexed loop: no iterator object per rule and claim.
  for (let i = 0; i < relations.length; i++) {
    const rel = relations[i];
    if (rel.kind !== kind) continue;
    const f = check(rel as Extract<Relation, { kind: K }>, text);
    if (f) out.push(f);
  }
  return out;
}
