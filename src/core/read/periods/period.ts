// Periods: the canonical strings the dataset uses ("2025", "FY2025", "H1 2025", "Q3 2025",
// "2025-10", "2025-10-06", "2025..2029", "by 2030"), the ways prose writes them, and how a
// period read in a draft compares with a dataset fact's period.
//
// Prose that names a time we cannot place ("last year", "the first nine months of 2025")
// yields no period rather than a guess: a wrong period would make a correct figure look
// wrong against the dataset, and unknown is never wrong.
import type { Period, Span } from '../../types';
import { letterWordBits, registerLetterWords } from '../phrases';

const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------
// Constructors: one per kind, so the canonical form is written in one place.

export function yearPeriod(year: number, span?: Span): Period {
  return withSpan({ kind: 'year', year, canonical: String(year) }, span);
}
export function fiscalYearPeriod(year: number, span?: Span): Period {
  return withSpan({ kind: 'fiscalYear', year, fiscal: true, canonical: `FY${year}` }, span);
}
/** "Q3 FY2026": a quarter of a company's fiscal year 2026. */
export function fiscalQuarterPeriod(quarter: number, year: number, span?: Span): Period {
  return withSpan({ kind: 'quarter', year, part: quarter, fiscal: true, canonical: `Q${quarter} FY${year}` }, span);
}
/** "H1 FY2026": a half of a company's fiscal year 2026. */
export function fiscalHalfPeriod(half: number, year: number, span?: Span): Period {
  return withSpan({ kind: 'half', year, part: half, fiscal: true, canonical: `H${half} FY${year}` }, span);
}

/** The same fiscal period placed by its company's calendar (the month its fiscal year ends in). */
export function onFiscalCalendar(p: Period, fiscalYearEnd: number | undefined): Period {
  if (!p.fiscal || fiscalYearEnd === undefined || fiscalYearEnd === 12) return p;
  return { ...p, fiscalYearEnd };
}
export function halfPeriod(half: number, year: number, span?: Span): Period {
  return withSpan({ kind: 'half', year, part: half, canonical: `H${half} ${year}` }, span);
}
export function quarterPeriod(quarter: number, year: number, span?: Span): Period {
  return withSpan({ kind: 'quarter', year, part: quarter, canonical: `Q${quarter} ${year}` }, span);
}
export function monthPeriod(year: number, month: number, span?: Span): Period {
  return withSpan({ kind: 'month', year, part: month, month, canonical: `${year}-${pad2(month)}` }, span);
}
export function datePeriod(year: number, month: number, day: number, span?: Span): Period {
  return withSpan({ kind: 'date', year, part: day, month, day, canonical: `${year}-${pad2(month)}-${pad2(day)}` }, span);
}
export function spanPeriod(year: number, toYear: number, span?: Span): Period {
  return withSpan({ kind: 'span', year, toYear, canonical: `${year}..${toYear}` }, span);
}
export function byPeriod(year: number, span?: Span): Period {
  return withSpan({ kind: 'by', year, canonical: `by ${year}` }, span);
}
/** "the trailing twelve months ended June 30, 2025": the twelve months to the end of that month ("TTM 2025-06"). */
export function ttmPeriod(year: number, month: number, span?: Span): Period {
  return withSpan({ kind: 'ttm', year, part: month, month, canonical: `TTM ${year}-${pad2(month)}` }, span);
}

/**
 * A quarter, half or fiscal year named by its end ("the quarter ended Oct. 26, 2025"). A
 * period that closes a calendar quarter (or half) is that quarter; any other is left for the
 * company's calendar to place (read/companyCalendar.ts), as a fiscal period of the year it
 * ends in, marked by `endsIn`. A 52/53-week year may end a few days into the next month
 * (Broadcom's "November 2, 2025"): those days count as the month before.
 */
export function endingIn(kind: 'quarter' | 'half' | 'fiscalYear', year: number, month: number, day: number | undefined, span: Span): Period {
  let y = year;
  let m = month;
  if (day !== undefined && day <= 7) {
    m = month === 1 ? 12 : month - 1;
    if (month === 1) y--;
  }
  const endsIn = { year: y, month: m };
  const months = kind === 'quarter' ? 3 : kind === 'half' ? 6 : 12;
  let p: Period;
  if (kind === 'fiscalYear') p = m === 12 ? yearPeriod(y, span) : fiscalYearPeriod(y, span);
  else if (m % months === 0) p = kind === 'quarter' ? quarterPeriod(m / 3, y, span) : halfPeriod(m / 6, y, span);
  // Placed by the company's calendar, or by nothing: the part is a guess until then.
  else p = kind === 'quarter' ? fiscalQuarterPeriod(Math.ceil(m / 3), y, span) : fiscalHalfPeriod(m <= 6 ? 1 : 2, y, span);
  p.endsIn = endsIn;
  return p;
}

function withSpan(p: Period, span?: Span): Period {
  if (span) p.span = span;
  return p;
}

// ---------------------------------------------------------------------------
// Canonical strings (the dataset's grammar, PERIOD_PATTERN in dataset/schema.ts)

