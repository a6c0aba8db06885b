// Reads the relations between the figures of one prose sentence by trying the phrasings of
// phrasings.ts: pairs of figures first ("from A to B"), then the change each pair states, a
// level-rate-level run ("B, up C from A"), growth rates, shares, and the direction word of
// each change figure. A phrasing that does not fit simply yields no relation: a missed
// relation costs a missed check, an invented one a false alarm, so the phrasings are strict.
import type { DirectionWord, Period, Quantity, Relation } from '../../types';
import { directionOf, hasChangeWord } from '../vocabulary';
import { inflectedDirection } from '../entityNlp';
import { periodInterval } from '../periods/period';
import { exactCopy } from '../../exactCopy';
import { isFoldVerb, wordValue } from '../figures/numberWords';
import { wordPhraseBefore } from './wordBefore';
import { AT_END, CHANGE_NOUN, CLAUSE_MARK, entriesOf, OF_END, PAIR_BREAK, VERB_BEFORE, YEARLY, type PairEntry, type TripleEntry } from './phrasings';
import { leadStart, RelationSentence, type Pair, type SentenceView } from './sentence';
import { endsGrowth, spanNamesOtherYears, startsGrowth } from '../growthYears';

export type { SentenceView } from './sentence';

export interface SentenceRelations {
  relations: Relation[];
  /** Figures that state a change or a rate (not a level): no metric reading for them. */
  changeFigures: ReadonlySet<Quantity>;
}

const PAIRS = entriesOf('pair');
const [PAIR_THEN_CHANGE, CHANGE_THEN_PAIR] = entriesOf('stated');
const TRIPLES = entriesOf('triple');
const FOLDS = entriesOf('fold').filter((e) => e.start === 'sentence');
const MULTIPLES_OF = entriesOf('fold').filter((e) => e.start === 'after');
const [SHARE_AFTER, SHARE_BEFORE] = entriesOf('share');
const SINGLES = entriesOf('single');
const PART_OF = entriesOf('partOf');
const WHOLE_FIRST = entriesOf('wholeFirst');
const OVER_LIST = entriesOf('overList');
/** "makes up 14% of", "accounts for 30% of": a share's verb before the figure ("up" in it is no direction). */
const SHARE_VERB_BEFORE = SINGLES.find((e) => e.id === 'share-verb')!.before!;
const DIRECTION = Object.fromEntries(entriesOf('direction').map((e) => [e.where, e.pattern])) as Record<'before' | 'after' | 'verbBy' | 'restated' | 'amountOr', RegExp>;
/** DIRECTION.before's and VERB_BEFORE's matches, tried only where a word starts (they run for every figure and pair). */
const directionWordBefore = wordPhraseBefore(DIRECTION.before);
const verbBefore = { from: wordPhraseBefore(VERB_BEFORE.from), to: wordPhraseBefore(VERB_BEFORE.to) };
/**
 * DIRECTION.after without its "d" flag: the words after almost every change figure match it,
 * and few are kept; the flag made each match build its groups' places (several times the
 * search). The places are asked of DIRECTION.after itself, for a word that is kept.
 */
const WORDS_AFTER = new RegExp(DIRECTION.after.source, DIRECTION.after.flags.replace('d', ''));

/** Direction words that are no verb of "… by X%": "up by", "growth by". */
const NOT_VERBS_OF_BY = new Set(['up', 'down', 'higher', 'lower', 'growth', 'increase', 'decrease', 'reduction', 'expansion', 'contraction']);
/** "double the size of", "triple that of": a fold word comparing two things. */
const COMPARED_AFTER = /^\s+(?:the|that|those)\b/i;
/** A word the lemmatizer may know as an inflected direction word ("skyrocketed", "ballooning"). */
const INFLECTED = /(?:ed|ing)$/i;
/** Direction words that, after a figure, are not its direction: "20% up" is rare, "20% cut" a noun of another phrase. */
const NOT_AFTER = new Set(['up', 'down', 'lost', 'lose', 'loses', 'cut', 'cuts']);

