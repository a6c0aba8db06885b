// Words that place a figure in time relative to when the article was written: "this year",
// "last quarter", "now". With the document's date (documentDate.ts) each becomes a period
// the sentence names, like "2025" or "Q3 2025", and the usual rules (periodReading.ts) decide
// which figure it dates. Without a date they stay unresolved: nothing is guessed from the
// day the checker happens to run.
//
// To teach the reader a new phrase, add a line to RELATIVE_WORDS: the phrase (lower case,
// single spaces; it matches whole words, any spacing) and what it means given the date.
import type { Period, Span } from '../types';
import { halfPeriod, markUnended, monthPeriod, quarterPeriod, yearPeriod, type YearlessPart } from './periods/period';
import type { DocumentDate } from './documentDate';

type Resolve = (d: DocumentDate, span: Span) => Period;

const thisYear: Resolve = (d, s) => yearPeriod(d.year, s);
const lastYear: Resolve = (d, s) => yearPeriod(d.year - 1, s);
const nextYear: Resolve = (d, s) => yearPeriod(d.year + 1, s);
const quarterOf = (d: DocumentDate): number => Math.ceil(d.month / 3);
const thisQuarter: Resolve = (d, s) => quarterPeriod(quarterOf(d), d.year, s);
const lastQuarter: Resolve = (d, s) => (quarterOf(d) === 1 ? quarterPeriod(4, d.year - 1, s) : quarterPeriod(quarterOf(d) - 1, d.year, s));
const nextQuarter: Resolve = (d, s) => (quarterOf(d) === 4 ? quarterPeriod(1, d.year + 1, s) : quarterPeriod(quarterOf(d) + 1, d.year, s));
const thisMonth: Resolve = (d, s) => monthPeriod(d.year, d.month, s);
const lastMonth: Resolve = (d, s) => (d.month === 1 ? monthPeriod(d.year - 1, 12, s) : monthPeriod(d.year, d.month - 1, s));
/** "now", "currently": a level as of the month the article was written (the dataset's "2025-10"). */
const asOfNow: Resolve = thisMonth;

/**
 * Each phrase and what it means given the document's date. Longer phrases win over the
 * shorter ones inside them ("so far this year" is this year, not "now").
 * Not here on purpose: "a year earlier", "the same quarter a year ago", "the prior quarter",
 * "the previous year" (the period before the one the text is about, not before the date:
 * periodReading.ts), "over the past year" and "the last 12 months"
 * (trailing windows the dataset does not state), "latest quarter" (the last one reported,
 * which the date does not tell).
 */
export const RELATIVE_WORDS: ReadonlyMap<string, Resolve> = new Map<string, Resolve>([
  ['this year', thisYear],
  ['so far this year', thisYear],
  ['earlier this year', thisYear],
  ['later this year', thisYear],
  ['the current year', thisYear],
  ['this calendar year', thisYear],
  ['last year', lastYear],
  ['next year', nextYear],
  ['the coming year', nextYear],
  ['this quarter', thisQuarter],
  ['the current quarter', thisQuarter],
  ['last quarter', lastQuarter],
  ['next quarter', nextQuarter],
  ['this month', thisMonth],
  ['last month', lastMonth],
  ['now', asOfNow],
  ['currently', asOfNow],
  ['current', asOfNow],
  ['latest', asOfNow],
  ['today', asOfNow],
  ['to date', asOfNow],
  ['so far', asOfNow],
  ['at present', asOfNow],
  ['presently', asOfNow],
  ['as of this writing', asOfNow],
]);

/** Words right after "current"/"latest" that make them name something else ("current quarter" is listed; "latest quarter", "current ratio" are not now). */
const NOT_NOW_AFTER = /^\s{1,3}(?:(?:reported|full|financial|earnings)\s{1,3})?(?:quarter|year|fiscal|period|half|month|round|ratio|model|version|assets|liabilities|generation|results)\b/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern of every phrase, the longest first, each a run of whole words with any spacing. */
const PATTERN = new RegExp(
  `\\b(?:${[...RELATIVE_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').map(escape).join('\\s+'))
    .join('|')})\\b`,
  'gi',
);

