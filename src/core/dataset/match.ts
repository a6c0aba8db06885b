// Which dataset facts a figure in the draft speaks of, and whether it agrees with them.
//
// Matching is deliberately cautious: a figure is compared with a fact only when the draft
// names the same entity, the same metric and a period the fact fits. When in doubt there
// is no match, because a figure the dataset does not cover is never wrong ("unknown is
// not wrong"). Comparisons use intervals on both sides: the draft's rounding and qualifier
// (tolerance.ts) and the precision and bound the source reported the fact with.
import type { Claim, Period, Quantity, Reading, SourceRef } from '../types';
import { perObject } from '../perObject';
import type { DatasetIndex, LoadedFact } from './lookup';
import { metricById } from './metrics';
import { onFiscalCalendar, parsePeriodString, periodInterval, sameCalendar } from '../period';
import { isBounded, midpoint, negate, overlaps, scaleBy, statedInterval, type Interval } from '../tolerance';
import { formatCount, formatMoney, formatPercent } from '../format';
import { periodLabelOf, subjectWithPeriod } from '../periodLabel';
import { readQuantities } from '../quantity';
import { FORWARD_METRICS, FORWARD_PAIRS, FORWARD_WORDS } from '../forwardWords';
import { kindsComparable, readsForward } from './factKind';

/** How a fact's period fits the draft's: the same period, one inside the other, or "now". */
export type PeriodFit = 'exact' | 'within' | 'current';

export interface FactMatch {
  fact: LoadedFact;
  fit: PeriodFit;
}

export type Comparison = 'agrees' | 'disagrees' | 'scaleSlip' | 'unknown';

export interface MatchContext {
  /** The sentence or table row the figure was read from, for "now", "currently". */
  sentence?: string;
  /** The claim the reading belongs to: lets the matcher doubt a period the claim reader guessed. */
  claim?: Claim;
}

/**
 * Metrics that belong to a product rather than the company behind it: "OpenAI's 800
 * million weekly users" speaks of ChatGPT's. Money (revenue, burn, valuation) never
 * crosses from a product to its company: "ChatGPT revenue" is not OpenAI's revenue.
 */
const PRODUCT_LEVEL = new Set(['weeklyActiveUsers', 'monthlyActiveUsers', 'paidSubscribers', 'paidShare', 'trafficShare']);

/**
 * Metrics writers use for one another: "market share" for a chatbot is as often the
 * web-traffic share as an app-usage share. A figure agreeing with either is not wrong,
 * and a disagreement is never certain enough for a fix.
 */
// A Map: a keyed look-up in an object literal took a slow path for the metric strings readings carry.
const SIBLING_METRICS = new Map<string, readonly string[]>([
  ['trafficShare', ['marketShare']],
  ['marketShare', ['trafficShare']],
]);

/** Words that put a point-in-time figure at the present when no period is written. */
const NOW_PATTERN = /\b(?:now|currently|today|at present|presently|as of this writing)\b/i;

// ---------------------------------------------------------------------------
// Periods

/** The days a period covers; null for "by 2030", which has no start to place it. */
function daysOf(p: Period): [number, number] | null {
  return p.kind === 'by' ? null : periodInterval(p);
}

function inside(a: [number, number], b: [number, number]): boolean {
  return a[0] >= b[0] && a[1] <= b[1];
}

// Guidance is the company's own forecast: forward-looking like a target or a projection.
const FORWARD_LOOKING = new Set(['target', 'projection', 'guidance']);

/**
 * Whether a fact's period fits the period the draft gives.
 * Flows (revenue, burn) add up over their period, so only the same period fits: a
 * calendar year and the fiscal year of the same number are taken as the same, a half is
 * never a full year. Levels (valuation, users) are as of a moment, so a fact dated inside
 * the draft's period fits ("valued at $500 billion in 2025" and a fact as of October 2025),
 * and so does a draft's date inside the fact's month.
 */
export function periodFit(prose: Period, fact: Period, flow: boolean, factBasis: string): PeriodFit | null {
  const named = namedFit(prose, fact, factBasis);
  if (named || flow) return named;
  return levelFit(daysOf(prose), daysOf(fact), fact);
}

function yearLike(k: Period['kind']): boolean {
  return k === 'year' || k === 'fiscalYear';
}

/** "by 2030" against the year 2030. */
function targetOf(a: Period, b: Period): boolean {
  return a.kind === 'by' && yearLike(b.kind) && a.year === b.year;
}

/** The fits periodFit reads from the periods' names: the same period, or a target "by" its year. */
function namedFit(prose: Period, fact: Period, factBasis: string): PeriodFit | null {
  if (prose.canonical === fact.canonical) return 'exact';
  // A year and a fiscal year of one number are the same only where the fiscal year is the
  // calendar year: Nvidia's FY2026 is not 2026, nor its "Q1 FY2027" a draft's "Q1 2027".
  if (yearLike(prose.kind) && yearLike(fact.kind) && prose.year === fact.year && sameCalendar(prose, fact)) return 'exact';
  // A fiscal period that is a calendar one by its days: Microsoft's Q1 FY2026 is July to
  // September 2025, the draft's "Q3 2025". Nvidia's fiscal quarters never are.
  if (!!prose.fiscal !== !!fact.fiscal && (prose.fiscalYearEnd ?? fact.fiscalYearEnd) !== undefined && prose.kind !== 'by' && fact.kind !== 'by') {
    const [a0, a1] = periodInterval(prose);
    const [b0, b1] = periodInterval(fact);
    if (a0 === b0 && a1 === b1) return 'exact';
  }
  // "$280 billion in 2030" for a target the source put as "by 2030".
  if (FORWARD_LOOKING.has(factBasis) && (targetOf(prose, fact) || targetOf(fact, prose))) return 'within';
  return null;
}

/** The fit of a level by the days each period covers (`p` the draft's, `f` the fact's). */
function levelFit(p: [number, number] | null, f: [number, number] | null, fact: Period): PeriodFit | null {
  if (!p || !f) return null;
  if (inside(f, p)) return 'within';
  // A date in the draft inside the month a fact is dated to; never a year inside a
  // multi-year deal ("the $300 billion contract" is not a 2027 figure).
  if ((fact.kind === 'month' || fact.kind === 'date') && inside(p, f)) return 'within';
  return null;
}

// ---------------------------------------------------------------------------
// When to doubt the period a claim reader gave a figure