/**
 * Whether a sentence can hold no relation on its figures alone: it has none, or a lone one
 * with no word beside it (a table cell such as "$12 billion" or "+58%"). A table row asks it of each cell.
 */
export function holdsNoRelation(view: SentenceView): boolean {
  const qs = view.quantities;
  if (qs.length === 0) return true;
  if (qs.length > 1) return false;
  // The text itself, not a RelationSentence (whose sets most sentences then make a second time).
  const q = qs[0];
  return !/\p{L}/u.test(view.text.slice(0, leadStart(q) - view.base)) && !/\p{L}/u.test(view.text.slice(q.span.end - view.base));
}

/** The change figures of a sentence that holds no relation: one empty set for all (only read). */
const NO_FIGURES: ReadonlySet<Quantity> = new Set();

/**
 * The relations of one sentence. `periods[i]` is the period figure `view.quantities[i]` was read
 * with (for growth rates between two dated figures); `spanPeriod` the sentence's "2025-2029" span, if any.
 */
export function readRelations(view: SentenceView, periods: readonly (Period | null)[] | null, spanPeriod: Period | null): SentenceRelations {
  if (holdsNoRelation(view)) return { relations: [], changeFigures: NO_FIGURES };
  const s = new RelationSentence(view, periods, spanPeriod);
  const relations: Relation[] = [];
  readPairs(s, relations);
  const unstated = s.pairs.filter((p) => !statedChange(s, p, relations));
  readTriples(s, relations);
  readFolds(s, relations);
  readChangesOverLists(s, relations);
  readGrowthRates(s, relations);
  // A pair a growth rate joins has its reading already ("to grow from A in 2024 to B in 2029, 40% a year").
  for (const p of unstated) if (!p.statedOnly && !relations.some((r) => r.kind === 'cagr' && r.to === p.to)) levelDirection(s, p, relations);
  readShares(s, relations);
  readSharesOfWholes(s, relations);
  readDirections(s, relations);
  return { relations: exactCopy(relations), changeFigures: s.changeFigures };
}

// --- two figures of one kind ----------------------------------------------------------------

function readPairs(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!sameKind(a, b)) continue;
    const gap = s.between(a, b);
    // (80: "17% of the foundry's wafer revenue in the second quarter of 2024 (down from 19%".)
    if (gap.length > 80 || PAIR_BREAK.test(gap)) continue;
    const pre = s.before(a, 60);
    const entry = PAIRS.find((e) => pairFits(s, e, i, pre, gap));
    if (!entry) continue;
    if (entry.reads === 'range') out.push({ kind: 'range', low: a, high: b });
    else {
      const pair: Pair = { from: entry.reversed ? b : a, to: entry.reversed ? a : b, first: i, second: i + 1, reversed: !!entry.reversed, afterOnly: !!entry.afterOnly };
      if (entry.statedOnly) pair.statedOnly = true;
      if (entry.via) pair.via = viaWord(s, a, gap, entry.via);
      s.pairs.push(pair);
    }
    i++;
  }
}

function pairFits(s: RelationSentence, e: PairEntry, i: number, pre: string, gap: string): boolean {
  if (e.before && !e.before.test(pre)) return false;
  if (e.notBefore && e.notBefore.test(pre)) return false;
  if (!e.between.test(gap) || (e.notBetween && e.notBetween.test(gap))) return false;
  if (e.after && !e.after.test(s.after(s.qs[i + 1], 20))) return false;
  if (e.notAfter && e.notAfter.test(s.after(s.qs[i + 1], 20))) return false;
  // The cue stands before the preposition: "estimates range from A to B".
  if (e.cue && !e.cue.test(pre.replace(/\bfrom\s+\S*\s*$/i, ''))) return false;
  if (e.notCue && e.notCue.test(gap)) return false;
  if (e.noChangeWordBefore && hasChangeWord(lastWords(pre, e.noChangeWordBefore))) return false;
  if (e.datedInOrder && !datedInOrder(s.periodOf(i), s.periodOf(i + 1))) return false;
  return true;
}

