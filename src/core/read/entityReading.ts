// Whose figure it is: the entity a figure of a sentence speaks of (a dataset name or alias),
// with a company's segment or a product's maker taken into account.
//
// The rules of thumb, in order: the name nearest before the figure in its own clause wins; a
// figure about someone the sentence does not name ("its closest rival", "current AI data
// centers") has none; a figure of several companies listed together is none of theirs (unless
// "respectively" pairs them); "the company" points back to the sentence's subject; what the
// sentence does not say is carried from the sentence before in the same paragraph.
import type { Quantity, Span } from '../types';
import type { EntityMention } from '../dataset/lookup';
import { metricById } from '../dataset/metrics';
import { clauseFor } from './metricReading';
import { letterWordBits, registerLetterWords } from './phrases';
import { SEGMENT_METRICS, segmentAfter, segmentBefore, segmentEntity, segmentPhrases, type SegmentWords } from './businessSegment';
import { firstAtOrAfter, mentionSpan, startOf, type SentenceContext } from './sentenceContext';

/** "the company lost …": the figure belongs to the sentence's subject, not to the name just before. */
const ANAPHOR = /\b(?:the (?:company|firm|startup|start-up|lab|group|maker|chatbot|business)|it|its|it's)\b/i;
/**
 * "its Trainium and Graviton chips", "its Gemini models": named products of the company, whose
 * figure it is then, not the company's (a dataset entity named there is read as itself).
 */
const OWN_PRODUCTS = /\bits\s{1,3}\p{Lu}\p{Ll}[\p{L}\p{N}-]{0,20}(?:\s{1,3}(?:and\s{1,3})?\p{Lu}?[\p{L}\p{N}-]{1,20}){0,3}\s{1,3}(?:chips?|models?|products?|apps?|devices?|GPUs?|processors?|accelerators?|servers?)\b/u;
/** Words after a company's name that make it one of its units: "Microsoft Cloud division", "Google Services segment". */
const SEGMENT_AFTER = /^(?:['’]s)?\s{1,3}(?:[A-Z][\w&-]*\s{1,3}){1,2}(?:division|segment|unit|business|subsidiary)\b/;
/** Words after a product's name that make it its maker: "the ChatGPT developer", "Claude's maker". */
const MAKER_AFTER = /^(?:['’]s)?\s{1,3}(?:developer|maker|creator|owner|operator|parent)\b/i;
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

/** Words naming a party the sentence does not name: the figure is theirs, not the entity nearby. */
export const OTHER_PARTY = /\b(?:rivals?|competitors?|peers?|challengers?|another\s{1,3}(?:company|lab|firm|startup|player)|other\s{1,3}(?:labs|companies|firms|startups|players|providers))\b/i;
/** A generic subject ("current AI data centers", "a typical lab", "the U.S. market", "how a private company raises"); several parties together ("the Big Three") are AGGREGATE_LEAD's: no entity, unless one owns it ("OpenAI's data centers"). A market's share or cap is a company's. */
const GENERIC_SUBJECT = /\b(?:data[\s-]cent(?:er|re)s?|(?:a|the)\s{1,3}typical|the\s{1,3}average|on\s{1,3}average|the\s{1,3}industry|industry[\s-]wide|hyperscalers|most\s{1,3}(?:labs|companies|firms|startups)|an?\s{1,3}(?:(?:private|public|single|young|new|typical)\s{1,3})?(?:company|startup|firm)|(?:the|an?)\s{1,3}(?:[\w.-]{1,20}\s{1,3}){0,2}market(?!\s{1,3}(?:share|cap\b|capitali[sz]ation|leader|value\s{1,3}of)))\b/i;
// Words each match of OTHER_PARTY / GENERIC_SUBJECT holds (same flags): a sentence without
// any of them cannot match in any stretch of it, so its figures skip both searches.
const OTHER_PARTY_HINT = /rival|competitor|peer|challenger|other/i;
const GENERIC_SUBJECT_HINT = /data|typical|average|industry|hyperscalers|most|market|company|startup|firm/i;
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
    ...['data', 'typical', 'average', 'industry', 'hyperscalers', 'most', 'market', 'company', 'startup', 'firm'].map((w): [string, number] => [w, GENERIC_WORD]),
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

/** A relative pronoun after a noun: the clause it opens has the noun as its subject ("a market that grew …"). */
const RELATIVE_AFTER_NOUN = /^\s{1,3}(?:that|which|whose)\b/i;
/** A preposition right before an indefinite noun ("in a company"): the noun is its object. */
const OBJECT_PREPOSITION = /\b(?:in|into|of|to|for|with|by|from|at)\s{1,3}$/i;
/** Between a name and a generic noun that describes it: "is", "was", "remains" ("OpenAI is a company that …"). */
const COPULA_GAP = /^\s{1,3}(?:is|was|remains|became|has\s{1,3}become)\s{1,3}$/i;
/**
 * Venture investors as a group: "Venture capital institutions worldwide have invested $192.7
 * billion in AI startups", "the $270 billion VC firms invested in AI last year". A figure they
 * invested is a market total, no company's, whichever company the paragraph is about.
 */
const INVESTORS_AS_A_GROUP = /\b(?:[Vv]enture[\s-]{1,3}capital(?:ists?|\s{1,3}(?:firms?|funds?|institutions|investors|industry))?|[Vv]enture\s{1,3}(?:firms|investors|funds|backers)|VCs|VC\s{1,3}(?:firms|funds|investors|dollars|funding|money))\b/;
/** The group named right at the start of a text: "US venture capitalists", "VC firms". */
const GROUP_AT_START = new RegExp(`^(?:(?:U\\.?S\\.?|global|American|European)\\s{1,3})?${INVESTORS_AS_A_GROUP.source}`);
/** A verb of putting money in, right after a figure: "$209 billion spent by …", "was invested by …". */
const INVESTED_VERB = /^\s{1,3}(?:(?:was|were)\s{1,3})?(?:spent|invested|poured|deployed|put|raised)\s/;
/** After a group named as a relative clause's subject ("the $270 billion VC firms invested"): its verb. */
const GROUP_VERB = /^\s{1,3}(?:(?:have|had)\s{1,3})?(?:invested|spent|poured|put|deployed)\b/;
/** Cheap gate for all of them: a sentence without these letters names no such group. */
const INVESTORS_HINT = /[Vv]enture|VC/;

/**
 * Whether the money figure ending at `qe` is what venture investors as a group put in: the
 * group stands before it in its clause (`lead`), or after it as the agent ("$209 billion spent by
 * US venture capitalists") or the subject of a relative clause ("the $270 billion VC firms invested").
 */
function investedByGroup(ctx: SentenceContext, lead: string, qe: number): boolean {
  if (!INVESTORS_HINT.test(ctx.text)) return false;
  if (INVESTORS_AS_A_GROUP.test(lead)) return true;
  const after = ctx.text.slice(qe, qe + 80);
  const verb = INVESTED_VERB.exec(after);
  if (verb) {
    const rest = after.slice(verb[0].length);
    const by = rest.indexOf('by ');
    return by >= 0 && by <= 30 && (by === 0 || rest[by - 1] === ' ') && GROUP_AT_START.test(rest.slice(by + 3));
  }
  const subject = after.startsWith(' that ') ? after.slice(6) : after.trimStart();
  const group = GROUP_AT_START.exec(subject);
  return !!group && GROUP_VERB.test(subject.slice(group[0].length));
}

/** Before a part of a round: a list's comma or "and", "includes", perhaps "an additional". */
const PART_BEFORE = /(?:,|\bincludes?|\bincluding|\band|\bplus)\s{1,3}(?:(?:an?|another)\s{1,3}(?:additional|further|immediate)?\s{0,3})?$/i;

/**
 * The investor a part of a round comes from: a money figure listed among others ("an immediate
 * $10 billion, $7.5 billion from SoftBank", "includes $30 billion from chip giant Nvidia") with
 * "from" and at most three describing words between it and the name. Not a round raised from
 * someone ("OpenAI raised $40 billion from SoftBank"): that figure is the raiser's.
 */
function partFrom(ctx: SentenceContext, qs: number, qe: number, m: EntityMention): { name: string; span?: Span } | null {
  const gap = ctx.text.slice(qe, m.start);
  if (gap.length > 40 || !gap.startsWith(' from ')) return null;
  const words = gap.slice(6).trim();
  if (words !== '' && words.split(/\s+/).length > 3) return null;
  if (!PART_BEFORE.test(ctx.text.slice(Math.max(0, qs - 30), qs))) return null;
  return { name: m.name, span: mentionSpan(ctx, m) };
}

/**
 * Several parties' figure together: "Together, the "Big Three" control over 60% of the market",
 * "the top three cloud providers accounting for 68%", "Their collective splurge is estimated to
 * be 60% higher", "the total demand for compute could reach 200 gigawatts". No one company's.
 */
const AGGREGATE_LEAD = /\b(?:together|collective(?:ly)?|in\s{1,3}total|total\s{1,3}demand|(?:big|top)\s{1,3}(?:two|three|four|five)|all\s{1,3}(?:other\s{1,3})?(?:companies|providers|players|labs))\b/i;
/** "would have to generate a combined $2 trillion": the sum of several. */
const COMBINED_BEFORE = /\bcombined\s{1,3}$/i;
/** Cheap gate for both. */
const AGGREGATE_HINT = /together|collective|total|big|top|all\s|combined/i;

/** Words after a figure that make it the size of a whole industry: "the $300 billion search advertising industry". */
const INDUSTRY_WORDS: ReadonlySet<string> = new Set(['industry', 'sector', 'market']);
/** After "market": words that make it a company's ("market cap", "market value", "market share"). */
const COMPANY_MARKET_WORDS = /^(?:cap|caps|value|values|capitali[sz]ation|share|shares)\b/i;

/**
 * Whether the figure at `qs`..`qe` of `text` is written as the size of an industry: "the" or "a"
 * before it and, within three lower-case words that modify it, "industry", "sector" or "market"
 * (not "market cap" or "market share", nor "a 30% share of the market": a company's).
 */
function industryAfter(text: string, qs: number, qe: number): boolean {
  if (!/\b(?:the|a)\s{1,3}$/i.test(text.slice(Math.max(0, qs - 5), qs))) return false;
  const words = text.slice(qe, qe + 60).trim().split(/\s+/, 5);
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const w = words[i].replace(/[.,;:!?)]+$/, '');
    if (INDUSTRY_WORDS.has(w)) return !(w === 'market' && i + 1 < words.length && COMPANY_MARKET_WORDS.test(words[i + 1]));
    if (!/^[a-z][a-z-]*$/.test(w) || NOT_A_MODIFIER.has(w)) return false;
  }
  return false;
}

/** Words between a figure and "market" that make the market another noun's ("a 30% share of the market"). */
const NOT_A_MODIFIER: ReadonlySet<string> = new Set(['of', 'in', 'on', 'for', 'to', 'from', 'by', 'share', 'shares', 'stake', 'cut', 'slice', 'piece']);

/** Between a name and the generic words it owns: "'s" and at most two words ("OpenAI's new data centers"). */
const POSSESSIVE_GAP = /^['’]s?(?:\s{1,3}[\p{L}-]{1,20}){0,2}\s{1,3}$/u;


/** An entity after the figure, farther than this, only counts when nothing else does. */
const ENTITY_AFTER_REACH = 60;


/**
 * Words that open an apposition after a name: a noun phrase ("Anthropic, the AI lab founded by
 * ex-OpenAI researchers in 2021, had completed …") or a relative or participle clause
 * ("LinkedIn, acquired by Microsoft in 2016, made …", "Anthropic, which competes with OpenAI's
 * ChatGPT, is seeking …"). Group 1: a clause opener, which only a name can take.
 */
const APPOSITION_OPENER = /^\s{1,3}(?:the|a|an|now|once|formerly|itself|(which|who|whose|[\p{L}-]{2,20}ed))\b/iu;

/**
 * The mention a figure after an apposition belongs to: the name the apposition describes, not
 * a name inside it. `b` is the nearest mention before the figure at `qs`; the answer is the
 * mention right before the apposition's opening comma when `b` sits between that comma and a
 * closing one before the figure; none (-1) when a clause describes a name the dataset does not
 * hold; else `b`.
 */
function appositionHead(text: string, list: readonly EntityMention[], b: number, qs: number): number {
  const close = text.lastIndexOf(',', qs - 1);
  if (close < list[b].end) return b;
  const open = text.lastIndexOf(',', list[b].start - 1);
  const opener = open < 0 ? null : APPOSITION_OPENER.exec(text.slice(open + 1, open + 24));
  if (!opener) return b;
  // No other comma inside: one apposition, not a list of clauses.
  if (text.slice(open + 1, close).includes(',')) return b;
  let k = b - 1;
  while (k >= 0 && list[k].end > open) k--;
  if (k >= 0 && /^(?:['’]s?)?$/.test(text.slice(list[k].end, open))) return k;
  // "LinkedIn, acquired by Microsoft in 2016, made …": the clause describes a name the dataset does not hold.
  return opener[1] && NAME_BEFORE.test(text.slice(Math.max(0, open - 30), open)) ? -1 : b;
}

/** A capitalised word right before a comma: the name an apposition describes. */
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}\p{N}&.-]{0,29}$/u;

/** Between a rate and the name it is of: "28% for AWS", "40% for the Azure business". */
const FOR_NAME = /^\s{1,3}for\s{1,3}(?:the\s{1,3})?$/i;
/** Between two names where the second is the first's own: "Amazon's AWS", "Microsoft Azure". */
const OWNED_NEXT = /^(?:['’]s)?\s{1,2}$/;

/** The name at `i`, or the one it owns right after it ("Amazon's AWS" → AWS). */
function innermostName(text: string, list: readonly EntityMention[], i: number): EntityMention {
  while (i + 1 < list.length && OWNED_NEXT.test(text.slice(list[i].end, list[i + 1].start))) i++;
  return list[i];
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
  if (b >= 0) b = appositionHead(ctx.text, list, b, qs);
  const before = b >= 0 ? list[b] : undefined;
  // ", up from 61% two years ago": a comparison's figure is of whoever the clause before speaks of.
  const clause = clauseFor(ctx, qs, qe);
  // "Its closest rival made $5 billion", "current AI data centers consume 20-50 megawatts":
  // the figure is about someone the sentence does not name, not the entity around it.
  const leadStart = Math.max(clause.start, before && before.end <= qs ? before.end : 0, qs - 120);
  const hints = leadWordHints(ctx.text, leadStart, qs);
  // The lead is cut out only for the searches the hints let through: most figures need neither.
  const lead = hints !== 0 ? ctx.text.slice(leadStart, qs) : '';
  if (hints & MAY_NAME_OTHER && OTHER_PARTY.test(lead)) return null;
  let generic = hints & MAY_BE_GENERIC ? GENERIC_SUBJECT.exec(lead) : null;
  // "early investment in a company": an indefinite noun after a preposition is an object, not the
  // subject; unless a clause of its own follows it ("leverage in a market that grew 35%").
  if (generic && /^an?\s/i.test(generic[0]) && OBJECT_PREPOSITION.test(lead.slice(Math.max(0, generic.index - 8), generic.index)) && !RELATIVE_AFTER_NOUN.test(lead.slice(generic.index + generic[0].length))) generic = null;
  // "OpenAI is a company that made …": a generic noun after "is" describes the name before it.
  if (generic && !(before && before.end >= clause.start && (POSSESSIVE_GAP.test(lead.slice(0, generic.index)) || COPULA_GAP.test(lead.slice(0, generic.index))) && ctx.text.slice(before.end, qs) === lead)) return null;
  // "market shares … at 28% for Amazon's AWS, 21% for Microsoft Azure": a rate's owner named right after it with "for".
  if (q.kind === 'percent' && firstAfter < list.length && FOR_NAME.test(ctx.text.slice(qe, list[firstAfter].start))) {
    const owner = innermostName(ctx.text, list, firstAfter);
    return { name: owner.name, span: mentionSpan(ctx, owner) };
  }
  if (q.kind === 'money' && investedByGroup(ctx, ctx.text.slice(leadStart, qs), qe)) return null;
  if (AGGREGATE_HINT.test(ctx.text) && (AGGREGATE_LEAD.test(ctx.text.slice(leadStart, qs)) || COMBINED_BEFORE.test(ctx.text.slice(Math.max(leadStart, qs - 14), qs)))) return null;
  if (industryAfter(ctx.text, qs, qe)) return null;
  // "includes $30 billion from Japanese conglomerate SoftBank, $30 billion from chip giant
  // Nvidia": each part of a round is the investor's who puts it in.
  const investor = q.kind === 'money' && firstAfter < list.length ? partFrom(ctx, qs, qe, list[firstAfter]) : null;
  if (investor) return investor;
  let afterNear: EntityMention | undefined;
  let afterAny: EntityMention | undefined;
  // The first mention after the figure, in its clause, that is not an object ("from SoftBank",
  // "including OpenAI and Anthropic": the names listed after an object are objects too); a few tries at most.
  let objectBefore: EntityMention | undefined;
  for (let i = firstAfter; i < list.length && i < firstAfter + 4 && list[i].start < clause.end; i++) {
    const m = list[i];
    if (OBJECT_LEAD.test(ctx.text.slice(Math.max(0, m.start - 20), m.start)) || (objectBefore && LIST_JOINT.test(ctx.text.slice(objectBefore.end, m.start)))) {
      objectBefore = m;
      continue;
    }
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
    const lead = ctx.text.slice(Math.max(before.end, qs - 200), qs);
    // "Amazon disclosed its Trainium and Graviton chips now exceed a $10 billion run rate": the figure is the products'.
    if (OWN_PRODUCTS.test(lead)) return null;
    if (ANAPHOR.test(lead)) {
      // The subject "the company" points back to: the first name of the figure's own clause, else of the sentence.
      let first = list[0];
      for (const m of list) if (m.start >= clause.start && m.start < qs) { first = m; break; }
      // "A $40 billion round led by SoftBank is expected to value the company at $300 billion":
      // the company is the one carried in, not the investor named as an object.
      if (first === before && ctx.carriedEntity && OBJECT_LEAD.test(ctx.text.slice(Math.max(0, before.start - 20), before.start))) return { name: ctx.carriedEntity };
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
 * The entity a figure speaks of once a segment named right after its company is taken into
 * account: "Google Services revenues" are no Alphabet figure, "Nvidia's data center revenue" is
 * Nvidia Data Center's. An unknown segment is no dataset entity (null). Not a metric's own words
 * ("Oracle cloud contract": the deal is Oracle's).
 */
export function segmentOf(ctx: SentenceContext, entity: { name: string; span?: Span } | null): { name: string; span?: Span } | null {
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
export function segmentNamedBefore(ctx: SentenceContext, q: Quantity, entity: { name: string; span?: Span }, metric: { id: string; span?: Span } | null): { name: string; span?: Span } | null {
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
export function ownCompany(ctx: SentenceContext, entity: { name: string; span?: Span } | null, metric: string | undefined): { name: string; span?: Span } | null {
  if (!entity || !metric || !ctx.companyFor || !metricById(metric)?.companyLevel) return entity;
  const company = ctx.companyFor(entity.name);
  return company && company !== entity.name ? { name: company, span: entity.span } : entity;
}
