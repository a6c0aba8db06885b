// Parts that must add up to a whole the writer states in prose, read as `total` relations
// (the table-total rule checks them as it checks a table's Total row):
//   "an immediate $10 billion, $7.5 billion from SoftBank, and an additional $2.5 billion from …"
//   "$1 billion, in two tranches: $500,000,000 … and $500,000,000 …"
//   "$7.5 billion from SoftBank and $2.5 billion from others, for a total of $10 billion"
//   "raised $40 billion, including $30 billion from SoftBank" (some of the parts: only a sum
//   over the whole is wrong)
// and across the sentences (or lines) of one paragraph:
//   "Net sales increased 10% to $187.8 billion … North America segment sales … $115.6 billion.
//    International segment sales … $43.4 billion. AWS segment sales … $28.8 billion."
//   "Cloud Revenue (IaaS plus SaaS) $8.0 billion … Cloud Infrastructure (IaaS) Revenue $4.1 billion …"
//   "N3 accounted for 15% of wafer revenue (up from 9%), N5 35% … and N7 17% … Advanced
//    technologies all together (N3, N5, N7) accounted for 67%." (shares the next sentence adds up)
//
// A false total costs a false alarm, so a list is read as the whole's parts only when the
// words say so (LIST_PHRASINGS, the segment and named-part families below), every part has
// the whole's kind and unit and is smaller than it, and no part is a loss. A list that may
// leave parts out ("including", "with the rest from others") is read as some of the parts.
// To add a phrasing, add an entry to LIST_PHRASINGS and a line to test/unit/prose-totals.test.ts.
import type { Claim, Quantity, Relation } from '../types';
import { altAsWritten, LOSS_WORDS } from './vocabulary';

type Total = Extract<Relation, { kind: 'total' }>;

/** One stretch of a paragraph read on its own: a sentence, or a line of one (release bullet lines often end without a period). */
interface Unit {
  claim: Claim;
  /** The stretch's text; index 0 is document offset `base`. */
  text: string;
  base: number;
  figures: Quantity[];
}

/** A list phrasing in one sentence: where the parts stand and the words that join them to the whole. */
export interface ListPhrasing {
  name: string;
  /** 'after': "whole <joint> part, part and part"; 'before': "part, part and part <joint> whole". */
  parts: 'after' | 'before';
  /** The text between the whole and its first part ('after'), or between the last part and the whole ('before'). A `count` group ("two") must match the number of parts. */
  joint: RegExp;
  /** Whether the list gives every part ("split between") or some of them ("including"). */
  all: boolean;
  /** What must follow each part ("$7.5 billion from SoftBank"), when the list is only a list by that. */
  eachPartThen?: RegExp;
  /** Words the sentence must have before the whole ("the combined company is worth …"). */
  wholeCue?: RegExp;
}

const COUNT = String.raw`(?<count>two|three|four|five|six|2|3|4|5|6)`;

