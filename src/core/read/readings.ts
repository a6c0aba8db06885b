// What each figure of a sentence speaks of: the entity (a dataset name or alias), the
// metric (a vocabulary word whose unit family fits the figure) and the period.
//
// The rules of thumb, in order: the words nearest the figure, in its own clause, win
// (clause.ts: "…, while Microsoft reported a hit in Q3 2025" does not date the figure
// before it); a word the figure cannot be a measure of is skipped (a percentage is not
// "revenue"); a figure about someone the sentence does not name ("its closest rival",
// "current AI data centers") has no entity; what the sentence does not say is carried
// from the sentence before in the same paragraph; what nobody said stays null. A null reading is never compared with the dataset, so when the
// sentence is ambiguous a null is the right answer.
import type { Period, Quantity, Reading, Span } from '../types';
import type { EntityMention } from '../dataset/lookup';
import { familyOf, metricFitting, soleMetricOf, type MetricMention } from './metricWords';
import { lastBasis, mayNameBasis, type StatedBasis } from './basisWords';
import { metricById, type UnitFamily } from '../dataset/metrics';
import { mayTellRelativeTime, placeYearless, yearBefore, type YearlessPart } from './periods/period';
import { clauseOf } from './sentences/clause';
import { letterWordBits, registerLetterWords } from './phrases';
import type { DocumentDate } from './documentDate';
import { placeByDate } from './relativeTime';
import { SEGMENT_METRICS, segmentAfter, segmentBefore, segmentEntity, segmentPhrases, type SegmentWords } from './businessSegment';

