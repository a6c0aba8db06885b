// When a figure is of: the period joined right after it ("$13 billion in 2025") or the nearest
// in its own clause, else one that opens the sentence, else the one carried from the sentence
// before. "A year earlier" is the year before the sentence's period; "last quarter" is placed
// only by the document's date; a period another figure owns, or a comparison's base ("up 114%
// from fiscal 2024"), is not this figure's.
import type { Period, Quantity, Span } from '../types';
import { mayTellRelativeTime, placeYearless, yearBefore, type YearlessPart } from './periods/period';
import { clauseOf } from './sentences/clause';
import { placeByDate } from './relativeTime';
import { firstAtOrAfter, spanStartOf, startOf, type PeriodCandidate, type SentenceContext } from './sentenceContext';

/** Words that place a figure in a period nobody named ("last year"): nothing is carried then. */
export const RELATIVE_TIME = /\b(?:last|previous|prior|past|next|this|coming|current)\s+(?:year|quarter|month|fiscal year|half)\b|\ba (?:year|quarter) (?:earlier|ago|before)\b|\b(?:first|last|past|final|trailing|next)\s+(?:\w+\s+)?(?:months|weeks|days|quarters)\b|\byear[- ]to[- ]date\b|\bytd\b|\bsince\s+(?:19|20)\d\d\b/i;

/** RELATIVE_TIME.test(text), run only when the sentence holds a word every match needs. */
export function saysRelativeTime(text: string): boolean {
  return mayTellRelativeTime(text) && RELATIVE_TIME.test(text);
}

export const RELATIVE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:(?:in|during|for|of|over)\s+)?(?:the\s+)?(?:last|previous|prior|past|this|next|current|same)\s+(?:year|quarter|month|fiscal year|half|period)\b/iu;


/** Between a figure and its period: nothing, or a preposition ("$13 billion in 2025", "$4.3 billion in the first half of 2025"). */
const PERIOD_JOINT = /^\s*(?:,\s*)?(?:(?:in|for|during|as of|by|through|at the end of|at end of|of|over|since|across|throughout|from)\s+)?(?:the\s+)?$/i;

/** "$3.7 billion a year earlier": the year before the period the sentence speaks of. */
export const YEAR_EARLIER_AFTER = /^\s*(?:,\s*)?(?:(?:in|during|for)\s+)?(?:a year (?:earlier|before)|the (?:year|period) (?:before|earlier)|the (?:previous|prior|preceding) year|(?:in )?the same (?:period|quarter|half|month) (?:(?:a|the|of the) (?:year (?:earlier|before)|previous year|prior year)|last year))\b/i;

const NO_PARTS: readonly YearlessPart[] = [];
/** Between two figures that share what follows them: "and", "or", "to", a dash, perhaps a qualifier. */
const COORDINATED = /^\s{0,3}(?:and|or|to|through|[-–—])\s{0,3}(?:(?:about|around|roughly|nearly|almost|some|over|under|approximately)\s{1,3})?$/i;

/**
 * Words before a period that make it the base a figure is compared with ("compared with
 * fourth quarter 2023", "up 114% from fiscal 2024", "versus 2024"): what the sentence is
 * about is the other period, and that is what carries on to the next sentence.
 */
const BASE_BEFORE = /(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bfrom|\bover|\bthan|\bagainst)\s+(?:(?:the\s+)?(?:same\s+(?:period|quarter|time)\s+(?:in|of|a)\s+|year-ago\s+)?)?(?:the\s+)?$/i;
/** Whether the period at document span `span` of sentence `text` (at offset `base`) is a comparison's base (BASE_BEFORE). */
export function isBasePeriod(text: string, base: number, span: Span): boolean {
  const at = span.start - base;
  return at > 0 && BASE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** A count's noun, then a preposition: "users in", "paying subscribers as of". */
const NOUN_THEN_JOINT = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:in|for|during|as of)\s+(?:the\s+)?$/u;
/** The words a count's noun may take before its period. */
const LEADING_WORDS = /^\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/u;

/**
 * Whether a word can open `tail` past spaces and commas: YEAR_EARLIER_AFTER and RELATIVE_AFTER
 * both need a letter (or RELATIVE_AFTER's hyphenated word) there. Any non-ASCII character
 * counts (a Unicode space or letter): the patterns then decide.
 */