/** Reads a canonical period string; null when it is not one (or names an impossible date). */
export function parsePeriodString(s: string): Period | null {
  const t = s.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t))) return yearPeriod(+m[1]);
  if ((m = /^FY(\d{4})$/.exec(t))) return fiscalYearPeriod(+m[1]);
  if ((m = /^H([12]) FY(\d{4})$/.exec(t))) return fiscalHalfPeriod(+m[1], +m[2]);
  if ((m = /^Q([1-4]) FY(\d{4})$/.exec(t))) return fiscalQuarterPeriod(+m[1], +m[2]);
  if ((m = /^H([12]) (\d{4})$/.exec(t))) return halfPeriod(+m[1], +m[2]);
  if ((m = /^Q([1-4]) (\d{4})$/.exec(t))) return quarterPeriod(+m[1], +m[2]);
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t))) return monthPeriod(+m[1], +m[2]);
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(t))) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    return d <= daysInMonth(y, mo) ? datePeriod(y, mo, d) : null;
  }
  if ((m = /^(\d{4})\.\.(\d{4})$/.exec(t))) return +m[1] <= +m[2] ? spanPeriod(+m[1], +m[2]) : null;
  if ((m = /^by (\d{4})$/.exec(t))) return byPeriod(+m[1]);
  if ((m = /^TTM (\d{4})-(0[1-9]|1[0-2])$/.exec(t))) return ttmPeriod(+m[1], +m[2]);
  return null;
}

// ---------------------------------------------------------------------------
// Prose

// Years a finance draft plausibly speaks of; "1200 GPUs" or "3000 employees" are not years.
const YEAR = '(?:19[89]\\d|20\\d\\d)';
// Not inside a bigger number, a currency amount, a word or a decimal.
const BEFORE = '(?<![\\p{L}\\p{N}$€£¥_.,\\-–/])';
const AFTER = '(?![\\p{L}\\p{N}%_]|[.,]\\d)';
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
// Two-digit years ("FY25", "Q3'25") only for 2015–2039: "H100" is a GPU, not H1 2000.
const SHORT_YEAR = "'?((?:1[5-9]|[23]\\d))";

type Builder = (m: RegExpExecArray, span: Span) => Period | null;
interface PeriodPattern {
  re: RegExp;
  build: Builder;
  /** Matches a time we cannot place; it consumes its words and yields no period. */
  blocker: boolean;
  /**
   * Words or marks every match of `re` contains (CUE bits, 0 for none), found by one pass
   * over the sentence (cuesOf) before any pattern runs: most sentences name no month,
   * quarter or half, and each pattern opens with a Unicode look-behind tried at every
   * position (findPeriods was 4% of analyze() on the 1 MB bench draft).
   */
  cue: number;
  /** Whether every match holds a four-digit year (not "Q3'25"): a sentence without one skips it. */
  fullYear: boolean;
}

function year4or2(s: string): number {
  const n = +s.replace("'", '');
  return s.replace("'", '').length === 2 ? 2000 + n : n;
}

function pattern(source: string, build: Builder, cue = 0): PeriodPattern {
  return { re: new RegExp(BEFORE + source + AFTER, 'giu'), build, blocker: false, cue, fullYear: !source.includes(SHORT_YEAR) };
}

function buildNothing(): null {
  return null;
}

function blocker(source: string, cue = 0): PeriodPattern {
  return { re: new RegExp(BEFORE + source + AFTER, 'giu'), build: buildNothing, blocker: true, cue, fullYear: !source.includes(SHORT_YEAR) };
}

// What cuesOf finds. A pattern's cue is something each of its matches holds: a word,
// compared whole and case-insensitively as the patterns compare it (flags iu: "ſ" is "s",
// the Kelvin sign "k"), or a mark. A cue found where no pattern matches only costs a run.
const ISO_CUE = 1; // "-0" or "-1"
const MONTH_CUE = 2;
const Q_CUE = 4; // "Q3 2025", "3Q25"
const QUARTER_CUE = 8;
const H_CUE = 16; // "H1 2025", "1H25"
const HALF_CUE = 32;
const SIX_CUE = 64;
const LEAD_CUE = 128; // first, last, past, final, trailing, next
const YTD_CUE = 256;
const FY_CUE = 512;
const FISCAL_CUE = 1024;
const CY_CUE = 2048;
const BETWEEN_CUE = 4096; // between, from
const DASH_CUE = 8192;
const TO_CUE = 16384; // to, through, thru, until
const BY_CUE = 32768; // by, through, thru, until, till
const TWO_DIGITS_CUE = 65536;
const FULL_YEAR_CUE = 131072; // what YEAR reads: 198x, 199x, 20xx
// Not for PATTERNS: gates for YEARLESS and periodReading.ts's RELATIVE_TIME, asked of the same sentence.
const YEAR_CUE = 1 << 18;
/** A word every match of RELATIVE_TIME holds: year, quarter(s), month(s), half, weeks, days, ytd, since. */
const RELATIVE_CUE = 1 << 19;
/**
 * A word holding "ſ" or the Kelvin sign. RELATIVE_TIME (flag i without u) neither folds them
 * to "s" and "k" nor counts them as word characters, so it splits such a word where cuesOf
 * does not: its gate then stays open.
 */