// The rules ask about the same few texts (a claim's, its sentence's) many times in a row,
// once per reading and rule, whether they hold a word of one of the lists below. One pass
// over a text's words (lower-case, [a-z]+, linear on any input) answers all four lists,
// and the answers of the last few texts are kept. Read-only.
const PARTIAL_TIME = 1;
const OTHER_SUBJECT = 2;
const FORWARD = 4;
const CONTRAST = 8;
const EVERY_LIST = PARTIAL_TIME | OTHER_SUBJECT | FORWARD | CONTRAST;
// The last few texts and their answers, in a ring compared with ===: the same text is
// asked about as the same string (a claim's), which === answers without reading it, where
// a Map hashed every new sentence in full.
const RECENT_TEXTS = 8;
const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT_TEXTS).fill(undefined);
const recentFlags: number[] = new Array<number>(RECENT_TEXTS).fill(0);
let nextText = 0;

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
  for (let k = 0; k < RECENT_TEXTS; k++) if (recentTexts[k] === text) return recentFlags[k];
  const flags = scanLists(text);
  recentTexts[nextText] = text;
  recentFlags[nextText] = flags;
  nextText = (nextText + 1) % RECENT_TEXTS;
  return flags;
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
const PARTIAL_TIME_WORDS = new Set(['half', 'quarter', 'quarterly', 'month', 'months']);
const PARTIAL_TIME_PAIRS = new Set([
  'full year', 'whole year', 'year earlier', 'year ago', 'year before', 'prior year', 'previous year', 'last year',
  'next year', 'that period', 'same period', 'that year', 'following year',
]);

function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
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
  if (shownNotCompared(p)) return false;
  // "the first quarter of fiscal 2025" read as a calendar quarter: the company's fiscal
  // calendar decides which quarter that is (issue 16), so nothing is compared until then.
  // A table row says it in its header ("Fiscal Q1 2025 Revenue"). And "fourth quarter results
  // for fiscal year 2025 with revenue of $39.3 billion" read as the fiscal year is as doubtful.
  if (!(p as { fiscal?: boolean }).fiscal && (p.kind === 'quarter' || p.kind === 'half' || p.kind === 'fiscalYear')) {
    const words = claim.table ? `${claim.text} ${claim.table.header.join(' ')}` : claim.text;
    if (p.kind !== 'fiscalYear' ? FISCAL_WORDS.test(words) : QUARTER_WORDS.test(words)) return false;
  }
  // A period without a span did not come from the draft's words: nothing to doubt. One
  // inferred from a heading or the document's date is a guess, like one carried in.
  // ("last quarter" resolved against the date is the writer's own word, in this sentence.)
  const carried = (!!p.inferred && p.inferred !== 'documentDate') || (!!p.span && !within(p.span, claim.span));
  if (carried && hasAny(claim.text, PARTIAL_TIME)) return false;
  // One reading has only itself to agree with.
  if (claim.readings.length < 2) return true;
  const groups = statementGroups(claim);
  const group = groups.byReading.get(reading) ?? groups.byKey.get(statementKey(reading));
  if (!group) return true;
  const mine = intervalOf(reading.quantity);
  // Overlapping every other statement of the group comes down to overlapping the two
  // most restrictive ones: the lowest upper end and the highest lower end.
  for (const other of group.lowestHigh) if (other !== reading && !overlaps(intervalOf(other.quantity), mine)) return false;
  for (const other of group.highestLow) if (other !== reading && !overlaps(intervalOf(other.quantity), mine)) return false;
  return true;
}

/** A period the text is about rather than the writer's word for the figure (a heading's, a year placed by the date): shown, never compared. */
function shownNotCompared(p: Period): boolean {
  return p.inferred === 'heading' || p.inferred === 'dateYear';
}

