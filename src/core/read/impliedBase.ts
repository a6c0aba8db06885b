// A rate the draft states without what it is measured against: "revenue of $402.8 billion
// for 2025, implying 15% growth", "valued at $350 billion in November 2025, a 91% jump from
// its last round", "Data Center revenue of $4.3 billion in Q3 2025, 47% of the total". The
// figure the rate is of is in the sentence; its base (the same period a year before, the
// previous round, the whole company) is not, and the dataset may hold it (dataset/baseFact.ts).
//
// Reading is strict, because a rate set against the wrong base is a false alarm:
// - the rate and its figure sit side by side, with only linking words between them ("up",
//   "implying", "a … jump", the figure's own period);
// - the words around the rate name the base (a table below), or the figure's period is a
//   year and nothing else is named, so "growth" can only be on the year before;
// - any other word near the rate ("sequentially", "expectations", "constant currency",
//   "since", another year) may name another base, and the rate is left unread.
import type { Claim, Period, Quantity, Reading } from '../types';
import { directionOf } from './direction';

/** What the rate is measured against. */
export type BaseKind =
  /** The same period a year before ("up 14% year over year"; "15% growth" for a year). */
  | 'yearBefore'
  /** The company's previous valuation ("a 91% jump from its last round"). */
  | 'lastRound'
  /** The whole the figure is part of: its parent company's figure ("47% of the total"). */
  | 'whole';

export interface ImpliedBase {
  /** The stated rate: a percent, or a multiple for growth ("3x year over year"). */
  rate: Quantity;
  /** The figure the rate is of, read with entity, metric and period. */
  amount: Reading;
  base: BaseKind;
  /** Growth up (+1) or down (−1); a share is +1. */
  direction: 1 | -1;
}

// ---------------------------------------------------------------------------
// Phrase tables (lower case, words separated by single spaces: the text is normalised the
// same way, "year-over-year" and "y/y" becoming "year over year" and "y y").

/** Words that measure a rate against the same period a year before. */
const YEAR_BEFORE_CUES = [
  'year over year', 'year on year', 'yoy', 'y y', 'on an annual basis',
  'from a year earlier', 'from a year ago', 'from a year before', 'over a year earlier', 'than a year earlier', 'than a year ago',
  'compared with a year earlier', 'compared with a year ago', 'compared to a year earlier', 'compared to a year ago',
  'a year earlier', 'a year ago', 'the year before', 'the previous year', 'the prior year',
  'from last year', 'over last year', 'than last year', 'versus last year', 'vs last year', 'compared with last year', 'compared to last year',
  'from the year before', 'from the previous year', 'from the prior year', 'over the previous year', 'over the prior year',
  'from the same quarter last year', 'from the same period last year', 'from the year ago quarter', 'from the year earlier quarter',
  'over the same quarter last year', 'over the same period last year', 'versus the year ago quarter', 'compared with the year ago quarter',
];

/** Words that measure a valuation against the company's previous one. */
const LAST_ROUND_CUES = [
  'from its last round', 'from its previous round', 'from its prior round', 'over its last round', 'over its previous round', 'since its last round',
  'from its last funding round', 'from its previous funding round', 'from its prior funding round', 'over its last funding round',
  'from its last valuation', 'from its previous valuation', 'from its prior valuation', 'over its last valuation', 'over its previous valuation',
  'from the last round', 'from the previous round', 'from the prior round', 'over the last round', 'over the previous round',
];

/**
 * Words after a rate that make it a share of a whole: "of the total", "of total revenue",
 * "of the company's sales" (see shareOfWholeAfter). A whole named otherwise is left alone.
 * Not vocabulary.ts's WHOLE_NOUNS ("of its users", "of the market"): those are wholes of a
 * share the impossible rule bounds; these are the company's own money figure, which the
 * dataset holds and the rate is checked against.
 */
const WHOLE_MONEY_NOUNS = new Set(['total', 'revenue', 'revenues', 'sales', 'turnover']);
const WHOLE_FILLERS = new Set(['the', 'its', 'company', 's', 'total', 'overall', 'group', 'consolidated', 'entire', 'whole', 'parent']);

/** Words that may link a rate to its figure, whatever the base. */
const LINK_WORDS = new Set([
  'a', 'an', 'the', 'its', 'their', 'this', 'that', 'which', 'is', 'was', 'were', 'are', 'be', 'been', 'or', 'of', 'for', 'in',
  'with', 'by', 'now', 'at', 'implying', 'implies', 'representing', 'represents', 'marking', 'marks', 'reflecting', 'reflects',
  'meaning', 'means', 'equal', 'equals', 'amounting', 'accounting', 'accounted', 'accounts', 'making', 'makes', 'made',
  'comprising', 'comprised', 'roughly', 'about', 'approximately', 'around', 'some', 'nearly', 'almost', 'just', 'strong',
  'solid', 'robust', 'healthy', 'impressive', 'massive', 'whopping', 'staggering', 'sharp', 'steep', 'record', 'annual',
  'revenue', 'revenues', 'sales', 'valuation', 'growth', 'change', 'reported', 'recorded', 'posted', 'posting', 'reporting',
  'consolidated', 'total', 'quarterly', 'full', 's', 'segment', 'division', 'business', 'unit',
]);

