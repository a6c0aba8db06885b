// What a figure measures: the metric word nearest it whose unit family fits (a percentage is
// not "revenue"), in its own clause; the metric a change or rate is of; a valuation said with a
// verb ("values xAI at $80 billion"); and the accounting basis it was stated on (GAAP or not).
// A one-off charge, or another account named with the word ("deferred revenue"), has none.
import type { Quantity, Span } from '../types';
import { familyOf, metricFitting, soleMetricOf, type MetricMention } from './metricWords';
import { lastBasis, type StatedBasis } from './basisWords';
import type { UnitFamily } from '../dataset/metrics';
import { clauseOf } from './sentences/clause';
import { firstAtOrAfter, mentionSpan, startOf, type SentenceContext } from './sentenceContext';

/** A metric farther than this from its figure is a word about something else. */
const METRIC_REACH = 80;
/** A relative pronoun between a figure and a metric word after it: the word belongs to the relative clause. */
const RELATIVE_GAP = /\b(?:that|which|who)\b/i;

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
export const VALUE_AT = /\bvalu(?:es|e|ing)\s{1,3}(?:[\p{L}\p{N}'’.&-]+\s{1,3}){1,5}at\s{1,3}(?:(?:about|around|roughly|nearly|some|more than|over|approximately)\s{1,3})?$/iu;
const A_FIGURE_COMPANY = /^\s{1,3}(?:company|startup|start-up|firm)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s{1,3}$/i;
/** The word VALUE_AT needs: looked for once in a sentence, so that most sentences' money figures skip VALUE_AT. (Both exported for their test.) */
export const VALUE_WORD = /valu/iu;

function valuationWords(ctx: SentenceContext, q: Quantity): { id: string; span: Span } | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const lead = ctx.text.slice(Math.max(0, qs - 80), qs);
  const m = (ctx.mayNameValuation ??= VALUE_WORD.test(ctx.text)) ? VALUE_AT.exec(lead) : null;
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
export function basisFor(ctx: SentenceContext, q: Quantity, metricSpan: Span): StatedBasis | null {
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

/**
 * "Market share" names a chatbot's share of web traffic for a product (ChatGPT's), a share of
 * the market for a company (Amazon's of cloud infrastructure): the words name both
 * (metrics.ts), and the entity says which.
 */
export function shareOf(ctx: SentenceContext, metric: { id: string; span?: Span }, entity: string | undefined): string {
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
export function changedMetric(ctx: SentenceContext, q: Quantity): { id: string; span: Span } | null {
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
