// What a figure measures: the metric word nearest it whose unit family fits (a percentage is
// not "revenue"), in its own clause; the metric a change or rate is of; a valuation said with a
// verb ("values xAI at $80 billion"); and the accounting basis it was stated on (GAAP or not).
// A one-off charge, or another account named with the word ("deferred revenue"), has none.
import type { Quantity, Span } from '../types';
import { familyOf, metricFitting, soleMetricOf, type MetricMention } from './metricWords';
import { lastBasis, type StatedBasis } from './basisWords';
import type { UnitFamily } from '../dataset/metrics';
import { clauseOf } from './sentences/clause';
import { isChangeWord } from './direction';
import { firstAtOrAfter, mentionSpan, startOf, type SentenceContext } from './sentenceContext';

/** A metric farther than this from its figure is a word about something else. */
const METRIC_REACH = 80;
/** Between a figure and a metric word after it, a time word: the word names the event the figure is dated by. */
const TIME_GAP = /\b(?:before|after|since|until|ahead of|following|prior to)\b/i;
/** Right before a figure, words that add another item to a list: its metric is not the one before them. */
const ADDED_ITEM_BEFORE = /\b(?:along\s{1,3}with|as\s{1,3}well\s{1,3}as|plus|in\s{1,3}addition\s{1,3}to)\s{1,3}(?:(?:about|around|roughly|nearly|some|another|an\s{1,3}additional|over|more\s{1,3}than)\s{1,3})?$/i;
/** A relative pronoun between a figure and a metric word after it: the word belongs to the relative clause. */
const RELATIVE_GAP = /\b(?:that|which|who)\b/i;
/**
 * A second verb of the same subject between a figure and a metric word after it: "Mistral
 * secures €1.7 billion and nearly doubles its valuation" says what the valuation did, not what
 * the €1.7 billion is. The metric word belongs to the multiple ("doubles") the verb states.
 */
const SECOND_PREDICATE_GAP = /\b(?:and|but)\s{1,3}(?:(?:more\s{1,3}than|nearly|almost|roughly|about|also|then)\s{1,3})?(?:doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)\b/i;

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
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  if (family === 'money') {
    const valued = valuationWords(ctx, q);
    if (valued) return valued;
    // "a $3.5 billion charge", "$800 million in inventory and related charges": a one-off, no metric the vocabulary has.
    if (CHARGE_AFTER.test(ctx.text.slice(qe, qe + 60))) return null;
    if (CHARGE_BEFORE.test(ctx.text.slice(Math.max(0, qs - 40), qs))) return null;
    // "its $19 billion acquisition of WhatsApp": a purchase price, no metric the vocabulary has.
    if (ACQUISITION_AFTER.test(ctx.text.slice(qe, qe + 50))) return null;
    // "$2 billion in revenue per month", "$1 billion a month": a rate, not the period's total.
    if (PER_SPAN_AFTER.test(ctx.text.slice(qe, qe + 40))) return null;
  }
  const named = metricAt(ctx, family, q.span.start, q.span.end);
  // "leaving it with $1 billion in cash": cash held, not the burn or the round nearby; "burned $2.5 million in cash" is the burn.
  if (family === 'money' && IN_CASH_AFTER.test(ctx.text.slice(qe, qe + 24)) && !burnedRightBefore(ctx, q, named)) return { id: 'cash' };
  // "Short-term deferred revenues", "cost of revenue": another account than the metric word's.
  if (named?.span && OTHER_ACCOUNT_BEFORE.test(ctx.text.slice(Math.max(0, named.span.start - ctx.base - 12), named.span.start - ctx.base))) return null;
  // "It has raised $8.6 billion to date": all the rounds together, not one round's size.
  if (named?.id === 'fundingRound' && CUMULATIVE_AFTER.test(ctx.text.slice(qe, qe + 40))) return null;
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
/**
 * After a money figure, a span of time it is counted per: "a month", "per day", "in revenue
 * each week". A rate the vocabulary has no metric for; "$13 billion a year" is the year's, and
 * "$90 billion a quarter" the quarter's, as companies report them.
 */
const PER_SPAN_AFTER = /^\s{0,3}(?:(?:in|of)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){1,2})?(?:per|a|an|each|every)\s{1,3}(?:month|week|day|hour)\b(?!\s{1,3}(?:earlier|ago|before|later|prior)\b)/iu;
/** After a money figure, "in cash" or "of cash", not a burn or flow of it ("$8 billion in cash burn"). */
const IN_CASH_AFTER = /^\s{1,3}(?:in|of)\s{1,3}cash\b(?!\s{1,3}(?:burn|flows?|outflows?|from)\b)/i;
/** Whether `named` is a burn word before the figure with no other figure between ("burned $2.5 million in cash"). */
function burnedRightBefore(ctx: SentenceContext, q: Quantity, named: { id: string; span?: Span } | null): boolean {
  if (named?.id !== 'cashBurn' || !named.span || named.span.end > q.span.start) return false;
  for (const f of ctx.figures ?? []) if (f.start >= named.span.end && f.end <= q.span.start) return false;
  return true;
}