/** ", up from": the direction word in the gap after figure `a`. */
function viaWord(s: RelationSentence, a: Quantity, gap: string, via: RegExp): DirectionWord | undefined {
  const w = via.exec(gap);
  const dir = w ? directionOf(w[1]) : null;
  return w && dir ? s.word(w[1], s.endOf(a) + w.index + w[0].indexOf(w[1]), dir) : undefined;
}

// --- the change a pair states -----------------------------------------------------------------

/** The change a pair states, if any, added to `out`; whether there was one. */
function statedChange(s: RelationSentence, p: Pair, out: Relation[]): boolean {
  const qs = s.qs;
  const firstQ = qs[p.first];
  const lastQ = qs[p.second];
  let stated: Quantity | undefined;
  // After the pair: "…, a 500% increase", "…, up 23%", "(+30%)".
  const next = qs[p.second + 1];
  if (next && isRate(next)) {
    const e = PAIR_THEN_CHANGE;
    const gap = s.between(lastQ, next);
    const tail = s.after(next, 30);
    // The gap's limits first, and the figure's own sign or kind before any word is looked for.
    const cue = () => next.sign !== null || next.kind === 'multiple' || hasChangeWord(gap) || e.between!.test(gap) || e.tailCue!.test(tail);
    if (gap.length <= e.maxGap && !CLAUSE_MARK.test(gap) && !e.notBetween!.test(gap) && !e.notTail!.test(tail) && cue()) stated = next;
  }
  // Before it: "rose 25% from A to B", "a 5x jump from A to B", "grew 25% to B from A".
  const prev = p.first > 0 ? qs[p.first - 1] : undefined;
  if (!stated && prev && isRate(prev) && !p.afterOnly) {
    const gap = s.between(prev, firstQ);
    const fits = (p.reversed ? CHANGE_THEN_PAIR.betweenTo! : CHANGE_THEN_PAIR.betweenFrom!).test(gap);
    if (fits && (prev.sign !== null || prev.kind === 'multiple' || hasChangeWord(s.before(prev, 40)) || hasChangeWord(gap))) stated = prev;
  }
  if (!stated || isYearlyRate(s, stated)) return false; // a rate a year belongs to the growth-rate reading
  s.changeFigures.add(stated);
  const near = directionNear(s, stated);
  s.directions.set(stated, near);
  const dirWord = near ?? p.via ?? directionBefore(s, firstQ, p.reversed ? 'to' : 'from');
  out.push(dirWord ? { kind: 'change', from: p.from, to: p.to, stated, direction: dirWord } : { kind: 'change', from: p.from, to: p.to, stated });
  return true;
}

/** "rose from A to B", "B, up from A" with no stated change: the direction word of the level the pair moved to. */
function levelDirection(s: RelationSentence, p: Pair, out: Relation[]): void {
  const word = p.via ?? directionBefore(s, s.qs[p.first], p.reversed ? 'to' : 'from');
  if (!word || s.directions.has(p.to)) return;
  s.levelDirections.add(p.to);
  out.push({ kind: 'direction', word, quantity: p.to, from: p.from });
}

/** Three figures, a rate and two levels: "B, up C from A", "rose C to B, compared with A". */
function readTriples(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let i = 0; i + 2 < qs.length; i++) {
    const e = TRIPLES.find((t) => tripleFits(s, t, i));
    if (!e) continue;
    const at = (role: string) => qs[i + e.roles.indexOf(role as never)];
    const [rate, a, b] = [at('change'), at('start'), at('end')];
    s.changeFigures.add(rate);
    const dirWord = directionNear(s, rate);
    s.directions.set(rate, dirWord);
    out.push(dirWord ? { kind: 'change', from: a, to: b, stated: rate, direction: dirWord } : { kind: 'change', from: a, to: b, stated: rate });
    i += 2;
  }
}

