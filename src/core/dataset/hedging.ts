// When to doubt what the claim reader gave a figure: a period carried into a sentence that
// names a part of a year, two figures for one thing that cannot both be true, an entity
// carried into a sentence about someone else. The dataset rules and cross-reference ask
// before they compare anything; a doubtful reading is shown on hover, never reported.
import type { Claim, Period, Quantity, Reading } from '../types';
import { overlaps, statedInterval, type Interval } from '../tolerance';
import { FORWARD_PAIRS, FORWARD_WORDS } from '../read/forwardWords';
import { namesFiscal } from '../read/periods/period';
import { RecentAnswers } from '../recentAnswers';
import { SEGMENT_METRICS, segmentPhrases } from '../read/businessSegment';


// The rules ask about the same few texts (a claim's, its sentence's) many times in a row,
// once per reading and rule, whether they hold a word of one of the lists below. One pass
// over a text's words (lower-case, [a-z]+, linear on any input) answers all four lists,
// and the answers of the last few texts are kept. Read-only.
const PARTIAL_TIME = 1;
const OTHER_SUBJECT = 2;
const FORWARD = 4;
const CONTRAST = 8;
const QUARTERLY = 16;
const EVERY_LIST = PARTIAL_TIME | OTHER_SUBJECT | FORWARD | CONTRAST | QUARTERLY;
// The last few texts and their answers: the same text is asked about as the same string (a
// claim's), so === finds it without reading it, where a Map would hash every new sentence in full.
const recentTexts = new RecentAnswers<string, number>(8);

interface Vocabulary {
  /** Which lists each word is in. */
  words: Map<string, number>;
  /** For the first word of a pair, which lists each second word completes. */
  pairs: Map<string, Map<string, number>>;
  /** No longer word is in any list or pair. */
  longest: number;
  /** A bit per slot of VOCAB_SLOTS that the hash of some list word or pair word takes. */
  slots: Uint8Array;
}
const VOCAB_SLOTS = 1 << 12;

/** The hash scanListsAscii computes for a run of lower-case letters. */
function vocabHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h & (VOCAB_SLOTS - 1);
}
let vocabulary: Vocabulary | undefined;

function vocab(): Vocabulary {
  if (vocabulary) return vocabulary;
  const words = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  let longest = 0;
  const addWords = (list: ReadonlySet<string>, flag: number): void => {
    for (const w of list) {
      words.set(w, (words.get(w) ?? 0) | flag);
      longest = Math.max(longest, w.length);
    }
  };
  const addPairs = (list: ReadonlySet<string>, flag: number): void => {
    for (const p of list) {
      const [first, second] = p.split(' ');
      let seconds = pairs.get(first);
      if (!seconds) pairs.set(first, (seconds = new Map()));
      seconds.set(second, (seconds.get(second) ?? 0) | flag);
      longest = Math.max(longest, first.length, second.length);
    }
  };
  addWords(PARTIAL_TIME_WORDS, PARTIAL_TIME);
  addWords(QUARTERLY_WORDS, QUARTERLY);
  addPairs(PARTIAL_TIME_PAIRS, PARTIAL_TIME);
  addWords(OTHER_SUBJECT_WORDS, OTHER_SUBJECT);
  addWords(FORWARD_WORDS, FORWARD);
  addPairs(FORWARD_PAIRS, FORWARD);
  addWords(CONTRAST_WORDS, CONTRAST);
  addPairs(CONTRAST_PAIRS, CONTRAST);
  const slots = new Uint8Array(VOCAB_SLOTS);
  for (const w of words.keys()) slots[vocabHash(w)] = 1;
  for (const [first, seconds] of pairs) {
    slots[vocabHash(first)] = 1;
    for (const second of seconds.keys()) slots[vocabHash(second)] = 1;
  }
  return (vocabulary = { words, pairs, longest, slots });
}

/** Which of the lists (a bit each) `text` names a word or a pair of consecutive words of. */
function listsNamed(text: string): number {
  return recentTexts.get(text, scanLists);
}

function scanLists(text: string): number {
  const flags = scanListsAscii(text);
  return flags >= 0 ? flags : scanListsLowered(text);
}

/**
 * scanLists for a text of ASCII characters only (-1 for any other text): lower case is then
 * `| 0x20` on A–Z, so a word is hashed as it is read and looked up (as a string) only when
 * its hash is some list word's. Most words of a sentence are in no list.
 */
