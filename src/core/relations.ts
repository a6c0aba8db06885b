// Relations between the figures of one prose sentence: "from A to B, a C increase",
// "X% of Y, about Z", a growth rate between two dated figures, "between A and B", a
// direction word next to a change, a share of a whole.
//
// Everything here reads the few words between and around figures with small anchored
// patterns, never the whole sentence with an open-ended one: the cost is linear in the
// sentence, and a pattern that does not fit simply yields no relation. A missed relation
// costs a missed check; an invented one costs a false alarm, so the patterns are strict.
import type { DirectionWord, Period, Quantity, Relation } from './types';
import { directionOf, isChangeWord } from './direction';
import { inflectedDirection } from './entityNlp';
import { periodInterval } from './period';
import { endsGrowth, spanNamesOtherYears, startsGrowth } from './read/growthYears';
import { AS_FAR_AS, CHANGE_SPAN, RESTATING_PARTICIPLE } from './read/changeLead';

/** One sentence: its text (index 0 is document offset `base`) and its figures in order. */
export interface SentenceView {
  text: string;
  base: number;
  quantities: Quantity[];
}

/** Qualifier words that may sit between a preposition and a figure when quantity.ts left them out of the span. */
const QUAL = String.raw`(?:(?:about|around|roughly|approximately|approx\.|nearly|almost|just|some|over|under|more than|less than|at least|close to|estimated|a|an|~)\s*)*`;

/** A rate a year after a percentage, or before it (exported for the test of mayStateYearlyRate). */
export const CAGR_AFTER = /^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|yearly|per annum|annualized|compound(?:ed)?\s+annual|cagr|year[- ]over[- ]year|year[- ]on[- ]year)\b|^\s*(?:annual|yearly)\s+(?:growth|rate)\b/i;
export const CAGR_BEFORE = new RegExp(String.raw`(?:\bcagr|compound(?:ed)?\s+annual\s+growth(?:\s+rate)?|annual(?:ized)?\s+growth(?:\s+rate)?|annual\s+rate|annually|a\s+year|per\s+year|each\s+year|every\s+year)(?:\s*\(cagr\))?\s*(?:of|at|by)?\s*(?:a|an)?\s*${QUAL}$`, 'i');

const RANGE_CUE = /\b(?:range[sd]?|ranging|anywhere|vary|varies|varied|varying|span(?:s|ning)?|estimates?|estimated)\s+(?:\w+\s+){0,2}$/i;

/** "from" as a word. */
const FROM_WORD = /\bfrom\b/i;
/** A trailing "from" and what follows it. */
const FROM_TAIL = /\bfrom\s+\S*\s*$/i;
/** A year named between two figures. */
const DATED_GAP = /\b(?:in|during|for|by)\s+(?:19|20)\d\d\b/;
/** "to" as a word. */
const TO_WORD = /\bto\b/i;
/** ", up from": the word before "from". */
const WORD_FROM = /,\s*([\p{L}]+)\s+from\b/iu;
/** A semicolon or colon. */
const CLAUSE_MARK = /[;:]/;

export interface SentenceRelations {
  relations: Relation[];
  /** Figures that state a change or a rate (not a level): no metric reading for them. */
  changeFigures: ReadonlySet<Quantity>;
}

/** Most sentences state no change: they share this empty set (read, never written). */
const NO_FIGURES: ReadonlySet<Quantity> = new Set<Quantity>();

interface Pair {
  from: Quantity;
  to: Quantity;
  /** Positions of the two figures in the sentence's list. */
  first: number;
  second: number;
  /** "to B from A": the later figure in the text is the starting point. */
  reversed: boolean;
  /** Two dated levels ("$5 billion in 2024 and $8 billion in 2025"): only a rate after them states their change. */
  afterOnly?: boolean;
  /** ", up from": the direction word between the two figures. */
  via?: DirectionWord;
}

/**
 * Relations of one sentence. `periods[i]` is the period figure `view.quantities[i]` was read with (for
 * growth rates between two dated figures); `spanPeriod` the sentence's "2025-2029" span if any.
 */
