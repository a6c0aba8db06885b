// Which dataset facts a figure in the draft speaks of, and whether it agrees with them.
//
// Matching is deliberately cautious: a figure is compared with a fact only when the draft
// names the same entity, the same metric and a period the fact fits. When in doubt there
// is no match, because a figure the dataset does not cover is never wrong ("unknown is
// not wrong"). Comparisons use intervals on both sides: the draft's rounding and qualifier
// (tolerance.ts) and the precision and bound the source reported the fact with
// (compare.ts). Which words make a reading doubtful is hedging.ts; the words a message says
// about a fact are citation.ts.
import type { Claim, Period, Quantity, Reading } from '../types';
import type { DatasetIndex, LoadedFact } from './lookup';
import { forwardByName, metricById } from './metrics';
import { periodInterval, sameCalendar } from '../read/periods/period';
import { saysNow } from '../read/relativeTime';
import { kindsComparable, readsForward } from './factKind';
import { compare, scaleSlipFactor } from './compare';
import { byRecency, daysOf, factTime, timesOf, NO_POSITIONS } from './factTime';
import { entityReliable, namesForward, periodReliable, shownNotCompared, writtenFor } from './hedging';

/** How a fact's period fits the draft's: the same period, one inside the other, or "now". */
export type PeriodFit = 'exact' | 'within' | 'current';

export interface FactMatch {
  fact: LoadedFact;
  fit: PeriodFit;
}

export interface MatchContext {
  /** The sentence or table row the figure was read from, for "now", "currently". */
  sentence?: string;
  /** The claim the reading belongs to: lets the matcher doubt a period the claim reader guessed. */
  claim?: Claim;
}


// ---------------------------------------------------------------------------
// Periods

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
// Finding the facts

// Per dataset and entity: its parent and its products, found once (the scan of every
// entity ran for every product-level reading and rule).
const relativesMemo = new WeakMap<DatasetIndex, Map<string, readonly string[]>>();
const NO_RELATIVES: readonly string[] = Object.freeze([]);

/**
 * The entities besides the named one whose facts a reading may speak of, to be tried after
 * it (the callers try the named entity first without a list: no array per reading).
 */
function relativesOf(entity: string, metric: string, dataset: DatasetIndex): readonly string[] {
  if (!metricById(metric)?.productLevel) return NO_RELATIVES;
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
  const siblings = metricById(metric)?.siblings;
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
  const siblings = metricById(metric)?.siblings;
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
    if (!flow && out.length === 0 && isNowGuess(period)) {
      const latest = recentLevel(facts, periodInterval(period), metric);
      if (latest) out.push({ fact: latest, fit: 'current' });
    }
    return out;
  }
  // "now" (and "currently", "today", …: saysNow) puts a point-in-time figure with no period
  // written at the present: the latest current actual, when there is one (looked for first: a few facts
  // cost less than the pattern over the sentence, which most such readings do not match).
  if (!flow && ctx.sentence && hasCurrentActual(facts) && saysNow(ctx.sentence)) {
    const current = facts.filter((f) => !f.supersededBy && f.kind === 'actual').sort(byRecency);
    return [{ fact: current[0], fit: 'current' }];
  }
  return [];
}

/**
 * A month read from the document's date rather than written with its year: "now", "this
 * month", "in July" (read/relativeTime.ts, periods/bareDates.ts), or the month a news article
 * dates a level it states with no time (read/documentMonth.ts). The latest fact may predate it.
 */
function isNowGuess(p: Period): boolean {
  return (p.inferred === 'documentDate' || p.inferred === 'documentMonth') && p.kind === 'month';
}

/**
 * How many days before the end of the document's month a fact of a fast-moving level may be
 * dated and still be "now": a valuation, a round or a user count months older may be what the
 * article is news of replacing. Other levels (a stake, a margin) hold until the next fact.
 */
const NOW_REACH_DAYS = 62;

/**
 * The latest current actual dated by the end of the `month` (days) the document was written
 * (for a fast-moving level, in that month or the one before); none when a fact's period spans the month (a yearly figure of the same year
 * is neither before nor after it).
 */
function recentLevel(facts: readonly LoadedFact[], month: [number, number], metric: string): LoadedFact | null {
  const reach = metricById(metric)?.fast ? NOW_REACH_DAYS : Infinity;
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
 * Facts of the reading's entity and metric in any period (the index's own list, read-only),
 * for a figure that states no period: only ever used to recognise a figure that matches a
 * superseded fact, which is information, never a warning.
 */
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
    .filter((f) => f.supersededBy && basisFits(reading, f) && (forwardDraft || !forecastOfActual(f, dataset)))
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