const FOLDED_CUE = 1 << 20;
/** An ordinal YEARLESS reads: first–fourth, or the letters of 1st–4th ("st", "nd", "rd", "th" after the digit). */
const ORDINAL_CUE = 1 << 21;
/** full, whole, entire: "the full year". */
const WHOLE_CUE = 1 << 22;

const CUE_WORDS: [string, number][] = [
  ...'january february march april may june july august september october november december jan feb mar apr jun jul aug sept sep oct nov dec'
    .split(' ')
    .map((w): [string, number] => [w, MONTH_CUE]),
  ['q', Q_CUE],
  // "FQ4-25": a fiscal quarter, tried by the quarter patterns.
  ['fq', Q_CUE],
  ['quarter', QUARTER_CUE | RELATIVE_CUE],
  ['h', H_CUE],
  ['half', HALF_CUE | RELATIVE_CUE],
  ['year', YEAR_CUE | RELATIVE_CUE],
  ...'second third fourth st nd rd th'.split(' ').map((w): [string, number] => [w, ORDINAL_CUE]),
  ...'full whole entire'.split(' ').map((w): [string, number] => [w, WHOLE_CUE]),
  ...'quarters month months weeks days since'.split(' ').map((w): [string, number] => [w, RELATIVE_CUE]),
  ['six', SIX_CUE],
  ['first', LEAD_CUE | ORDINAL_CUE],
  ...'last past final trailing next'.split(' ').map((w): [string, number] => [w, LEAD_CUE]),
  ['ytd', YTD_CUE | RELATIVE_CUE],
  ['date', YTD_CUE],
  ['fy', FY_CUE],
  ['fiscal', FISCAL_CUE],
  ['cy', CY_CUE],
  ['between', BETWEEN_CUE],
  ['from', BETWEEN_CUE],
  ['to', TO_CUE],
  ['through', TO_CUE | BY_CUE],
  ['thru', TO_CUE | BY_CUE],
  ['until', TO_CUE | BY_CUE],
  ['by', BY_CUE],
  ['till', BY_CUE],
];

// The cue words are found by the word pass the phrase finders already make over the same
// sentence (phrases.ts): one pass over its characters, not two.
registerLetterWords(CUE_WORDS, FOLDED_CUE);
/** The bits of that pass's answer that are cues (0-22): entityReading.ts takes the ones above for its own words. */
const CUE_BITS = (1 << 23) - 1;

const TWO_DIGITS_RUN = /\d\d/;
const FULL_YEAR_RUN = /19[89]\d|20\d\d/;
const ISO_DASH = /-[01]/;

/**
 * The cues `text` holds: its cue words, each a whole run of letters that fold to ASCII
 * (phrases.ts's word pass), and its digits and dashes, by searches the engine runs natively.
 */
function cuesOf(text: string): number {
  let cues = letterWordBits(text) & CUE_BITS;
  if (TWO_DIGITS_RUN.test(text)) {
    cues |= TWO_DIGITS_CUE;
    if (FULL_YEAR_RUN.test(text)) cues |= FULL_YEAR_CUE;
  }
  if (text.indexOf('-') >= 0) {
    cues |= DASH_CUE;
    if (ISO_DASH.test(text)) cues |= ISO_CUE;
  } else if (text.indexOf('\u2013') >= 0 || text.indexOf('\u2014') >= 0) cues |= DASH_CUE;
  return cues;
}

/** cuesOf, its cue words and the bits it sets without a word (exported for the test that holds it to a pass over every character). */
export const CUES_FOR_TEST = {
  cuesOf,
  words: CUE_WORDS as readonly (readonly [string, number])[],
  folded: FOLDED_CUE,
  twoDigits: TWO_DIGITS_CUE,
  fullYear: FULL_YEAR_CUE,
  dash: DASH_CUE,
  iso: ISO_CUE,
};