export function scanListsAscii(text: string): number {
  const { words, pairs, longest, slots } = vocab();
  const n = text.length;
  let flags = 0;
  let open: Map<string, number> | undefined;
  for (let i = 0; i < n && flags !== EVERY_LIST; ) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let h = c;
    let j = i + 1;
    for (; j < n; j++) {
      let d = text.charCodeAt(j);
      if (d >= 65 && d <= 90) d |= 0x20;
      if (d < 97 || d > 122) break;
      h = (Math.imul(h, 31) + d) | 0;
    }
    if (j - i <= longest && slots[h & (VOCAB_SLOTS - 1)] !== 0) {
      const w = text.slice(i, j).toLowerCase();
      flags |= words.get(w) ?? 0;
      if (open) flags |= open.get(w) ?? 0;
      open = pairs.get(w);
    } else open = undefined; // in no list and no pair: it opens none and completes none
    i = j;
  }
  return flags;
}

/** scanLists on the lower-cased text (lower-casing may change lengths and make ASCII letters: "İ", the Kelvin sign). */
export function scanListsLowered(text: string): number {
  const { words, pairs, longest } = vocab();
  const lower = text.toLowerCase();
  const n = lower.length;
  let flags = 0;
  // The pairs the previous word opens.
  let open: Map<string, number> | undefined;
  for (let i = 0; i < n && flags !== EVERY_LIST; ) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = lower.charCodeAt(j);
      if (d < 97 || d > 122) break;
      j++;
    }
    if (j - i <= longest) {
      const w = lower.slice(i, j);
      flags |= words.get(w) ?? 0;
      if (open) flags |= open.get(w) ?? 0;
      open = pairs.get(w);
    } else open = undefined;
    i = j;
  }
  return flags;
}

function hasAny(text: string, list: number): boolean {
  return (listsNamed(text) & list) !== 0;
}



/** A part of a year, or a year other than the one carried, named without a year of its own. */
// Not "weekly" or "monthly": they name user metrics ("weekly active users"), not periods.
const PARTIAL_TIME_WORDS = new Set(['half', 'quarter', 'month', 'months']);
/** Words that say a figure is a quarter's, and so agree with a quarter carried in ("Total quarterly revenues were up 14% … to $16.1 billion"). */
const QUARTERLY_WORDS = new Set(['quarterly']);
const PARTIAL_TIME_PAIRS = new Set([
  'full year', 'whole year', 'year earlier', 'year ago', 'year before', 'prior year', 'previous year', 'last year',
  'next year', 'that period', 'same period', 'that year', 'following year',
]);

