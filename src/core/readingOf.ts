// The reading of a figure, as a writer (and `npm run eval`) sees it: the entity, metric and
// period it was read as, the kind of statement it makes, and the relations it takes part in
// with what the arithmetic gives. The JSON output prints it per figure, the hover and the
// fact-check report say it in words, so a writer sees why a figure was or was not checked.
// No vscode, no fs: the extension, the CLI and a language server share it.
import type { Claim, Quantity, Reading, Relation } from './types';
import { statedKind, type StatementKind } from './read/statedKind';
import { computedChange } from './rules/percent-change';
import { computedPoints } from './rules/percentage-points';
import { computedShare } from './rules/share-of';
import { computedCagr } from './rules/cagr';
import { computedTotal } from './rules/table-total';
import { metricLabel } from './dataset/metrics';
import { RecentAnswers } from './recentAnswers';

/** The relation kinds of the labeled corpus (test/eval/corpusSchema.ts). */
export type RelationKindName = 'change' | 'points' | 'share' | 'total' | 'cagr' | 'range' | 'direction';

export interface PeriodReading {
  /** In the dataset's period grammar: "2025", "FY2025", "H1 2025", "Q3 2025", "2025-10", "2025..2029", "by 2030". */
  label: string;
  /** A company's fiscal year rather than the calendar. */
  fiscal: boolean;
  kind: StatementKind;
}

export interface RelationReading {
  kind: RelationKindName;
  /** Indices of the relation's other figures, in the list the figure was numbered in. */
  with: number[];
  /** The stated figure's text (a direction word for `direction`); null when the relation states none. */
  stated: string | null;
  /** What the arithmetic gives, written as the rule's fix writes it; null when not computable. */
  computed: string | null;
}

/** A figure's reading, as the JSON output prints it. */
export interface FigureReading {
  entity: string | null;
  metric: string | null;
  period: PeriodReading | null;
  relations: RelationReading[];
}

/** A relation as read for one figure, with its other figures still as figures (for words). */
export interface RelationRead {
  kind: RelationKindName;
  relation: Relation;
  /** The relation's other figures, in role order (from, to, stated; rate, whole, result; rows, total; low, high). */
  others: Quantity[];
  stated: string | null;
  computed: string | null;
}

/** A figure's reading with its relations' figures: what readingWords and relationWords say. */
export interface ReadingParts {
  entity: string | null;
  /** The metric the figure measures, or for a change or rate the metric it is a change of (`change`). */
  metric: string | null;
  change?: true;
  period: PeriodReading | null;
  relations: RelationRead[];
}

const NO_RELATIONS: RelationRead[] = [];

/**
 * The reading of figure `q` of `claim` (undefined: a figure no claim holds, read as nothing).
 * `near`: other claims whose relations may take the figure in (a table's Total row holds the
 * relation its rows take part in); the figure's own claim is always searched.
 */
export function readingParts(claim: Claim | undefined, q: Quantity, near: readonly Claim[] = NO_CLAIMS): ReadingParts {
  let reading: Reading | undefined;
  if (claim) for (const r of claim.readings) if (r.quantity === q) reading = r;
  const p = reading?.period ?? null;
  const period: PeriodReading | null = p && claim
    // One kind per figure: the reader's (read/kind.ts, with the context it knows) where it set one.
    ? { label: p.canonical, fiscal: p.fiscal === true, kind: reading?.kind ?? statedKind(claim, q, reading) }
    : null;
  let relations = NO_RELATIONS;
  const add = (c: Claim): void => {
    for (const rel of c.relations) {
      const read = relationFor(rel, q);
      if (read) (relations === NO_RELATIONS ? (relations = []) : relations).push(read);
    }
  };
  if (claim) add(claim);
  for (const c of near) {
    if (c === claim) continue;
    if (c.table && claim?.table && c.table.table === claim.table.table && c.table.isTotal) add(c);
    // A prose total is kept with its whole's sentence: its parts in the sentences around it take part too.
    else if (!c.table && claim && !claim.table && c.block === claim.block && holdsProseTotal(c)) add(c);
  }
  const metric = reading?.metric ?? reading?.ofMetric ?? null;
  const parts: ReadingParts = { entity: reading?.entity ?? null, metric, period, relations };
  if (metric !== null && !reading?.metric) parts.change = true;
  return parts;
}