/** After a money figure, the deal it paid for: "acquisition of", "purchase of", "takeover of". */
const ACQUISITION_AFTER = /^\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:acquisition|purchase|takeover|buyout)\s{1,3}of\b/iu;
/** After an amount raised, words that make it the total of every round: "to date", "so far", "since 2023". */
const CUMULATIVE_AFTER = /^\s{0,3}(?:in\s{1,3}(?:total|funding|capital)\s{1,3})?(?:to\s{1,3}date|so\s{1,3}far|in\s{1,3}total|all\s{1,3}told|since\s{1,3}(?:its\s{1,3})?(?:founding|inception|launch|(?:19|20)\d\d))\b/i;
/** Before a metric word, words that name another account with it: "deferred revenues", "cost of revenue". */
const OTHER_ACCOUNT_BEFORE = /\b(?:deferred|unearned|costs?\s{1,3}of)\s{1,3}$/i;

/** The clause a metric of the figure at `qs`..`qe` (sentence offsets) may be named in. */
export function clauseFor(ctx: SentenceContext, qs: number, qe: number): Span {
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
    // "operating loss was $134 million, net income was $872 million", "revenue rising 18% to
    // $82.9 billion, EPS rising 23% to $4.27": a metric word that opens a statement of its own
    // ("net income was", "EPS rising") is the next figure's, not this one's.
    if (opensStatement(ctx, list[i])) continue;
    // "a round of up to $100bn that would value the company at $830bn": a relative clause after
    // the figure says something new about it, and its metric word is its own figure's.
    if (dist > 4 && RELATIVE_GAP.test(ctx.text.slice(qe, list[i].start))) break;
    // "$1 billion in cash before its latest funding round": a metric word after a time word names an event, not the figure.
    if (dist > 4 && TIME_GAP.test(ctx.text.slice(qe, list[i].start))) break;
    if (dist > 8 && SECOND_PREDICATE_GAP.test(ctx.text.slice(qe, list[i].start))) break;
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
    // "$10 billion in training costs for 2026, along with $5 billion for research": the added item is another thing.
    if (ADDED_ITEM_BEFORE.test(ctx.text.slice(list[i].end, qs))) break;
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
  if (after) return lastBasis(after[1]);
  // "On a non-GAAP(*) basis, gross margin was 43%, operating income was $897 million, net income
  // was $781 million": a basis phrase that opens the statement governs each figure it lists.
  let scoped: StatedBasis | null = null;
  BASIS_SCOPE.lastIndex = 0;
  for (let m = BASIS_SCOPE.exec(ctx.text); m && m.index < qs; m = BASIS_SCOPE.exec(ctx.text)) scoped = lastBasis(m[1]);
  return scoped;
}

/**
 * "On a non-GAAP basis," "on an adjusted basis,": a phrase, with its comma, that sets the basis
 * of what follows it; a footnote mark may follow the basis ("non-GAAP(*)", its star blanked
 * out with the Markdown emphasis marks before the sentence is read).
 */
const BASIS_SCOPE = /\bon\s{1,3}an?\s{1,3}(non[-\s]?gaap|adjusted|gaap)(?:\s{0,2}\([*\s]{1,3}\))?\s{1,3}basis\s{0,2},/gi;

/** "43% on a non-GAAP basis", "54% in Q2 2025 on an adjusted basis", "$2.26 (non-GAAP)". */
const BASIS_AFTER = /^\s{0,3}(?:(?:in|for|during)\s{1,3}[^,;()]{1,24}?\s{1,3})?(?:on\s{1,3}an?\s{1,3}|\()(non[-\s]?gaap|adjusted|gaap)\b/i;

/** "Net loss margin": a margin the vocabulary has no word for, not a change or share of the net loss. */
const MARGIN_AFTER = /^[\s-]{1,3}margins?\b/i;

/** After a metric word: a verb or preposition that states its figure next ("net income was $872 million"). */
const STATES_NEXT = /^\s{1,3}(?:was|were|is|are|of|totaled|totalled|reached|came in at|stood at)\s{1,3}(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|a record|an?|up to)\s{1,3})?[$€£¥\d(-]/i;

/**
 * After a metric word: a direction verb, then its figure ("EPS rising 23% to $4.27", "net
 * income jumped by 30%"). Verbs only (a form in -ed or -ing, or an irregular past): the noun
 * after a figure ("a $5 billion revenue increase") names the figure's own change.
 */
const MOVES_NEXT = /^\s{1,3}([a-z]+)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:(?:by|to)\s{1,3})?(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more than)\s{1,3})?[$€£¥\d]/i;
const VERB_FORM = /(?:ed|ing)$|^(?:rose|grew|fell|sank|shrank|slid|leapt|lost|shed|cut|rises|grows|falls|jumps|climbs|surges|drops|declines)$/i;