export function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Whether words at `span` were written for the claim's figures: in its sentence or table row,
 * or, for a table row, above it in its table (a column header such as "Three Months Ended June
 * 30, 2025", a section row), which the table states once for every cell below. A table row
 * takes no words from outside its table but a heading's (read/tableClaims.ts).
 */
export function writtenFor(span: { start: number; end: number }, claim: Claim): boolean {
  return within(span, claim.span) || (!!claim.table && span.end <= claim.span.start);
}

/**
 * Whether the period a reading carries can be trusted for a comparison. Not when it was
 * carried from another sentence into one that names a part of a year or another year
 * without a number ("In the first half alone, it burned $2.5 billion" after "In 2025, …");
 * not when the same sentence gives the same thing two figures that cannot both be true for
 * that period ("to $13 billion from $3.7 billion a year earlier": one of them is not 2025).
 */
export function periodReliable(reading: Reading, claim: Claim): boolean {
  const p = reading.period;
  if (!p) return true;
  // A heading's period is what the section is about, not the writer's word for this figure:
  // "Fourth quarter and fiscal year 2025 results" heads quarterly and yearly figures alike.
  // Shown in the hover; two figures are never set against each other for it (the dataset
  // rules compare such a figure as undated: assess).
  if (shownNotCompared(p, claim)) return false;
  // "the first quarter of fiscal 2025" read as a calendar quarter: the company's fiscal
  // calendar decides which quarter that is (issue 16), so nothing is compared until then.
  // A table row says it in its header ("Fiscal Q1 2025 Revenue"). And "fourth quarter results
  // for fiscal year 2025 with revenue of $39.3 billion" read as the fiscal year is as doubtful.
  if (!(p as { fiscal?: boolean }).fiscal && (p.kind === 'quarter' || p.kind === 'half' || p.kind === 'fiscalYear')) {
    const words = claim.table ? `${claim.text} ${claim.table.header.join(' ')}` : claim.text;
    if (p.kind !== 'fiscalYear' ? namesFiscal(words) : QUARTER_WORDS.test(words)) return false;
  }
  // A period without a span did not come from the draft's words: nothing to doubt. One
  // inferred from a heading or the document's date is a guess, like one carried in.
  // ("last quarter" resolved against the date is the writer's own word, in this sentence.)
  // (A yearless quarter of this sentence placed by the date is the writer's word here too.)
  const carried = (!!p.inferred && p.inferred !== 'documentDate' && p.inferred !== 'dateYear') || (!!p.span && !within(p.span, claim.span));
  if (carried && (hasAny(claim.text, PARTIAL_TIME) || (p.kind !== 'quarter' && hasAny(claim.text, QUARTERLY)))) return false;
  // "last year" resolved against the document's date names the period of its own sentence's
  // figure, most often the base of a comparison ("slipped to 40% from 43% last year"): carried
  // into the next sentence ("Net income fell 83% to $2.71 billion") it is no period of that one.
  if (p.inferred === 'documentDate' && !!p.span && !within(p.span, claim.span)) return false;
  // One reading has only itself to agree with.
  if (claim.readings.length < 2) return true;
  const groups = statementGroups(claim);
  const group = groups.byReading.get(reading) ?? groups.byKey.get(statementKey(reading));
  if (!group) return true;
  const mine = intervalOf(reading.quantity);
  // Overlapping every other statement of the group comes down to overlapping the two
  // most restrictive ones: the lowest upper end and the highest lower end.
  for (const other of group.lowestHigh) if (other !== reading && !rangeEnds(claim, other, reading) && !overlaps(intervalOf(other.quantity), mine)) return false;
  for (const other of group.highestLow) if (other !== reading && !rangeEnds(claim, other, reading) && !overlaps(intervalOf(other.quantity), mine)) return false;
  return true;
}

/** Whether two readings are the two ends of one range the claim states ("$115 billion to $135 billion"): one statement, not two that cannot both be true (the matcher compares them as the range). */
function rangeEnds(claim: Claim, a: Reading, b: Reading): boolean {
  for (const r of claim.relations) {
    if (r.kind === 'range' && ((r.low === a.quantity && r.high === b.quantity) || (r.low === b.quantity && r.high === a.quantity))) return true;
  }
  return false;
}

/**
 * A period the text is about rather than the writer's word for the figure (a heading's, a
 * lead's, a yearless quarter carried from another sentence): shown, never compared. A quarter
 * the figure's own sentence names without its year ("Net sales increased 9% to $155.7 billion
 * in the first quarter") is the writer's word for it, placed in a year by the document's date:
 * compared, as "last quarter" read against the date is (a guess about the year: warned on,
 * never fixed), unless that quarter had not ended by the date (Period.unended). Without the
 * claim, where the period was written is unknown: not compared.
 */
export function shownNotCompared(p: Period, claim?: Claim): boolean {
  if (p.inferred === 'dateYear') return !claim || !namedIn(p, claim) || !!p.unended;
  return p.inferred === 'heading' || p.inferred === 'lead';
}

/** Whether the period was read in the claim's own sentence or table row. */
function namedIn(p: Period, claim: Claim): boolean {
  return !!p.span && within(p.span, claim.span);
}

/** Words that name a quarter or a half: a fiscal year read next to them may be one of its quarters. */
const QUARTER_WORDS = /\b(?:quarter|quarterly|half|Q[1-4]|H[12])\b/i;

/** Readings that state the same thing: one entity, metric, period, kind of statement, kind and unit. */
function statementKey(r: Reading): string {
  return `${r.entity}\u0000${r.metric}\u0000${r.period?.canonical}\u0000${r.kind ?? ''}\u0000${r.quantity.kind}\u0000${r.quantity.unit}`;
}

interface StatementGroup {
  /** The two readings with the lowest upper ends (two, so a reading never has only itself to compare with). */
  lowestHigh: Reading[];
  /** The two readings with the highest lower ends. */
  highestLow: Reading[];
}

// The intervals of the last few figures asked about: the checks above ask about one claim's
// figures, a few at a time, again and again. Not a WeakMap by figure (perObject.ts): every
// interval asked for would then live as long as its figure, the whole document's life.
const recentIntervals = new RecentAnswers<Quantity, Interval>(8);
function intervalOf(q: Quantity): Interval {
  return recentIntervals.get(q, statedInterval);
}

/** An open end at a value is tighter than a closed one at the same value. */
function highKey(i: Interval): number {
  return i.high - (i.highOpen ? Number.EPSILON * Math.max(1, Math.abs(i.high)) : 0);
}
function lowKey(i: Interval): number {
  return i.low + (i.lowOpen ? Number.EPSILON * Math.max(1, Math.abs(i.low)) : 0);
}

function keepTwo(list: Reading[], r: Reading, tighter: (a: Reading, b: Reading) => boolean): void {
  list.push(r);
  list.sort((a, b) => (tighter(a, b) ? -1 : tighter(b, a) ? 1 : 0));
  if (list.length > 2) list.length = 2;
}

// The rules and cross-reference ask about a claim's readings one after another: the last
// claim's groups are enough (a WeakMap entry per claim cost more than it saved).
let lastGroups: { claim: Claim; readings: readonly Reading[]; groups: StatementGroups } | null = null;

interface StatementGroups {
  byKey: Map<string, StatementGroup>;
  /** The group of each reading grouped, so asking about it builds no key. */
  byReading: Map<Reading, StatementGroup>;
}

/** One pass over a claim's readings, so checking each of them stays linear in the claim's size. */
function statementGroups(claim: Claim): StatementGroups {
  if (lastGroups && lastGroups.claim === claim && lastGroups.readings === claim.readings) return lastGroups.groups;
  const byKey = new Map<string, StatementGroup>();
  const byReading = new Map<Reading, StatementGroup>();
  for (const r of claim.readings) {
    if (r.quantity.vague || !r.period) continue;
    const key = statementKey(r);
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { lowestHigh: [], highestLow: [] }));
    byReading.set(r, g);
    keepTwo(g.lowestHigh, r, lowerHigh);
    keepTwo(g.highestLow, r, higherLow);
  }
  const groups = { byKey, byReading };
  lastGroups = { claim, readings: claim.readings, groups };
  return groups;
}

