// What a figure's surroundings say about it before its own sentence does: the document's
// date (documentDate.ts), the headline (front matter `title:`) and the headings above it.
//
// A heading names what its section is about: "## Nvidia, Q2 2025" makes the figures below it
// Nvidia's and Q2 2025's unless their own sentence says otherwise; "# OpenAI's 2025 in
// numbers" does the same for the whole article. A deeper heading refines the one above it
// ("## Revenue" under "# 2025" is still 2025); a heading of the same or a higher level ends
// it. The headline counts as a heading above all others (level 0).
//
// The analyzer (analyze.ts) keeps the section's period and hands it, with the date, to each
// block it reads; both are part of the block cache's key (contextKey), so a changed date or
// heading reads the blocks below it again.
import type { Period } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import { findPeriods, findYearlessParts, placeYearless, type YearlessPart } from './periods/period';
import { placeByDate } from './relativeTime';
import type { DocumentDate } from './documentDate';

/** The kinds of period a heading may hand to its section: one stretch of time, not a target or a span of years. */
const SECTION_KINDS = new Set<Period['kind']>(['year', 'fiscalYear', 'half', 'quarter', 'month']);

/**
 * The one period a heading (or headline) names, as its section's period: null when it names
 * none, or several different ones ("2024 vs 2025" dates no section). The period keeps no span
 * (it was read in another block) and is marked as inferred from a heading.
 */
export function headingPeriod(text: string): Period | null {
  // Written periods only: "## This year" would make a heading without figures depend on the
  // date, and such blocks are cached whatever comes before them (analyze.ts).
  const periods = findPeriods(text, 0);
  let found: Period | null = null;
  for (const p of periods) {
    if (!SECTION_KINDS.has(p.kind)) return null;
    if (found && found.canonical !== p.canonical) return null;
    found = p;
  }
  if (!found) return null;
  // "Fourth Quarter and Fiscal Year 2025 Results": a quarterly release, whose figures are the
  // quarter's unless they say otherwise (the year's say "full year" or "fiscal 2025").
  if (found.kind === 'year' || found.kind === 'fiscalYear') {
    let part: Period | null = null;
    for (const y of findYearlessParts(text, 0)) {
      if (y.kind === 'year') continue;
      const placed = placeYearless(y, found);
      if (!placed || (part && part.canonical !== placed.canonical)) return null;
      part = placed;
    }
    if (part) found = part;
  }
  const { span: _span, ...rest } = found;
  return { ...rest, inferred: 'heading' };
}

/**
 * The one quarter or half a heading (or headline) names without its year: "Meta first quarter
 * earnings", "GenAI boosts Q4 cloud revenues to $119B". Null when the heading names a period
 * with its year (headingPeriod reads that), none, several, or a company's fiscal one (whose
 * year the document's date does not tell without the company's calendar).
 */
export function headingPart(text: string): YearlessPart | null {
  if (findPeriods(text, 0).length) return null;
  let found: YearlessPart | null = null;
  for (const y of findYearlessParts(text, 0)) {
    if (y.kind === 'year' || y.fiscal) return null;
    if (found && (found.kind !== y.kind || found.part !== y.part)) return null;
    found = y;
  }
  return found;
}

/**
 * The period a heading gives its section: the one it names (headingPeriod), else its yearless
 * quarter or half placed by the document's date (the latest that had begun by then: a
 * headline "Intel returns to profitability in Q3" of October 2025 is Q3 2025). Marked
 * 'dateYear' then: shown in the hover, never compared, like any heading's period.
 */
export function sectionPeriod(period: Period | null, part: YearlessPart | null | undefined, date: DocumentDate | null | undefined): Period | null {
  if (period || !part || !date) return period;
  const placed = placeByDate(part, date);
  if (!placed) return null;
  const { span: _span, ...rest } = placed;
  return rest;
}

/** An ATX heading's level from the `#`s that open its line (1–6); a setext heading counts as 1. */
export function headingLevel(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  let i = lineStart;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let level = 0;
  while (i < text.length && text.charCodeAt(i) === 35 /* # */ && level < 7) {
    level++;
    i++;
  }
  return level >= 1 && level <= 6 ? level : 1;
}