const NO_CLAIMS: readonly Claim[] = [];

/** Whether a prose claim holds a total read across its paragraph (read/proseTotals.ts). */
function holdsProseTotal(c: Claim): boolean {
  for (const r of c.relations) if (r.kind === 'total' && r.prose) return true;
  return false;
}

/**
 * The readings of `figures` (a document's or one block's, in document order) from the claims
 * they were read in; a relation's `with` counts in `figures`, from `first`.
 */
export function readingsOf(figures: readonly Quantity[], claims: readonly Claim[], first = 0): FigureReading[] {
  // Both lists are in document order: one walk gives each figure its claim (no map per block).
  const claimAt: (Claim | undefined)[] = new Array<Claim | undefined>(figures.length);
  let cursor = 0;
  for (const c of claims) {
    for (const q of c.quantities) {
      let k = cursor;
      while (k < figures.length && figures[k] !== q) k++;
      if (k === figures.length) k = figures.indexOf(q);
      if (k < 0) continue;
      if (claimAt[k] === undefined) claimAt[k] = c;
      cursor = k + 1;
    }
  }
  // A table's Total rows: their relations take in the rows above them; so do a paragraph's prose totals.
  let totals: Claim[] | undefined;
  for (const c of claims) if (c.table?.isTotal || holdsProseTotal(c)) (totals ??= []).push(c);
  let indexOf: Map<Quantity, number> | undefined;
  const at = (q: Quantity): number => {
    if (figures.length <= 64) return figures.indexOf(q);
    if (!indexOf) {
      indexOf = new Map();
      for (let k = 0; k < figures.length; k++) indexOf.set(figures[k], k);
    }
    return indexOf.get(q) ?? -1;
  };
  const out: FigureReading[] = new Array<FigureReading>(figures.length);
  for (let i = 0; i < figures.length; i++) {
    const parts = readingParts(claimAt[i], figures[i], totals);
    let relations: RelationReading[] = NO_READINGS;
    if (parts.relations.length) {
      relations = [];
      for (const r of parts.relations) {
        const indices: number[] = [];
        for (const o of r.others) {
          const k = at(o);
          if (k >= 0) indices.push(first + k);
        }
        relations.push({ kind: r.kind, with: indices, stated: r.stated, computed: r.computed });
      }
    }
    out[i] = { entity: parts.entity, metric: parts.metric, period: parts.period, relations };
  }
  return out;
}

const NO_READINGS: RelationReading[] = [];

/** `rel` as read for figure `q`, or null when `q` takes no part in it. */
function relationFor(rel: Relation, q: Quantity): RelationRead | null {
  switch (rel.kind) {
    case 'change':
      if (q !== rel.from && q !== rel.to && q !== rel.stated) return null;
      if (rel.stated.kind === 'percentagePoints' || (rel.from.kind === 'percent' && rel.stated.kind === 'percent')) {
        return read(rel.stated.kind === 'percentagePoints' ? 'points' : 'change', rel, q, [rel.from, rel.to, rel.stated], rel.stated.text, computedOf(computedPoints, rel));
      }
      return read('change', rel, q, [rel.from, rel.to, rel.stated], rel.stated.text, computedOf(computedChange, rel));
    case 'share':
      if (q !== rel.rate && q !== rel.whole && q !== rel.result) return null;
      return read('share', rel, q, [rel.rate, rel.whole, rel.result], rel.result.text, computedOf(computedShare, rel));
    case 'shareOfWhole':
      return q === rel.rate ? read('share', rel, q, [], rel.rate.text, null) : null;
    case 'cagr':
      if (q !== rel.from && q !== rel.to && q !== rel.rate) return null;
      return read('cagr', rel, q, [rel.from, rel.to, rel.rate], rel.rate.text, computedOf(computedCagr, rel));
    case 'total': {
      // The total lists its rows; a row lists only the total (a long table's rows would each list every other row).
      if (q === rel.total) return read('total', rel, q, rel.rows, rel.total.text, computedOf(computedTotal, rel));
      if (!rel.rows.includes(q)) return null;
      return read('total', rel, q, [rel.total], rel.total.text, computedOf(computedTotal, rel));
    }
    case 'range':
      return q === rel.low || q === rel.high ? read('range', rel, q, [rel.low, rel.high], null, null) : null;
    case 'direction':
      return q === rel.quantity ? read('direction', rel, q, [], rel.word.text, null) : null;
  }
}