/** Words that name a fiscal year: a calendar quarter read next to them is doubtful. */
const FISCAL_WORDS = /\bfiscal\b|\bFY\s?'?\d/i;
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
// figures, a few at a time, again and again. Not a WeakMap by figure: V8's young-generation
// collector keeps a WeakMap's values alive, so every interval asked for outlived its run.
const RECENT_INTERVALS = 8;
const recentFigures: (Quantity | undefined)[] = new Array<Quantity | undefined>(RECENT_INTERVALS).fill(undefined);
const recentIntervals: (Interval | undefined)[] = new Array<Interval | undefined>(RECENT_INTERVALS).fill(undefined);
let nextInterval = 0;
function intervalOf(q: Quantity): Interval {
  for (let k = 0; k < RECENT_INTERVALS; k++) if (recentFigures[k] === q) return recentIntervals[k] as Interval;
  const i = statedInterval(q);
  recentFigures[nextInterval] = q;
  recentIntervals[nextInterval] = i;
  nextInterval = (nextInterval + 1) % RECENT_INTERVALS;
  return i;
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
  return named || !hasAny(claim.text, OTHER_SUBJECT);
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

// ---------------------------------------------------------------------------
// Finding the facts

// Facts are immutable once loaded: each one's period is parsed, and the days it covers
// counted, once (matching asked for both per fact, per reading and rule).
interface FactTime {
  period: Period | null;
  /** The days the period covers (null for "by 2030" or no period). */
  days: [number, number] | null;
  /** The last day of the period, for ordering by recency (-Infinity without a period). */
  end: number;
}
const timeMemo = new WeakMap<LoadedFact, FactTime>();

function factTime(fact: LoadedFact): FactTime {
  let t = timeMemo.get(fact);
  if (!t) {
    const parsed = parsePeriodString(fact.period);
    const period = parsed && onFiscalCalendar(parsed, fact.fiscalYearEnd);
    t = { period, days: period ? daysOf(period) : null, end: period ? periodInterval(period)[1] : -Infinity };
    timeMemo.set(fact, t);
  }
  return t;
}

// The index's lists of facts (one per entity and metric) are immutable too: their times,
// in order, found with one look-up per list rather than one per fact.
interface ListTimes {
  times: readonly FactTime[];
  /** Positions of the facts dated in each year, in list order (a flow only ever fits a fact of its own year; a fiscal one is listed under both calendar years it touches). */
  byYear: Map<number, number[]>;
  /** Whether any fact of the list was revised (most entity-metric pairs never were). */
  revised: boolean;
}
const listTimes = new WeakMap<readonly LoadedFact[], ListTimes>();
function timesOf(facts: readonly LoadedFact[]): ListTimes {
  let t = listTimes.get(facts);
  if (!t) {
    const times = facts.map(factTime);
    const byYear = new Map<number, number[]>();
    const add = (year: number, k: number): void => {
      const at = byYear.get(year);
      if (at) at.push(k);
      else byYear.set(year, [k]);
    };
    times.forEach((ft, k) => {
      if (!ft.period) return;
      add(ft.period.year, k);
      // A fiscal period placed by its company's calendar may be a calendar period of the
      // year before its number (Microsoft's Q1 FY2026 is Q3 2025).
      if (ft.period.fiscalYearEnd !== undefined) add(ft.period.year - 1, k);
    });
    listTimes.set(facts, (t = { times, byYear, revised: facts.some((f) => !!f.supersededBy) }));
  }
  return t;
}
const NO_POSITIONS: readonly number[] = [];

function factPeriod(fact: LoadedFact): Period | null {
  return factTime(fact).period;
}

// Per dataset and entity: its parent and its products, found once (the scan of every
// entity ran for every product-level reading and rule).
const relativesMemo = new WeakMap<DatasetIndex, Map<string, readonly string[]>>();
const NO_RELATIVES: readonly string[] = Object.freeze([]);

/**
 * The entities besides the named one whose facts a reading may speak of, to be tried after
 * it (the callers try the named entity first without a list: no array per reading).
 */
function relativesOf(entity: string, metric: string, dataset: DatasetIndex): readonly string[] {
  if (!PRODUCT_LEVEL.has(metric)) return NO_RELATIVES;
  let byEntity = relativesMemo.get(dataset);
  if (!byEntity) relativesMemo.set(dataset, (byEntity = new Map()));
  let out = byEntity.get(entity);
  if (!out) {
    const list = [entity];
    const self = dataset.entities.find((e) => e.name === entity);
    if (self?.parent) list.push(self.parent);
    for (const e of dataset.entities) if (e.parent === entity && !list.includes(e.name)) list.push(e.name);
    byEntity.set(entity, (out = list.slice(1)));
  }
  return out;
}

/**
 * Whether the dataset holds any fact the reading could be compared with, in any period:
 * most readings name an entity and metric the dataset does not cover, and for them every
 * verdict is "unknown" without the period and statement checks.
 */
function anyFacts(entity: string, metric: string, dataset: DatasetIndex): boolean {
  const siblings = SIBLING_METRICS.get(metric);
  if (entityHasFacts(entity, metric, siblings, dataset)) return true;
  const relatives = relativesOf(entity, metric, dataset);
  for (let k = 0; k < relatives.length; k++) if (entityHasFacts(relatives[k], metric, siblings, dataset)) return true;
  return false;
}

function entityHasFacts(entity: string, metric: string, siblings: readonly string[] | undefined, dataset: DatasetIndex): boolean {
  if (dataset.factsFor(entity, metric).length) return true;
  if (siblings) for (const m of siblings) if (dataset.factsFor(entity, m).length) return true;
  return false;
}

/** Latest first: by the end of the fact's period, then by publication date. */
function byRecency(a: LoadedFact, b: LoadedFact): number {
  const ea = factTime(a).end;
  const eb = factTime(b).end;
  if (ea !== eb) return eb - ea;
  return b.source.date.localeCompare(a.source.date);
}

/** The facts of a metric and then of its siblings, in that order (a loop: `[...].flat()` per reading was most of matchesFor). */
function withSiblings(entity: string, metric: string, siblings: readonly string[], dataset: DatasetIndex): LoadedFact[] {
  const out: LoadedFact[] = [];
  for (const f of dataset.factsFor(entity, metric)) out.push(f);
  for (const m of siblings) for (const f of dataset.factsFor(entity, m)) out.push(f);
  return out;
}

function matchesFor(entity: string, reading: Reading, dataset: DatasetIndex, ctx: MatchContext): FactMatch[] {
  const metric = reading.metric as string;
  const flow = metricById(metric)?.flow ?? true;
  const siblings = SIBLING_METRICS.get(metric);
  const facts = siblings ? withSiblings(entity, metric, siblings, dataset) : dataset.factsFor(entity, metric);
  if (facts.length === 0) return [];
  const period = reading.period;
  if (period) {
    const out: FactMatch[] = [];
    // The draft's days, counted once for all the facts (and only for a level: a flow never needs them).
    const days = flow ? null : daysOf(period);
    if (!siblings && flow) {
      // A flow fits only a fact of the same year (the same period, its fiscal year, a
      // target "by" that year): the facts of other years are not looked at.
      const { times, byYear } = timesOf(facts);
      for (const k of byYear.get(period.year) ?? NO_POSITIONS) {
        const fit = namedFit(period, times[k].period!, facts[k].kind);
        if (fit) out.push({ fact: facts[k], fit });
      }
      return out;
    }
    const times = siblings ? null : timesOf(facts).times;
    for (let k = 0; k < facts.length; k++) {
      const fact = facts[k];
      const t = times ? times[k] : factTime(fact);
      if (!t.period) continue;
      const fit = namedFit(period, t.period, fact.kind) ?? (flow ? null : levelFit(days, t.days, t.period));
      if (fit) out.push({ fact, fit });
    }
    // A level stated for a period is most likely its latest value in that period.
    if (!flow && out.length > 1) out.sort((a, b) => byRecency(a.fact, b.fact));
    // "now" in an article of October 2025 with no fact of that month: the value known just
    // before, if the dataset has one from the month before. An older one may be what the
    // article is news of replacing ("now valued at $900 billion"): silence then.
    if (!flow && out.length === 0 && period.inferred === 'documentDate' && period.kind === 'month') {
      const latest = recentLevel(facts, periodInterval(period), metric);
      if (latest) out.push({ fact: latest, fit: 'current' });
    }
    return out;
  }
  // "now": the latest current actual, when there is one (looked for first: a few facts
  // cost less than the pattern over the sentence, which most such readings do not match).
  if (!flow && ctx.sentence && hasCurrentActual(facts) && NOW_PATTERN.test(ctx.sentence)) {
    const current = facts.filter((f) => !f.supersededBy && f.kind === 'actual').sort(byRecency);
    return [{ fact: current[0], fit: 'current' }];
  }
  return [];
}

/**
 * How many days before the end of the document's month a fact of a fast-moving level may be
 * dated and still be "now": a valuation, a round or a user count months older may be what the
 * article is news of replacing. Other levels (a stake, a margin) hold until the next fact.
 */
const NOW_REACH_DAYS = 62;
const FAST_LEVELS = new Set([
  'valuation', 'ipoValuation', 'fundingRound', 'revenueRunRate', 'weeklyActiveUsers', 'monthlyActiveUsers',
  'paidSubscribers', 'gpuCount', 'computeCapacity', 'computeCommitment', 'computeDeal', 'investment',
]);

/**
 * The latest current actual dated by the end of the `month` (days) the document was written
 * (for a fast-moving level, in that month or the one before); none when a fact's period spans the month (a yearly figure of the same year
 * is neither before nor after it).
 */
function recentLevel(facts: readonly LoadedFact[], month: [number, number], metric: string): LoadedFact | null {
  const reach = FAST_LEVELS.has(metric) ? NOW_REACH_DAYS : Infinity;
  let latest: LoadedFact | null = null;
  for (const f of facts) {
    if (f.supersededBy || f.kind !== 'actual') continue;
    const t = factTime(f);
    if (!t.days) continue;
    if (t.days[0] <= month[1] && t.days[1] > month[1]) return null;
    if (t.days[1] > month[1] || t.days[1] < month[1] - reach) continue;
    if (!latest || byRecency(f, latest) < 0) latest = f;
  }
  return latest;
}

/** Whether any of the facts is an actual that no later report revised. */
function hasCurrentActual(facts: readonly LoadedFact[]): boolean {
  for (let k = 0; k < facts.length; k++) if (!facts[k].supersededBy && facts[k].kind === 'actual') return true;
  return false;
}

/**
 * Every dataset fact the reading speaks of: same entity (a product's figures count for
 * its company only for product-level metrics such as users), same metric, a fitting
 * period. Newest source first; for levels, the latest as-of date first. Superseded facts
 * are included (the rules decide what to say about them).
 */
export function findMatches(reading: Reading, dataset: DatasetIndex, ctx: MatchContext = {}): FactMatch[] {
  if (!reading.entity || !reading.metric || reading.quantity.vague) return [];
  const found = matchesFor(reading.entity, reading, dataset, ctx);
  if (found.length) return found;
  const relatives = relativesOf(reading.entity, reading.metric, dataset);
  for (let k = 0; k < relatives.length; k++) {
    const theirs = matchesFor(relatives[k], reading, dataset, ctx);
    if (theirs.length) return theirs;
  }
  return [];
}

export function matchFacts(reading: Reading, dataset: DatasetIndex, ctx: MatchContext = {}): LoadedFact[] {
  return findMatches(reading, dataset, ctx).map((m) => m.fact);
}

/**
 * Facts of the reading's entity and metric in any period, for a figure that states no
 * period: only ever used to recognise a figure that matches a superseded fact, which is
 * information, never a warning.
 */
export function factsAnyPeriod(reading: Reading, dataset: DatasetIndex): LoadedFact[] {
  return [...anyPeriodFacts(reading, dataset)];
}

/** factsAnyPeriod, the index's own list (read-only). */
function anyPeriodFacts(reading: Reading, dataset: DatasetIndex): readonly LoadedFact[] {
  if (!reading.entity || !reading.metric || reading.quantity.vague) return NO_FACTS;
  const facts = dataset.factsFor(reading.entity, reading.metric);
  if (facts.length) return facts;
  const relatives = relativesOf(reading.entity, reading.metric, dataset);
  for (let k = 0; k < relatives.length; k++) {
    const theirs = dataset.factsFor(relatives[k], reading.metric);
    if (theirs.length) return theirs;
  }
  return NO_FACTS;
}
const NO_FACTS: readonly LoadedFact[] = Object.freeze([]);

// ---------------------------------------------------------------------------
// Comparing

const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:trillion|tn|t|万亿)$/i, 1e12],
  [/^(?:billion|bn|b|bln)$/i, 1e9],
  [/^亿$/, 1e8],
  [/^(?:million|mn|m|mln|mio)$/i, 1e6],
  [/^万$/, 1e4],
  [/^(?:thousand|k)$/i, 1e3],
];