/**
 * Whether a fact is on the basis the writer stated the figure on: a non-GAAP figure ("adjusted
 * EPS", "non-GAAP gross margin of 75%") is never compared with the GAAP fact, nor a GAAP one
 * with a non-GAAP fact. A figure whose basis is not stated fits either. A figure stated as
 * adjusted fits no fact whose basis is not stated: such a fact is most often the GAAP figure
 * the news reports ("Adjusted net loss | $(130,806)" is not CoreWeave's $290.5 million net loss).
 */
function basisFits(reading: Reading, fact: LoadedFact): boolean {
  if (!reading.basis) return true;
  if (fact.basis !== 'gaap' && fact.basis !== 'non-gaap') return reading.basis !== 'non-gaap';
  return reading.basis === fact.basis;
}

function rankOf(fact: LoadedFact, metric: string | null): number {
  return (fact.metric === metric ? 2 : 0) + (fact.kind === 'actual' ? 1 : 0);
}

export function assess(read: Reading, dataset: DatasetIndex, ctx: MatchContext = {}): Verdict {
  // A heading's period (or a yearless quarter from another sentence, placed by the date) is shown, not compared: the figure is matched as the undated one it was written as.
  const original = read.period && shownNotCompared(read.period, ctx.claim) ? { ...read, period: null } : read;
  const q = original.quantity;
  if (q.vague || !original.entity || !original.metric) return UNKNOWN;
  if (!anyFacts(original.entity, original.metric, dataset)) return UNKNOWN;
  // A dated figure no fact of its period matches has nothing to agree or disagree with, nor
  // can it be an old figure quoted (supersededAgreement needs a match for a dated figure):
  // unknown, whatever the checks below would say. Most figures end here, so first.
  // An undated figure without a match can only be an old figure quoted, which needs a
  // revised fact of its entity and metric: without one it is unknown too, and its sentence
  // need not be read for the words the checks below look for.
  const found = findMatches(original, dataset, ctx);
  const matches = original.basis ? found.filter((m) => basisFits(original, m.fact)) : found;
  if (matches.length === 0 && (original.period || !revisedFacts(original, dataset))) return UNKNOWN;
  if (ctx.claim && !entityReliable(original, ctx.claim)) return UNKNOWN;
  // A period the claim reader guessed is a sign the reading itself is doubtful (two figures
  // for one thing, a period from another sentence): nothing to say. Matching the figure as
  // undated instead would hold it against facts of any period ("net loss … $13.5 billion,
  // on revenue of $4.3 billion" read as revenue, then taken for an old 2025 revenue estimate).
  if (ctx.claim && !periodReliable(original, ctx.claim)) return UNKNOWN;
  const reading = original;
  const verdicts = matches.map((m) => ({ m, c: compare(q, m.fact) }));
  // One end of a range the sentence states ("between $150 billion and $160 billion") speaks
  // for the range, not for itself: it agrees when the range holds the fact ($155.7 billion),
  // though the end alone does not, and disagrees when the range misses, though the end's own
  // rounding may reach it ("$158 billion to $160 billion").
  const range = ctx.claim ? rangeOf(q, ctx.claim) : null;
  const agreeingCurrent = range
    ? matches.find((m) => !m.fact.supersededBy && compare(range, m.fact) === 'agrees')
    : verdicts.find((v) => v.c === 'agrees' && !v.m.fact.supersededBy)?.m;
  if (agreeingCurrent) return { kind: 'agrees', fact: agreeingCurrent.fact };
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
  const forwardDraft = readsForward(reading) ?? (forwardByName(reading.metric) || namesForward(ctx.sentence ?? ''));
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
  // And a quarter named without its year, placed in one by the document's date.
  const nowGuess = !!reading.period && (isNowGuess(reading.period) || reading.period.inferred === 'dateYear');
  const carried = nowGuess || (!!ctx.claim && !!reading.period?.span && !writtenFor(reading.period.span, ctx.claim));
  // A range that misses gets no fix: the fact written over one end would make a new range ("between $155.7 billion and $152 billion").
  const certain = current.length === 1 && target.m.fit === 'exact' && target.m.fact.metric === reading.metric && !carried && !range;
  return { kind: 'mismatch', fact: target.m.fact, certain, others: current.slice(1).map((v) => v.m.fact) };
}

/**
 * The range a figure is one end of in its claim ("$150 billion to $160 billion"), as one figure
 * from the low end's start to the high end's end; null when it is no end of a range.
 */
function rangeOf(q: Quantity, claim: Claim): Quantity | null {
  for (const r of claim.relations) {
    if (r.kind !== 'range' || (r.low !== q && r.high !== q) || r.low.kind !== r.high.kind || r.low.unit !== r.high.unit) continue;
    const { low, high } = r;
    return { ...low, isRange: true, value: high.value, low: low.low, high: high.high, decimals: Math.min(low.decimals, high.decimals) };
  }
  return null;
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