function tripleFits(s: RelationSentence, t: TripleEntry, i: number): boolean {
  const qs = s.qs;
  const at = (role: string) => qs[i + t.roles.indexOf(role as never)];
  const rate = at('change');
  if (!isRate(rate) || !sameKind(at('start'), at('end')) || s.changeFigures.has(rate)) return false;
  const g1 = s.between(qs[i], qs[i + 1]);
  if (g1.length > t.maxFirst || !t.first.test(g1) || (t.notFirst && t.notFirst.test(g1))) return false;
  const g2 = s.between(qs[i + 1], qs[i + 2]);
  if (g2.length > t.maxSecond || !t.second.test(g2)) return false;
  // Asked last: the gaps above are short and searched from their start, the rate's words before it are not.
  if (isYearlyRate(s, rate)) return false;
  return !t.changeWordBefore || rate.sign !== null || hasChangeWord(lastWords(s.before(rate, 40), 3));
}

// --- a fold verb between two levels: "$235 billion …, expected to triple, reaching $630 billion" ---

function readFolds(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let i = 1; i + 1 < qs.length; i++) {
    const fold = qs[i];
    const end = qs[i + 1];
    if (fold.kind !== 'multiple' || !isFoldVerb(fold.text) || s.changeFigures.has(fold)) continue;
    for (const e of FOLDS) {
      if (!e.toEnd.test(s.between(fold, end))) continue;
      // The start: the one figure of the end's kind before the verb, in the verb's clause.
      const starts = qs.slice(0, i).filter((q) => sameKind(q, end));
      if (starts.length !== 1) continue;
      const gap = s.between(starts[0], fold);
      if (gap.length > (e.maxToFold ?? Infinity) || (e.notToFold && e.notToFold.test(gap))) continue;
      if (!samePeriodKind(s.periodOf(qs.indexOf(starts[0])), s.periodOf(i + 1))) continue;
      out.push({ kind: 'change', from: starts[0], to: end, stated: fold });
      s.changeFigures.add(fold);
      break;
    }
  }
  // "$10 billion in 2024, more than triple the $3 billion it made in 2023": the first figure is that many times the second.
  for (let i = 1; i + 1 < qs.length; i++) {
    const [end, times, start] = [qs[i - 1], qs[i], qs[i + 1]];
    if (times.kind !== 'multiple' || times.vague || s.changeFigures.has(times) || !sameKind(end, start)) continue;
    if (!MULTIPLES_OF.some((e) => e.toEnd.test(s.between(times, start)) && e.endToFold!.test(s.between(end, times)))) continue;
    if (!samePeriodKind(s.periodOf(i - 1), s.periodOf(i + 1))) continue;
    out.push({ kind: 'change', from: start, to: end, stated: times });
    s.changeFigures.add(times);
  }
}

/**
 * Whether two levels a multiple joins are of periods of one length, as far as the sentence
 * says: "$14 billion in the quarter … to double to $80 billion for the year" compares a
 * quarter with a year. A target year ("by 2028") ends a year's level.
 */
export function samePeriodKind(a: Period | null, b: Period | null): boolean {
  if (!a || !b) return true;
  const kind = (p: Period) => (p.kind === 'by' || p.kind === 'fiscalYear' ? 'year' : p.kind);
  return kind(a) === kind(b);
}

/** "$20 billion in 2025, up from $6 billion in 2024 and $2 billion in 2023, which is roughly 10 times increase in two years". */
function readChangesOverLists(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (const p of s.pairs) {
    const k = p.second; // "C, up from B": the pair's start is written second
    if (!p.reversed || !p.via || k + 2 >= qs.length) continue;
    const [earliest, rate] = [qs[k + 1], qs[k + 2]];
    if (!sameKind(p.from, earliest) || !isRate(rate) || s.changeFigures.has(rate)) continue;
    for (const e of OVER_LIST) {
      const tail = e.tail.exec(s.after(rate, 60));
      if (!tail || !e.joint.test(s.between(p.from, earliest)) || !e.toRate.test(s.between(earliest, rate))) continue;
      // The span the writer names must be the years from the earliest level to the latest.
      const [pEnd, pStart] = [s.periodOf(p.first), s.periodOf(k + 1)];
      const years = yearsIn(tail.groups!.years);
      if (!pEnd || !pStart || pEnd.kind !== 'year' || pStart.kind !== 'year' || years === null || pEnd.year - pStart.year !== years) continue;
      out.push({ kind: 'change', from: earliest, to: p.to, stated: rate });
      s.changeFigures.add(rate);
      break;
    }
  }
}