/**
 * The periods of the sections a block sits in, by heading level (0 is the headline): the
 * deepest one set is the section's period.
 */
export class SectionPeriods {
  private readonly levels: (Period | null)[] = [null, null, null, null, null, null, null];

  constructor(outer: Period | null = null) {
    this.levels[0] = outer;
  }

  /** A heading of `level` that names `period` (or none): it ends the sections at its level and below. */
  enter(level: number, period: Period | null): void {
    for (let l = level; l < this.levels.length; l++) this.levels[l] = null;
    this.levels[level] = period;
  }

  /** The article's own period, read from its lead when the headline names none: it dates every section that names none (read/leadPeriod.ts). */
  setOuter(period: Period): void {
    if (!this.levels[0]) this.levels[0] = period;
  }

  current(): Period | null {
    for (let l = this.levels.length - 1; l >= 0; l--) if (this.levels[l]) return this.levels[l];
    return null;
  }
}

/** The entity a headline is about: the one company (or product) it names, else none. */
export function headlineEntity(title: string, dataset: DatasetIndex): string | null {
  const names = new Set(dataset.findEntities(title).map((e) => e.name));
  return names.size === 1 ? [...names][0] : null;
}

/**
 * The key under which a block's reading is cached besides its text: everything outside the
 * block its reading depends on (the entity carried in, the section's period, the date).
 */
export function contextKey(entity: string | null, section: Period | null | undefined, date: DocumentDate | null | undefined): string {
  if (!section && !date) return entity ?? '';
  return `${entity ?? ''}\u0001${section?.canonical ?? ''}\u0001${date?.iso ?? ''}`;
}

/**
 * Where a period not written next to its figure came from, as the hover names it: the line
 * of the heading (or the headline) that dates the section, the line of the sentence it was
 * carried from, the document's date. Found by the hover from the document's text (editor/periodOrigin.ts).
 */
export interface PeriodOrigin {
  /** 1-based line of the heading whose period dates the section. */
  headingLine?: number;
  /** The period is the headline's (front matter `title:`). */
  headline?: boolean;
  /** 1-based line of the earlier sentence the period was carried from. */
  sentenceLine?: number;
  /** A table cell's period read in a column header ("GAAP FQ4-25"): its words and 1-based line. */
  columnHeader?: { text: string; line: number };
  /** The document's date, ISO. */
  date?: string;
}

/**
 * What the hover says of a reading beyond its entity, metric and period: where a period not
 * written next to the figure came from, and a kind of statement other than what happened.
 * Empty when there is nothing to add. `compared`: a finding on the figure did cite the
 * dataset (a revision, say, is checked whatever the period's origin), so the note must not
 * say it was not compared.
 */
export function readingNotes(reading: { period: Period | null; kind?: string }, origin: PeriodOrigin = {}, compared = false): string[] {
  const notes: string[] = [];
  const from = reading.period?.inferred;
  const on = origin.date ? ` (${origin.date})` : '';
  const notCompared = compared ? '' : ' (not compared with the dataset)';
  if (from === 'lead') notes.push(`period of the report the article's lead names${notCompared}`);
  else if (from === 'heading') {
    const where = origin.headingLine ? `the heading on line ${origin.headingLine}` : origin.headline ? 'the headline' : "the section's heading";
    notes.push(`period from ${where}${notCompared}`);
  } else if (from === 'dateYear') notes.push(`year from the document's date${on}${notCompared}`);
  else if (from === 'documentDate') notes.push(`period read against the document's date${on}`);
  else if (from === 'documentMonth') notes.push(`month from the document's date${on}: a level the sentence states with no time of its own`);
  else if (from === 'documentDay') notes.push(`day from the document's date${on}: a market move the sentence dates by a weekday or "today"`);
  else if (origin.columnHeader) notes.push(`period from the column header "${origin.columnHeader.text}" (line ${origin.columnHeader.line})`);
  else if (origin.sentenceLine) notes.push(`period carried from the sentence on line ${origin.sentenceLine}`);
  if (reading.kind && reading.kind !== 'actual') notes.push(reading.kind);
  return notes;
}