/**
 * "this quarter" in the first two months of a quarter: results season, when a release or a call
 * says it of the quarter just ended ("This quarter, revenue was $69.6 billion", on a call of
 * January 29) and a news story of the one under way. The date does not tell which, so it is
 * not placed and the sentence keeps no period. "The current quarter" (guidance for the quarter
 * under way) and "last quarter" (the one just reported, in the news) stay placed.
 */
const QUARTER_WORDS: ReadonlySet<string> = new Set(['this quarter']);

function inReportingSeason(d: DocumentDate): boolean {
  return d.month % 3 !== 0;
}

/** A cheap test before the pattern: every phrase holds one of these letters' words. */
const HINT = /now|current|year|quarter|month|latest|today|date|far|present|writing/i;

/**
 * The periods the relative words of `text` name, given the document's date, spanned at
 * `offset` + their place in the text and marked as read from the date (a guess the dataset
 * rules warn on but never fix).
 */
export function relativePeriods(text: string, offset: number, date: DocumentDate): Period[] {
  if (!HINT.test(text)) return [];
  const out: Period[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    if ((phrase === 'current' || phrase === 'latest') && NOT_NOW_AFTER.test(text.slice(end, end + 32))) continue;
    const resolve = RELATIVE_WORDS.get(phrase);
    if (!resolve) continue;
    if (QUARTER_WORDS.has(phrase) && inReportingSeason(date)) continue;
    const p = resolve(date, { start: offset + m.index, end: offset + end });
    p.inferred = 'documentDate';
    out.push(p);
  }
  return out;
}

/** Two lists of periods sorted by start, as one (the relative ones never overlap a written one). */
export function mergePeriods(written: Period[], relative: readonly Period[]): Period[] {
  if (relative.length === 0) return written;
  const out: Period[] = [];
  let i = 0;
  let j = 0;
  while (i < written.length || j < relative.length) {
    if (j >= relative.length || (i < written.length && written[i].span!.start <= relative[j].span!.start)) out.push(written[i++]);
    else {
      const r = relative[j++];
      // "last year's 2024 figure": a written period overlapping it says it better.
      if (!written.some((w) => w.span!.start < r.span!.end && r.span!.start < w.span!.end)) out.push(r);
    }
  }
  return out;
}

/**
 * A quarter or half named without a year ("second-quarter revenue"), placed by the document's
 * date when nothing in the text places it: the latest such quarter or half that had begun by
 * then (a release of August 2025 speaks of Q2 2025; one of January 2026 of Q4 2025). Marked
 * 'dateYear': shown, never compared (the year is the likeliest, not the writer's word).
 */
export function placeByDate(part: YearlessPart, date: DocumentDate): Period | null {
  if (part.kind === 'year') return null; // "the full year" in February: last year's results or this year's outlook?
  const n = part.part ?? 1;
  const firstMonth = part.kind === 'quarter' ? (n - 1) * 3 + 1 : n === 2 ? 7 : 1;
  const year = firstMonth <= date.month ? date.year : date.year - 1;
  const p = part.kind === 'quarter' ? quarterPeriod(n, year, part.span) : halfPeriod(n, year, part.span);
  p.inferred = 'dateYear';
  return markUnended(p, date);
}

/** The words of RELATIVE_WORDS that mean "as of now". */
const NOW_WORDS = /\b(?:now|currently|today|at present|presently|as of this writing)\b/i;

/**
 * Whether a sentence speaks of now. Without the document's date "now" cannot be placed, but
 * it is not the year carried from the sentence before either: "In 2018, OpenAI released its
 * first model. Today it makes $13 billion a year." does not date the $13 billion 2018.
 */
export function saysNow(text: string): boolean {
  return NOW_WORDS.test(text);
}