/** "two", "2": a number of years as written. */
function yearsIn(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : wordValue(word.toLowerCase());
}

// --- growth rates: two dated figures and a rate a year ---------------------------------------

function isYearlyRate(s: RelationSentence, q: Quantity): boolean {
  return q.kind === 'percent' && (YEARLY.after.test(s.after(q, 40)) || YEARLY.before.test(s.before(q, 60)));
}

function readGrowthRates(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let ri = 0; ri < qs.length; ri++) {
    const rate = qs[ri];
    if (s.changeFigures.has(rate) || !isYearlyRate(s, rate)) continue;
    // The figures of the rate's own stretch of the sentence: a few on either side.
    const dated: { q: Quantity; p: Period }[] = [];
    for (let k = Math.max(0, ri - 4); k < qs.length && k < ri + 5; k++) {
      const q = qs[k];
      if ((q.kind !== 'money' && q.kind !== 'count') || q.vague || q === rate) continue;
      const p = s.periodOf(k);
      // "$630 billion by 2028": a target year ends a growth rate as well as a year does (growthYears.ts).
      if (p && (startsGrowth(p) || endsGrowth(p))) dated.push({ q, p });
    }
    let from: Quantity | undefined;
    let to: Quantity | undefined;
    let years = 0;
    let fromYear = 0;
    // Three dated figures ("valued at $125 billion in 2025 … from $139 billion in 2026 to $624
    // billion by 2034, a CAGR of 20.7%"): the rate runs between the two that "from … to" names.
    const named = dated.length > 2 ? namedPair(s.pairs, dated) : null;
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
    if (from && to && spanNamesOtherYears(s.spanPeriod, fromYear, fromYear + years)) continue;
    if (!from || !to) {
      // "from $X to $Y between 2025 and 2029, growing 40% a year"
      const pair = s.pairs.find((p) => (p.from.kind === 'money' || p.from.kind === 'count') && Math.abs(p.first - ri) <= 4);
      const span = s.spanPeriod;
      if (pair && span && span.toYear && span.toYear > span.year) {
        from = pair.from;
        to = pair.to;
        years = span.toYear - span.year;
      }
    }
    if (from && to && years > 0) {
      out.push({ kind: 'cagr', from, to, rate, years });
      s.changeFigures.add(rate);
      s.cagrRates.add(rate);
    }
  }
}

/** The two dated figures a "from … to" pair of the sentence names, start first; null when no pair names two of them. */
function namedPair(pairs: RelationSentence['pairs'], dated: readonly { q: Quantity; p: Period }[]): { q: Quantity; p: Period }[] | null {
  for (const pair of pairs) {
    const a = dated.find((d) => d.q === pair.from);
    const b = dated.find((d) => d.q === pair.to);
    if (a && b) return [a, b];
  }
  return null;
}

// --- shares: "X% of Y, about Z", "Z, or X% of Y" --------------------------------------------