/** "the company lost …": the figure belongs to the sentence's subject, not to the name just before. */
const ANAPHOR = /\b(?:the (?:company|firm|startup|start-up|lab|group|maker|chatbot|business)|it|its|it's)\b/i;
/** Words after a company's name that make it one of its units: "Microsoft Cloud division", "Google Services segment". */
const SEGMENT_AFTER = /^(?:['’]s)?\s{1,3}(?:[A-Z][\w&-]*\s{1,3}){1,2}(?:division|segment|unit|business|subsidiary)\b/;
/** Words after a product's name that make it its maker: "the ChatGPT developer", "Claude's maker". */
const MAKER_AFTER = /^(?:['’]s)?\s{1,3}(?:developer|maker|creator|owner|operator|parent)\b/i;
/** A relative pronoun between a figure and a metric word after it: the word belongs to the relative clause. */
const RELATIVE_GAP = /\b(?:that|which|who)\b/i;
/** What joins two names in a list: "Meta, Microsoft", "Amazon, and Alphabet", "Meta and Google", "AMD & Intel". */
const LIST_JOINT = /^\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3}|&\s{1,3})$/;
/** "Azure, Microsoft's flagship cloud platform": a possessive after the second name makes it an apposition, not a list. */
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** "invested $8 billion in Anthropic and Alphabet has contributed": a name after "in" or "to" ends a clause's object, it starts no list. */
const INTO_BEFORE = /\b(?:in|into|to)\s{1,3}$/i;

/**
 * The figure's entity in "the market shares of Amazon, Microsoft, and Google were 28%, 21%,
 * and 14%, respectively": the list's names in order, one per figure after them in the
 * sentence, when the counts agree; else none (the figure is the companies' together).
 */
function respectively(ctx: SentenceContext, list: readonly EntityMention[], last: number, qs: number): { name: string; span?: Span } | null {
  if (!/\brespectively\b/i.test(ctx.text)) return null;
  let first = last;
  while (first > 0 && LIST_JOINT.test(ctx.text.slice(list[first - 1].end, list[first].start))) first--;
  const names = list.slice(first, last + 1);
  const after = (ctx.figures ?? []).filter((f) => f.start - ctx.base >= list[last].end);
  const k = after.findIndex((f) => f.start - ctx.base === qs);
  if (k < 0 || after.length !== names.length) return null;
  return { name: names[k].name, span: mentionSpan(ctx, names[k]) };
}

/** A name right after these words is an object ("raised $40 billion from SoftBank"), not the subject. */
const OBJECT_LEAD = /\b(?:from|by|with|to|than|versus|vs\.?|like|including|led by|backed by)\s+$/i;
/** Words that place a figure in a period nobody named ("last year"): nothing is carried then. */
export const RELATIVE_TIME = /\b(?:last|previous|prior|past|next|this|coming|current)\s+(?:year|quarter|month|fiscal year|half)\b|\ba (?:year|quarter) (?:earlier|ago|before)\b|\b(?:first|last|past|final|trailing|next)\s+(?:\w+\s+)?(?:months|weeks|days|quarters)\b|\byear[- ]to[- ]date\b|\bytd\b|\bsince\s+(?:19|20)\d\d\b/i;

/** RELATIVE_TIME.test(text), run only when the sentence holds a word every match needs. */
export function saysRelativeTime(text: string): boolean {
  return mayTellRelativeTime(text) && RELATIVE_TIME.test(text);
}

export const RELATIVE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:(?:in|during|for|of|over)\s+)?(?:the\s+)?(?:last|previous|prior|past|this|next|current|same)\s+(?:year|quarter|month|fiscal year|half|period)\b/iu;

/** Words naming a party the sentence does not name: the figure is theirs, not the entity nearby. */
export const OTHER_PARTY = /\b(?:rivals?|competitors?|peers?|challengers?|another\s{1,3}(?:company|lab|firm|startup|player)|other\s{1,3}(?:labs|companies|firms|startups|players|providers))\b/i;
/** A generic subject ("current AI data centers", "a typical lab", "the U.S. market"): no entity, unless one owns it ("OpenAI's data centers"). A market's share or cap is a company's. */
const GENERIC_SUBJECT = /\b(?:data[\s-]cent(?:er|re)s?|(?:a|the)\s{1,3}typical|the\s{1,3}average|on\s{1,3}average|the\s{1,3}industry|industry[\s-]wide|hyperscalers|most\s{1,3}(?:labs|companies|firms|startups)|the\s{1,3}(?:[\w.-]{1,20}\s{1,3}){0,2}market(?!\s{1,3}(?:share|cap\b|capitali[sz]ation|leader|value\s{1,3}of)))\b/i;
// Words each match of OTHER_PARTY / GENERIC_SUBJECT holds (same flags): a sentence without
// any of them cannot match in any stretch of it, so its figures skip both searches.
const OTHER_PARTY_HINT = /rival|competitor|peer|challenger|other/i;
const GENERIC_SUBJECT_HINT = /data|typical|average|industry|hyperscalers|most|market/i;
const MAY_NAME_OTHER = 1;
const MAY_BE_GENERIC = 2;
// The last sentence's answer only: a sentence's figures are read one after another.
let hintText: string | undefined;
let hintFlags = 0;

// Both hints in one search: a match in the first group names another party. Each match
// moves on by one character, not past itself, so no word hides one overlapping it; no word
// of either list starts another's, so each start matches at most one word.
const LEAD_HINTS = new RegExp(`(${OTHER_PARTY_HINT.source})|${GENERIC_SUBJECT_HINT.source}`, 'gi');

function leadHints(text: string): number {
  if (text !== hintText) {
    hintText = text;
    let flags = 0;
    LEAD_HINTS.lastIndex = 0;
    for (let m = LEAD_HINTS.exec(text); m && flags !== (MAY_NAME_OTHER | MAY_BE_GENERIC); m = LEAD_HINTS.exec(text)) {
      flags |= m[1] !== undefined ? MAY_NAME_OTHER : MAY_BE_GENERIC;
      LEAD_HINTS.lastIndex = m.index + 1;
    }
    hintFlags = flags;
  }
  return hintFlags;
}

// The words each match of OTHER_PARTY / GENERIC_SUBJECT opens with, whole: its \b (flag i
// without u: ASCII word characters only) and the \s or [\s-] after some of them bound each
// one by characters that are no ASCII letter. The phrase finders' word pass over the sentence
// (phrases.ts) finds them as whole runs of letters: no search of the sentence of its own.
// Bits 23-25 of that pass's answer: period.ts takes the bits below.
const OTHER_WORD = 1 << 23;
const GENERIC_WORD = 1 << 24;
/** A letter folded from outside ASCII ("ſ", the Kelvin sign): the pass folds it, \b does not, so the gate stays open. */
const FOLDED_WORD = 1 << 25;
registerLetterWords(
  [
    ...['rival', 'rivals', 'competitor', 'competitors', 'peer', 'peers', 'challenger', 'challengers', 'another', 'other'].map((w): [string, number] => [w, OTHER_WORD]),
    ...['data', 'typical', 'average', 'industry', 'hyperscalers', 'most', 'market'].map((w): [string, number] => [w, GENERIC_WORD]),
  ],
  FOLDED_WORD,
);

/** Whether `text` has an ASCII letter (or one that folds to it) on both sides of offset `i`: a slice there cuts a word. */
function cutsWord(text: string, i: number): boolean {
  return i > 0 && i < text.length && foldsToLetter(text.charCodeAt(i - 1)) && foldsToLetter(text.charCodeAt(i));
}

function foldsToLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;
}

/**
 * The hints for the lead `from`..`to` of a sentence: the lead's whole words are the
 * sentence's, unless the lead cuts one ("rivals" out of "unrivals"); then the substring
 * search of the sentence answers.
 */
function leadWordHints(text: string, from: number, to: number): number {
  if (cutsWord(text, from) || cutsWord(text, to)) return leadHints(text);
  const bits = letterWordBits(text);
  if (bits & FOLDED_WORD) return MAY_NAME_OTHER | MAY_BE_GENERIC;
  return (bits & OTHER_WORD ? MAY_NAME_OTHER : 0) | (bits & GENERIC_WORD ? MAY_BE_GENERIC : 0);
}

/** leadWordHints, exported for the test that holds it to the two patterns. */
export const leadWordHintsForTest = leadWordHints;

/** leadHints as the two separate searches give it (exported for the test that holds it to them). */
export function leadHintsOf(text: string): number {
  hintText = undefined;
  return leadHints(text);
}
export const LEAD_HINT_FLAGS = { other: MAY_NAME_OTHER, generic: MAY_BE_GENERIC, OTHER_PARTY_HINT, GENERIC_SUBJECT_HINT, GENERIC_SUBJECT };

/** Between a name and the generic words it owns: "'s" and at most two words ("OpenAI's new data centers"). */
const POSSESSIVE_GAP = /^['’]s?(?:\s{1,3}[\p{L}-]{1,20}){0,2}\s{1,3}$/u;

/** A metric farther than this from its figure is a word about something else. */
const METRIC_REACH = 80;
/** An entity after the figure, farther than this, only counts when nothing else does. */
const ENTITY_AFTER_REACH = 60;

export interface SentenceContext {
  /** Sentence text; index 0 is document offset `base`. */
  text: string;
  base: number;
  entities: EntityMention[];
  metrics: MetricMention[];
  /** Periods read in the sentence (document spans), in order. */
  periods: Period[];
  carriedEntity: string | null;
  carriedPeriod: Period | null;
  /** Whether the sentence says "last year" or another time we cannot place (RELATIVE_TIME), tested once. */
  relativeTime: boolean;
  /** Parts of a year named without a year ("in the first half alone"), document spans, in order. */
  yearless?: YearlessPart[];
  /** Where the sentence's clauses start (clause.ts), as offsets into `text`; none: one clause. */
  breaks?: number[];
  /** Document spans of the sentence's figures, in order. */
  figures?: Span[];
  /** The document's date, when known: "last quarter" is then one of `periods` (read/relativeTime.ts). */
  date?: DocumentDate | null;
  /** The dataset's name for a name or alias (DatasetIndex.resolveEntity): a company's segment is looked up with it. */
  resolveEntity?: (name: string) => string | null;
  /** The company an entity is or belongs to ("ChatGPT" → "OpenAI"): "the ChatGPT maker" is the company. */
  companyFor?: (name: string) => string | null;
  /** Whether the sentence may name an accounting basis (read/basisWords.ts mayNameBasis): tested on first ask, then kept. */
  mayNameBasis?: boolean;
  /**
   * The span made for each mention the sentence's readings named (mentionSpan), filled as
   * they are read: the readings of its figures that name the same words share one span object.
   */
  mentionSpans?: { mentions: object[]; made: Span[] };
  /** The periods and yearless parts a figure of the sentence may take (candidatesOf): made on first ask, then kept. */
  candidates?: PeriodCandidate[];
  /** The segments the sentence names by a noun phrase ("the cloud infrastructure unit"), read on first need. */
  segmentPhrases?: SegmentWords[];
}

function absolute(base: number, m: { start: number; end: number }): Span {
  return { start: base + m.start, end: base + m.end };
}

// The document span of a mention of the sentence: the readings of its figures that name the
// same words share one span object (they are kept with the claim, and a third of a run's kept
// objects were spans). Spans are never written after they are made. The first 16 mentions of
// a sentence are kept in its context.
function mentionSpan(ctx: SentenceContext, m: { start: number; end: number }): Span {
  const kept = (ctx.mentionSpans ??= { mentions: [], made: [] });
  for (let k = 0; k < kept.mentions.length; k++) if (kept.mentions[k] === m) return kept.made[k];
  const span = absolute(ctx.base, m);
  if (kept.mentions.length < 16) {
    kept.mentions.push(m);
    kept.made.push(span);
  }
  return span;
}

function startOf(m: { start: number }): number {
  return m.start;
}

function spanStartOf(x: { span?: Span }): number {
  return x.span!.start;
}

/** Index of the first item whose `start` is at or after `offset` (items sorted by start). */
function firstAtOrAfter<T>(items: readonly T[], offset: number, startOf: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity a figure speaks of, with the span of the words that named it (if in this sentence). */
export function entityFor(ctx: SentenceContext, q: Quantity): { name: string; span?: Span } | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const list = ctx.entities;
  // Mentions never overlap a figure, so the last one starting before it also ends before it.
  const firstAfter = firstAtOrAfter(list, qe, startOf);
  let b = firstAtOrAfter(list, qs, startOf) - 1;
  while (b >= 0 && list[b].end > qs) b--;
  const before = b >= 0 ? list[b] : undefined;
  const clause = clauseOf(ctx.breaks ?? [], ctx.text.length, qs, qe);
  // "Its closest rival made $5 billion", "current AI data centers consume 20-50 megawatts":
  // the figure is about someone the sentence does not name, not the entity around it.
  const leadStart = Math.max(clause.start, before && before.end <= qs ? before.end : 0, qs - 120);
  const hints = leadWordHints(ctx.text, leadStart, qs);
  // The lead is cut out only for the searches the hints let through: most figures need neither.
  const lead = hints !== 0 ? ctx.text.slice(leadStart, qs) : '';
  if (hints & MAY_NAME_OTHER && OTHER_PARTY.test(lead)) return null;
  const generic = hints & MAY_BE_GENERIC ? GENERIC_SUBJECT.exec(lead) : null;
  if (generic && !(before && before.end >= clause.start && POSSESSIVE_GAP.test(lead.slice(0, generic.index)) && ctx.text.slice(before.end, qs) === lead)) return null;
  let afterNear: EntityMention | undefined;
  let afterAny: EntityMention | undefined;
  // The first mention after the figure, in its clause, that is not an object ("from SoftBank"); a few tries at most.
  for (let i = firstAfter; i < list.length && i < firstAfter + 4 && list[i].start < clause.end; i++) {
    const m = list[i];
    if (OBJECT_LEAD.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) continue;
    afterAny = m;
    if (m.start - qe <= ENTITY_AFTER_REACH) afterNear = m;
    break;
  }
  // "Meta, Microsoft, Amazon, and Alphabet are ratcheting up capex …, a total of more than
  // $600 billion": a figure of several companies together is none of theirs.
  if (before && b > 0 && list[b - 1].name !== before.name && LIST_JOINT.test(ctx.text.slice(list[b - 1].end, before.start)) && !INTO_BEFORE.test(ctx.text.slice(Math.max(0, list[b - 1].start - 8), list[b - 1].start)) && !POSSESSIVE_AFTER.test(ctx.text.slice(before.end, before.end + 3))) {
    return respectively(ctx, list, b, qs);
  }
  // "the Microsoft Cloud division, which surpassed $50 billion": a part of the company the
  // dataset does not hold, not the company.
  if (before && SEGMENT_AFTER.test(ctx.text.slice(before.end, Math.min(qs, before.end + 40)))) return null;
  if (before) {
    if (ANAPHOR.test(ctx.text.slice(Math.max(before.end, qs - 200), qs))) {
      const first = list[0];
      if (first && first.start < before.start) return { name: first.name, span: mentionSpan(ctx, first) };
      // The sentence names one entity and then says "the company": that is the one.
      if (first !== before && ctx.carriedEntity) return { name: ctx.carriedEntity };
    }
    // "value the ChatGPT developer at $830bn": the product's maker, not the product.
    if (ctx.companyFor && MAKER_AFTER.test(ctx.text.slice(before.end, before.end + 16))) {
      const company = ctx.companyFor(before.name);
      if (company) return { name: company, span: mentionSpan(ctx, before) };
    }
    return { name: before.name, span: mentionSpan(ctx, before) };
  }
  if (afterNear) return { name: afterNear.name, span: mentionSpan(ctx, afterNear) };
  if (ctx.carriedEntity) return { name: ctx.carriedEntity };
  if (afterAny) return { name: afterAny.name, span: mentionSpan(ctx, afterAny) };
  return null;
}

/**
 * A clause that measures the same thing as the one before it: a comparison (", up from $40.9
 * billion") or a continuation with no subject of its own (", and up 13% in constant currency").
 */
const COMPARISON_START = /^,\s*(?:up from|down from|compared (?:with|to)|versus|vs\b|and (?:up|down|rose|fell|grew|increased|decreased|declined|climbed|jumped)\b)/i;

/**
 * The metric nearest the figure whose unit family fits it, within METRIC_REACH characters;
 * for a family with one metric only, that one ("a 750-megawatt campus" is compute capacity).
 */
export function metricFor(ctx: SentenceContext, q: Quantity): { id: string; span?: Span } | null {
  const family = familyOf(q);
  if (family === 'money') {
    const valued = valuationWords(ctx, q);
    if (valued) return valued;
    // "a $3.5 billion charge", "$800 million in inventory and related charges": a one-off, no metric the vocabulary has.
    const qe = q.span.end - ctx.base;
    if (CHARGE_AFTER.test(ctx.text.slice(qe, qe + 60))) return null;
    const qs = q.span.start - ctx.base;
    if (CHARGE_BEFORE.test(ctx.text.slice(Math.max(0, qs - 40), qs))) return null;
  }
  const named = metricAt(ctx, family, q.span.start, q.span.end);
  // "Short-term deferred revenues", "cost of revenue": another account than the metric word's.
  if (named?.span && OTHER_ACCOUNT_BEFORE.test(ctx.text.slice(Math.max(0, named.span.start - ctx.base - 12), named.span.start - ctx.base))) return null;
  if (named) return named;
  const sole = soleMetricOf(family);
  return sole ? { id: sole } : null;
}

/**
 * After a money figure, words that make it a charge or a one-off ("a $2.1 billion employee
 * compensation charge", "$800 million in inventory and related charges"), not the metric
 * nearby; never across "and" to another figure's words ("revenue of $10 billion and one-time charges").
 */
const CHARGE_AFTER = /^\s{0,3}(?:(?!(?:and|or|but|while|with|versus|plus)\s)[\p{L}-]{1,20}\s{1,3}|and\s{1,3}related\s{1,3}){0,4}(?:charges?|fines?|write-?downs?|write-?offs?|impairments?|settlements?|penalty|penalties)\b/iu;
/** Before a money figure, a charge named with its amount: "one-time charges of $800 million". */
const CHARGE_BEFORE = /\b(?:charges?|fines?|write-?downs?|write-?offs?|impairments?|settlements?|penalty|penalties)\s{1,3}(?:of|totall?ing|worth|amounting\s{1,3}to)\s{1,3}(?:(?:about|around|roughly|approximately|nearly|some|over|more\s{1,3}than)\s{1,3})?$/i;
/** Before a metric word, words that name another account with it: "deferred revenues", "cost of revenue". */
const OTHER_ACCOUNT_BEFORE = /\b(?:deferred|unearned|costs?\s{1,3}of)\s{1,3}$/i;

/** The clause a metric of the figure at `qs`..`qe` (sentence offsets) may be named in. */
function clauseFor(ctx: SentenceContext, qs: number, qe: number): Span {
  const clause = clauseOf(ctx.breaks ?? [], ctx.text.length, qs, qe);
  // ", up from $40.9 billion": a comparison measures the same thing as the clause before it.
  // Only a clause opened by a comma can be one (the pattern's first character): no slice and search for the others.
  if (clause.start > 0 && ctx.text.charCodeAt(clause.start) === 44 && COMPARISON_START.test(ctx.text.slice(clause.start, clause.start + 24))) {
    return { start: clauseOf(ctx.breaks ?? [], ctx.text.length, clause.start - 1).start, end: clause.end };
  }
  return clause;
}

/**
 * A valuation said with a verb and its object before the figure, "values xAI at $80 billion",
 * "would value Perplexity at $9 billion", "value the San Francisco AI company at $62 billion",
 * or with the figure as an adjective of the company, "a $500 billion company", "The $20B
 * Startup". No synonym can hold the name between the words.
 */
const VALUE_AT = /\bvalu(?:es|e|ing)\s{1,3}(?:[\p{L}\p{N}'’.&-]+\s{1,3}){1,5}at\s{1,3}(?:(?:about|around|roughly|nearly|some|more than|over|approximately)\s{1,3})?$/iu;
const A_FIGURE_COMPANY = /^\s{1,3}(?:company|startup|start-up|firm)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s{1,3}$/i;

function valuationWords(ctx: SentenceContext, q: Quantity): { id: string; span: Span } | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const lead = ctx.text.slice(Math.max(0, qs - 80), qs);
  const m = VALUE_AT.exec(lead);
  if (m) {
    const at = qs - lead.length + m.index;
    // "an initial public offering that is set to value the Claude maker at more than $1tn": the listing's valuation.
    const id = ctx.metrics.some((x) => x.ids.includes('ipoValuation')) ? 'ipoValuation' : 'valuation';
    return { id, span: { start: ctx.base + at, end: ctx.base + at + m[0].indexOf(' ') } };
  }
  if (ARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, qs - 6), qs))) {
    const after = A_FIGURE_COMPANY.exec(ctx.text.slice(qe, qe + 14));
    if (after) return { id: 'valuation', span: { start: ctx.base + qe + after[0].length - after[0].trimStart().length, end: ctx.base + qe + after[0].length } };
  }
  return null;
}

