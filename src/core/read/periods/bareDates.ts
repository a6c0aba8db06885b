// Months and days written without their year: "In July, SpaceX was valued at $400 billion",
// "For the quarter ended September 30, the software giant reported …",
// "uninstalls surged 295% on February 28", "peaked at 191,556 on Jan. 27". A news article
// means the latest such month or day not after the day it was written: "in July" in an
// article of October 2025 is July 2025, in one of March 2026 July 2025 too. Weekdays ("on
// Monday") name a day of the week the article was written in, the latest one not after its
// date; they are read only where a market move is dated by them (read/documentMonth.ts):
// "said on Tuesday it had raised $1 billion" dates the saying, not the round.
//
// To teach the reader a new lead word, add it to MONTH_LEADS (a word after which a bare
// month is a time, not a name: "May" the month, not the verb or a person).
import type { Period, Span } from '../../types';
import type { DocumentDate } from '../documentDate';
import { datePeriod, daysInMonth, endingIn, monthPeriod } from './period';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Words before a month named alone that make it a time: "in July", "since March", "by mid-September". */
export const MONTH_LEADS: readonly string[] = ['in', 'during', 'since', 'until', 'through', 'by', 'as of', 'early', 'late', 'mid', 'mid-', 'published in', 'in early', 'in late', 'in mid'];

/** A month's name: "July", "Sept.", "Jan." (matched in any case, kept only when capitalised: "may" is a verb). */
const MONTH_NAME =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LEAD = `(?:${[...MONTH_LEADS]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '\\s{1,3}'))
  .join('|')})`;

/**
 * A month alone after a lead word ("in July"), or a month and day after "on", "since", "by"…
 * ("on February 28", "on Jan. 27"); never one a year follows ("July 2025", "Jan. 27, 2025":
 * findPeriods reads those), nor a month name glued to a word ("Mayday").
 */
const BARE_DATE = new RegExp(
  `(?:\\b${LEAD}\\s{0,3}(?<=[\\s-])${MONTH_NAME}(?![\\w.]{0,12}\\s{0,3}\\d)|\\b(?:on|since|until|through|by|as\\s{1,3}of)\\s{1,3}${MONTH_NAME}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s{0,3},?\\s{0,3}\\d))(?![\\p{L}])`,
  'giu',
);

/**
 * A quarter or half named by its end without the year: "For the quarter ended September 30, the
 * software giant reported …". The company's calendar places it (read/companyCalendar.ts).
 */
const ENDED_WITHOUT_YEAR = new RegExp(
  `\\b(?:the\\s{1,3})?(quarter|three\\s{1,3}months|half|six\\s{1,3}months)\\s{1,3}end(?:ed|ing)\\s{1,3}${MONTH_NAME}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s{0,3},?\\s{0,3}\\d)`,
  'giu',
);

/** A cheap test before the pattern: every bare date names a month, whose first three letters these are. */
const HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

function monthOf(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
}

/**
 * The months and days `text` names without a year, placed by the document's date (the latest
 * such month or day not after it), spanned at `offset` + their place in the text and marked
 * as read against the date.
 */
export function bareDatePeriods(text: string, offset: number, date: DocumentDate): Period[] {
  if (!HINT.test(text)) return [];
  const out: Period[] = [];
  BARE_DATE.lastIndex = 0;
  for (let m = BARE_DATE.exec(text); m; m = BARE_DATE.exec(text)) {
    const name = m[1] ?? m[2];
    const month = monthOf(name);
    if (!month || name.charCodeAt(0) > 90) continue;
    const at = m.index + m[0].indexOf(name);
    const span: Span = { start: offset + at, end: offset + m.index + m[0].length };
    const p = m[3] ? dayBefore(month, Number(m[3]), date, span) : monthBefore(month, date, span);
    if (!p) continue;
    p.inferred = 'documentDate';
    out.push(p);
  }
  ENDED_WITHOUT_YEAR.lastIndex = 0;
  for (let m = ENDED_WITHOUT_YEAR.exec(text); m; m = ENDED_WITHOUT_YEAR.exec(text)) {
    const month = monthOf(m[2]);
    const day = dayBefore(month, Number(m[3]), date);
    if (!month || !day || m[2].charCodeAt(0) > 90) continue;
    const kind = /^(?:quarter|three)/i.test(m[1]) ? 'quarter' : 'half';
    const p = endingIn(kind, day.year, month, day.day, { start: offset + m.index, end: offset + m.index + m[0].length });
    // Its year is the date's guess, as a quarter named without one: shown, never compared.
    p.inferred = 'dateYear';
    // It names the period the month words inside it would name alone ("September 30"): one period, not two.
    for (let i = out.length - 1; i >= 0; i--) if (out[i].span!.start < p.span!.end && p.span!.start < out[i].span!.end) out.splice(i, 1);
    out.push(p);
  }
  if (out.length > 1) out.sort((a, b) => a.span!.start - b.span!.start);
  return out;
}

/** The latest `month` that began by the document's date. */
export function monthBefore(month: number, date: DocumentDate, span?: Span): Period {
  return monthPeriod(month <= date.month ? date.year : date.year - 1, month, span);
}

/** The latest `month` `day` not after the document's date; null for a day no month has. */
export function dayBefore(month: number, day: number, date: DocumentDate, span?: Span): Period | null {
  if (day < 1 || day > 31) return null;
  const year = month < date.month || (month === date.month && day <= date.day) ? date.year : date.year - 1;
  if (day > daysInMonth(year, month)) return null;
  return datePeriod(year, month, day, span);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Monday" … "Sunday", as a word. */
export const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

/**
 * The latest day named `weekday` not after the document's date (the day itself when it is
 * one), within the week before it: "on Monday" in an article of Tuesday 28 January 2025 is
 * 27 January. Null when the name is no weekday.
 */
export function weekdayBefore(weekday: string, date: DocumentDate, span?: Span): Period | null {
  const wanted = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (wanted < 0) return null;
  const day = Date.UTC(date.year, date.month - 1, date.day);
  const back = (new Date(day).getUTCDay() - wanted + 7) % 7;
  const d = new Date(day - back * 86_400_000);
  return datePeriod(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), span);
}