/** The last number written in a fact's `reported` text, with its fraction digits and scale. */
function reportedPrecision(reported: string): { mantissa: number; decimals: number; scale: number } | null {
  const re = /(\d[\d,]*)(?:\.(\d+))?\s?(trillion|billion|million|thousand|bln|mln|mio|tn|bn|mn|万亿|亿|万|[tbmk])?(?![a-z])/gi;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(reported); m; m = re.exec(reported)) last = m;
  if (!last) return null;
  const digits = last[1].replace(/,/g, '') + (last[2] ? `.${last[2]}` : '');
  const mantissa = Number(digits);
  if (!Number.isFinite(mantissa)) return null;
  let scale = 1;
  if (last[3]) for (const [re2, s] of SCALE_WORDS) if (re2.test(last[3])) scale = s;
  return { mantissa, decimals: last[2]?.length ?? 0, scale };
}

/** Fraction digits the source wrote the fact with ("$13.1 billion" → 1), for writing it back. */
export function reportedDecimals(fact: LoadedFact): number {
  return reportedPrecision(fact.reported)?.decimals ?? 0;
}

function magnitudeScale(v: number): number {
  const a = Math.abs(v);
  for (const s of [1e12, 1e9, 1e6]) if (a >= s) return s;
  return 1;
}

/**
 * The values consistent with a fact as its source reported it: "$13.1 billion" is
 * 13.05–13.15 billion, "more than 900 million" anything above 900 million, "about $600
 * billion" 550–650 billion. Built as a quantity so the draft's and the source's rounding
 * are read by the same rules. `ignoreBound` reads the bound's own figure ("more than 900
 * million" as 900 million, rounded as written).
 */
// Facts are immutable once loaded: each interval is read once (compare and the scale-slip
// check asked for it per reading and rule, re-running the precision pattern each time).
const factIntervalMemo = new WeakMap<LoadedFact, Interval>();
const factFigureIntervalMemo = new WeakMap<LoadedFact, Interval>();

export function factInterval(fact: LoadedFact, ignoreBound = false): Interval {
  const memo = ignoreBound ? factFigureIntervalMemo : factIntervalMemo;
  let i = memo.get(fact);
  if (!i) memo.set(fact, (i = readFactInterval(fact, ignoreBound)));
  return i;
}

function readFactInterval(fact: LoadedFact, ignoreBound: boolean): Interval {
  const isRange = fact.low !== undefined && fact.high !== undefined;
  const top = isRange ? (fact.high as number) : fact.value;
  let precision = reportedPrecision(fact.reported);
  // The reported text must actually state the value; otherwise read the value alone.
  if (precision && Math.abs(precision.mantissa * precision.scale - Math.abs(top)) > 1e-9 * Math.max(1, Math.abs(top))) {
    precision = null;
  }
  const scale = precision?.scale ?? magnitudeScale(top);
  const pseudo: Quantity = {
    kind: fact.unit === 'percent' ? 'percent' : fact.unit === 'USD' || fact.unit === 'EUR' || fact.unit === 'GBP' || fact.unit === 'CNY' || fact.unit === 'JPY' ? 'money' : 'count',
    span: { start: 0, end: 0 },
    text: fact.reported,
    value: fact.value,
    low: isRange ? (fact.low as number) : fact.value,
    high: isRange ? (fact.high as number) : fact.value,
    isRange,
    unit: fact.unit,
    scale,
    scaleText: '',
    decimals: precision?.decimals ?? 0,
    sign: null,
    qualifier: fact.bound === 'exact' || ignoreBound ? null : fact.bound,
    vague: false,
    words: false,
    segment: 0,
  };
  return statedInterval(pseudo);
}