/** metricFor, for a figure of `family` (any: null) at document offsets `start`..`end`. */
export function metricAt(ctx: SentenceContext, family: UnitFamily | null, start: number, end: number): { id: string; span: Span } | null {
  const qs = start - ctx.base;
  const qe = end - ctx.base;
  const list = ctx.metrics;
  if (list.length === 0) return null;
  // The best mention so far and its distance: the nearest whose family fits; a tie goes to
  // the word before the figure ("revenue of $13 billion in sales"). No object per mention.
  let best: MetricMention | null = null;
  let bestId: string | null = null;
  let bestDist = 0;
  // Only the mentions within reach on either side, in the figure's own clause ("raised $6
  // billion, while Microsoft reported a $3.1 billion hit": the hit is no funding round).
  const clause = clauseFor(ctx, qs, qe);
  for (let i = firstAtOrAfter(list, qe, startOf); i < list.length && list[i].start - qe <= METRIC_REACH && list[i].end <= clause.end; i++) {
    const dist = list[i].start - qe;
    // "operating loss was $134 million, net income was $872 million": a metric word that opens
    // a statement of its own ("net income was") is the next figure's, not this one's.
    if (opensStatement(ctx, list[i])) continue;
    // "a round of up to $100bn that would value the company at $830bn": a relative clause after
    // the figure says something new about it, and its metric word is its own figure's.
    if (dist > 4 && RELATIVE_GAP.test(ctx.text.slice(qe, list[i].start))) break;
    const id = family === null && namesMargin(ctx, list[i]) ? null : metricFitting(list[i], family);
    if (id && (!best || dist < bestDist)) {
      best = list[i];
      bestId = id;
      bestDist = dist;
    }
  }
  for (let i = firstAtOrAfter(list, qs, startOf) - 1; i >= 0 && qs - list[i].end <= METRIC_REACH && list[i].start >= clause.start; i--) {
    if (list[i].end > qs) continue;
    const dist = qs - list[i].end;
    const id = metricFitting(list[i], family);
    if (id && (!best || dist <= bestDist)) {
      best = list[i];
      bestId = id;
      bestDist = dist;
    }
  }
  return best && bestId ? { id: bestId, span: mentionSpan(ctx, best) } : null;
}