// What the last few relations compute to: each of a relation's figures asks for the same
// relation in turn, and working it out again writes and re-reads the figure each time.
const recentComputed = new RecentAnswers<Relation, string | null>(8);

/** `f(rel)`, guarded, remembered for the last few relations (each relation has one `f`: its kind's). */
function computedOf<R extends Relation>(f: (rel: R) => string | null, rel: R): string | null {
  return recentComputed.get(rel, () => safe(f, rel));
}

function read(kind: RelationKindName, relation: Relation, q: Quantity, members: readonly Quantity[], stated: string | null, computed: string | null): RelationRead {
  const others: Quantity[] = [];
  for (const m of members) if (m !== q && !others.includes(m)) others.push(m);
  return { kind, relation, others, stated, computed };
}

/** A rule's working-out, guarded: a reading is never lost to a throw. */
function safe<R>(f: (rel: R) => string | null, rel: R): string | null {
  try {
    const s = f(rel);
    return s && !/NaN|Infinity|undefined/.test(s) ? s : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// In words, for the hover and the report

/** What a writer is told when nothing was read. */
export const NOTHING_READ = 'no entity, metric or period read — not compared with the dataset';

/** One part of a reading for the hover's "Read as" line: "period **Q3 2025** (calendar, actual)". */
export interface ReadingFact {
  label: 'entity' | 'metric' | 'period';
  value: string;
  note?: string;
}

/** What the hover says of a figure that is a change, rate or share of its metric ("revenues increased 16%"). */
export const CHANGE_NOTE = 'a change or share of it';

function isChangeOf(r: ReadingParts | FigureReading): boolean {
  return 'change' in r && r.change === true;
}

/** The parts of a reading that were read, for the hover (none: say NOTHING_READ). */
export function readingFacts(r: ReadingParts | FigureReading): ReadingFact[] {
  const out: ReadingFact[] = [];
  if (r.entity) out.push({ label: 'entity', value: r.entity });
  if (r.metric) out.push({ label: 'metric', value: metricLabel(r.metric), ...(isChangeOf(r) ? { note: CHANGE_NOTE } : {}) });
  if (r.period) out.push({ label: 'period', value: r.period.label, note: `${r.period.fiscal ? 'fiscal' : 'calendar'}, ${r.period.kind}` });
  return out;
}

/** "OpenAI · revenue · 2025 (actual)", or NOTHING_READ; what is missing is said to be missing. */
export function readingWords(r: ReadingParts | FigureReading): string {
  if (!r.entity && !r.metric && !r.period) return NOTHING_READ;
  const parts = [r.entity ?? 'no entity', r.metric ? metricLabel(r.metric) + (isChangeOf(r) ? ` (${CHANGE_NOTE})` : '') : 'no metric', r.period ? `${r.period.label} (${r.period.kind})` : 'no period'];
  return parts.join(' · ');
}

/** "change: from $1 billion to $5 billion, stated 500%, computes to 400%". */
export function relationWords(r: RelationRead): string {
  const rel = r.relation;
  let what: string;
  switch (rel.kind) {
    case 'change':
      what = `from ${rel.from.text} to ${rel.to.text}`;
      break;
    case 'share':
      what = `${rel.rate.text} of ${rel.whole.text}`;
      break;
    case 'shareOfWhole':
      what = `${rel.rate.text} of a whole`;
      break;
    case 'cagr':
      what = `from ${rel.from.text} to ${rel.to.text} over ${rel.years} year${rel.years === 1 ? '' : 's'}`;
      break;
    case 'total':
      what = `${rel.rows.length} ${rel.prose ? 'parts' : 'rows'}`;
      break;
    case 'range':
      what = `${rel.low.text} to ${rel.high.text}`;
      break;
    case 'direction':
      what = `“${rel.word.text}” (${rel.word.direction})`;
      return `${r.kind}: ${what} on ${rel.quantity.text}`;
  }
  const stated = r.stated !== null ? `, stated ${r.stated}` : '';
  const computed = r.computed !== null ? `, computes to ${r.computed}` : r.stated !== null ? ', not computable' : '';
  return `${r.kind}: ${what}${stated}${computed}`;
}