const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY']);
const USER_NOUNS = new Set(['', 'users', 'user', 'people', 'subscribers', 'subscriber', 'customers', 'accounts', 'members', 'seats']);
const GPU_NOUNS = new Set(['', 'gpus', 'gpu', 'chips', 'accelerators', 'h100s']);
const EMPLOYEE_NOUNS = new Set(['', 'employees', 'staff', 'people', 'workers']);
const MEGAWATT_NOUNS = new Set(['mw', 'megawatts', 'megawatt']);

/**
 * A figure written in a smaller unit than the fact's (megawatts against gigawatt facts):
 * it may restate the fact ("1,900 megawatts"), but a figure that does not is far more
 * often about something smaller, one data center rather than the company's fleet ("data
 * centers consume 20-50 megawatts" in a paragraph about OpenAI). Such a figure can only
 * agree, never contradict or slip.
 */
function otherUnitFamily(q: Quantity, fact: LoadedFact): boolean {
  return q.kind === 'count' && fact.unit === 'GW' && MEGAWATT_NOUNS.has(q.unit.toLowerCase());
}

/**
 * The factor that puts the draft's figure in the fact's unit, or null when the units
 * cannot be compared (euros against dollars, percentage points against a percent).
 */
function unitFactor(q: Quantity, fact: LoadedFact): number | null {
  switch (q.kind) {
    case 'money':
      return CURRENCIES.has(fact.unit) && q.unit === fact.unit ? 1 : null;
    case 'percent':
      return fact.unit === 'percent' ? 1 : null;
    case 'count':
      return countFactor(q.unit.toLowerCase(), fact);
    default:
      return null;
  }
}

/** unitFactor for a count whose unit noun, lower-cased, is `noun` (lower-cased only here: a money unit such as "USD" made a copy per comparison). */
function countFactor(noun: string, fact: LoadedFact): number | null {
  if (fact.unit === 'GW') return noun === 'gw' || noun === 'gigawatts' || noun === 'gigawatt' ? 1 : MEGAWATT_NOUNS.has(noun) ? 1e-3 : null;
  if (fact.unit === 'users') return USER_NOUNS.has(noun) ? 1 : null;
  if (fact.unit === 'GPUs') return GPU_NOUNS.has(noun) ? 1 : null;
  if (fact.unit === 'employees') return EMPLOYEE_NOUNS.has(noun) ? 1 : null;
  return null;
}

/**
 * Whether two figures can be the same value. Rounding intervals that only touch do not
 * count: "$11 billion" (10.5–11.5) and "$10 billion" (9.5–10.5) share only 10.5 billion, a
 * value one writer would have rounded up and the other down, so they name different
 * figures. A single point (an exact value) still agrees when it sits on an end.
 */
function sameFigure(a: Interval, b: Interval): boolean {
  if (!overlaps(a, b)) return false;
  if (a.low === a.high || b.low === b.high) return true;
  return Math.min(a.high, b.high) > Math.max(a.low, b.low);
}

function draftInterval(q: Quantity, factor: number): Interval {
  const i = statedInterval(q);
  return factor === 1 ? i : scaleBy(i, factor);
}

const SCALES = [1e3, 1e6, 1e9, 1e12];

/**
 * The factor (1000 or 1/1000) by which the draft's figure, rescaled one step (million ↔
 * billion ↔ trillion), agrees with the fact; null when no such slip explains it. Only a
 * figure with a written scale and a finite tolerance can slip: "over $100 million" times a
 * thousand is not evidence of anything.
 */
export function scaleSlipFactor(q: Quantity, fact: LoadedFact): number | null {
  if (!maySlip(q)) return null;
  const factor = unitFactor(q, fact);
  if (factor === null || otherUnitFamily(q, fact)) return null;
  const target = factInterval(fact);
  if (sameFigure(draftInterval(q, factor), target)) return null;
  return slipFactor(q, fact, factor, target);
}

/** Whether a figure can have slipped a scale at all: a written scale, a finite tolerance. */
function maySlip(q: Quantity): boolean {
  if (q.kind !== 'money' && q.kind !== 'count') return false;
  if (q.vague || !SCALES.includes(q.scale) || !q.scaleText) return false;
  return !q.qualifier || q.qualifier === 'about' || q.qualifier === 'nearly';
}

/** The two rescales a slip can be: a step up or down. */
const RESCALES = [1000, 0.001];

/**
 * scaleSlipFactor past its checks of the figure as written: `q` maySlip, `factor` puts it in
 * the fact's unit, and as written it is not the same figure as the fact's interval `target`
 * (compare knows all three by then, and need not work them out again).
 */
function slipFactor(q: Quantity, fact: LoadedFact, factor: number, target: Interval): number | null {
  // Against "at least $11.5 billion" any thousandfold larger figure would "agree", which
  // is no evidence; the rescaled figure must name the bound itself ("$11.5 million"), and
  // agree with the fact too: "$16.5 million" rescaled is $16.5 billion, which rounds to the
  // 17 of "over $17 billion" but is not over it, so the fix would be wrong again.
  const named = isBounded(target) ? target : factInterval(fact, true);
  if (!isBounded(named)) return null;
  for (let n = 0; n < RESCALES.length; n++) {
    const k = RESCALES[n];
    if (!SCALES.includes(q.scale * k)) continue;
    const rescaled = draftInterval(q, factor * k);
    if (sameFigure(rescaled, named) && sameFigure(rescaled, target)) return k;
  }
  return null;
}

const FAR_APART = 50;

/**
 * Whether the figure agrees with the fact, given both sides' rounding and bounds;
 * 'scaleSlip' when it disagrees but a thousandfold rescale agrees; 'unknown' when the
 * two cannot be compared at all.
 */
export function compare(q: Quantity, fact: LoadedFact): Comparison {
  if (q.vague) return 'unknown';
  const factor = unitFactor(q, fact);
  if (factor === null) return 'unknown';
  const target = factInterval(fact);
  const draft = draftInterval(q, factor);
  if (sameFigure(draft, target)) return 'agrees';
  if (otherUnitFamily(q, fact)) return 'unknown';
  // "a gross margin of 94%" against a reported -94%: the draft may carry the sign in
  // words ("negative", "a loss of"), which the figure itself does not show.
  if (isBounded(draft) && overlaps(negate(draft), target)) return 'unknown';
  // What scaleSlipFactor asks, less what is known here: a factor, one unit family, not the same figure.
  if (maySlip(q) && slipFactor(q, fact, factor, target) !== null) return 'scaleSlip';
  // Figures fifty times apart are rarely one figure misstated; far more often the claim
  // reader tied a per-user price or a small deal to a company-wide metric. Unknown.
  const a = Math.abs(midpoint(draft));
  const b = Math.abs(midpoint(target));
  if (a > 0 && b > 0 && Math.max(a / b, b / a) > FAR_APART) return 'unknown';
  return 'disagrees';
}