/** The table of list phrasings, most specific first. */
export const LIST_PHRASINGS: readonly ListPhrasing[] = [
  // "$1 billion, in two tranches: $500 million … and $500 million …"
  { name: 'counted parts', parts: 'after', all: true, joint: new RegExp(String.raw`^[^;.$€£¥]{0,100}?\bin\s+${COUNT}\s+(?:tranches|series|parts|installments|instalments|stages|phases|payments|portions|pieces)\s*[:,—–-]?\s*$`, 'i') },
  // "$10 billion, split between $7.5 billion from SoftBank and $2.5 billion from others"
  { name: 'split', parts: 'after', all: true, joint: /^\s*,?\s*(?:(?:split|divided|broken down|allocated|shared)\s+(?:evenly\s+|equally\s+)?(?:between|among|into|as)|comprising|consisting of|made up of|composed of|comprised of)\s*:?\s*$/i },
  // "an immediate $10 billion, $7.5 billion from SoftBank, and an additional $2.5 billion from a syndicate"
  { name: 'sources', parts: 'after', all: true, joint: /^\s*[,:—–]\s*$/, eachPartThen: /^\s+from\s+(?:the\s+|a\s+|an\s+)?\p{L}/u },
  // "the combined company is worth $1.25 trillion, with SpaceX valued at $1 trillion and xAI at $250 billion"
  { name: 'combined, with', parts: 'after', all: true, wholeCue: /\b(?:combined|merged|together|jointly)\b/i, joint: /^[^;.$€£¥]{0,30}?,\s*with\s+[^,;$€£¥\d]{1,60}?\s+(?:valued\s+at|worth|at)\s+$/i },
  // "$7.5 billion from SoftBank and $2.5 billion from others, for a total of $10 billion"
  { name: 'for a total of', parts: 'before', all: true, joint: /^[^;$€£¥\d]{0,60}?,?\s*(?:for\s+a\s+(?:combined\s+)?total\s+of|for\s+a\s+combined|a\s+combined|totall?ing|adding\s+up\s+to|which\s+(?:adds?|add)\s+up\s+to)\s+(?:of\s+)?$/i },
  // "$40 billion, including $30 billion from SoftBank": some of the parts.
  { name: 'including', parts: 'after', all: false, joint: /^\s*[,(—–]?\s*(?:including|of\s+which|among\s+(?:them|which)|which\s+includes?|incl\.)\s*:?\s*$/i },
];

/** The last part marked as what is left: the list then names every part ("of which $10 billion now and the remaining $30 billion later"). */
const REMAINING_BEFORE = /\b(?:the\s+)?(?:remaining|rest\s+of\s+the|remainder\s+of\s+the|balance\s+of|other)\s+$/i;
/** After a list, words that say it left parts out ("with the rest from others"): only some of the parts. */
const OTHERS_AFTER = /\b(?:the\s+rest|the\s+remainder|the\s+remaining|the\s+balance|additional\s+investors|among\s+others|and\s+others|and\s+more|etc)\b/i;
/** Between two parts of a list: a comma or "and", a few words, no clause break. */
const LIST_GAP = /^[^;:.!?$€£¥]{0,100}$/;
const DECIMAL = /\d\.\d/g;
const LIST_AND = /(?:,|\band\b|\bplus\b|\bas well as\b)/i;
const LAST_AND = /\b(?:and|plus|as well as)\b/i;
/** A figure that is no amount of the whole: "$1.86 per diluted share". */
const PER_AFTER = /^\s*(?:per|a|an)\s+(?:diluted\s+|basic\s+)?(?:share|unit|user|month|year|hour|token|gpu)\b/i;
/** Words that make a figure a loss: a part that is a loss subtracts, and is not read. */
const LOSS = new RegExp(String.raw`\b${altAsWritten([...LOSS_WORDS, 'negative', 'minus'])}\b`, 'i');

/** Whether `part` can be a part of `whole`: an amount of the same kind and unit, smaller than it. */
function fitsWhole(part: Quantity, whole: Quantity, unit: Unit): boolean {
  if (part.kind !== whole.kind || part.unit !== whole.unit) return false;
  if (part.vague || part.value <= 0 || whole.value <= 0) return false;
  if (Math.max(part.high, part.low) >= Math.min(whole.low, whole.high)) return false;
  // A figure whose words say it is a loss, or an amount per share, is no part.
  const end = part.span.end - unit.base;
  if (PER_AFTER.test(unit.text.slice(end, end + 30))) return false;
  return !LOSS.test(unit.text.slice(Math.max(0, part.span.start - unit.base - 25), part.span.start - unit.base));
}

function amountKind(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && !q.vague && !q.isRange;
}

function between(unit: Unit, a: Quantity, b: Quantity): string {
  const from = a.span.end - unit.base;
  const to = (b.qualifierSpan && b.qualifierSpan.start < b.span.start ? b.qualifierSpan.start : b.span.start) - unit.base;
  return to > from ? unit.text.slice(from, to) : '';
}

function totalOf(rows: Quantity[], whole: Quantity, all: boolean): Total {
  const rel: Total = { kind: 'total', rows, total: whole, prose: true };
  if (!all) rel.inclusive = true;
  return rel;
}

/** The figures of `unit` that are amounts of the same kind and unit as `whole`, in order. */
function amountsLike(unit: Unit, whole: Quantity): Quantity[] {
  const out: Quantity[] = [];
  for (const q of unit.figures) if (q !== whole && q.kind === whole.kind && q.unit === whole.unit) out.push(q);
  return out;
}

/** Whether the gaps between consecutive parts make a list ("A, B and C"). */
function isList(unit: Unit, parts: readonly Quantity[], p: ListPhrasing): boolean {
  for (let k = 0; k + 1 < parts.length; k++) {
    // Another figure's decimal point ("2.00% convertible notes") ends nothing.
    const gap = between(unit, parts[k], parts[k + 1]).replace(DECIMAL, '');
    if (!LIST_GAP.test(gap) || !LIST_AND.test(gap)) return false;
    if (k + 2 === parts.length && !LAST_AND.test(gap)) return false;
  }
  if (p.eachPartThen) {
    for (const part of parts) {
      const end = part.span.end - unit.base;
      if (!p.eachPartThen.test(unit.text.slice(end, end + 40))) return false;
    }
  }
  return true;
}

/** The list totals of one sentence (or line). */
function listTotals(unit: Unit, out: { claim: Claim; rel: Total }[]): void {
  const qs = unit.figures;
  for (let w = 0; w < qs.length; w++) {
    const whole = qs[w];
    if (!amountKind(whole)) continue;
    const same = amountsLike(unit, whole);
    // The amounts after the whole and before it, and the words that join each list to it: the
    // same for every phrasing, so cut out once per whole.
    const after = same.filter((q) => q.span.start > whole.span.start);
    const before = same.filter((q) => q.span.end < whole.span.start);
    const afterJoint = after.length >= 2 ? between(unit, whole, after[0]) : '';
    const beforeJoint = before.length >= 2 ? between(unit, before[before.length - 1], whole) : '';
    for (const p of LIST_PHRASINGS) {
      let parts: Quantity[];
      let m: RegExpExecArray | null;
      if (p.parts === 'after') {
        if (after.length < 2 || !(m = p.joint.exec(afterJoint))) continue;
        if (p.wholeCue && !p.wholeCue.test(unit.text.slice(0, whole.span.start - unit.base))) continue;
        parts = after; // every amount of the whole's unit after it, in this sentence, is one of its parts
      } else {
        if (before.length < 2 || !(m = p.joint.exec(beforeJoint))) continue;
        parts = before;
      }
      const count = m.groups?.count;
      if (count && countOf(count) !== parts.length) break;
      if (!parts.every((q) => fitsWhole(q, whole, unit) && !q.isRange) || !isList(unit, parts, p)) break;
      let all = p.all;
      const last = parts[parts.length - 1];
      const lastLead = unit.text.slice(Math.max(0, last.span.start - unit.base - 30), last.span.start - unit.base);
      if (!all && parts.length >= 2 && REMAINING_BEFORE.test(lastLead)) all = true;
      // "…, with the rest from other investors": the list leaves parts out.
      if (all && p.parts === 'after' && OTHERS_AFTER.test(unit.text.slice(last.span.end - unit.base, last.span.end - unit.base + 80))) all = false;
      out.push({ claim: unit.claim, rel: totalOf(parts, whole, all) });
      return; // one list per sentence: its figures are taken
    }
  }
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
function countOf(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

// ---------------------------------------------------------------------------
// Across a paragraph: segments, and parts the whole names.

const VERB = String.raw`(?:was|were|is|are|increased|decreased|rose|fell|grew|declined|jumped|dropped|climbed|totaled|totalled|reached|came\s+in\s+at|amounted\s+to)`;
/** "North America segment operating income was …": the segment's name and the measure. */
const SEGMENT_LINE = new RegExp(String.raw`^[\s•*-]*(?<name>(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){1,4})segment\s+(?<metric>[\p{Ll}][\p{Ll}\s-]{1,40}?)\s+${VERB}\b`, 'u');
/** "Net sales increased …", "Operating income was …": the measure the sentence opens with. */
const WHOLE_LINE = new RegExp(String.raw`^[\s•*-]*(?:(?:total|net|consolidated|overall|worldwide)\s+)?(?<metric>[\p{L}][\p{L}\s-]{1,40}?)\s+${VERB}\b`, 'iu');
/** The earlier figure of a line: "…, compared with $170.0 billion", "compared with operating income of $6.5 billion". */
const COMPARED_BEFORE = /,\s*compared\s+(?:with|to)\s+(?:(?:an?\s+)?[\p{L}-]+\s+){0,3}?(?:of\s+)?$/iu;

function measure(text: string): string {
  return text.toLowerCase().replace(/^(?:total|net|consolidated|overall|worldwide)\s+/, '').replace(/\s+/g, ' ').trim();
}

/** A line's figure now and, when it says one, the figure it is compared with. */
function nowAndEarlier(unit: Unit, like: Quantity | null): { now: Quantity; earlier: Quantity | null; earlierIsLoss: boolean } | null {
  const amounts = unit.figures.filter((q) => amountKind(q) && (!like || (q.kind === like.kind && q.unit === like.unit)));
  const now = amounts[0];
  if (!now) return null;
  const next = amounts[1];
  if (!next) return { now, earlier: null, earlierIsLoss: false };
  const gap = between(unit, now, next);
  if (gap.length > 120 || !COMPARED_BEFORE.test(gap)) return { now, earlier: null, earlierIsLoss: false };
  return { now, earlier: next, earlierIsLoss: LOSS.test(gap) };
}

/**
 * "Net sales … $187.8 billion … North America segment sales … $115.6 billion. International
 * segment sales … AWS segment sales …": a release lists every segment of the whole it opens
 * with. The whole is the first line that opens with the segments' measure; each segment line
 * gives its figure now and, when the whole gives one too, the figure it is compared with.
 */
function segmentTotals(units: readonly Unit[], out: { claim: Claim; rel: Total }[]): void {
  const segments: { unit: Unit; name: string; metric: string; at: number }[] = [];
  units.forEach((u, at) => {
    const m = SEGMENT_LINE.exec(u.text.slice(0, 120));
    if (m?.groups) segments.push({ unit: u, name: m.groups.name.trim().toLowerCase(), metric: measure(m.groups.metric), at });
  });
  if (segments.length < 2) return;
  const metric = segments[0].metric;
  if (segments.some((s) => s.metric !== metric)) return;
  if (new Set(segments.map((s) => s.name)).size !== segments.length) return;
  const wholeAt = units.findIndex((u) => {
    // Both open the line: a window of its first words is all they read.
    const opening = u.text.slice(0, 120);
    const m = WHOLE_LINE.exec(opening);
    return !!m?.groups && !SEGMENT_LINE.test(opening) && measure(m.groups.metric) === metric;
  });
  if (wholeAt < 0 || wholeAt > segments[0].at) return;
  const whole = nowAndEarlier(units[wholeAt], null);
  if (!whole || whole.earlierIsLoss) return;
  const lines = segments.map((s) => nowAndEarlier(s.unit, whole.now));
  const claim = units[wholeAt].claim;
  const nows: Quantity[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!l || !fitsWhole(l.now, whole.now, segments[k].unit)) return;
    nows.push(l.now);
  }
  out.push({ claim, rel: totalOf(nows, whole.now, true) });
  const earlier = whole.earlier;
  if (!earlier) return;
  const thens: Quantity[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.earlier || l.earlierIsLoss || !fitsWhole(l.earlier, earlier, segments[k].unit)) return;
    thens.push(l.earlier);
  }
  out.push({ claim, rel: totalOf(thens, earlier, true) });
}

/** "Cloud Revenue (IaaS plus SaaS) $8.0 billion": a whole that names its parts. */
const NAMED_WHOLE = /\((?<a>[\p{L}][\p{L}\d-]{0,20})\s+(?:plus|and|\+)\s+(?<b>[\p{L}][\p{L}\d-]{0,20})\)/u;

/**
 * "Q2 Cloud Revenue (IaaS plus SaaS) $8.0 billion … Cloud Infrastructure (IaaS) Revenue $4.1
 * billion … Cloud Application (SaaS) Revenue $3.9 billion": each named part is the largest
 * figure of the lines that name it (a line for one product within "(SaaS)" is smaller).
 */
function namedTotals(units: readonly Unit[], out: { claim: Claim; rel: Total }[]): void {
  for (const u of units) {
    const m = NAMED_WHOLE.exec(u.text.slice(0, 160));
    if (!m?.groups) continue;
    const whole = u.figures.find((q) => amountKind(q) && q.span.start - u.base > m.index);
    if (!whole) continue;
    const parts: Quantity[] = [];
    for (const name of [m.groups.a, m.groups.b]) {
      let best: Quantity | null = null;
      for (const v of units) {
        if (v === u) continue;
        const first = v.figures.find((q) => q.kind === whole.kind && q.unit === whole.unit);
        if (!first || !v.text.slice(0, first.span.start - v.base).includes(`(${name})`)) continue;
        if (!fitsWhole(first, whole, v)) continue;
        if (!best || first.value > best.value) best = first;
      }
      if (!best) break;
      parts.push(best);
    }
    if (parts.length === 2) out.push({ claim: u.claim, rel: totalOf(parts, whole, true) });
  }
}

/** A paragraph's sentences, each cut at its line breaks. */
function unitsOf(claims: readonly Claim[]): Unit[] {
  const units: Unit[] = [];
  for (const claim of claims) {
    let start = 0;
    let k = 0; // the claim's figures are in text order: one pass hands each line its own
    const text = claim.text;
    const qs = claim.quantities;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const base = claim.span.start + start;
      const figures: Quantity[] = [];
      while (k < qs.length && qs[k].span.start < claim.span.start + end) {
        if (qs[k].span.start >= base) figures.push(qs[k]);
        k++;
      }
      if (figures.length) units.push({ claim, text: text.slice(start, end), base, figures });
      start = end + 1;
    }
  }
  return units;
}