function readShares(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let i = 0; i + 1 < qs.length; i++) {
    const rate = qs[i];
    const whole = qs[i + 1];
    if (rate.kind !== 'percent' || s.changeFigures.has(rate) || whole.vague) continue;
    if (whole.kind !== 'money' && whole.kind !== 'count') continue;
    if (!SHARE_AFTER.of.test(s.between(rate, whole))) continue;
    let result: Quantity | undefined;
    const next = qs[i + 2];
    if (next && next.kind === whole.kind && !next.vague) {
      const gap = s.between(whole, next);
      // "…, about 120 million": quantity.ts keeps "about" out of the gap, as the figure's qualifier.
      const qualified = next.qualifierSpan !== undefined && next.qualifierSpan.start < next.span.start && (next.qualifier === 'about' || next.qualifier === 'nearly');
      const joint = SHARE_AFTER.joint.test(gap) || (qualified && /,\s*$/.test(gap));
      if (gap.length <= SHARE_AFTER.maxGap && !CLAUSE_MARK.test(gap) && joint && !SHARE_AFTER.notJoint!.test(gap) && !/^\s*(?:more|additional|other|others|extra)\b/i.test(s.after(next, 20))) result = next;
    }
    const prev = i > 0 ? qs[i - 1] : undefined;
    if (!result && prev && prev.kind === whole.kind && !prev.vague) {
      // "40 million people, or 5% of …": a count's noun may stand before the comma.
      let gap = s.between(prev, rate);
      if (prev.kind === 'count') gap = gap.replace(/^\s*[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s*[,(—–-])/u, '');
      if (SHARE_BEFORE.joint.test(gap)) result = prev;
    }
    if (result) out.push({ kind: 'share', rate, whole, result });
  }
  readPartsOfWholes(s, out);
  readWholesFirst(s, out);
}

/** "revenue was 17.64 trillion won, with 80% (approximately 14.11 trillion won) coming from DRAM sales". */
function readWholesFirst(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let i = 0; i + 2 < qs.length; i++) {
    const [whole, rate, part] = [qs[i], qs[i + 1], qs[i + 2]];
    if (rate.kind !== 'percent' || rate.sign !== null || s.changeFigures.has(rate) || !sameKind(whole, part)) continue;
    if ((whole.kind !== 'money' && whole.kind !== 'count') || whole.isRange || part.isRange) continue;
    if (out.some((r) => r.kind === 'share' && r.rate === rate)) continue;
    const e = WHOLE_FIRST.find((x) => x.toRate.test(s.between(whole, rate)) && x.toPart.test(s.between(rate, part)) && x.afterPart.test(s.after(part, 30)));
    if (e) out.push({ kind: 'share', rate, whole, result: part });
  }
}

/** "80 percent of all web traffic …, representing 190 million of the 240 million visits". */
function readPartsOfWholes(s: RelationSentence, out: Relation[]): void {
  const qs = s.qs;
  for (let i = 0; i + 2 < qs.length; i++) {
    const [rate, part, whole] = [qs[i], qs[i + 1], qs[i + 2]];
    if (rate.kind !== 'percent' || rate.sign !== null || s.changeFigures.has(rate) || !sameKind(part, whole)) continue;
    if (part.kind !== 'money' && part.kind !== 'count') continue;
    if (out.some((r) => r.kind === 'share' && r.rate === rate)) continue;
    const e = PART_OF.find((x) => x.joint.test(s.between(rate, part)) && x.partOf.test(s.between(part, whole)));
    // "A of the B" are the counts the writer had; the percent is worked out from them, and is what is checked.
    if (e) out.push({ kind: 'share', rate, whole, result: part, derived: 'rate' });
  }
}

/** A share of a whole with no figure for the whole: "accounts for X% of", "X% of the market", "a 60% stake". */
function readSharesOfWholes(s: RelationSentence, out: Relation[]): void {
  const shares = new Set<Quantity>();
  for (const q of s.qs) {
    if (q.kind !== 'percent' || s.changeFigures.has(q) || q.sign !== null) continue;
    const post = s.after(q, 50);
    const pre = s.before(q, 50);
    // The words after the figure first: a pattern anchored at the figure's end fails at once,
    // one that ends at its start ("accounts for X%") is tried at every place in the words before.
    const fits = SINGLES.some((e) => {
      const a = !!e.after && e.after.test(post);
      if (e.both) return a && !!e.before && e.before.test(pre);
      return a || (!!e.before && e.before.test(pre));
    });
    if (fits) shares.add(q);
  }
  // "its share rose from 36 percent … to 36.9 percent": a share moves to a share.
  for (const p of s.pairs) {
    const [a, b] = [p.from, p.to];
    if (a.kind !== 'percent' || b.kind !== 'percent' || a.sign !== null || b.sign !== null || s.changeFigures.has(a) || s.changeFigures.has(b)) continue;
    if (shares.has(a) !== shares.has(b)) {
      shares.add(a);
      shares.add(b);
    }
  }
  for (const q of s.qs) if (shares.has(q)) out.push({ kind: 'shareOfWhole', rate: q });
}