// ---------------------------------------------------------------------------
// What the rules say about a fact

export function sourceRef(fact: LoadedFact): SourceRef {
  const ref: SourceRef = {
    factId: fact.id,
    entity: fact.entity,
    metric: fact.metric,
    period: fact.period,
    reported: fact.reported,
    outlet: fact.source.outlet,
    date: fact.source.date,
    origin: fact.origin,
  };
  if (fact.source.title) ref.title = fact.source.title;
  if (fact.source.url) ref.url = fact.source.url;
  return ref;
}

/** A period as a writer would say it: "2025", "H1 2025", "October 2025", "2025–2029". */
export const periodWords = periodLabelOf;

const KIND_WORDS: Record<string, string> = { guidance: 'forecast ', projection: 'projected ', target: 'targeted ', estimate: 'estimated ' };

// Facts are immutable: each one's words for messages are made once, not per finding.

/** "OpenAI's 2025 revenue", "ChatGPT's weekly active users as of October 2025", "OpenAI's revenue target by 2030". */
export const factSubject: (fact: LoadedFact) => string = perObject(readFactSubject);

function readFactSubject(fact: LoadedFact): string {
  const def = metricById(fact.metric);
  const raw = def?.label ?? fact.metric;
  // "projected cash burn", but not "targeted revenue target".
  const kind = KIND_WORDS[fact.kind] ?? '';
  const label = kind && !/target|projection/.test(raw) ? kind + raw : raw;
  const p = factPeriod(fact);
  if (!p) return subjectWithPeriod(fact.entity, label, null, true) + ` for ${fact.period}`;
  return subjectWithPeriod(fact.entity, label, p, def?.flow ?? true);
}

/** "(CNBC, “OpenAI's revenue…”, 2026-02-20)". */
export function citation(fact: LoadedFact, lead?: string): string {
  const parts = [lead ? `${lead}; ${fact.source.outlet}` : fact.source.outlet];
  if (fact.source.title) parts.push(`“${fact.source.title}”`);
  parts.push(fact.source.date);
  const from = fact.origin && !fact.origin.startsWith('bundled') ? `; from ${fact.origin}` : '';
  return `(${parts.join(', ')}${from})`;
}

// ---------------------------------------------------------------------------
// One verdict per figure, shared by the three dataset rules so that exactly one of them
// speaks about a figure: dataset-mismatch, scale-slip or superseded, never two.

export type Verdict =
  /** Agrees with a current (unrevised) fact, or nothing to say. */
  | { kind: 'agrees'; fact: LoadedFact }
  | { kind: 'unknown' }
  /** Agrees with a fact that later reporting revised; `current` ends the revision chain. */
  | { kind: 'superseded'; fact: LoadedFact; current: LoadedFact | null }
  /** A thousandfold rescale of the figure agrees with `fact`. */
  | { kind: 'scaleSlip'; fact: LoadedFact; factor: number }
  /**
   * Disagrees with the current fact (and with every other current fact for the period, in
   * `others`); `certain` when it is the one fact for exactly this period.
   */
  | { kind: 'mismatch'; fact: LoadedFact; certain: boolean; others: LoadedFact[] };

/** The last fact of a revision chain (guarding against a cycle in a writer's file). */
export function latestRevision(fact: LoadedFact, dataset: DatasetIndex): LoadedFact | null {
  let cur = fact;
  const seen = new Set<string>([cur.id]);
  while (cur.supersededBy) {
    const next = dataset.byId(cur.supersededBy);
    if (!next || seen.has(next.id)) return cur === fact ? null : cur;
    seen.add(next.id);
    cur = next;
  }
  return cur === fact ? null : cur;
}

/**
 * What a figure that matches a revised fact means. Revised within the period the draft
 * states (or the draft states none): the old figure is superseded ("$8.5 billion" burn
 * for 2025, since reported as $8 billion; "$1.4 trillion" in commitments, since cut to
 * about $600 billion by 2030). Revised by a figure for a later period (a valuation of
 * February, raised in March): the old figure is still right for its own period.
 * A figure agreeing with the revision as well is simply right ("$13 billion").
 */
/** A forecast whose revision chain ends in what actually happened. */
function forecastOfActual(f: LoadedFact, dataset: DatasetIndex): boolean {
  return FORWARD_LOOKING.has(f.kind) && latestRevision(f, dataset)?.kind === 'actual';
}

/** Whether any fact of the reading's entity and metric, in any period, was revised (known per list of facts, not asked of each fact per reading). */
function revisedFacts(reading: Reading, dataset: DatasetIndex): boolean {
  return timesOf(anyPeriodFacts(reading, dataset)).revised;
}

function supersededAgreement(reading: Reading, matches: readonly FactMatch[], dataset: DatasetIndex, forwardDraft: boolean): Verdict | null {
  const q = reading.quantity;
  // Most entity-metric pairs were never revised: nothing to look for then.
  if (!revisedFacts(reading, dataset)) return null;
  const facts = anyPeriodFacts(reading, dataset);
  const matched = new Set(matches.map((m) => m.fact.id));
  // The closest figure first: "$8.5 billion" is the $8.5 billion projection, not "roughly $9 billion".
  // A figure stated as what happened is not an old forecast restated once the outcome is
  // known: "revenue in 2025 was $11 billion" is checked against the $13.1 billion actual,
  // never matched to a $10 billion projection. (A target revised by a later target, such as
  // the $1.4 trillion commitment, is still an old figure quoted.)
  const closest = facts
    .filter((f) => f.supersededBy && (forwardDraft || !forecastOfActual(f, dataset)))
    .sort((a, b) => Math.abs(a.value - q.value) - Math.abs(b.value - q.value));
  for (const fact of closest) {
    if (compare(q, fact) !== 'agrees') continue;
    const current = latestRevision(fact, dataset);
    if (current && compare(q, current) === 'agrees') continue;
    if (reading.period && !(current && matched.has(current.id))) {
      if (matched.has(fact.id)) return { kind: 'agrees', fact };
      continue;
    }
    return { kind: 'superseded', fact, current };
  }
  return null;
}

/**
 * Levels (valuations, users) move within a year: a fact dated inside "2025" agrees with
 * a figure for 2025, but a figure that differs may be right for another month the
 * dataset lacks. Only a match on the same period, a month or a date, or "now", can
 * contradict.
 */