function lowerHigh(a: Reading, b: Reading): boolean {
  return highKey(intervalOf(a.quantity)) < highKey(intervalOf(b.quantity));
}
function higherLow(a: Reading, b: Reading): boolean {
  return lowKey(intervalOf(a.quantity)) > lowKey(intervalOf(b.quantity));
}

/** Words that name some other company as the subject: a carried entity does not reach them. */
const OTHER_SUBJECT_WORDS = new Set([
  'rival', 'rivals', 'competitor', 'competitors', 'peer', 'peers', 'challenger', 'challengers', 'another',
  'counterpart', 'counterparts', 'others', 'incumbent', 'incumbents', 'newcomer', 'newcomers',
]);

/**
 * Whether the entity a reading carries can be trusted. Not when it was carried from an
 * earlier sentence into one whose subject is another company ("Its closest rival made
 * $4.5 billion"): the figure is someone else's.
 */
export function entityReliable(reading: Reading, claim: Claim): boolean {
  if (!reading.entity) return true;
  const named = !!reading.entitySpan && within(reading.entitySpan, claim.span);
  if (named && segmentBeforeName(reading, claim)) return false;
  return named || !hasAny(claim.text, OTHER_SUBJECT);
}

/**
 * Whether the sentence names a segment as its subject before the company the figure was read
 * for: "Sales in the data-centre segment, which accounts for a majority of Nvidia's revenue,
 * grew to US$51.2 billion" may be the segment's figure or the company's (the reader takes the
 * company named last); only a figure of a metric segments report is in doubt.
 */
function segmentBeforeName(reading: Reading, claim: Claim): boolean {
  if (!reading.metric || !SEGMENT_METRICS.has(reading.metric) || !reading.entitySpan) return false;
  const name = reading.entitySpan.start - claim.span.start;
  const figure = reading.quantity.span.start - claim.span.start;
  if (name > figure) return false;
  for (const p of segmentPhrases(claim.text)) if (p.end <= name) return true;
  return false;
}

/**
 * Words of sentences that set two values of one thing side by side on purpose: a projection
 * and the actual, a first report and its revision, a comparison (cross-reference leaves
 * their figures alone). Here so that one pass over a claim's words answers these and the
 * lists above, which cross-reference asks about the same claim. (Exported for the test that
 * holds that pass to a look-up of every word.)
 */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'project', 'projected', 'projection', 'projections', 'projects', 'forecast', 'forecasts', 'forecasted',
  'expect', 'expected', 'expects', 'expecting', 'estimate', 'estimated', 'estimates', 'initially', 'originally',
  'previously', 'earlier', 'revised', 'revision', 'target', 'targets', 'targeted', 'plan', 'plans', 'planned',
  'guidance', 'versus', 'vs',
]);
export const CONTRAST_PAIRS: ReadonlySet<string> = new Set(['instead of', 'rather than', 'up from', 'down from', 'compared with', 'compared to']);

/** Whether `text` names a word or a pair of words of contrast (CONTRAST_WORDS, CONTRAST_PAIRS). */
export function namesContrast(text: string): boolean {
  return hasAny(text, CONTRAST);
}

/** Whether `text` names a forward-looking word or pair (forwardWords.ts), as the matcher asks of a sentence. */
export function namesForward(text: string): boolean {
  return hasAny(text, FORWARD);
}