function opensStatement(ctx: SentenceContext, m: MetricMention): boolean {
  const tail = ctx.text.slice(m.end, m.end + 40);
  if (STATES_NEXT.test(tail)) return true;
  const moved = MOVES_NEXT.exec(tail);
  return !!moved && VERB_FORM.test(moved[1]) && isChangeWord(moved[1]);
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
  if (metric.id !== 'trafficShare' || !metric.span || !ctx.companyFor) return metric.id;
  // Whose share the sentence does not say ("its market share fell to 7.3 percent", of a chipmaker the dataset does not hold): a company's, as most are.
  if (!entity) return namesBoth(ctx, metric.span) ? 'marketShare' : metric.id;
  // A product's share is a chatbot's share of web traffic, unless the product is a cloud ("AWS Market Share Drops to 28%").
  if (ctx.companyFor(entity) !== entity && !CLOUD_WORD.test(ctx.text) && !CLOUD_WORD.test(entity)) return metric.id;
  // Only words that name both ("market share"), not "web traffic".
  return namesBoth(ctx, metric.span) ? 'marketShare' : metric.id;
}

/** Whether the metric words at `span` name a market share as well as a traffic share ("market share", not "web traffic"). */
function namesBoth(ctx: SentenceContext, span: Span): boolean {
  const at = span.start - ctx.base;
  for (const m of ctx.metrics) if (m.start === at) return m.ids.includes('marketShare');
  return false;
}

/** A cloud named in the sentence or in the product's name: its "market share" is of the cloud market. */
const CLOUD_WORD = /\bcloud\b/i;

/**
 * Between a change and the metric after it: "16% increase in revenue", "a 31% rise of", "16%
 * revenue growth", "32% year-over-year revenue growth" (the words that say how it was measured).
 */
const CHANGE_THEN_METRIC = /^\s{0,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:in|of)\s{1,3}(?:(?:the|its|their|total|net)\s{1,3})?$|^\s{0,3}(?:(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|yoy|y\/y|sequential|quarter[\s-]over[\s-]quarter|annual|organic)\s{1,3})?$/iu;
/** A multiple written as a verb: "doubled", "triples", "tripling", "quadrupled". */
const MULTIPLE_VERB = /^(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)$/i;
/** Possessive words that open a verb's object: "its valuation", "their revenue". */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);
/** A word ending in a possessive "'s": "firm's", "Meta's". */
const POSSESSIVE_WORD = /^[\p{L}\p{N}.-]+['’]s$/u;

/**
 * Whether the words between a multiple verb and a metric word make the metric its object: a
 * possessive ("its", "their", "the AI firm's", "Meta's", at most four words in all) and then at
 * most two more words ("its quarterly capital spending"). Counted word by word: the gap is short.
 */
function possessiveObject(gap: string): boolean {
  if (gap.length === 0 || gap.length > 50 || !/^\s/.test(gap)) return false;
  const words = gap.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return false;
  let owner = -1;
  if (POSSESSIVES.has(words[0].toLowerCase())) owner = 0;
  else {
    const first = words[0].toLowerCase() === 'the' ? 1 : 0;
    for (let i = first; i < Math.min(words.length, 4); i++) {
      if (POSSESSIVE_WORD.test(words[i])) {
        owner = i;
        break;
      }
    }
    // "Meta's" alone, or "the … firm's": never a bare word that happens to end in 's.
    if (owner === 0 && !/^\p{Lu}/u.test(words[0])) owner = -1;
  }
  return owner >= 0 && words.length - owner - 1 <= 2;
}

/**
 * What a multiple written as a verb multiplied: its object, "doubled its valuation", "tripled the
 * AI firm's valuation", "more than double its revenue". The object is what changed, whatever
 * metric word stands before the verb ("a funding round that tripled the AI firm's valuation").
 */
function multipliedObject(ctx: SentenceContext, q: Quantity, clause: Span): { id: string; span: Span } | null {
  if (q.kind !== 'multiple' || !MULTIPLE_VERB.test(q.text)) return null;
  const qe = q.span.end - ctx.base;
  const list = ctx.metrics;
  const a = firstAtOrAfter(list, qe, startOf);
  if (a >= list.length || list[a].end > clause.end || list[a].start - qe > 50) return null;
  if (!possessiveObject(ctx.text.slice(qe, list[a].start))) return null;
  return { id: list[a].ids[0], span: mentionSpan(ctx, list[a]) };
}

/** Right before a metric word, words that make it the whole of a share ("percent of revenue", "40% of total revenue"), not what changed. */
const SHARE_OF_BEFORE = /(?:\bpercent(?:age)?|%|\bshare|\bportion|\bproportion)\s{1,3}of\s{1,3}(?:(?:the|its|their|total|net|global|worldwide|all)\s{1,3}){0,2}(?:[\p{L}-]{1,20}\s{1,3}){0,2}$/iu;

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
  const object = multipliedObject(ctx, q, clause);
  if (object) return object;
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
