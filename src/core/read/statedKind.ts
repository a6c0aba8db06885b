// What kind of statement a figure is: what happened (actual), what the company itself expects
// (guidance), what others expect or what may happen (projection), or what someone aims at
// (target). Read from the figure's sentence with the forward-looking words the dataset
// matcher uses (forwardWords.ts): the nearest such word before the figure governs it, unless
// a comparison ("up from", "compared with", "but") or a verb of what happened ("reported",
// "grew") stands between them; a target or forecast noun right after it ("a $100 billion
// revenue target") governs it too. A period "by 2030" is never an actual.
import type { Claim, Quantity, Reading, StatementKindOf } from '../types';
import { FORWARD_PAIR_CLASSES, FORWARD_WORD_CLASSES, NEXT_ROUND_PAIRS, type ForwardClass } from './forwardWords';
import { namesForward } from '../dataset/hedging';
import { forwardByName } from '../dataset/metrics';

/** The kinds of statement a figure can make (types.ts): the reader's `Reading.kind` and this classifier share them. */
export type StatementKind = StatementKindOf;

/** Words between a forward-looking word and a figure that end its reach: a comparison or a new statement. */
const STOP_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'versus', 'vs', 'compared']);
const STOP_PAIRS = new Set(['up from', 'down from', 'a year', 'last year']);
/** Verbs of what happened: between a forward-looking word and a figure, the figure is an actual. */
const ACTUAL_VERBS = new Set([
  'reported', 'posted', 'made', 'generated', 'earned', 'booked', 'recorded', 'raised', 'burned', 'burnt', 'lost', 'spent',
  'grew', 'rose', 'fell', 'jumped', 'climbed', 'surged', 'reached', 'hit', 'totaled', 'totalled', 'logged', 'delivered', 'had',
]);
/** Forward-looking nouns that govern a figure right before them ("a $100 billion target"). */
const AFTER_NOUNS = new Set(['target', 'targets', 'goal', 'goals', 'forecast', 'forecasts', 'projection', 'projections', 'guidance', 'outlook', 'budget']);
/** How far after a figure such a noun may stand (characters). */
const AFTER_REACH = 40;
/** "is expected to": someone else's expectation, a projection. */
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that stand for the company as a subject ("it expects", "the company's outlook"). */
const ANAPHORS = new Set(['it', 'its', 'company', 'firm', 'startup', 'lab', 'management', 'executives', 'we', 'our']);
/** Subjects that are not the company ("analysts expect", "the consensus forecast"). */
const OTHERS = new Set([
  'analyst', 'analysts', 'investor', 'investors', 'bank', 'banks', 'banker', 'bankers', 'observer', 'observers', 'expert', 'experts',
  'economist', 'economists', 'consensus', 'street', 'market', 'markets', 'people', 'sources', 'report', 'reports', 'research', 'researchers',
]);
/** Words a subject and its verb may have between them ("OpenAI now expects", "OpenAI's own forecast"). */
const SUBJECT_GAP = 3;

interface Word {
  w: string;
  start: number;
  end: number;
}

// The words of the last sentence asked about: its figures are asked about one after another.
let wordsText: string | undefined;
let wordsList: Word[] = [];