function decisive(m: FactMatch, reading: Reading): boolean {
  if (m.fit !== 'within') return true;
  const k = reading.period?.kind;
  return k === 'month' || k === 'date';
}

const UNKNOWN: Verdict = Object.freeze({ kind: 'unknown' });

/**
 * Whether a fact may contradict the reading: one of the same kind of statement when the
 * reading has a kind (kindsComparable, factKind.ts); without one, what happened or was estimated, or anything
 * when the sentence speaks of what is expected.
 */
function kindFits(reading: Reading, fact: LoadedFact, forwardDraft: boolean): boolean {
  if (reading.kind !== undefined) return kindsComparable(reading.kind, fact.kind);
  return fact.kind === 'actual' || fact.kind === 'estimate' || forwardDraft;
}

function rankOf(fact: LoadedFact, metric: string | null): number {
  return (fact.metric === metric ? 2 : 0) + (fact.kind === 'actual' ? 1 : 0);
}

export function assess(read: Reading, dataset: DatasetIndex, ctx: MatchContext = {}): Verdict {
  // A heading's period (or a year placed by the date) is shown, not compared: the figure is matched as the undated one it was written as.
  const original = read.period && shownNotCompared(read.period) ? { ...read, period: null } : read;
  const q = original.quantity;
  if (q.vague || !original.entity || !original.metric) return UNKNOWN;
  if (!anyFacts(original.entity, original.metric, dataset)) return UNKNOWN;
  // A dated figure no fact of its period matches has nothing to agree or disagree with, nor
  // can it be an old figure quoted (supersededAgreement needs a match for a dated figure):
  // unknown, whatever the checks below would say. Most figures end here, so first.
  // An undated figure without a match can only be an old figure quoted, which needs a
  // revised fact of its entity and metric: without one it is unknown too, and its sentence
  // need not be read for the words the checks below look for.
  const matches = findMatches(original, dataset, ctx);
  if (matches.length === 0 && (original.period || !revisedFacts(original, dataset))) return UNKNOWN;
  if (ctx.claim && !entityReliable(original, ctx.claim)) return UNKNOWN;
  // A period the claim reader guessed is a sign the reading itself is doubtful (two figures
  // for one thing, a period from another sentence): nothing to say. Matching the figure as
  // undated instead would hold it against facts of any period ("net loss … $13.5 billion,
  // on revenue of $4.3 billion" read as revenue, then taken for an old 2025 revenue estimate).
  if (ctx.claim && !periodReliable(original, ctx.claim)) return UNKNOWN;
  const reading = original;
  const verdicts = matches.map((m) => ({ m, c: compare(q, m.fact) }));
  const agreeingCurrent = verdicts.find((v) => v.c === 'agrees' && !v.m.fact.supersededBy);
  if (agreeingCurrent) return { kind: 'agrees', fact: agreeingCurrent.m.fact };
  // A figure the writer marks as an earlier statement ("previously $8.5 billion") agrees with
  // the earlier fact or is unknown: it is never held against what was reported since.
  if (reading.earlier === 'revision') {
    const earlier = verdicts.find((v) => v.c === 'agrees') ?? null;
    const old = earlier ? null : supersededAgreement(reading, matches, dataset, true);
    return earlier ? { kind: 'agrees', fact: earlier.m.fact } : old && old.kind !== 'unknown' ? { kind: 'agrees', fact: old.fact } : UNKNOWN;
  }
  // A projection contradicts only a figure the draft also presents as expected: a writer
  // stating what happened is not wrong for differing from an old forecast.
  // The reading's kind of statement when the claim reader gave one (read/kind.ts), else the sentence's words.
  const forwardDraft = readsForward(reading) ?? (FORWARD_METRICS.has(reading.metric as string) || hasAny(ctx.sentence ?? '', FORWARD));
  const old = supersededAgreement(reading, matches, dataset, forwardDraft);
  // "up from $840 billion": the writer knows it is the earlier figure; it agrees with that fact.
  if (old) return reading.earlier && old.kind === 'superseded' ? { kind: 'agrees', fact: old.fact } : old;
  // Only what happened or was estimated counts, unless the draft too speaks of what is expected.
  const current = verdicts.filter(
    (v) => !v.m.fact.supersededBy && v.c !== 'unknown' && decisive(v.m, reading) && kindFits(reading, v.m.fact, forwardDraft),
  );
  if (current.length === 0) return UNKNOWN;
  // The draft's own metric before a sibling's; what happened before what was projected.
  const metric = reading.metric;
  current.sort((a, b) => rankOf(b.m.fact, metric) - rankOf(a.m.fact, metric));
  for (const v of current) {
    if (v.c !== 'scaleSlip') continue;
    const factor = scaleSlipFactor(q, v.m.fact);
    if (factor !== null) return { kind: 'scaleSlip', fact: v.m.fact, factor };
  }
  const target = current[0];
  // A period carried from an earlier sentence is a good guess, not the writer's word for
  // this figure ("In 2025, … Its cash burn was $2.5 billion" may mean the first half): warn, never fix.
  // So is "now" read against the document's date: the latest fact of a level may predate the article.
  const nowGuess = reading.period?.inferred === 'documentDate' && reading.period.kind === 'month';
  const carried = nowGuess || (!!ctx.claim && !!reading.period?.span && !within(reading.period.span, ctx.claim.span));
  const certain = current.length === 1 && target.m.fit === 'exact' && target.m.fact.metric === reading.metric && !carried;
  return { kind: 'mismatch', fact: target.m.fact, certain, others: current.slice(1).map((v) => v.m.fact) };
}

interface CachedVerdict {
  dataset: DatasetIndex;
  sentence: string | undefined;
  claim: Claim | undefined;
  verdict: Verdict;
}
const verdictCache = new WeakMap<Reading, CachedVerdict>();

/**
 * `assess`, remembered per reading: the three dataset rules (and the report) each ask
 * about every figure. Pass the claim as the rules do, so all callers get the same answer.
 */
export function assessCached(reading: Reading, dataset: DatasetIndex, ctx: MatchContext = {}): Verdict {
  // Most readings lack an entity or a metric: answer them without a cache entry.
  if (reading.quantity.vague || !reading.entity || !reading.metric) return UNKNOWN;
  const hit = verdictCache.get(reading);
  if (hit && hit.dataset === dataset && hit.sentence === ctx.sentence && hit.claim === ctx.claim) return hit.verdict;
  const verdict = assess(reading, dataset, ctx);
  verdictCache.set(reading, { dataset, sentence: ctx.sentence, claim: ctx.claim, verdict });
  return verdict;
}

/**
 * The verdict of every reading of a claim (in `claim.readings` order; a missing one is
 * unknown) as the dataset rules ask for it: `assess` with the claim and its sentence.
 * `blockClaims` is the rules' list of claims (RuleContext.claims).
 */