// Order does not matter: the longest match at the earliest start wins (see findPeriods).
const PATTERNS: PeriodPattern[] = [
  // ISO dates and months: 2025-10-06, 2025-10.
  pattern(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`, (m, s) =>
    +m[3] <= daysInMonth(+m[1], +m[2]) ? datePeriod(+m[1], +m[2], +m[3], s) : null, ISO_CUE),
  pattern(`(${YEAR})-(0[1-9]|1[0-2])`, (m, s) => monthPeriod(+m[1], +m[2], s), ISO_CUE),
  // October 6, 2025 · Oct. 6 2025 · 6 October 2025
  pattern(`${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (${YEAR})`, (m, s) => dateFrom(+m[3], MONTH_NAMES[m[1].toLowerCase()], +m[2], s), MONTH_CUE),
  pattern(`(\\d{1,2}) ${MONTH},? (${YEAR})`, (m, s) => dateFrom(+m[3], MONTH_NAMES[m[2].toLowerCase()], +m[1], s), MONTH_CUE),
  // October 2025 · Oct. 2025 · as of October 2025
  pattern(`${MONTH},? (${YEAR})`, (m, s) => monthPeriod(+m[2], MONTH_NAMES[m[1].toLowerCase()], s), MONTH_CUE),
  // Q3 2025 · Q3'25 · Q3 FY2025 · 3Q25 · third quarter of (fiscal) 2025
  // A fiscal quarter or half ("Q3 FY2025", "third quarter of fiscal 2025") is the company's,
  // never the calendar quarter of the same number.
  pattern(`Q([1-4])[ -]?(FY[ -]?)?(${YEAR}|${SHORT_YEAR})`, (m, s) => (m[2] ? fiscalQuarterPeriod : quarterPeriod)(+m[1], year4or2(m[3]), s), Q_CUE),
  pattern(`([1-4])Q[ -]?(FY[ -]?)?(${YEAR}|${SHORT_YEAR})`, (m, s) => (m[2] ? fiscalQuarterPeriod : quarterPeriod)(+m[1], year4or2(m[3]), s), Q_CUE),
  // A results table's "FQ4-25", "FQ4 FY25": F for fiscal, a fiscal quarter by its own letters.
  pattern(`FQ([1-4])[ -]?(?:FY[ -]?)?(${YEAR}|${SHORT_YEAR})`, (m, s) => fiscalQuarterPeriod(+m[1], year4or2(m[2]), s), Q_CUE),
  // The fiscal year first: "fiscal 2026 Q2 results", "FY26 Q2", "fiscal 2026 second quarter".
  pattern(`fiscal (?:year )?(${YEAR})[ -]?Q([1-4])`, (m, s) => fiscalQuarterPeriod(+m[2], +m[1], s), FISCAL_CUE),
  pattern(`FY ?(${YEAR}|${SHORT_YEAR})[ -]?Q([1-4])`, (m, s) => fiscalQuarterPeriod(+m[3], year4or2(m[1]), s), FY_CUE),
  pattern(`fiscal (?:year )?(${YEAR}) (first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter`, (m, s) => fiscalQuarterPeriod(ORDINALS[m[2].toLowerCase()], +m[1], s), FISCAL_CUE),
  // "Q3 of fiscal 2026", "fiscal Q3 2026", "fiscal third-quarter 2026"
  pattern(`Q([1-4]) (?:of |in )(?:the )?(?:fiscal (?:year )?|FY ?)(${YEAR}|${SHORT_YEAR})`, (m, s) => fiscalQuarterPeriod(+m[1], year4or2(m[2]), s), Q_CUE),
  pattern(`fiscal Q([1-4])[ -]?(${YEAR}|${SHORT_YEAR})`, (m, s) => fiscalQuarterPeriod(+m[1], year4or2(m[2]), s), FISCAL_CUE),
  pattern(`fiscal (first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter (?:of |in )?(?:fiscal )?(${YEAR})`, (m, s) => fiscalQuarterPeriod(ORDINALS[m[1].toLowerCase()], +m[2], s), FISCAL_CUE),
  // "its first fiscal quarter of 2026": the ordinal before "fiscal".
  pattern(`(first|second|third|fourth|1st|2nd|3rd|4th) fiscal[ -]quarter (?:of |in )?(?:fiscal )?(?:year )?(${YEAR})`, (m, s) => fiscalQuarterPeriod(ORDINALS[m[1].toLowerCase()], +m[2], s), FISCAL_CUE),
  // "fourth quarter results for fiscal year 2025": the results' words between the quarter and its year.
  pattern(`(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter (?:(?:financial )?(?:results|revenues?|earnings|sales) )(?:of|for|in) (?:the )?(fiscal (?:year )?)?(${YEAR})`, (m, s) =>
    (m[2] ? fiscalQuarterPeriod : quarterPeriod)(ORDINALS[m[1].toLowerCase()], +m[3], s), QUARTER_CUE),
  // "the first quarter of its fiscal 2025 year", "the first quarter of its 2025 fiscal year": the company's.
  pattern(`(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter (?:of |in )(?:the |its )?(${YEAR}) fiscal(?: year)?`, (m, s) =>
    fiscalQuarterPeriod(ORDINALS[m[1].toLowerCase()], +m[2], s), QUARTER_CUE),
  pattern(`(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter (?:of |in )?(?:the |its )?(fiscal (?:year )?)?(${YEAR})`, (m, s) =>
    (m[2] ? fiscalQuarterPeriod : quarterPeriod)(ORDINALS[m[1].toLowerCase()], +m[3], s), QUARTER_CUE),
  // H1 2025 · 1H25 · first half of 2025 · the first six months of 2025
  pattern(`H([12])[ -]?(FY ?)?(${YEAR}|${SHORT_YEAR})`, (m, s) => (m[2] ? fiscalHalfPeriod : halfPeriod)(+m[1], year4or2(m[3]), s), H_CUE),
  pattern(`([12])H[ -]?(FY ?)?(${YEAR}|${SHORT_YEAR})`, (m, s) => (m[2] ? fiscalHalfPeriod : halfPeriod)(+m[1], year4or2(m[3]), s), H_CUE),
  pattern(`(first|second|1st|2nd)[ -]half (?:of |in )(?:the |its )?(${YEAR}) fiscal(?: year)?`, (m, s) => fiscalHalfPeriod(ORDINALS[m[1].toLowerCase()], +m[2], s), HALF_CUE),
  pattern(`(first|second|1st|2nd)[ -]half (?:of |in )?(?:the |its )?(fiscal (?:year )?)?(${YEAR})`, (m, s) =>
    (m[2] ? fiscalHalfPeriod : halfPeriod)(ORDINALS[m[1].toLowerCase()], +m[3], s), HALF_CUE),
  pattern(`(first|last|final) six months (?:of |in )(?:fiscal (?:year )?)?(${YEAR})`, (m, s) =>
    halfPeriod(m[1].toLowerCase() === 'first' ? 1 : 2, +m[2], s), SIX_CUE),
  // A period named by its end: "the quarter ended Oct. 26, 2025", "three months ended June 30,
  // 2025", "the three month period ended Sept. 30, 2025", "the six months to June 2025", "the fiscal year ended May 31, 2025", "the trailing
  // twelve months ended March 31, 2024". Whose quarter or half it is may take the company's
  // calendar (endingIn).
  pattern(`(?:the |its )?(?:fiscal )?(quarter|year) (?:ended|ending) ${MONTH} (?:(\\d{1,2})(?:st|nd|rd|th)?,? )?(${YEAR})`, (m, s) =>
    endingIn(m[1].toLowerCase() === 'quarter' ? 'quarter' : 'fiscalYear', +m[4], MONTH_NAMES[m[2].toLowerCase()], m[3] ? +m[3] : undefined, s), MONTH_CUE),
  pattern(`(?:the |its )?(?:fiscal )?(quarter|year) (?:ended|ending) (\\d{1,2}) ${MONTH},? (${YEAR})`, (m, s) =>
    endingIn(m[1].toLowerCase() === 'quarter' ? 'quarter' : 'fiscalYear', +m[4], MONTH_NAMES[m[3].toLowerCase()], +m[2], s), MONTH_CUE),
  pattern(`(?:(?:trailing|last|past) )?(three|3|six|6|twelve|12)[ -]months?(?: period)? (?:ended|ending|to|through|thru) ${MONTH} (?:(\\d{1,2})(?:st|nd|rd|th)?,? )?(${YEAR})`, (m, s) => {
    const months = MONTHS_WORDS[m[1].toLowerCase()];
    const month = MONTH_NAMES[m[2].toLowerCase()];
    const day = m[3] ? +m[3] : undefined;
    if (months === 12) return ttmPeriod(+m[4], month, s);
    return endingIn(months === 3 ? 'quarter' : 'half', +m[4], month, day, s);
  }, MONTH_CUE),
  // Nine months to a date: no canonical form; consumed so its date is not read as the figure's.
  blocker(`(?:nine|9)[ -]months?(?: period)? (?:ended|ending|to|through|thru) ${MONTH} (?:\\d{1,2}(?:st|nd|rd|th)?,? )?${YEAR}`, MONTH_CUE),
  // "at year-end 2025": the level as of the year's last month ("by year-end 2025" is a target, below).
  pattern(`year[- ]end (${YEAR})`, (m, s) => monthPeriod(+m[1], 12, s), YEAR_CUE),
  // Parts of a year we have no canonical form for: consumed so their year is not read as the whole year.
  blocker(`(?:first|last|past|final|trailing|next) (?:\\w+ )?(?:months?|weeks?|days?|quarters) (?:of |in |through )(?:fiscal (?:year )?)?${YEAR}`, LEAD_CUE),
  blocker(`(?:year[- ]to[- ]date|ytd) (?:in )?${YEAR}`, YTD_CUE),
  // FY2025 · FY 2025 · FY25 · FY'25 · FY-25 · fiscal 2025 · fiscal year 2025
  pattern(`FY[ -]?(${YEAR}|${SHORT_YEAR})`, (m, s) => fiscalYearPeriod(year4or2(m[1]), s), FY_CUE),
  pattern(`fiscal (?:year )?(${YEAR})`, (m, s) => fiscalYearPeriod(+m[1], s), FISCAL_CUE),
  // CY2025 is the calendar year.
  pattern(`CY ?(${YEAR})`, (m, s) => yearPeriod(+m[1], s), CY_CUE),
  // between 2025 and 2029 · from 2025 to/through 2029 · 2025-2029 · 2025 through 2029
  pattern(`(?:between|from) (${YEAR}) (?:and|to|through|thru|until) (${YEAR})`, (m, s) => spanFrom(+m[1], +m[2], s), BETWEEN_CUE),
  pattern(`(${YEAR}) ?[-–—] ?(${YEAR})`, (m, s) => spanFrom(+m[1], +m[2], s), DASH_CUE),
  pattern(`(${YEAR}) (?:to|through|thru|until) (${YEAR})`, (m, s) => spanFrom(+m[1], +m[2], s), TO_CUE),
  // by 2030 · by the end of 2030 · through 2029 · until 2029
  pattern(`(?:by|through|thru|until|till) (?:the end of |end of |end-|year-end )?(${YEAR})`, (m, s) => byPeriod(+m[1], s), BY_CUE),
  // A bare year, "in 2025".
  pattern(`(${YEAR})`, (m, s) => yearPeriod(+m[1], s)),
];

const MONTHS_WORDS: Record<string, number> = { three: 3, '3': 3, six: 6, '6': 6, twelve: 12, '12': 12 };

function dateFrom(year: number, month: number | undefined, day: number, span: Span): Period | null {
  if (!month || day < 1 || day > daysInMonth(year, month)) return null;
  return datePeriod(year, month, day, span);
}

function spanFrom(from: number, to: number, span: Span): Period | null {
  return from < to ? spanPeriod(from, to, span) : null;
}

// The claim reader asks about each sentence for its periods, its yearless parts and whether
// it says "last year" (RELATIVE_TIME): one pass over it answers all three gates.
let cuesText: string | undefined;
let cuesFound = 0;

function sentenceCues(text: string): number {
  if (text !== cuesText) {
    cuesFound = cuesOf(text);
    cuesText = text;
  }
  return cuesFound;
}

/**
 * Whether `text` may match periodReading.ts's RELATIVE_TIME: each of its matches holds one of
 * the RELATIVE_CUE words, as a whole run of ASCII letters (its \b and \s bound them).
 */
export function mayTellRelativeTime(text: string): boolean {
  return (sentenceCues(text) & (RELATIVE_CUE | FOLDED_CUE)) !== 0;
}

/**
 * Whether `cues` hold the words some yearless part needs, each whole (YEARLESS bounds its
 * words by \b or white space, and folds "ſ" and the Kelvin sign as cuesOf does): an "H" or
 * "Q" before its digit, an ordinal and "half" or "quarter", or full, whole, entire or fiscal and "year".
 */
function mayNameYearless(cues: number): boolean {
  if (cues & (H_CUE | Q_CUE)) return true;
  if (cues & ORDINAL_CUE && cues & (HALF_CUE | QUARTER_CUE)) return true;
  return (cues & (WHOLE_CUE | FISCAL_CUE)) !== 0 && (cues & YEAR_CUE) !== 0;
}

function earliestLongest(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Sorts by earliestLongest, stably, as Array.prototype.sort does. A sentence has a handful
 * of candidates: an insertion sort in place measured cheaper than the built-in sort on so few.
 */
function sortCandidates(list: Candidate[]): void {
  if (list.length > 16) {
    list.sort(earliestLongest);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i - 1;
    while (j >= 0 && earliestLongest(list[j], c) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = c;
  }
}

interface Candidate {
  start: number;
  end: number;
  period: Period | null;
  blocker: boolean;
}

/** Words that name a company's fiscal periods ("fiscal", "FY26"): the article counts in them. */
const FISCAL_WORDS = /\bfiscal\b|\bFY\s?'?\d/i;

/** Whether `text` names a fiscal period anywhere ("fiscal 2025", "FY'26"). */
export function namesFiscal(text: string): boolean {
  return FISCAL_WORDS.test(text);
}

/**
 * Every period written in `text`, in order, with spans shifted by `offset` (the text's
 * offset in the document). Where patterns overlap, the one that starts first wins, then
 * the longest ("the third quarter of 2025" over "2025").
 */
export function findPeriods(text: string, offset = 0): Period[] {
  const cues = sentenceCues(text);
  // Cheap exit: no period without a digit run of two or more.
  if (!(cues & TWO_DIGITS_CUE)) return [];
  const candidates: Candidate[] = [];
  const fullYear = (cues & FULL_YEAR_CUE) !== 0;
  for (const { re, build, blocker: isBlocker, cue, fullYear: needsYear } of PATTERNS) {
    if (needsYear && !fullYear) continue;
    if (cue && !(cues & cue)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      candidates.push({ start, end, period: build(m, { start: start + offset, end: end + offset }), blocker: isBlocker });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (candidates.length > 1) sortCandidates(candidates);
  const out: Period[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    // A pattern that matched but could not build (an impossible date, a reversed span)
    // does not consume the text: a shorter pattern may still read it.
    if (c.period === null && !c.blocker) continue;
    lastEnd = c.end;
    if (c.period) out.push(c.period);
  }
  return out;
}


// ---------------------------------------------------------------------------
// Comparing a period read in prose with a dataset fact's period

export type PeriodMatch = 'same' | 'contains' | 'overlap' | 'different';

/** Days since the epoch, for interval arithmetic (and for how far apart two dates are). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Marks a period placed by the document's date (`date`) that had not ended by that day
 * (Period.unended); returns it.
 */
export function markUnended(p: Period, date: { year: number; month: number; day: number }): Period {
  if (periodInterval(p)[1] >= dayNumber(date.year, date.month, date.day)) p.unended = true;
  else delete p.unended;
  return p;
}

/** The closed interval of days a period covers; a target "by 2030" covers everything up to the end of 2030. */
export function periodInterval(p: Period): [number, number] {
  if (p.fiscal && p.fiscalYearEnd !== undefined && p.fiscalYearEnd !== 12) return fiscalInterval(p, p.fiscalYearEnd);
  const y = p.year;
  switch (p.kind) {
    case 'year':
    case 'fiscalYear':
      // A fiscal period whose company's calendar is unknown (one read in prose) is placed
      // as if its fiscal year were the calendar year.
      return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
    case 'half': {
      const first = p.part === 2 ? 7 : 1;
      return [dayNumber(y, first, 1), dayNumber(y, first + 5, daysInMonth(y, first + 5))];
    }
    case 'quarter': {
      const first = ((p.part ?? 1) - 1) * 3 + 1;
      return [dayNumber(y, first, 1), dayNumber(y, first + 2, daysInMonth(y, first + 2))];
    }
    case 'month': {
      const mo = p.month ?? p.part ?? 1;
      return [dayNumber(y, mo, 1), dayNumber(y, mo, daysInMonth(y, mo))];
    }
    case 'date': {
      const d = dayNumber(y, p.month ?? 1, p.day ?? p.part ?? 1);
      return [d, d];
    }
    case 'span':
      return [dayNumber(y, 1, 1), dayNumber(p.toYear ?? y, 12, 31)];
    case 'by':
      return [-Infinity, dayNumber(y, 12, 31)];
    case 'ttm': {
      const last = p.month ?? p.part ?? 12;
      const [fy, fm] = monthAt(y - 1, last + 1);
      return [dayNumber(fy, fm, 1), dayNumber(y, last, daysInMonth(y, last))];
    }
  }
}

/**
 * A fiscal year, half or quarter placed by the month its fiscal year ends in: FY2026 ending
 * in January runs February 2025 to January 2026, its Q3 August to October 2025. Months are
 * whole (a "last Sunday of January" year end is placed at the end of January).
 */
function fiscalInterval(p: Period, endMonth: number): [number, number] {
  // First month of the fiscal year, counted from January of the calendar year before it.
  const start = endMonth + 1;
  const [first, months] =
    p.kind === 'quarter' ? [start + ((p.part ?? 1) - 1) * 3, 3] : p.kind === 'half' ? [start + ((p.part ?? 1) - 1) * 6, 6] : [start, 12];
  const from = monthAt(p.year - 1, first);
  const to = monthAt(p.year - 1, first + months - 1);
  return [dayNumber(from[0], from[1], 1), dayNumber(to[0], to[1], daysInMonth(to[0], to[1]))];
}

/** Month `m` counted from January of `year` (13 = January of the next year) as [year, month]. */
function monthAt(year: number, m: number): [number, number] {
  return [year + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1];
}

const YEARLY = new Set<Period['kind']>(['year', 'fiscalYear', 'by']);

/**
 * How a period in the draft relates to a fact's period:
 * - 'same': the same time (also a calendar year against the same fiscal year, and a target
 *   "by 2030" against the year 2030: writers use them interchangeably for one figure);
 * - 'contains': one lies inside the other ("2025" and "H1 2025", "October 2025" and
 *   "2025-10-06"): a level such as a valuation may match, a flow such as revenue does not;
 * - 'overlap': they share some time but neither holds the other;
 * - 'different': no time in common.
 */
export function periodsCompatible(prose: Period, fact: Period): PeriodMatch {
  if (prose.canonical === fact.canonical) return 'same';
  if (YEARLY.has(prose.kind) && YEARLY.has(fact.kind) && prose.year === fact.year && sameCalendar(prose, fact)) return 'same';
  const [a0, a1] = periodInterval(prose);
  const [b0, b1] = periodInterval(fact);
  if (a0 === b0 && a1 === b1) return 'same';
  if ((a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)) return 'contains';
  if (a0 <= b1 && b0 <= a1) return 'overlap';
  return 'different';
}

/**
 * Whether two periods of the same number count the same way: both calendar, both fiscal,
 * or a fiscal one whose year is the calendar year (a December year end, or one not known).
 * Nvidia's FY2026 (to January 2026) is not the calendar year 2026.
 */
export function sameCalendar(a: Period, b: Period): boolean {
  if (!!a.fiscal === !!b.fiscal) return true;
  const f = a.fiscal ? a : b;
  return f.fiscalYearEnd === undefined || f.fiscalYearEnd === 12;
}

// ---------------------------------------------------------------------------
// Parts of a year written without their year ("in the first half alone", "for the full year")

/** A part of a year named without its year: its year comes from the text around it, or stays unknown. */
export interface YearlessPart {
  kind: 'half' | 'quarter' | 'year';
  /** Half 1–2 or quarter 1–4; absent for the full year. */
  part?: number;
  /** "the fiscal third quarter", "fiscal Q4": the company's quarter, not the calendar's. */
  fiscal?: boolean;
  span: Span;
}

/**
 * A half, quarter or year named without its year: "the first half", "Q3", "the fiscal third
 * quarter", "second-quarter", "the full year", "the full fiscal year", "this fiscal year"; never
 * one a year follows ("the first half of 2025"), nor "last fiscal year" (relative to the date).
 * Exported for the test that checks its gate (YEARLESS_CUES).
 */
export const YEARLESS =
  /\b(?<!\b(?:last|previous|prior|past|next|coming|following|preceding)\s{1,3})(?:the\s{1,3})?(?:(fiscal)[\s-]{1,3})?(?:(first|second|1st|2nd)[\s-]{1,3}half|H([12])|(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]{1,3}quarter|Q([1-4])|(full|whole|entire)[\s-](?:fiscal[\s-])?year|full-year|(?<=(?<!\b(?:last|previous|prior|past|next|coming|following|preceding)\s{1,3})\bfiscal[\s-]{1,3})year)\b(?!\s{0,3}(?:of\s{1,3}|in\s{1,3})?(?:the\s{1,3})?(?:fiscal\s{1,3}(?:year\s{1,3})?)?(?:FY\s?)?'?\d)/giu;

/**
 * Every yearless part of a year in `text` (spans shifted by `offset`), skipping those that
 * `findPeriods` reads with a year ("the first half of 2025" is H1 2025, not a yearless half).
 */
export function findYearlessParts(text: string, offset = 0): YearlessPart[] {
  if (!mayNameYearless(sentenceCues(text))) return [];
  const out: YearlessPart[] = [];
  YEARLESS.lastIndex = 0;
  for (let m = YEARLESS.exec(text); m; m = YEARLESS.exec(text)) {
    const span = { start: m.index + offset, end: m.index + m[0].length + offset };
    const half = m[2] ?? m[3];
    const quarter = m[4] ?? m[5];
    const part: YearlessPart = half
      ? { kind: 'half', part: ORDINALS[half.toLowerCase()] ?? +half, span }
      : quarter
        ? { kind: 'quarter', part: ORDINALS[quarter.toLowerCase()] ?? +quarter, span }
        : { kind: 'year', span };
    if (m[1]) part.fiscal = true;
    out.push(part);
  }
  return out;
}

/**
 * The period a yearless part names in the year of `context` (a period read nearby): the
 * first half in a paragraph about 2025 is H1 2025; "the full year" after H1 2025 is 2025;
 * the fourth quarter of a release about fiscal 2025 is Q4 FY2025, and the full year after
 * a fiscal quarter its fiscal year. Null when the context cannot place it (a target, a
 * span, a calendar year for a fiscal part, or nothing). `sameSentence`: the context was named in
 * the part's own sentence, not carried from one before.
 */
export function placeYearless(part: YearlessPart, context: Period | null, sameSentence = false): Period | null {
  if (!context || context.kind === 'by' || context.kind === 'span' || context.kind === 'ttm') return null;
  if (part.kind === 'year') {
    if (context.fiscal) return fiscalYearPeriod(context.year, part.span);
    // "this fiscal year" in a paragraph about the calendar 2025: whose fiscal year, which one?
    return part.fiscal ? null : yearPeriod(context.year, part.span);
  }
  // "fiscal 2026 Q2 results. Q2 net income was …": the fiscal quarter (or half) just named, again.
  // (A calendar one is left to the document's date: its year is as likely, and no more certain.)
  if (context.fiscal && context.kind === part.kind && context.part === part.part) return partOfYear(part.kind, part.part ?? 1, context, part.span);
  if (context.kind === 'fiscalYear') return partOfYear(part.kind, part.part ?? 1, context, part.span);
  // "a $1.46 billion net loss in Q3 2025, up from $1 billion in Q1": an earlier quarter than the
  // one named before it in the same sentence (`sameSentence`) is of its year. A later one may be
  // a forecast of the next year's or a base of the year before, one named after it ("in the
  // fourth quarter, compared with $170.0 billion in fourth quarter 2023") is no guide, and one
  // carried from a sentence before is left to the document's date: unknown here.
  const namedBefore = sameSentence && !!context.span && context.span.end <= part.span.start;
  if (namedBefore && context.kind === 'quarter' && part.kind === 'quarter' && !context.fiscal && !part.fiscal && (part.part ?? 1) <= (context.part ?? 1)) {
    return quarterPeriod(part.part ?? 1, context.year, part.span);
  }
  // A half or a quarter is placed only by a whole year: "Q3" after "H1 2025" stays unknown,
  // and "the fiscal third quarter" in a paragraph about the calendar 2025 too.
  if (context.kind !== 'year' || part.fiscal) return null;
  return part.kind === 'half' ? halfPeriod(part.part ?? 1, context.year, part.span) : quarterPeriod(part.part ?? 1, context.year, part.span);
}

/** Half or quarter `n` of `context`'s year, counted as `context` counts it (a fiscal year on its company's calendar). */
function partOfYear(kind: 'half' | 'quarter', n: number, context: Period, span: Span): Period {
  if (!context.fiscal) return kind === 'half' ? halfPeriod(n, context.year, span) : quarterPeriod(n, context.year, span);
  return onFiscalCalendar(kind === 'half' ? fiscalHalfPeriod(n, context.year, span) : fiscalQuarterPeriod(n, context.year, span), context.fiscalYearEnd);
}

/** The same period one year earlier ("a year earlier" than Q3 2025 is Q3 2024); null for a span or a target. */
export function yearBefore(p: Period, span?: Span): Period | null {
  const y = p.year - 1;
  switch (p.kind) {
    case 'year':
      return yearPeriod(y, span);
    case 'fiscalYear':
      return fiscalYearPeriod(y, span);
    case 'half':
      return p.fiscal ? fiscalHalfPeriod(p.part ?? 1, y, span) : halfPeriod(p.part ?? 1, y, span);
    case 'quarter':
      return p.fiscal ? fiscalQuarterPeriod(p.part ?? 1, y, span) : quarterPeriod(p.part ?? 1, y, span);
    case 'month':
      return monthPeriod(y, p.month ?? p.part ?? 1, span);
    default:
      return null;
  }
}