// --- direction words governing a change figure ----------------------------------------------

function readDirections(s: RelationSentence, out: Relation[]): void {
  let last: { q: Quantity; word: DirectionWord } | undefined;
  for (const q of s.qs) {
    // "revenue doubled": a fold verb is its own direction word; "double the size of" compares, it moves nothing.
    if (q.kind === 'multiple' && isFoldVerb(q.text) && !s.cagrRates.has(q)) {
      const dir = directionOf(q.text);
      if (dir && !COMPARED_AFTER.test(s.after(q, 8))) out.push({ kind: 'direction', word: s.word(q.text, q.span.start - s.base, dir), quantity: q });
      s.changeFigures.add(q);
      continue;
    }
    // "a 10-fold increase", "a threefold rise", "4x higher": a multiple with the change word after it.
    if (q.kind === 'multiple' && !q.vague && !s.cagrRates.has(q) && !s.changeFigures.has(q)) {
      const word = multipleDirection(s, q);
      if (word) {
        out.push({ kind: 'direction', word, quantity: q });
        s.changeFigures.add(q);
      }
      continue;
    }
    const changeLike = q.kind === 'percent' || q.kind === 'percentagePoints' || ((q.kind === 'money' || q.kind === 'count') && q.sign !== null);
    if (!changeLike || q.vague || s.cagrRates.has(q) || s.levelDirections.has(q)) continue;
    // Read already for a stated change: the same words, the same answer.
    const word = (s.directions.has(q) ? s.directions.get(q) : directionNear(s, q)) ?? restatedDirection(s, q, last);
    last = word && isRate(q) ? { q, word } : undefined;
    if (!word) continue;
    out.push({ kind: 'direction', word, quantity: q });
    if (q.kind !== 'money' && q.kind !== 'count') s.changeFigures.add(q);
  }
}

/** "a 10-fold increase", "a threefold jump", "4x higher": the change noun or comparison word right after a multiple. */
const MULTIPLE_CHANGE_AFTER = /^\s{0,3}[-‐]?\s{0,3}(\p{L}{1,30})/du;
function multipleDirection(s: RelationSentence, q: Quantity): DirectionWord | undefined {
  const n = MULTIPLE_CHANGE_AFTER.exec(s.after(q, 20));
  if (!n) return undefined;
  const w = n[1];
  const dir = directionOf(w);
  if (!dir || !(CHANGE_NOUN.test(w) || /^(?:higher|lower)$/i.test(w))) return undefined;
  return s.word(w, s.endOf(q) + (n.indices as RegExpIndicesArray)[1][0], dir);
}

/** "increased 16%, or 15% in constant currency", "fell 2.1% and 4.2%": a rate right after one with a direction word takes its word. */
function restatedDirection(s: RelationSentence, q: Quantity, last: { q: Quantity; word: DirectionWord } | undefined): DirectionWord | undefined {
  if (!last || last.q.kind !== q.kind || q.sign !== null || s.changeFigures.has(q)) return undefined;
  if (!DIRECTION.restated.test(s.between(last.q, q)) || /^\s+of\b/i.test(s.after(q, 10))) return undefined;
  return last.word;
}

/** "rose from", "fell sharply from", "was cut to": the verb a few words before a pair's first figure. */
function directionBefore(s: RelationSentence, q: Quantity, through: 'from' | 'to'): DirectionWord | undefined {
  const pre = s.before(q, 50);
  const m = verbBefore[through](pre);
  if (!m) return undefined;
  const dir = directionOf(m[1]);
  if (!dir || m[1].toLowerCase() === 'growth') return undefined;
  return s.word(m[1], s.leadOf(q) - pre.length + m.index, dir);
}