// The three dataset rules run one after another over a block's claims (the analyzer reads a
// block's claims and runs all its rules before the next block): the verdicts of the block's
// claims are kept in one map until the rules move to another block. Not a WeakMap by block:
// V8's young-generation collector keeps a WeakMap's values, and with them every claim, alive
// until a full collection (issue 5: most of the CLI's memory on a 10 MB draft).
export function claimVerdicts(claim: Claim, dataset: DatasetIndex, blockClaims: readonly Claim[]): readonly Verdict[] {
  const readings = claim.readings;
  let candidate = false;
  for (const r of readings) if (!r.quantity.vague && r.entity && r.metric) candidate = true;
  if (!candidate) return NO_VERDICTS;
  // A caller without the block's list (it is required, but a WeakMap key must be an object): no cache.
  if (typeof blockClaims !== 'object' || blockClaims === null) return verdictsOf(claim, dataset);
  let block = lastBlock;
  if (!block || block.claims !== blockClaims || block.dataset !== dataset) {
    block = { claims: blockClaims, dataset, byClaim: new Map() };
    lastBlock = block;
  }
  const hit = block.byClaim.get(claim);
  if (hit && hit.readings === readings) return hit.verdicts;
  const verdicts = verdictsOf(claim, dataset);
  block.byClaim.set(claim, { readings, verdicts });
  return verdicts;
}

function verdictsOf(claim: Claim, dataset: DatasetIndex): readonly Verdict[] {
  const ctx: MatchContext = { sentence: claim.text, claim };
  const readings = claim.readings;
  // At its length and filled by index: no closure per claim, and no room for pushes to come.
  const out = new Array<Verdict>(readings.length);
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k];
    out[k] = r.quantity.vague || !r.entity || !r.metric ? UNKNOWN : assess(r, dataset, ctx);
  }
  return out;
}

const NO_VERDICTS: readonly Verdict[] = Object.freeze([]);
interface BlockVerdicts {
  claims: readonly Claim[];
  dataset: DatasetIndex;
  byClaim: Map<Claim, { readings: readonly Reading[]; verdicts: readonly Verdict[] }>;
}
// The block the rules are on (it keeps one block's claims alive until the rules move on).
let lastBlock: BlockVerdicts | undefined;

// ---------------------------------------------------------------------------
// Words for messages and derivations

/** The fraction digits (up to 4) that write `m` without rounding it: 1.145 → 3. */
function exactDecimals(m: number): number {
  for (let d = 0; d < 4; d++) {
    const f = Math.pow(10, d);
    if (Math.abs(Math.round(m * f) / f - m) <= 1e-9 * Math.max(1, Math.abs(m))) return d;
  }
  return 4;
}

/**
 * One value in the fact's unit: "$13.1 billion", "57%", "900 million". `exact` keeps the
 * digits an interval's end needs ("$1.145 billion", where the plain style would round it
 * to the figure it was derived from).
 */
export function valueWords(value: number, unit: string, exact = false): string {
  if (CURRENCIES.has(unit)) {
    const d = exact ? exactDecimals(value / magnitudeScale(value)) : 0;
    return d > 2 ? formatMoney(value, unit, { decimals: d }) : formatMoney(value, unit);
  }
  if (unit === 'percent') {
    const d = exact ? exactDecimals(value) : 0;
    return d > (Math.abs(value) >= 10 ? 1 : 2) ? formatPercent(value, { decimals: d }) : formatPercent(value);
  }
  if (unit === 'GW') return `${formatCount(value)} GW`;
  // The noun where the metric's label does not already say what is counted.
  if (unit === 'GPUs' || unit === 'employees') return formatCount(value, unit);
  return formatCount(value);
}

const BOUND_WORDS: Record<string, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  over: 'more than ',
  atLeast: 'at least ',
  under: 'less than ',
  upTo: 'up to ',
};

/** A reported text that reads as a figure after "at" ("$13.1 billion", "more than 900 million"). */
const FIGURE_LEAD = /^(?:[$€£¥]|US\$|USD |EUR |\d|(?:about|around|approximately|roughly|nearly|almost|over|more than|at least|up to|under|less than|some|an estimated) [$€£¥\d])/i;

/** Words a source puts after a figure that keep it a figure ("$11.5 billion or more"). */
const FIGURE_TAIL = new Set(['', 'or more', 'or less', 'plus']);

/**
 * Whether the source's words are one figure and nothing else: "4.5 gigawatts", "over
 * 200,000 GPUs", "$11.5 billion or more"; not "10-gigawatt goal" or "surpassed 800 million".
 */
function readsAsFigure(reported: string): boolean {
  if (!FIGURE_LEAD.test(reported)) return false;
  const qs = readQuantities(reported);
  if (qs.length !== 1) return false;
  const rest = reported.slice(qs[0].span.end).trim().toLowerCase();
  return FIGURE_TAIL.has(rest) || (qs[0].kind === 'count' && rest === qs[0].unit.toLowerCase());
}

/**
 * The fact's figure for a sentence: the source's own words when they read as a figure,
 * else the figure rebuilt from its bound and value ("surpassed 800 million" → "more than
 * 800 million", "negative 94 percent" → "-94%").
 */
export const factFigure: (fact: LoadedFact) => string = perObject(readFactFigure);

function readFactFigure(fact: LoadedFact): string {
  if (readsAsFigure(fact.reported)) return fact.reported;
  const lead = BOUND_WORDS[fact.bound] ?? '';
  if (fact.low !== undefined && fact.high !== undefined) return `${lead}${valueWords(fact.low, fact.unit)} to ${valueWords(fact.high, fact.unit)}`;
  return `${lead}${valueWords(fact.value, fact.unit)}`;
}

/** The interval a figure stands for: "$11.5 billion to $12.5 billion", "more than 900 million". */
export function intervalWords(i: Interval, unit: string): string {
  const lowFinite = Number.isFinite(i.low);
  const highFinite = Number.isFinite(i.high);
  if (lowFinite && highFinite) {
    return i.low === i.high ? valueWords(i.low, unit, true) : `${valueWords(i.low, unit, true)} to ${valueWords(i.high, unit, true)}`;
  }
  if (lowFinite) return `${i.lowOpen ? 'more than' : 'at least'} ${valueWords(i.low, unit, true)}`;
  if (highFinite) return `${i.highOpen ? 'less than' : 'at most'} ${valueWords(i.high, unit, true)}`;
  return 'any value';
}

/** The interval of a draft figure in a fact's unit, for derivations. */
export function draftIntervalFor(q: Quantity, fact: LoadedFact): Interval {
  return draftInterval(q, unitFactor(q, fact) ?? 1);
}