/**
 * The basis the writer stated a figure on: the last basis word in its clause before the figure
 * or its metric word, whichever comes first ("non-GAAP gross margin was 43%", "GAAP EPS was
 * $2.10 and non-GAAP EPS $2.26"), else one right after the figure ("43% on a non-GAAP basis").
 */
function basisFor(ctx: SentenceContext, q: Quantity, metricSpan: Span): StatedBasis | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const clause = clauseFor(ctx, qs, qe);
  const lead = Math.min(qs, metricSpan.start - ctx.base);
  // The words before the metric word or figure, back to the figure before it in the clause.
  let from = Math.max(clause.start, lead - 40);
  for (const f of ctx.figures ?? []) if (f.end - ctx.base <= lead && f.end - ctx.base > from) from = f.end - ctx.base;
  const before = lastBasis(ctx.text.slice(from, lead));
  if (before) return before;
  const after = BASIS_AFTER.exec(ctx.text.slice(qe, Math.min(clause.end, qe + 30)));
  return after ? lastBasis(after[1]) : null;
}

/** "43% on a non-GAAP basis", "54% in Q2 2025 on an adjusted basis", "$2.26 (non-GAAP)". */
const BASIS_AFTER = /^\s{0,3}(?:(?:in|for|during)\s{1,3}[^,;()]{1,24}?\s{1,3})?(?:on\s{1,3}an?\s{1,3}|\()(non[-\s]?gaap|adjusted|gaap)\b/i;

/** "Net loss margin": a margin the vocabulary has no word for, not a change or share of the net loss. */
const MARGIN_AFTER = /^[\s-]{1,3}margins?\b/i;

/** After a metric word: a verb or preposition that states its figure next ("net income was $872 million"). */
const STATES_NEXT = /^\s{1,3}(?:was|were|is|are|of|totaled|totalled|reached|came in at|stood at)\s{1,3}(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|a record|an?|up to)\s{1,3})?[$€£¥\d(-]/i;

function opensStatement(ctx: SentenceContext, m: MetricMention): boolean {
  return STATES_NEXT.test(ctx.text.slice(m.end, m.end + 40));
}

function namesMargin(ctx: SentenceContext, m: MetricMention): boolean {
  return MARGIN_AFTER.test(ctx.text.slice(m.end, m.end + 12));
}

/** Figures that can only be a rate, change or share when no metric of their family is named. */
const RELATIVE_KINDS: ReadonlySet<Quantity['kind']> = new Set(['percent', 'percentagePoints', 'multiple']);

/**
 * The entity a figure speaks of once a segment named right after its company is taken into
 * account: "Google Services revenues" are no Alphabet figure, "Nvidia's data center revenue" is
 * Nvidia Data Center's. An unknown segment is no dataset entity (null). Not a metric's own words
 * ("Oracle cloud contract": the deal is Oracle's).
 */
function segmentOf(ctx: SentenceContext, entity: { name: string; span?: Span } | null): { name: string; span?: Span } | null {
  if (!entity?.span || !ctx.resolveEntity) return entity;
  const end = entity.span.end - ctx.base;
  const segment = segmentAfter(ctx.text, end);
  if (!segment) return entity;
  const words = segment.words;
  const at = ctx.text.indexOf(words.split(' ')[0], end);
  let metricAfter = false;
  for (const m of ctx.metrics) {
    if (m.start === at) return entity;
    if (m.start >= segment.end - 1 && m.start <= segment.end + 3) metricAfter = true;
  }
  // "OpenAI's data centers will draw 10 gigawatts": the company's buildings, not a segment.
  if (!segment.named && !metricAfter) return entity;
  const name = segmentEntity(entity.name, words, ctx.resolveEntity) ?? segmentEntity(ctx.text.slice(entity.span.start - ctx.base, end), words, ctx.resolveEntity);
  return name ? { name, span: entity.span } : null;
}

/**
 * The segment an entity's figure belongs to when segment words stand right before its metric
 * word ("Oracle … cloud revenue", "data center revenue"): the dataset's entity of that name
 * ("Nvidia Data Center"), else none (never the company). The entity itself when no segment
 * word is there, or when the words are part of the entity's own name ("Google Cloud revenue").
 */
function segmentNamedBefore(ctx: SentenceContext, q: Quantity, entity: { name: string; span?: Span }, metric: { id: string; span?: Span } | null): { name: string; span?: Span } | null {
  if (!metric || !ctx.resolveEntity) return entity;
  // A segment phrase as the subject ("the cloud unit, which generated …") only speaks for a company the sentence does not name.
  const namedHere = !!entity.span && entity.span.start >= ctx.base && entity.span.end <= ctx.base + ctx.text.length;
  const seg = (metric.span ? segmentBefore(ctx.text, metric.span.start - ctx.base, metric.id) : null) ?? (namedHere ? null : segmentSubject(ctx, q, metric.id));
  if (!seg || seg.start === undefined) return entity;
  if (entity.span && entity.span.end - ctx.base > seg.start) return entity;
  const name = segmentEntity(entity.name, seg.words, ctx.resolveEntity);
  return name ? { name } : null;
}

/** The segment a sentence names as its subject before the figure ("the cloud infrastructure unit, which generated $3.3 billion"), with no company named in between. */
function segmentSubject(ctx: SentenceContext, q: Quantity, metric: string): { words: string; start?: number } | null {
  if (!SEGMENT_METRICS.has(metric)) return null;
  const qs = q.span.start - ctx.base;
  let seg: SegmentWords | null = null;
  for (const p of (ctx.segmentPhrases ??= segmentPhrases(ctx.text))) if (p.end <= qs) seg = p;
  if (!seg) return null;
  for (const e of ctx.entities) if (e.start >= seg.end && e.start < qs) return null;
  return seg;
}

/**
 * A product or segment read for a figure of its company's own metric (metrics.ts companyLevel)
 * stands for the company: "Azure … Capital expenditure reached $37.5 billion" is Microsoft's,
 * "valuing the ChatGPT maker at $730 billion" OpenAI's.
 */
function ownCompany(ctx: SentenceContext, entity: { name: string; span?: Span } | null, metric: string | undefined): { name: string; span?: Span } | null {
  if (!entity || !metric || !ctx.companyFor || !metricById(metric)?.companyLevel) return entity;
  const company = ctx.companyFor(entity.name);
  return company && company !== entity.name ? { name: company, span: entity.span } : entity;
}

/**
 * "Market share" names a chatbot's share of web traffic for a product (ChatGPT's), a share of
 * the market for a company (Amazon's of cloud infrastructure): the words name both
 * (metrics.ts), and the entity says which.
 */
function shareOf(ctx: SentenceContext, metric: { id: string; span?: Span }, entity: string | undefined): string {
  if (metric.id !== 'trafficShare' || !entity || !metric.span || !ctx.companyFor || ctx.companyFor(entity) !== entity) return metric.id;
  // Only words that name both ("market share"), not "web traffic".
  const at = metric.span.start - ctx.base;
  for (const m of ctx.metrics) if (m.start === at) return m.ids.includes('marketShare') ? 'marketShare' : metric.id;
  return metric.id;
}

/**
 * Between a change and the metric after it: "16% increase in revenue", "a 31% rise of", "16%
 * revenue growth", "32% year-over-year revenue growth" (the words that say how it was measured).
 */
const CHANGE_THEN_METRIC = /^\s{0,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:in|of)\s{1,3}(?:(?:the|its|their|total|net)\s{1,3})?$|^\s{0,3}(?:(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|yoy|y\/y|sequential|quarter[\s-]over[\s-]quarter|annual|organic)\s{1,3})?$/iu;
/** Right before a metric word, words that make it the whole of a share ("percent of revenue", "40% of total revenue"), not what changed. */
const SHARE_OF_BEFORE = /(?:\bpercent(?:age)?|%|\bshare|\bportion|\bproportion)\s{1,3}of\s{1,3}(?:(?:the|its|their|total|net)\s{1,3})?$/i;

/**
 * The metric a change, rate or share figure is of: the nearest metric word before it in its
 * clause ("Net income increased 30% and EPS increased 31%": 30% is net income's), else one
 * right after it joined by "in" or "of" ("a 16% increase in revenue"). Any unit family: a
 * percent change of revenue is a change of a money metric.
 */
function changedMetric(ctx: SentenceContext, q: Quantity): { id: string; span: Span } | null {
  const list = ctx.metrics;
  if (list.length === 0) return null;
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const clause = clauseFor(ctx, qs, qe);
  for (let i = firstAtOrAfter(list, qs, startOf) - 1; i >= 0 && qs - list[i].end <= METRIC_REACH && list[i].start >= clause.start; i--) {
    if (list[i].end > qs) continue;
    if (namesMargin(ctx, list[i])) return null;
    // "percent of revenue | 44.7%": a share of the revenue (a margin), not a change of it.
    if (SHARE_OF_BEFORE.test(ctx.text.slice(Math.max(0, list[i].start - 30), list[i].start))) return null;
    return { id: list[i].ids[0], span: mentionSpan(ctx, list[i]) };
  }
  const a = firstAtOrAfter(list, qe, startOf);
  if (a < list.length && list[a].end <= clause.end && !namesMargin(ctx, list[a]) && list[a].start - qe <= 40 && CHANGE_THEN_METRIC.test(ctx.text.slice(qe, list[a].start))) {
    return { id: list[a].ids[0], span: mentionSpan(ctx, list[a]) };
  }
  return null;
}

/** Between a figure and its period: nothing, or a preposition ("$13 billion in 2025", "$4.3 billion in the first half of 2025"). */
const PERIOD_JOINT = /^\s*(?:,\s*)?(?:(?:in|for|during|as of|by|through|at the end of|at end of|of|over|since|across|throughout|from)\s+)?(?:the\s+)?$/i;

/** "$3.7 billion a year earlier": the year before the period the sentence speaks of. */
export const YEAR_EARLIER_AFTER = /^\s*(?:,\s*)?(?:(?:in|during|for)\s+)?(?:a year (?:earlier|before)|the (?:year|period) (?:before|earlier)|the (?:previous|prior|preceding) year|(?:in )?the same (?:period|quarter|half|month) (?:a|the|of the) (?:year (?:earlier|before)|previous year|prior year))\b/i;

const NO_PARTS: readonly YearlessPart[] = [];
/** Between two figures that share what follows them: "and", "or", "to", a dash, perhaps a qualifier. */
const COORDINATED = /^\s{0,3}(?:and|or|to|through|[-–—])\s{0,3}(?:(?:about|around|roughly|nearly|almost|some|over|under|approximately)\s{1,3})?$/i;

/** A period the sentence names, or a yearless part of a year, as one candidate. */
export interface PeriodCandidate {
  span: Span;
  /** The period it names; a yearless part is placed when it is chosen. */
  period: Period | null;
  part?: YearlessPart;
}

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

/** The period a figure belongs to: the one joined right after it or the nearest in its own clause, else one that opens the sentence, else carried. */
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

export function periodFor(ctx: SentenceContext, q: Quantity): Period | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const tail = ctx.text.slice(qe, qe + 60);
  const worded = wordFollows(tail) && TIME_WORD.test(tail);
  if (worded && YEAR_EARLIER_AFTER.test(tail)) {
    // The reference is the period named before it in the sentence, else the one carried in.
    let i = firstAtOrAfter(ctx.periods, q.span.start, spanStartOf) - 1;
    while (i >= 0 && ctx.periods[i].span!.end > q.span.start) i--;
    const ref = i >= 0 ? ctx.periods[i] : ctx.carriedPeriod;
    // Spanned where its reference was read, so a reference carried in stays a carried guess (periodReliable in dataset/hedging.ts).
    return ref ? yearBefore(ref, ref.span) : null;
  }
  // "$11.5 billion last quarter": a period we cannot place, unless the document's date placed it.
  if (worded && RELATIVE_AFTER.test(tail) && !(ctx.date && placedRightAfter(ctx, q.span.end))) return null;
  const parts = ctx.yearless ?? NO_PARTS;
  if (ctx.periods.length === 0 && parts.length === 0) return ctx.relativeTime ? null : ctx.carriedPeriod;
  const candidates = candidatesOf(ctx);
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
  const placed = placeYearless(c.part, context);
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
  for (let i = a; i < list.length; i++) if (!isBasePeriod(ctx.text, ctx.base, list[i].span!)) return list[i];
  return ctx.carriedPeriod;
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

/**
 * All three, as a Reading. `isChange` figures state a change or a rate: they measure no
 * metric, but say which one changed (`ofMetric`: the nearest metric word of any unit family,
 * "revenues increased 16%"). `period`, when given, is periodFor(ctx, q) read already.
 */
export function readingFor(ctx: SentenceContext, q: Quantity, isChange: boolean, period?: Period | null): Reading {
  const named = entityFor(ctx, q);
  let entity = segmentOf(ctx, named);
  const metric = isChange || q.vague ? null : metricFor(ctx, q);
  // A change, or a percent or multiple no percent metric claims ("16%, or 15% in constant currency"): of what.
  const changed = !metric && !q.vague && (isChange || RELATIVE_KINDS.has(q.kind)) ? changedMetric(ctx, q) : null;
  // "cloud revenue specifically surged 28% to $7.2 billion": the segment's, not the company's total.
  if (entity && entity === named) entity = segmentNamedBefore(ctx, q, entity, metric ?? changed);
  // "Data Center revenue reached $115.2 billion" reads as a generic subject (no entity): the
  // segment of the company carried in, when the dataset holds it (never the company itself).
  else if (!named && ctx.carriedEntity && (metric ?? changed) && !OTHER_PARTY.test(ctx.text.slice(0, q.span.start - ctx.base))) {
    const carried = { name: ctx.carriedEntity };
    const seg = segmentNamedBefore(ctx, q, carried, metric ?? changed);
    if (seg && seg !== carried) entity = seg;
  }
  // A product's or segment's figure of its company's own metric (capex, valuation…) is the company's.
  entity = ownCompany(ctx, entity, metric?.id ?? changed?.id);
  const reading: Reading = {
    quantity: q,
    entity: entity?.name ?? null,
    metric: metric ? shareOf(ctx, metric, entity?.name) : null,
    period: period === undefined ? periodFor(ctx, q) : period,
  };
  if (entity?.span) reading.entitySpan = entity.span;
  if (metric?.span) reading.metricSpan = metric.span;
  if (changed) reading.ofMetric = changed.id;
  if (metric?.span && (ctx.mayNameBasis ??= mayNameBasis(ctx.text))) {
    const basis = basisFor(ctx, q, metric.span);
    if (basis) reading.basis = basis;
  }
  return reading;
}