function wordFollows(tail: string): boolean {
  for (let i = 0; i < tail.length; i++) {
    const c = tail.charCodeAt(i);
    if (c === 32 || c === 44 || (c >= 9 && c <= 13)) continue;
    return c >= 128 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  }
  return false;
}

/**
 * A word each match of YEAR_EARLIER_AFTER holds (year, period) and each of RELATIVE_AFTER
 * (year, quarter, month, half, period), none with a letter that flag u folds ("ſ", the Kelvin
 * sign): one search, and most figures' tails skip both patterns. (The three are exported for their test.)
 */
export const TIME_WORD = /year|period|quarter|month|half/i;

/** "last year" right after a figure ("from 43% last year"). */
export const LAST_YEAR_AFTER = /^\s*(?:,\s*)?(?:(?:in|during)\s+)?(?:the\s+)?(?:last|previous|prior)\s+year\b(?!['’])/i;
/** Periods shorter than a year: "last year" of one of them is the same part of the year before. */
const PART_OF_YEAR: ReadonlySet<Period['kind']> = new Set(['quarter', 'half', 'month']);

/**
 * What "a year earlier" is counted from: the period named last before the figure in its
 * sentence, a quarter or half named without its year among them ("First-quarter revenue was
 * $981.6 million, … $188.7 million last year"), else the one carried in.
 */
function referenceBefore(ctx: SentenceContext, q: Quantity): Period | null {
  let i = firstAtOrAfter(ctx.periods, q.span.start, spanStartOf) - 1;
  while (i >= 0 && ctx.periods[i].span!.end > q.span.start) i--;
  const named = i >= 0 ? ctx.periods[i] : null;
  let part: YearlessPart | undefined;
  for (const p of ctx.yearless ?? NO_PARTS) if (p.span.end <= q.span.start && (!named || p.span.start > named.span!.end)) part = p;
  if (part) {
    const placed = placeCandidate(ctx, { span: part.span, period: null, part });
    // A quarter the date placed that had not ended by then is not the one the text reports: no year to step back from.
    return placed?.unended ? null : placed;
  }
  return named ?? ctx.carriedPeriod;
}

/**
 * The same period a year before `ref`, spanned where `ref` was read, so that a reference
 * carried in stays a carried guess (periodReliable in dataset/hedging.ts), and one whose year
 * the date gave stays such a guess.
 */
function stepBack(ref: Period): Period | null {
  const before = yearBefore(ref, ref.span);
  if (before && ref.inferred) before.inferred = ref.inferred;
  return before;
}

/**
 * The period a figure belongs to: the one joined right after it or the nearest in its own
 * clause, else one that opens the sentence, else carried. `flow`: the figure adds up over
 * time (revenue, earnings), so a day is no period of it: "results, reported on April 29, …
 * showed revenue rising 18% to $82.9 billion" dates the report, not the revenue.
 */
export function periodFor(ctx: SentenceContext, q: Quantity, flow = false): Period | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const tail = ctx.text.slice(qe, qe + 60);
  const worded = wordFollows(tail) && TIME_WORD.test(tail);
  if (worded && YEAR_EARLIER_AFTER.test(tail)) {
    const ref = referenceBefore(ctx, q);
    return ref ? stepBack(ref) : null;
  }
  // "its operating margin slipped to 40% from 43% last year", of a quarter: the same quarter a year before, not last calendar year.
  if (worded && LAST_YEAR_AFTER.test(tail)) {
    const ref = referenceBefore(ctx, q);
    if (ref && PART_OF_YEAR.has(ref.kind)) return stepBack(ref);
  }
  // "$11.5 billion last quarter": a period we cannot place, unless the document's date placed it.
  if (worded && RELATIVE_AFTER.test(tail) && !(ctx.date && placedRightAfter(ctx, q.span.end))) return null;
  const parts = ctx.yearless ?? NO_PARTS;
  if (ctx.periods.length === 0 && parts.length === 0) return ctx.relativeTime ? null : ctx.carriedPeriod;
  const candidates = flow ? notDays(candidatesOf(ctx)) : candidatesOf(ctx);
  // Only comparison bases ("up 114% from fiscal 2024"): the figure's own time is the one carried in.
  if (candidates.length === 0) return ctx.relativeTime ? null : ctx.carriedPeriod;
  const clause = clauseOf(ctx.breaks ?? [], ctx.text.length, qs, qe);
  const cs = clause.start + ctx.base;
  const ce = clause.end + ctx.base;
  const a = firstAtOrAfter(candidates, q.span.end, spanStartOf);
  const after = a < candidates.length && candidates[a].span.end <= ce && isFigures(ctx, q, candidates[a]) ? candidates[a] : undefined;
  let b = a - 1;
  while (b >= 0 && candidates[b].span.end > q.span.start) b--;
  const before = b >= 0 && candidates[b].span.start >= cs && isFigures(ctx, q, candidates[b]) ? candidates[b] : undefined;
  if (after) {
    const gap = ctx.text.slice(qe, Math.min(after.span.start - ctx.base, qe + 80));
    const whole = after.span.start - q.span.end <= 80;
    // A count's noun sits between the figure and its period ("800 million users in October 2025").
    if (whole && (PERIOD_JOINT.test(gap) || (q.kind === 'count' && gap.length <= 40 && PERIOD_JOINT.test(gap.replace(LEADING_WORDS, ''))))) {
      return placeCandidate(ctx, after);
    }
  }
  if (before || after) {
    // The nearer one in the clause; a tie goes to the one before.
    if (!before) return placeCandidate(ctx, after!);
    if (!after) return placeCandidate(ctx, before);
    return placeCandidate(ctx, after.span.start - q.span.end < q.span.start - before.span.end ? after : before);
  }
  // Nothing in the figure's own clause. A period from an earlier clause still governs it when
  // no figure owns it ("In 2025, OpenAI made $13 billion, and it burned $8 billion"); one that
  // belongs to another figure ("$3.7 billion in 2024, and …") or comes later does not.
  // A few tries at most: a sentence of thousands of dated figures must stay linear.
  for (let i = b; i >= 0 && i > b - 4; i--) {
    const c = candidates[i];
    if (ownerOf(ctx, c.span)) continue;
    return placeCandidate(ctx, c);
  }
  // "North America segment operating income was $9.3 billion, compared with operating income of
  // $6.5 billion in fourth quarter 2023": the only periods named are those of the figures it is
  // compared with; its own time is the one carried in, as when the sentence names none.
  if (candidates.length <= 4 && onlyComparedPeriods(ctx, q, candidates, a)) return ctx.relativeTime ? null : ctx.carriedPeriod;
  return null;
}

/** Before a figure, the words that make it the one compared with ("compared with", "up from"). */
export const COMPARED_FIGURE_BEFORE = /\b(?:compared\s+(?:with|to)|versus|vs\.?|from|up\s+from|down\s+from)\s+[^,;]*$/i;

/**
 * Whether every candidate from index `a` on (none before the figure) belongs to a figure after
 * `q` that the sentence compares it with: "…, compared with $6.5 billion in fourth quarter 2023".
 */
function onlyComparedPeriods(ctx: SentenceContext, q: Quantity, candidates: readonly PeriodCandidate[], a: number): boolean {
  if (a !== 0 || candidates.length === 0) return false;
  for (const c of candidates) {
    const owner = ownerOf(ctx, c.span);
    if (!owner || owner.start <= q.span.end) return false;
    const lead = ctx.text.slice(Math.max(q.span.end - ctx.base, owner.start - ctx.base - 60), owner.start - ctx.base);
    if (!COMPARED_FIGURE_BEFORE.test(lead)) return false;
  }
  return true;
}

/** Whether a period read from the document's date ("last quarter") starts within a few words after offset `end`. */
function placedRightAfter(ctx: SentenceContext, end: number): boolean {
  for (const p of ctx.periods) if (p.inferred === 'documentDate' && p.span && p.span.start >= end && p.span.start - end <= 24) return true;
  return false;
}

/** The period a candidate names; a yearless part placed in the year around it. */
function placeCandidate(ctx: SentenceContext, c: PeriodCandidate): Period | null {
  if (!c.part) return c.period;
  const context = yearContext(ctx, c);
  const placed = placeYearless(c.part, context, context !== ctx.carriedPeriod);
  // Nothing in the text gives its year: the document's date may ("second-quarter revenue" in August 2025).
  if (!placed) return ctx.date ? placeByDate(c.part, ctx.date) : null;
  // A year taken from an earlier sentence is a guess: the period keeps that sentence's span,
  // so the dataset rules treat it as carried (warn, never fix).
  if (placed && context === ctx.carriedPeriod && context?.span) placed.span = context.span;
  // A year from a heading or the document's date is a guess too.
  if (placed && context?.inferred) placed.inferred = context.inferred;
  return placed;
}

/**
 * Whether a period may be figure `q`'s: a period right after another figure is that
 * figure's ("$3.7 billion in 2024 and $13 billion"), not this one's, unless the two are
 * joined as one ("between $56 billion and $52 billion in 2026").
 */
function isFigures(ctx: SentenceContext, q: Quantity, c: PeriodCandidate): boolean {
  const owner = ownerOf(ctx, c.span);
  if (!owner || owner.start === q.span.start) return true;
  const qe = q.span.end - ctx.base;
  return owner.start > q.span.end && owner.start - q.span.end <= 30 && COORDINATED.test(ctx.text.slice(qe, owner.start - ctx.base));
}

/** The figure a period right follows ("$3.7 billion in 2024"), if any: the period is that figure's. */
function ownerOf(ctx: SentenceContext, span: Span): Span | null {
  const figures = ctx.figures ?? [];
  // Only the figure nearest before it can own it.
  let i = firstAtOrAfter(figures, span.start, startOf) - 1;
  while (i >= 0 && figures[i].end > span.start) i--;
  const f = i >= 0 ? figures[i] : undefined; // never index -1: a slow named look-up in V8
  if (!f || span.start - f.end > 40) return null;
  const gap = ctx.text.slice(f.end - ctx.base, span.start - ctx.base);
  return PERIOD_JOINT.test(gap) || NOUN_THEN_JOINT.test(gap) ? f : null;
}

/** The period that places a yearless part: the nearest named period of the sentence before it, else after it, else the one carried in. */
function yearContext(ctx: SentenceContext, c: PeriodCandidate): Period | null {
  const list = ctx.periods;
  const a = firstAtOrAfter(list, c.span.end, spanStartOf);
  // Periods never overlap a yearless part (findYearlessParts skips those with a year). A
  // comparison's base ("up 114% from fiscal 2024") is not the year the part is in.
  for (let i = a - 1; i >= 0; i--) if (!isBasePeriod(ctx.text, ctx.base, list[i].span!)) return list[i];
  // After it, a time the date gave ("compared to $188.7 million last year") is the comparison's, not the part's year.
  for (let i = a; i < list.length; i++) if (!isBasePeriod(ctx.text, ctx.base, list[i].span!) && list[i].inferred !== 'documentDate') return list[i];
  return ctx.carriedPeriod;
}

/** The candidates that name more than a day. */
function notDays(candidates: PeriodCandidate[]): PeriodCandidate[] {
  return candidates.some((c) => c.period?.kind === 'date') ? candidates.filter((c) => c.period?.kind !== 'date') : candidates;
}

/** The candidates of a sentence (its periods and yearless parts), made once for all its figures and kept in its context. */
function candidatesOf(ctx: SentenceContext): PeriodCandidate[] {
  if (ctx.candidates) return ctx.candidates;
  // A comparison's base ("compared with fourth quarter 2023") is no figure's own period; the
  // figure it is written with ("compared with $170.0 billion in fourth quarter 2023") owns it by its joint.
  const list: PeriodCandidate[] = [];
  for (const p of ctx.periods) if (!isBasePeriod(ctx.text, ctx.base, p.span!)) list.push({ span: p.span!, period: p });
  const parts = ctx.yearless ?? NO_PARTS;
  for (const part of parts) list.push({ span: part.span, period: null, part });
  if (parts.length) list.sort((x, y) => x.span.start - y.span.start);
  ctx.candidates = list;
  return list;
}
