// Where a figure's period came from when the writer did not name it next to the figure, and
// how old the dataset's newest fact is next to the article's date: what the hover says so a
// writer can see why a figure was or was not checked ("period from the heading on line 12",
// "the newest fact for this is Q1 FY2027; this article is dated 2026-12-01"). Read from the
// document's text on demand: a hover is one figure, so nothing is kept per block.
import type { Claim, Reading } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import { headingPeriod, type PeriodOrigin } from '../read/context';
import { documentDateOf, readFrontMatter, type DocumentDate } from '../read/documentDate';
import { dayNumber, onFiscalCalendar, parsePeriodString, periodInterval } from '../read/periods/period';
import { periodLabelOf } from '../read/periods/periodLabel';
import { metricLabel } from '../dataset/metrics';

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** An ATX heading's opening: up to three spaces, one to six "#", a space or tab. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]/;

/** Where `reading`'s period came from in `text` (the document), as far as the text tells. */
export function periodOrigin(text: string, reading: Reading, claim: Claim | undefined, date: DocumentDate | null): PeriodOrigin {
  const origin: PeriodOrigin = {};
  if (date) origin.date = date.iso;
  const p = reading.period;
  if (!p) return origin;
  const at = reading.quantity.span.start;
  if (p.inferred === 'heading') {
    // The nearest heading above the figure that names a period; else the headline.
    const before = text.slice(0, at).split('\n');
    for (let i = before.length - 2; i >= 0; i--) {
      const m = ATX_HEADING.exec(before[i]);
      if (m && headingPeriod(before[i].slice(m[0].length))) {
        origin.headingLine = i + 1;
        return origin;
      }
    }
    const title = readFrontMatter(text).title;
    if (title && headingPeriod(title)) origin.headline = true;
    return origin;
  }
  if (!p.inferred && p.span && claim && (p.span.end <= claim.span.start || p.span.start >= claim.span.end)) {
    if (claim.table && p.span.end <= claim.span.start) origin.columnHeader = { text: cellAround(text, p.span.start, p.span.end), line: lineAt(text, p.span.start) };
    else origin.sentenceLine = lineAt(text, p.span.start);
  }
  return origin;
}

/** The words of the table cell (between its pipes, on its line) that holds `start`..`end`, trimmed and cut to 60 characters. */
function cellAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const from = Math.max(lineStart, text.lastIndexOf('|', start - 1) + 1);
  const pipe = text.indexOf('|', end);
  const cell = text.slice(from, pipe < 0 || pipe > lineEnd ? lineEnd : pipe).trim();
  return cell.length > 60 ? `${cell.slice(0, 57)}…` : cell;
}

/** How far before the article's date the newest fact may end before the hover says so: two quarters. */
const STALE_DAYS = 183;

/**
 * "The newest fact for Nvidia revenue is Q1 FY2027; this article is dated 2026-12-01." when
 * the dataset's newest fact of the figure's entity and metric ends more than two quarters
 * before the document's date and the figure may speak of a later time (it is undated, or its
 * period ends after that fact's); null otherwise.
 */
export function staleNote(reading: Reading, dataset: DatasetIndex, date: DocumentDate | null): string | null {
  if (!date || !reading.entity || !reading.metric) return null;
  const facts = dataset.factsFor(reading.entity, reading.metric);
  let newest: { end: number; period: string } | null = null;
  for (const f of facts) {
    const parsed = parsePeriodString(f.period);
    if (!parsed || parsed.kind === 'by') continue;
    const end = periodInterval(onFiscalCalendar(parsed, f.fiscalYearEnd))[1];
    if (!newest || end > newest.end) newest = { end, period: f.period };
  }
  if (!newest) return null;
  const day = dayNumber(date.year, date.month, date.day);
  if (day - newest.end <= STALE_DAYS) return null;
  if (reading.period && reading.period.kind !== 'by' && periodInterval(reading.period)[1] <= newest.end) return null;
  return `The newest fact for ${reading.entity} ${metricLabel(reading.metric)} is ${periodLabelOf(newest.period)}; this article is dated ${date.iso}.`;
}

/** The document's date as the hover knows it: the caller's, else the front matter's or a dateline's. */
export function hoverDate(text: string | undefined, given?: string): DocumentDate | null {
  return documentDateOf(text ?? '', given);
}