/** The sentence's words: runs of ASCII letters, lower-cased, with their offsets in the text. */
function wordsOf(text: string): Word[] {
  if (text === wordsText) return wordsList;
  const out: Word[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    out.push({ w: text.slice(i, j).toLowerCase(), start: i, end: j });
    i = j;
  }
  wordsText = text;
  wordsList = out;
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Index of the first word starting at or after `offset`. */
function firstFrom(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The kind of statement figure `q` of `claim` makes (its reading, when there is one, gives
 * its metric, entity and period). Offsets of the figure and the reading are in the same frame
 * as the claim's span.
 */
export function statedKind(claim: Claim, q: Quantity, reading?: Reading): StatementKind {
  let kind = kindFromWords(claim, q, reading);
  if (reading && forwardByName(reading.metric)) kind = 'target';
  // "by 2030" is a target or a projection, never an actual; a company's own "by 2030" is its
  // target. A rate or multiple the company expects to reach by then ("expects gross margins as
  // high as 77 percent by 2028") stays its forecast: the year's value, not an amount to reach.
  const rate = q.kind === 'percent' || q.kind === 'multiple';
  if (reading?.period?.kind === 'by' && (kind === 'actual' || (kind === 'guidance' && !rate))) kind = 'target';
  return kind;
}

function kindFromWords(claim: Claim, q: Quantity, reading: Reading | undefined): StatementKind {
  const text = claim.text;
  // The matcher's own question first: a sentence with no forward-looking word is not cut into words.
  if (!namesForward(text)) return 'actual';
  const base = claim.span.start;
  const qs = q.span.start - base;
  const qe = q.span.end - base;
  if (qs < 0 || qe > text.length) return 'actual';
  const words = wordsOf(text);
  const first = firstFrom(words, qs);
  // Back from the figure to the nearest forward-looking word, stopping at a comparison, a
  // verb of what happened or a semicolon.
  const semicolon = text.lastIndexOf(';', qs);
  for (let i = first - 1; i >= 0 && words[i].start > semicolon; i--) {
    const word = words[i];
    if (STOP_WORDS.has(word.w) || ACTUAL_VERBS.has(word.w)) break;
    const next = i + 1 < first ? words[i + 1].w : undefined;
    if (next !== undefined && STOP_PAIRS.has(`${word.w} ${next}`)) break;
    const pair = next !== undefined ? FORWARD_PAIR_CLASSES.get(`${word.w} ${next}`) : undefined;
    if (pair) return pair;
    const cls = FORWARD_WORD_CLASSES.get(word.w);
    if (!cls) continue;
    // "In May 2025": the month, not the verb (capitalised inside the sentence).
    if (word.w === 'may' && word.start > 0 && text.charCodeAt(word.start) === 77) continue;
    // "an estimated $2.5 billion": an estimate of what happened, not a forecast.
    if ((word.w === 'estimated' || word.w === 'estimate') && i + 1 === first && i > 0 && (words[i - 1].w === 'an' || words[i - 1].w === 'the')) break;
    return resolve(cls, words, i, reading, base);
  }
  // "a $100 billion revenue target": a forward-looking noun just after the figure, before the next figure.
  // A range's low end reads after its high end ("the $60 billion to $65 billion range it forecast").
  const partner = rangePartner(claim, q);
  const from = partner ?? q;
  const until = Math.min(from.span.end - base + AFTER_REACH, nextFigureStart(claim, from) - base);
  for (let i = firstFrom(words, from.span.end - base); i < words.length && words[i].end <= until; i++) {
    const word = words[i];
    // "spent $91.4 billion on capex last year, and forecasts $175 billion": after "and" comes a new predicate.
    if (STOP_WORDS.has(word.w) || ACTUAL_VERBS.has(word.w) || word.w === 'and') break;
    if (AFTER_NOUNS.has(word.w)) return resolve(FORWARD_WORD_CLASSES.get(word.w) ?? 'target', words, i, reading, base);
  }
  // "a $300 billion to $400 billion valuation in their next funding round": the round to come
  // governs the figures it is the price of, a range's low end too (past the next figure).
  for (let i = firstFrom(words, qe); i + 1 < words.length && words[i].end <= qe + NEXT_ROUND_REACH; i++) {
    const word = words[i];
    if (STOP_WORDS.has(word.w) || ACTUAL_VERBS.has(word.w) || word.w === 'and') break;
    if (word.w === 'next' && NEXT_ROUND.has(`${word.w} ${words[i + 1].w}`)) return 'projection';
  }
  return 'actual';
}

/** The figure right after `q` that makes a range with it ("$60 billion to $65 billion"), if any. */
function rangePartner(claim: Claim, q: Quantity): Quantity | null {
  for (const o of claim.quantities) {
    if (o.span.start < q.span.end) continue;
    const gap = claim.text.slice(q.span.end - claim.span.start, o.span.start - claim.span.start);
    return RANGE_GAP.test(gap) ? o : null;
  }
  return null;
}

const RANGE_GAP = /^\s{0,3}(?:to|and|[-–—])\s{0,3}$/;

/** The pairs that name a round to come, and how far after a figure they may stand (characters). */
const NEXT_ROUND: ReadonlySet<string> = new Set(NEXT_ROUND_PAIRS);
const NEXT_ROUND_REACH = 64;

/** Where the claim's next figure after `q` starts (document frame), or no limit. */
function nextFigureStart(claim: Claim, q: Quantity): number {
  for (const o of claim.quantities) if (o.span.start >= q.span.end) return o.span.start;
  return Infinity;
}

/** The kind a forward-looking word at `words[i]` makes: guidance only when the company is its subject. */
function resolve(cls: ForwardClass, words: readonly Word[], i: number, reading: Reading | undefined, base: number): StatementKind {
  if (cls !== 'guidance') return cls;
  if (i > 0 && PASSIVE.has(words[i - 1].w)) return 'projection';
  return companySpeaks(words, i, reading, base) ? 'guidance' : 'projection';
}

/**
 * Whether the company the figure is about is the subject of the word at `words[i]`: its name
 * (where the reading found it) or a word standing for it ("it", "the company's") right
 * before, a few words at most between them, none of them another party ("analysts").
 */
function companySpeaks(words: readonly Word[], i: number, reading: Reading | undefined, base: number): boolean {
  const named = reading?.entity && reading.entitySpan ? reading.entitySpan.end - base : -1;
  for (let k = i - 1, gap = 0; k >= 0 && gap <= SUBJECT_GAP; k--, gap++) {
    const w = words[k].w;
    if (OTHERS.has(w)) return false;
    // The name the reading found, ending in this word ("OpenAI", "GPT-4").
    if (named > words[k].start && named <= words[k + 1].start) return true;
    if (ANAPHORS.has(w)) return true;
  }
  // "OpenAI made $13 billion in 2025 and expects $30 billion": the name that opens the
  // sentence is the subject of its verbs, unless another party comes between.
  if (!reading?.entity || !reading.entitySpan) return false;
  const start = reading.entitySpan.start - base;
  if (start < 0 || named > words[i].start || firstFrom(words, start) > OPENING_WORDS) return false;
  for (let k = firstFrom(words, named); k < i; k++) if (OTHERS.has(words[k].w)) return false;
  return true;
}

/** How many words may open a sentence before its subject ("In 2025, OpenAI …"). */
const OPENING_WORDS = 3;