// Compiled once: these run for every figure of every sentence.
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${QUAL}$`, 'i');
const TO_GAP = new RegExp(String.raw`^[^;:]*?\b(?:to|into)\s+${AS_FAR_AS}?${QUAL}$`, 'iu');
const TO_BEFORE = new RegExp(String.raw`\bto\s+${QUAL}$`, 'i');
const FROM_GAP = new RegExp(String.raw`^[^;:]*?\bfrom\s+${QUAL}$`, 'i');
/** ", up from", "in March, down from": the figure after it is where the one before came from. */
const UP_FROM_GAP = new RegExp(String.raw`^\s*(?:(?:in|during|for|as of|at|by)\s+[^,;:()]{1,30}?)?,\s*(?:up|down|rising|falling|climbing|jumping|growing|dropping|higher|lower)\s+from\s+${QUAL}$`, 'i');
/** "$5 billion in 2024 and $8 billion": a period after the first figure, then "and" (or "versus"). */
const DATED_AND_GAP = new RegExp(String.raw`^\s+(?:in|during|for)\s+(?:the\s+)?[\p{L}\p{N} ]{2,30}?,?\s+(?:and|versus|vs\.?|against|compared (?:with|to))\s+${QUAL}$`, 'iu');
/** "$13 billion in 2025, up ", "800 million users, up " before the rate of "B, up C from A". */
const UP_RATE_GAP = /^(?:\s+[\p{L}\p{N}'’-]+){0,4},\s*(?:up|down|rising|falling|growing|climbing|jumping|dropping|an? (?:rise|increase|jump|gain|drop|decline|fall) of)\s+(?:by\s+)?$/iu;
/** Between that rate and A: "from", after at most one word ("250% year-on-year from"). */
const RATE_FROM_GAP = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?from\s+${QUAL}$`, 'iu');
/** ", or 18%", ", i.e. 18%": the rate restates the move just described. */
const RESTATE_GAP = /^\s*,\s*(?:or|i\.e\.,?|that is)\s*$/i;
const BETWEEN_BEFORE = new RegExp(String.raw`\bbetween\s+${QUAL}$`, 'i');
const AND_GAP = new RegExp(String.raw`^\s*and\s+${QUAL}$`, 'i');
const verbBefore = (joint: string) =>
  new RegExp(String.raw`([\p{L}-]+)\s+(?:(?:sharply|steeply|slightly|significantly|dramatically|rapidly|further|again|all the way)\s+)?${joint}\s+${QUAL}$`, 'iu');