/** The direction word governing a change figure: "fell 20%", "cut costs by 20%", "a drop of 20%", "a 20% drop". */
function directionNear(s: RelationSentence, q: Quantity): DirectionWord | undefined {
  const pre = s.before(q, 50);
  const at = s.leadOf(q) - pre.length;
  const m = directionWordBefore(pre);
  const byTail = m && directionOf(m[1]) ? null : DIRECTION.verbBy.exec(pre);
  if (byTail) {
    // "cut costs by 120%", "increased its stake by 5%": a verb up to three words before "by".
    const words = [...pre.slice(0, byTail.index).matchAll(/[\p{L}'’-]+/gu)].slice(-4).reverse();
    for (const w of words) {
      const dir = directionOf(w[0]);
      if (dir && !NOT_VERBS_OF_BY.has(w[0].toLowerCase())) return s.word(w[0], at + (w.index ?? 0), dir);
    }
  }
  // A word that cannot be a direction ("was 30%", "of 30%") needs no search for a share's verb before it.
  if (m && (directionOf(m[1]) !== null || INFLECTED.test(m[1])) && !SHARE_VERB_BEFORE.test(pre)) {
    const w = m[1];
    // Unlisted inflections ("skyrocketed") go to the lemmatizer, within its budget.
    const dir = directionOf(w) ?? (INFLECTED.test(w) ? inflectedDirection(w) : null);
    const tail = pre.slice(m.index + w.length);
    const viaOf = OF_END.test(tail);
    // "grew at 19%": a verb's rate; "up at 5%", "a rise at" are no phrasing of a change.
    const viaAt = AT_END.test(tail);
    const fitsAt = !viaAt || (!CHANGE_NOUN.test(w) && !NOT_VERBS_OF_BY.has(w.toLowerCase()));
    if (dir && w.toLowerCase() !== 'growth' && (!viaOf || CHANGE_NOUN.test(w)) && fitsAt) return s.word(w, at + m.index, dir);
  }
  const post = s.after(q, 50);
  // "rose 24.49 points, or 0.4%": the rate restates the amount the word moved (never "…, or 5% of").
  // (Tried only after an "or": the pattern has digits in it, so wordPhraseBefore cannot run it.)
  const amount = /\bor\s+$/i.test(pre.slice(-6)) ? DIRECTION.amountOr.exec(pre) : null;
  if (amount && !/^\s+of\b/i.test(post)) {
    const dir = directionOf(amount[1]);
    if (dir && amount[1].toLowerCase() !== 'growth') return s.word(amount[1], at + amount.index, dir);
  }
  const n = WORDS_AFTER.exec(post);
  if (n) {
    // "-5% growth" is a fall written as growth: the word says nothing against the sign.
    const fits = (w: string) => !NOT_AFTER.has(w.toLowerCase()) && (q.sign === null || w.toLowerCase() !== 'growth');
    const w = n[1];
    const dir = directionOf(w);
    // (DIRECTION.after has the "d" flag: each group's place in `post`.)
    const at = (k: number) => s.endOf(q) + (DIRECTION.after.exec(post)!.indices as RegExpIndicesArray)[k][0];
    if (dir && fits(w)) return s.word(w, at(1), dir);
    const noun = n[2];
    const nounDir = noun && CHANGE_NOUN.test(noun) ? directionOf(noun) : null;
    if (noun && nounDir && !dir && fits(noun)) return s.word(noun, at(2), nounDir);
  }
  return undefined;
}

/** The last `n` words of a stretch of text. */
function lastWords(text: string, n: number): string {
  return text.split(/\s+/).slice(-n - 1).join(' ');
}

// --- figures ----------------------------------------------------------------------------------

/** Two figures of one kind (and one currency), neither vague: the two ends of a relation. */
export function sameKind(a: Quantity, b: Quantity): boolean {
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