const MAX_UNITS = 60;
const MAX_FIGURES = 40;

/** Whether a claim's text may hold a prose total at all: cheap words every family needs. */
const MAY_HOLD = /\b(?:segment|plus|and|including|of which|among|split|divided|comprising|consisting|made up|composed|comprised|total|totall?ing|combined|adding|tranches|series|parts|installments|instalments|stages|phases|payments|portions|pieces|from)\b/i;

/**
 * Reads the prose totals of a document's claims (sentences of the same block are one
 * paragraph) and adds each to the claim that holds its whole. Table rows are left alone.
 */
export function readProseTotals(claims: readonly Claim[]): void {
  let i = 0;
  while (i < claims.length) {
    let j = i;
    while (j < claims.length && claims[j].block === claims[i].block) j++;
    readParagraph(claims.slice(i, j));
    i = j;
  }
  readSharesTogether(claims);
}

// ---------------------------------------------------------------------------
// Shares the next sentence adds up: "… 15% …, 35% … and 17% … . Advanced technologies all
// together (N3, N5, N7) accounted for 67% of total wafer revenue."

/** The word that makes a sentence's one share the sum of the shares just listed. */
const TOGETHER = /\b(?:together|combined|collectively|altogether)\b/i;
/** How many the sum is over, as the writer counts them: "the three", "the Big Three", "both". */
const COUNTED = /\b(?<n>both|two|three|four|five|six|2|3|4|5|6)\b/i;
/** "(N3, N5, N7)", "(N3, N5 and N7)": the parts named in brackets. */
const NAMED_IN_BRACKETS = /\(([^()]{1,80})\)/;
/** "Amazon, Microsoft and Google together": the parts named just before the word. */
const NAMES_BEFORE = /((?:\p{Lu}[\p{L}\d&.'’-]{0,30}\s{0,3},\s{0,3}){1,6}\p{Lu}[\p{L}\d&.'’-]{0,30}\s{0,3},?\s{1,3}and\s{1,3}\p{Lu}[\p{L}\d&.'’-]{0,30})\s{1,3}(?:now\s{1,3})?(?:together|combined|collectively)\b/u;

function namedCount(before: string): number | null {
  const counted = COUNTED.exec(before);
  if (counted?.groups) return counted.groups.n.toLowerCase() === 'both' ? 2 : countOf(counted.groups.n);
  const listed = NAMED_IN_BRACKETS.exec(before) ?? NAMES_BEFORE.exec(before);
  if (!listed) return null;
  const items = listed[1].split(/\s{0,3},\s{0,3}|\s{1,3}and\s{1,3}/).filter((x) => x.trim() !== '');
  return items.length >= 2 ? items.length : null;
}

/** The shares of a sentence that are levels: not a change's rate, nor the level a move started from. */
function levelShares(c: Claim): Quantity[] {
  const notLevels = new Set<Quantity>();
  for (const r of c.relations) {
    if (r.kind === 'change') notLevels.add(r.from).add(r.stated);
    else if (r.kind === 'direction') {
      if (r.from) notLevels.add(r.from);
      else notLevels.add(r.quantity);
    }
  }
  return c.quantities.filter((q) => q.kind === 'percent' && !q.vague && !q.isRange && q.sign === null && !notLevels.has(q));
}

function readSharesTogether(claims: readonly Claim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i];
    const prev = claims[i - 1];
    if (c.table || prev.table || prev.block !== c.block || !TOGETHER.test(c.text)) continue;
    const shares = levelShares(c);
    if (shares.length !== 1 || c.quantities.some((q) => q.kind === 'percent' && q !== shares[0])) continue;
    const total = shares[0];
    const before = c.text.slice(0, total.span.start - c.span.start);
    if (!TOGETHER.test(before)) continue;
    const parts = levelShares(prev);
    // As many shares before as the sentence names, each smaller than the sum.
    if (parts.length < 2 || namedCount(before) !== parts.length) continue;
    if (!parts.every((q) => q.value > 0 && q.value < total.low)) continue;
    if (c.relations.some((r) => r.kind === 'total' && r.total === total)) continue;
    c.relations = [...c.relations, { ...totalOf(parts, total, true), shares: true }];
  }
}

function readParagraph(claims: readonly Claim[]): void {
  const prose = claims.filter((c) => !c.table && c.quantities.length > 0);
  if (prose.length === 0 || !prose.some((c) => MAY_HOLD.test(c.text))) return;
  const units = unitsOf(prose);
  const found: { claim: Claim; rel: Total }[] = [];
  // A release paragraph has a few dozen lines; a list a few dozen figures. Past that it is
  // no prose list, and the readers (quadratic in the worst case) are not run.
  if (units.length > 1 && units.length <= MAX_UNITS) {
    segmentTotals(units, found);
    namedTotals(units, found);
  }
  for (const u of units) if (u.figures.length >= 3 && u.figures.length <= MAX_FIGURES && MAY_HOLD.test(u.text)) listTotals(u, found);
  const taken = new Set<Quantity>();
  for (const { claim, rel } of found) {
    // A figure is the whole of one total at most: the first family to read it keeps it.
    if (taken.has(rel.total)) continue;
    taken.add(rel.total);
    claim.relations = [...claim.relations, rel];
  }
}