/**
 * Words that show the rate is a change ("15% growth", "a 15% change") beside the direction
 * words (direction.ts: "a 91% jump"; "growth" is one too, and is read as one first). Not
 * vocabulary.ts's CHANGE_NOUNS: its directional nouns are read by directionOf here, and its
 * "swing" is not read. A rate set against a base the sentence does not name is read strictly
 * (see the top of this file): a word added here reads more rates, to be checked on the corpus.
 */
const NEUTRAL_CHANGE_NOUNS = new Set(['growth', 'change']);

/**
 * The longest cue first, so "from a year earlier" is taken whole rather than "a year earlier"
 * with a stray "from". Cues are literal words joined by spaces: a linear alternation.
 */
function cuePattern(cues: readonly string[]): RegExp {
  const sorted = [...cues].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^| )(?:${sorted.join('|')})(?= |$)`, 'g');
}
const YEAR_BEFORE = cuePattern(YEAR_BEFORE_CUES);
const LAST_ROUND = cuePattern(LAST_ROUND_CUES);

/** Lower case, every run of characters other than letters and digits one space: "year-over-year," → "year over year". */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The text with every match of `cue` taken out; whether there was one. */
function takeOut(text: string, cue: RegExp): { rest: string; found: boolean } {
  cue.lastIndex = 0;
  let found = false;
  const rest = text.replace(cue, () => {
    found = true;
    return ' ';
  });
  return { rest: rest.replace(/ +/g, ' ').trim(), found };
}

// ---------------------------------------------------------------------------
// Reading

/** What figures a claim's rates may be of: money or counts read with entity, metric and period. */
function amountReading(r: Reading | undefined, claim: Claim): r is Reading {
  if (!r || !r.entity || !r.metric || !r.period) return false;
  const q = r.quantity;
  if ((q.kind !== 'money' && q.kind !== 'count') || q.vague) return false;
  // Read with confidence: the entity and the period written in this sentence, the period not
  // guessed from a heading or the document's date.
  if (!within(r.entitySpan, claim) || !within(r.period.span, claim) || r.period.inferred) return false;
  return true;
}

function within(span: { start: number; end: number } | undefined, claim: Claim): boolean {
  return !!span && span.start >= claim.span.start && span.end <= claim.span.end;
}

/**
 * What readRate asks of a claim, worked out once per claim rather than per rate: a run-on
 * sentence with thousands of figures would otherwise read its readings, relations and text
 * once per figure.
 */
interface ClaimFacts {
  claim: Claim;
  readingOf: Map<Quantity, Reading>;
  /** Figures of a relation that gives a base or whole in the draft itself (a change, a share, a total). */
  drafted: Set<Quantity>;
  /** The years the sentence names, read when first asked for. */
  years?: number[];
}

function factsOf(claim: Claim): ClaimFacts {
  const readingOf = new Map<Quantity, Reading>();
  for (const r of claim.readings) if (!readingOf.has(r.quantity)) readingOf.set(r.quantity, r);
  const drafted = new Set<Quantity>();
  for (const rel of claim.relations) {
    switch (rel.kind) {
      case 'change':
        drafted.add(rel.from).add(rel.to).add(rel.stated);
        break;
      case 'cagr':
        drafted.add(rel.from).add(rel.to).add(rel.rate);
        break;
      case 'share':
        drafted.add(rel.rate).add(rel.whole).add(rel.result);
        break;
      case 'total':
        drafted.add(rel.total);
        for (const q of rel.rows) drafted.add(q);
        break;
      default:
        break;
    }
  }
  return { claim, readingOf, drafted };
}

function yearsOf(facts: ClaimFacts): number[] {
  return (facts.years ??= yearsNamed(facts.claim.text));
}

/**
 * Every rate of a claim whose base the draft leaves out, with the figure it is of and the
 * base its words name. Table rows are left alone (a column's header says what a rate is of).
 */
export function impliedBases(claim: Claim): ImpliedBase[] {
  if (claim.table) return [];
  const qs = claim.quantities;
  let out: ImpliedBase[] | undefined;
  let facts: ClaimFacts | undefined;
  for (let i = 0; i < qs.length; i++) {
    const rate = qs[i];
    if ((rate.kind !== 'percent' && rate.kind !== 'multiple') || rate.vague || rate.isRange) continue;
    const found = readRate((facts ??= factsOf(claim)), i);
    if (found) (out ??= []).push(found);
  }
  return out ?? NONE;
}
const NONE: ImpliedBase[] = [];

/** The rate at `i` with its figure and base, or null when any part of it is in doubt. */
function readRate(facts: ClaimFacts, i: number): ImpliedBase | null {
  const { claim, readingOf, drafted } = facts;
  const qs = claim.quantities;
  const rate = qs[i];
  if (drafted.has(rate)) return null;
  const prev = i > 0 ? qs[i - 1] : undefined;
  const next = i + 1 < qs.length ? qs[i + 1] : undefined;
  const text = (from: number, to: number): string => claim.text.slice(from - claim.span.start, to - claim.span.start);
  const rateStart = rate.qualifierSpan && rate.qualifierSpan.start < rate.span.start ? rate.qualifierSpan.start : rate.span.start;
  // The words after the rate, up to the next figure or the end of its clause.
  let after = text(rate.span.end, next ? startOf(next) : claim.span.end);
  const stop = after.search(/[;:—–]|,| but | while | whereas | and /);
  const clauseEnds = stop >= 0;
  if (clauseEnds) after = after.slice(0, stop);

  // Which figure the rate is of: the one just before it ("$3.2 billion, up 14%") or, when the
  // rate runs straight on to it, the one just after ("rose 14% to $3.2 billion").
  const before = prev ? readingOf.get(prev) : undefined;
  const behind = next && !clauseEnds ? readingOf.get(next) : undefined;
  const runsOn = !!behind && /^\s*(?:year[- ]over[- ]year\s+|year[- ]on[- ]year\s+)?to\s*$/i.test(text(rate.span.end, startOf(next!)));
  let amount: Reading;
  let from: number;
  if (runsOn && amountReading(behind, claim)) {
    amount = behind!;
    // The words before the rate back to the previous figure (or the sentence's start) must link too.
    from = prev ? prev.span.end : claim.span.start;
    // What is between the rate and its figure, "year over year" say, without the "to".
    after = text(rate.span.end, startOf(next!)).replace(/\bto\s*$/i, '');
  } else if (amountReading(before, claim) && !runsOn) {
    amount = before!;
    from = prev!.span.end;
  } else return null;
  if (drafted.has(amount.quantity)) return null;
  // The rate's own reading, when it names a metric or an entity, must be the figure's.
  const own = readingOf.get(rate);
  if (own?.entity && own.entity !== amount.entity) return null;
  if (own?.metric && own.metric !== amount.metric) return null;
  // The figure's own entity, metric and period, where written between the two, are the
  // figure's words, not another base.
  let between = text(from, rateStart);
  for (const span of [amount.entitySpan, amount.metricSpan, amount.period!.span]) if (span) between = blank(between, span, from);

  return classify(rate, amount, normalise(between), normalise(after), facts);
}

function startOf(q: Quantity): number {
  return q.qualifierSpan && q.qualifierSpan.start < q.span.start ? q.qualifierSpan.start : q.span.start;
}

/** `text` (starting at document offset `from`) with the part inside `span` blanked (the length kept). */
function blank(text: string, span: { start: number; end: number }, from: number): string {
  const a = Math.max(0, span.start - from);
  const b = Math.min(text.length, span.end - from);
  if (b <= a) return text;
  return `${text.slice(0, a)}${' '.repeat(b - a)}${text.slice(b)}`;
}

/** The base the words around the rate name, or null. `between` and `after` are normalised. */
function classify(rate: Quantity, amount: Reading, between: string, after: string, facts: ClaimFacts): ImpliedBase | null {
  const period = amount.period as Period;
  // A year written anywhere in the sentence other than the figure's own (or, for growth, the
  // year before it) may be the base: "up 40% since 2023".
  const years = yearsOf(facts);

  // A share of the whole: "… 47% of the total".
  const whole = shareOfWholeAfter(after);
  if (whole !== null) {
    if (rate.kind !== 'percent' || rate.sign !== null) return null;
    if (!onlyLinkWords(between) || !onlyLinkWords(whole, WHOLE_TAIL_EXCLUDED)) return null;
    if (years.some((y) => y !== period.year)) return null;
    return { rate, amount, base: 'whole', direction: 1 };
  }

  const words = `${between} ${after}`;
  let yearBefore = takeOut(words, YEAR_BEFORE);
  // The year before named as such: "up 84% from 2024", "over fiscal 2025", "than Q3 2024".
  const named = yearBefore.found ? null : namedYearBefore(period);
  if (named) yearBefore = takeOut(words, named);
  const lastRound = takeOut(yearBefore.rest, LAST_ROUND);
  let base: BaseKind;
  if (yearBefore.found && !lastRound.found) base = 'yearBefore';
  else if (lastRound.found && !yearBefore.found) {
    if (amount.metric !== 'valuation') return null;
    base = 'lastRound';
  } else if (!yearBefore.found && !lastRound.found && (period.kind === 'year' || period.kind === 'fiscalYear')) {
    // A year's growth with nothing else named is growth on the year before.
    base = 'yearBefore';
  } else return null;

  // What is left must be linking words and the direction of the change.
  let direction: 1 | -1 | 0 = 0;
  let change = yearBefore.found || lastRound.found;
  for (const w of lastRound.rest.split(' ')) {
    if (!w) continue;
    const d = directionOf(w);
    if (d) {
      const s = d === 'up' ? 1 : -1;
      if (direction !== 0 && direction !== s) return null;
      direction = s;
      change = true;
      continue;
    }
    if (NEUTRAL_CHANGE_NOUNS.has(w)) change = true;
    if (LINK_WORDS.has(w)) continue;
    return null;
  }
  if (!change) return null;
  if (rate.sign === '-') {
    if (direction === 1) return null;
    direction = -1;
  }
  if (rate.kind === 'multiple' && direction === -1) return null;
  const allowed = base === 'yearBefore' ? [period.year, period.year - 1] : [period.year];
  if (years.some((y) => !allowed.includes(y))) return null;
  return { rate, amount, base, direction: direction === -1 ? -1 : 1 };
}

/** Words before a named period that make it what a rate is measured against ("from 2024"). */
const BASE_PREPOSITIONS = ['from', 'over', 'than', 'than in', 'versus', 'vs', 'compared with', 'compared to', 'against'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * The ways of naming the period a year before `p`, each after a preposition: for 2025, "from
 * 2024"; for fiscal 2026, "from fiscal 2025" or "from fy2025"; for Q3 2025, "from q3 2024" or
 * "from the third quarter of 2024". Normalised as the text is.
 */
function namedYearBefore(p: Period): RegExp | null {
  const y = p.year - 1;
  const names: string[] = [];
  if (p.kind === 'year') names.push(`${y}`, `calendar ${y}`);
  else if (p.kind === 'fiscalYear') names.push(`fiscal ${y}`, `fiscal year ${y}`, `fy${y}`, `fy ${y}`);
  else if (p.kind === 'quarter' && p.part) {
    const q = p.part;
    if (p.fiscal) names.push(`q${q} fy${y}`, `q${q} fiscal ${y}`, `the ${ORDINALS[q - 1]} quarter of fiscal ${y}`);
    else names.push(`q${q} ${y}`, `the ${ORDINALS[q - 1]} quarter of ${y}`);
  }
  return names.length ? cuePattern(BASE_PREPOSITIONS.flatMap((w) => names.map((n) => `${w} ${n}`))) : null;
}

/**
 * Words that, after "of the total", say the whole is of something else: "of total revenue
 * growth" is a share of the growth, not of the revenue.
 */
const WHOLE_TAIL_EXCLUDED = new Set(['growth', 'change', 'revenue', 'revenues', 'sales', 'valuation', 'total']);

/** Whether every word is a linking word, none of them `excluded`. */
function onlyLinkWords(words: string, excluded?: ReadonlySet<string>): boolean {
  for (const w of words.split(' ')) {
    if (excluded?.has(w)) return false;
    if (w && !LINK_WORDS.has(w)) return false;
  }
  return true;
}

/**
 * For the words after a rate ("of the total, …"), the words left once the whole is named, or
 * null when they do not name a whole. Only generic names of the whole: "of the total", "of
 * total revenue", "of the company's sales"; a named whole ("of Microsoft Cloud") is another figure.
 */
function shareOfWholeAfter(after: string): string | null {
  const words = after.split(' ');
  if (words[0] !== 'of') return null;
  let k = 1;
  while (k < words.length && WHOLE_FILLERS.has(words[k]) && !(words[k] === 'total' && !WHOLE_MONEY_NOUNS.has(words[k + 1] ?? ''))) k++;
  if (k >= words.length || !WHOLE_MONEY_NOUNS.has(words[k])) return null;
  return words.slice(k + 1).join(' ');
}

/** The years (1900–2099) written in a text, each once, as numbers ("FY2026" and "2026" alike). */
function yearsNamed(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\p{N}.,$€£¥])(?:FY\s?)?((?:19|20)\d{2})(?![\p{N}%]|\.\d|,\d{3})/giu)) {
    const y = Number(m[1]);
    if (!out.includes(y)) out.push(y);
  }
  return out;
}