/** "rose from", "fell sharply from" (before a pair's start) and "rose to" (before "to B from A"). */
const VERB_BEFORE = { from: verbBefore('from'), to: verbBefore('to') };
const rateGap = (joint: string) =>
  new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,3}?${CHANGE_SPAN}?${RESTATING_PARTICIPLE}?${joint}\s+${QUAL}$`, 'iu');
/** Between a stated rate and the pair it precedes: "25% from", "a 25% rise from", "25% to". */
const RATE_GAP = { from: rateGap('from'), to: rateGap('to') };
const OF_GAP = new RegExp(String.raw`^\s+of\s+(?:[\p{L}\p{M}'’.-]+\s+){0,4}?${QUAL}$`, 'iu');
const SHARE_VERB_BEFORE = new RegExp(String.raw`\b(?:accounts?|accounted|accounting)\s+for\s+${QUAL}$|\b(?:makes?|made|making)\s+up\s+${QUAL}$|\b(?:represents?|represented|representing|comprises?|comprised|constitutes?|constituted)\s+${QUAL}$`, 'i');
const SHARE_OF_BEFORE = new RegExp(String.raw`\b(?:share|stake)\s+of\s+${QUAL}$`, 'i');
const OWNS_BEFORE = new RegExp(String.raw`\bowns?\s+${QUAL}$`, 'i');
/** Exported for the test of wordBefore. */
export const WORD_BEFORE = new RegExp(String.raw`([\p{L}-]+)\s+(?:(?:by|of)\s+)?${QUAL}$`, 'iuy');
const BY_END = new RegExp(String.raw`\bby\s+${QUAL}$`, 'i');
const OF_END = new RegExp(String.raw`\s+of\s+${QUAL}$`, 'i');
/** "X% of the total", "X% of its users", "X% of all customers". */
const OF_WHOLE_AFTER =
  /^\s+of\s+(?:the\s+)?(?:total|whole|entire|overall)\b|^\s+of\s+(?:the|all|its|their)\s+(?:\w+\s+)?(?:market|users|customers|subscribers|employees|staff|workforce|shares|equity|population|traffic|visits)\b|^\s+of\s+(?:all\s+)?(?:users|customers|subscribers|employees|respondents|companies|people)\b/i;
/** "a 60% stake", "a 40% market share". */
const STAKE_AFTER = /^\s*(?:market|traffic|revenue|ownership|equity|voting)?\s*(?:share|stake)\b/i;
const OF_AFTER = /^\s+of\b/i;
/** Marks that end the stretch a pair's figures can share. */
const PAIR_BREAK = /[;:!?]/;
/** "a 20% drop", "+25% year-over-year increase", "20% lower": the word after a figure. */
const WORD_AFTER = /^\s*[-‐]?\s*(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|annual|sequential|quarterly|overall)\s+)?([\p{L}]+)/iu;

/**
 * A list kept with the claim, at its length: an array grown by push() keeps room for 16
 * items or more, and a claim's three lists were most of the memory the draft's claims held
 * (the young copy made here is garbage at once).
 */
export function exactCopy<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

/**
 * Whether readRelations finds nothing in a sentence on its figures alone: it has none, or a
 * lone one with no word beside it (a table cell such as "$12 billion" or "+58%"): every
 * relation needs a second figure or a word around the one. A table row asks it of each cell.
 */
export function holdsNoRelation(view: SentenceView): boolean {
  const qs = view.quantities;
  if (qs.length === 0) return true;
  return qs.length === 1 && !hasLetter(view.text, 0, leadOf(view, qs[0])) && !hasLetter(view.text, endOf(view, qs[0]), view.text.length);
}

export function readRelations(view: SentenceView, periods: readonly (Period | null)[] | null, spanPeriod: Period | null): SentenceRelations {
  const { base, quantities: qs } = view;
  const relations: Relation[] = [];
  // Made on the first figure added: most sentences have none.
  let changeFigures: Set<Quantity> | undefined;
  if (holdsNoRelation(view)) return { relations, changeFigures: NO_FIGURES };

  // Asked once for the sentence, not once per search of each percentage's words.
  const yearly = mayStateYearlyRate(view);
  // The direction word of each figure asked about (a stated change is asked again below).
  let seen: Map<Quantity, DirectionWord | undefined> | undefined;

  // --- "from A to B", "to B from A", "between A and B" --------------------------------
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!sameKind(a, b)) continue;
    // The gap's length first: the two figures too far apart for a pair cut out no words.
    if (leadOf(view, b) - endOf(view, a) > 70) continue;
    const gap = textBetween(view, a, b);
    if (gap.length > 70 || PAIR_BREAK.test(gap)) continue;
    const pre = textBefore(view, a, 60);
    if (FROM_BEFORE.test(pre) && TO_GAP.test(gap) && !FROM_WORD.test(gap)) {
      if (RANGE_CUE.test(pre.replace(FROM_TAIL, '')) && !DATED_GAP.test(gap)) {
        relations.push({ kind: 'range', low: a, high: b });
      } else {
        pairs.push({ from: a, to: b, first: i, second: i + 1, reversed: false });
      }
      i++;
    } else if (TO_BEFORE.test(pre) && FROM_GAP.test(gap) && !TO_WORD.test(gap)) {
      pairs.push({ from: b, to: a, first: i, second: i + 1, reversed: true });
      i++;
    } else if (BETWEEN_BEFORE.test(pre) && AND_GAP.test(gap)) {
      relations.push({ kind: 'range', low: a, high: b });
      i++;
    } else if (UP_FROM_GAP.test(gap)) {
      // "valued at $500 billion, up from $300 billion": the later figure is the starting point,
      // and "up" or "down" says which way the writer thinks it went.
      const w = WORD_FROM.exec(gap);
      const dir = w ? directionOf(w[1]) : null;
      const start = endOf(view, a) + (w ? w.index + w[0].indexOf(w[1]) : 0) + base;
      const via = w && dir ? { text: w[1], span: { start, end: start + w[1].length }, direction: dir } : undefined;
      pairs.push({ from: b, to: a, first: i, second: i + 1, reversed: true, via });
      i++;
    } else if (DATED_AND_GAP.test(gap) && periods && datedInOrder(periods[i], periods[i + 1])) {
      // "lost $5 billion in 2024 and $8 billion in 2025": two dated levels, oldest first.
      pairs.push({ from: a, to: b, first: i, second: i + 1, reversed: false, afterOnly: true });
      i++;
    }
  }

  // --- the stated change of each pair --------------------------------------------------

  for (const p of pairs) {
    const firstQ = qs[p.first];
    const lastQ = qs[p.second];
    let stated: Quantity | undefined;
    // After the pair: "…, a 500% increase", "…, up 23%", "(+30%)".
    const next = qs[p.second + 1];
    if (next && isRate(next)) {
      const gap = textBetween(view, lastQ, next);
      const tail = textAfter(view, next, 30);
      const cue =
        changeCue(gap) ||
        // "from 52% to 70%, or 18%": a rate restating the move is its change.
        RESTATE_GAP.test(gap) || /^\s*[-‐]?\s*(?:\w+[- ])?(?:increase|rise|jump|gain|growth|surge|drop|decline|decrease|fall|cut|reduction|leap|climb|change|higher|lower|more|less|improvement|swing|expansion|contraction|boost)\b/i.test(tail) || next.sign !== null || next.kind === 'multiple';
      if (gap.length <= 45 && !CLAUSE_MARK.test(gap) && !STATED_BREAK.test(gap) && !/^\s*of\b/i.test(tail) && cue) stated = next;
    }
    // Before it: "rose 25% from A to B", "a 5x jump from A to B", "grew 25% to B from A".
    const prev = p.first > 0 ? qs[p.first - 1] : undefined; // never index -1: a slow named look-up in V8
    if (!stated && prev && isRate(prev) && !p.afterOnly) {
      const gap = textBetween(view, prev, firstQ);
      const joint = p.reversed ? 'to' : 'from';
      const fits = RATE_GAP[joint].test(gap);
      if (fits && (changeCue(textBefore(view, prev, 40)) || changeCue(gap) || prev.sign !== null || prev.kind === 'multiple')) stated = prev;
    }
    if (stated && cagrCue(view, stated, yearly)) stated = undefined; // a rate a year belongs to the cagr check below
    if (!stated) continue;
    (changeFigures ??= new Set()).add(stated);
    const near = directionNear(view, stated);
    (seen ??= new Map()).set(stated, near);
    const dirWord = near ?? p.via ?? directionBefore(view, firstQ, p.reversed ? 'to' : 'from');
    relations.push(dirWord ? { kind: 'change', from: p.from, to: p.to, stated, direction: dirWord } : { kind: 'change', from: p.from, to: p.to, stated });
  }

  // --- "B, up C from A": the rate between the level and where it came from -------------
  for (let i = 0; i + 2 < qs.length; i++) {
    const [b, rate, a] = [qs[i], qs[i + 1], qs[i + 2]];
    if (!isRate(rate) || !sameKind(a, b) || changeFigures?.has(rate) || cagrCue(view, rate, yearly)) continue;
    // The second gap cut out only when the first one fits (the tests have no state: their order is free).
    const g1 = textBetween(view, b, rate);
    if (g1.length > 50 || !UP_RATE_GAP.test(g1) || STATED_BREAK.test(g1)) continue;
    const g2 = textBetween(view, rate, a);
    if (g2.length > 30 || !RATE_FROM_GAP.test(g2)) continue;
    (changeFigures ??= new Set()).add(rate);
    const dirWord = directionNear(view, rate);
    (seen ??= new Map()).set(rate, dirWord);
    relations.push(dirWord ? { kind: 'change', from: a, to: b, stated: rate, direction: dirWord } : { kind: 'change', from: a, to: b, stated: rate });
    i += 2;
  }

  // --- growth rates: two dated figures and a rate "a year" -----------------------------
  let cagrRates: Set<Quantity> | undefined;
  for (let ri = 0; ri < qs.length; ri++) {
    const rate = qs[ri];
    if (!cagrCue(view, rate, yearly) || changeFigures?.has(rate)) continue;
    // The figures of the rate's own stretch of the sentence: a few on either side.
    const dated: { q: Quantity; p: Period }[] = [];
    for (let k = Math.max(0, ri - 4); k < qs.length && k < ri + 5; k++) {
      const q = qs[k];
      if ((q.kind !== 'money' && q.kind !== 'count') || q.vague || q === rate) continue;
      const p = periods ? periods[k] : null;
      if (p && (startsGrowth(p) || endsGrowth(p))) dated.push({ q, p });
    }
    let from: Quantity | undefined;
    let to: Quantity | undefined;
    let years = 0;
    let fromYear = 0;
    // Three dated figures ("valued at $125 billion in 2025 … from $139 billion in 2026 to $624
    // billion by 2034, a CAGR of 20.7%"): the rate runs between the two that "from … to" names.
    const named = dated.length > 2 ? namedPair(pairs, dated) : null;
    for (const x of named ?? dated) {
      if (!startsGrowth(x.p)) continue;
      for (const y of named ?? dated) {
        if (!endsGrowth(y.p) || !sameKind(x.q, y.q) || x.p.year >= y.p.year) continue;
        if (y.p.year - x.p.year > years) {
          from = x.q;
          to = y.q;
          years = y.p.year - x.p.year;
          fromYear = x.p.year;
        }
      }
    }
    if (dated.length > 2 && !named) continue;
    // "… a CAGR of 35.9% from 2025 to 2030" beside figures of 2024 and 2030: not their rate.
    if (from && to && spanNamesOtherYears(spanPeriod, fromYear, fromYear + years)) continue;
    if (!from || !to) {
      // "from $X to $Y between 2025 and 2029, growing 40% a year"
      const pair = pairs.find((p) => (p.from.kind === 'money' || p.from.kind === 'count') && Math.abs(p.first - ri) <= 4);
      if (pair && spanPeriod && spanPeriod.toYear && spanPeriod.toYear > spanPeriod.year) {
        from = pair.from;
        to = pair.to;
        years = spanPeriod.toYear - spanPeriod.year;
      }
    }
    if (from && to && years > 0) {
      relations.push({ kind: 'cagr', from, to, rate, years });
      (changeFigures ??= new Set()).add(rate);
      (cagrRates ??= new Set()).add(rate);
    }
  }

  // --- shares: "X% of Y, about Z", "Z, or X% of Y" --------------------------------------
  for (let i = 0; i + 1 < qs.length; i++) {
    const rate = qs[i];
    const whole = qs[i + 1];
    if (rate.kind !== 'percent' || changeFigures?.has(rate) || whole.vague) continue;
    if (whole.kind !== 'money' && whole.kind !== 'count') continue;
    if (!OF_GAP.test(textBetween(view, rate, whole))) continue;
    let result: Quantity | undefined;
    const next = qs[i + 2];
    if (next && next.kind === whole.kind && !next.vague) {
      const gap = textBetween(view, whole, next);
      // "…, about 120 million": quantity.ts keeps "about" out of the gap, as the figure's qualifier.
      const qualified = next.qualifierSpan !== undefined && next.qualifierSpan.start < next.span.start && (next.qualifier === 'about' || next.qualifier === 'nearly');
      const joint = SHARE_RESULT_JOINT.test(gap) || (qualified && /,\s*$/.test(gap));
      if (gap.length <= 90 && !CLAUSE_MARK.test(gap) && joint && !SHARE_RESULT_BREAK.test(gap) && !/^\s*(?:more|additional|other|others|extra)\b/i.test(textAfter(view, next, 20))) result = next;
    }
    const prev = i > 0 ? qs[i - 1] : undefined; // never index -1: a slow named look-up in V8
    if (!result && prev && prev.kind === whole.kind && !prev.vague) {
      // "40 million people, or 5% of …": a count's noun may stand before the comma.
      let gap = textBetween(view, prev, rate);
      if (prev.kind === 'count') gap = gap.replace(/^\s*[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s*[,(—–-])/u, '');
      if (/^[\s,(—–-]*(?:or|i\.e\.,?|that is|which is|representing|about|roughly|some|equal to|equivalent to)?[\s,(—–-]*$/i.test(gap)) result = prev;
    }
    if (result) relations.push({ kind: 'share', rate, whole, result });
  }

  // --- a share of a whole ("accounts for X% of", "X% of the market", "a 60% stake") ------
  for (const q of qs) {
    if (q.kind !== 'percent' || changeFigures?.has(q) || q.sign !== null) continue;
    const post = textAfter(view, q, 50);
    // The anchored tests after the figure first; the ones that scan the words before it only when those fail.
    let share = OF_WHOLE_AFTER.test(post) || STAKE_AFTER.test(post);
    if (!share) {
      const pre = textBefore(view, q, 50);
      share = SHARE_OF_BEFORE.test(pre) || OWNS_BEFORE.test(pre) || (OF_AFTER.test(post) && SHARE_VERB_BEFORE.test(pre));
    }
    if (share) relations.push({ kind: 'shareOfWhole', rate: q });
  }

  // --- direction words governing a change figure ----------------------------------------

  for (const q of qs) {
    const changeLike = q.kind === 'percent' || q.kind === 'percentagePoints' || ((q.kind === 'money' || q.kind === 'count') && q.sign !== null);
    if (!changeLike || q.vague) continue;
    if (cagrRates?.has(q)) continue;
    // Read already for a stated change: the same words, the same answer.
    const word = seen?.has(q) ? seen.get(q) : directionNear(view, q);
    if (word) {
      relations.push({ kind: 'direction', word, quantity: q });
      if (q.kind !== 'money' && q.kind !== 'count') (changeFigures ??= new Set()).add(q);
    }
  }
  return { relations: exactCopy(relations), changeFigures: changeFigures ?? NO_FIGURES };
}

/** Words that join a share's whole to its result: "…, about 120 million", "…, or 40 million". */
const SHARE_RESULT_JOINT = /(?:^[\s,(—–-]*$)|\b(?:or|about|roughly|approximately|around|some|nearly|i\.e|that is|which is|equal to|equivalent to|amounting to|totaling|totalling|meaning|works out to|comes to|translates to|translating to|means|giving|yielding|that's)\b/i;
/** Words that say the next figure is another quantity, not the share's result. */
const SHARE_RESULT_BREAK = /\b(?:more|another|additional|other|others|while|whereas|but|remaining|rest|compared|versus|vs|than|and)\b/i;

/** Words between a pair and a rate that say the rate belongs to another clause. */
const STATED_BREAK = /\b(?:while|whereas|but|and|as|although|though|with|compared|versus|vs|where|when)\b/i;

/** Whether a stretch of words says "change": a direction word, "up"/"down", "change", "growth". */
// The sentence helpers of readRelations, as module functions taking the sentence: closures
// made for every claim (a dozen per sentence) were a visible cost on large drafts.

/** Where figure `q` starts, with a qualifier written before it ("about $5 billion"), as an index into the sentence. */
function leadOf(view: SentenceView, q: Quantity): number {
  const qs0 = q.qualifierSpan && q.qualifierSpan.start < q.span.start ? q.qualifierSpan.start : q.span.start;
  return qs0 - view.base;
}
function endOf(view: SentenceView, q: Quantity): number {
  return q.span.end - view.base;
}
function textBefore(view: SentenceView, q: Quantity, n: number): string {
  const at = leadOf(view, q);
  return view.text.slice(Math.max(0, at - n), at);
}
function textAfter(view: SentenceView, q: Quantity, n: number): string {
  const at = endOf(view, q);
  return view.text.slice(at, at + n);
}
function textBetween(view: SentenceView, a: Quantity, b: Quantity): string {
  return view.text.slice(endOf(view, a), leadOf(view, b));
}
const LETTER = /\p{L}/u;
/** Whether `text` has a letter between `from` and `to`. */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(text[i]) || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}
/** The two dated figures a "from … to" pair of the sentence names, start first; null when no pair names two of them. */
function namedPair(pairs: readonly Pair[], dated: readonly { q: Quantity; p: Period }[]): { q: Quantity; p: Period }[] | null {
  for (const pair of pairs) {
    const a = dated.find((d) => d.q === pair.from);
    const b = dated.find((d) => d.q === pair.to);
    if (a && b) return [a, b];
  }
  return null;
}
function sameKind(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && (a.kind !== 'money' || a.unit === b.unit) && !a.vague && !b.vague;
}
function isRate(q: Quantity): boolean {
  return q.kind === 'percent' || q.kind === 'percentagePoints' || q.kind === 'multiple';
}
/** Two periods one after the other, both whole years, halves, quarters or months ("in 2024 and … in 2025"). */
function datedInOrder(pa: Period | null | undefined, pb: Period | null | undefined): boolean {
  if (!pa || !pb || pa.kind !== pb.kind || pa.kind === 'span' || pa.kind === 'by' || pa.kind === 'date') return false;
  return periodInterval(pa)[1] < periodInterval(pb)[0];
}
/**
 * A word every match of CAGR_AFTER and CAGR_BEFORE holds (same flags: no Unicode folding):
 * a sentence without one states no rate a year, and its figures skip both searches.
 */
const YEARLY_WORD = /year|annu|cagr/i;

/** Whether a sentence may state a rate a year (exported for its test): its percentages then ask cagrCue. */
export function mayStateYearlyRate(view: SentenceView): boolean {
  for (const q of view.quantities) if (q.kind === 'percent') return YEARLY_WORD.test(view.text);
  return false;
}

/** Whether percentage `q` is a rate a year ("40% a year", "a CAGR of 40%"); `yearly` is mayStateYearlyRate(view). */
function cagrCue(view: SentenceView, q: Quantity, yearly: boolean): boolean {
  return yearly && q.kind === 'percent' && (CAGR_AFTER.test(textAfter(view, q, 40)) || CAGR_BEFORE.test(textBefore(view, q, 60)));
}

function directionBefore(view: SentenceView, q: Quantity, through: 'from' | 'to'): DirectionWord | undefined {
  // "rose from", "fell sharply from", "was cut to": the verb a few words before.
  const pre = textBefore(view, q, 50);
  const m = VERB_BEFORE[through].exec(pre);
  if (!m) return undefined;
  const dir = directionOf(m[1]);
  if (!dir || m[1].toLowerCase() === 'growth') return undefined;
  const start = leadOf(view, q) - pre.length + m.index + view.base;
  return { text: m[1], span: { start, end: start + m[1].length }, direction: dir };
}

/**
 * WORD_BEFORE's leftmost match in `pre`, trying only where a run of letters and hyphens can start:
 * a match from inside a run implies one from the run's start, so the other starts cannot be leftmost,
 * and an unanchored search would retry the whole pattern at each of them. Non-ASCII characters are
 * all tried (a case-folded letter, an astral letter); low surrogates never start a code point.
 */
export function wordBefore(pre: string): RegExpExecArray | null {
  // A match runs from its word to the end of `pre` over letters, hyphens, white space and
  // QUAL's "." and "~" only: no start before the last other ASCII character (a digit, "$",
  // ",") can match, and most figures have one a few words before them.
  let from = 0;
  for (let i = pre.length - 1; i >= 0; i--) {
    if (!mayFollowWordBefore(pre.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  let prevAsciiWord = false; // the character before `from`, if any, is no letter or hyphen
  for (let i = from; i < pre.length; i++) {
    const c = pre.charCodeAt(i);
    const asciiWord = isAsciiLetterOrHyphen(c);
    if (c >= 128 ? c < 0xdc00 || c > 0xdfff : asciiWord && !prevAsciiWord) {
      WORD_BEFORE.lastIndex = i;
      const m = WORD_BEFORE.exec(pre);
      if (m) return m;
    }
    prevAsciiWord = asciiWord;
  }
  return null;
}

/** Whether a code unit may stand inside a WORD_BEFORE match: any non-ASCII one (a letter, "ſ", a space), or an ASCII letter, "-", white space, "." or "~". */
function mayFollowWordBefore(c: number): boolean {
  return c >= 128 || isAsciiLetterOrHyphen(c) || c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 126;
}

/** An ASCII letter or "-": what [\p{L}-] takes below 128. */
function isAsciiLetterOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}

/** The direction word governing a change figure. */
function directionNear(view: SentenceView, q: Quantity): DirectionWord | undefined {
  const pre = textBefore(view, q, 50);
  // "fell 20%", "rose by about 20%", "was down 20%", "a drop of 20%", "an increase of 20%"
  const m = wordBefore(pre);
  const byTail = m && directionOf(m[1]) ? null : BY_END.exec(pre);
  if (byTail) {
    // "cut costs by 120%", "increased its stake by 5%": a verb up to three words before "by".
    const words = [...pre.slice(0, byTail.index).matchAll(/[\p{L}'’-]+/gu)].slice(-4).reverse();
    for (const w of words) {
      const dir = directionOf(w[0]);
      if (dir && !/^(?:up|down|higher|lower|growth|increase|decrease|reduction|expansion|contraction)$/i.test(w[0])) {
        const start = leadOf(view, q) - pre.length + (w.index ?? 0) + view.base;
        return { text: w[0], span: { start, end: start + w[0].length }, direction: dir };
      }
    }
  }
  if (m) {
    const w = m[1];
    // Unlisted inflections ("skyrocketed") go to the lemmatizer, within its budget.
    const dir = directionOf(w) ?? (/(?:ed|ing)$/i.test(w) ? inflectedDirection(w) : null);
    const viaOf = OF_END.test(pre.slice(m.index + w.length));
    // "of" only after a noun: "a drop of 20%", not "lost of"; "up" directly before only.
    if (dir && w.toLowerCase() !== 'growth' && (!viaOf || /^(?:increase|rise|jump|gain|surge|drop|decline|decrease|fall|cut|reduction|contraction|expansion|boost|plunge|slide|dip|slump|leap|climb)$/i.test(w))) {
      const start = leadOf(view, q) - pre.length + m.index + view.base;
      return { text: w, span: { start, end: start + w.length }, direction: dir };
    }
  }
  // "a 20% drop", "+25% year-over-year increase", "20% lower"
  const post = textAfter(view, q, 50);
  const n = WORD_AFTER.exec(post);
  if (n) {
    const w = n[1];
    const dir = directionOf(w);
    if (dir && !/^(?:up|down|growth|lost|lose|loses|cut|cuts)$/i.test(w)) {
      const start = endOf(view, q) + n.index + n[0].length - w.length + view.base;
      return { text: w, span: { start, end: start + w.length }, direction: dir };
    }
  }
  return undefined;
}

/** Whether a stretch of text holds a change word (exported for its test). */
export function changeCue(s: string): boolean {
  // The runs of letters and hyphens that s.split(/[^\p{L}-]+/u) would give, found by hand: no
  // regular expression run and no array per gap (this is asked for most pairs of figures).
  let start = -1;
  for (let i = 0; i <= s.length; ) {
    let word = false;
    let width = 1;
    if (i < s.length) {
      const c = s.charCodeAt(i);
      if (c < 128) word = isAsciiLetterOrHyphen(c);
      else {
        const cp = s.codePointAt(i) as number;
        if (cp > 0xffff) width = 2;
        word = LETTER.test(String.fromCodePoint(cp));
      }
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (isChangeWord(s.slice(start, i))) return true;
      start = -1;
    }
    i += width;
  }
  return false;
}
