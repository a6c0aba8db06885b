// Periods as the company a figure speaks of reports them. Nvidia's year ends in late January,
// Microsoft's in June, Oracle's in May, Broadcom's around the start of November, Apple's in
// September (each entity's `fiscalYearEnd` in the dataset, or its parent company's). So:
//   - a bare "Q2" or "the second quarter" in an Oracle release is Oracle's fiscal Q2, placed
//     by the article's date on Oracle's calendar (a release of December 2025 speaks of Q2 FY2026);
//   - "Q4 25" in a table of a release about fiscal 2025 is the fiscal Q4 2025;
//   - "the quarter ended Oct. 26, 2025" is Nvidia's Q3 FY2026;
//   - "fiscal year 2025" of a company whose year is the calendar year is simply 2025.
// A company the dataset does not know keeps the period as written.
import type { Period } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import { fiscalHalfPeriod, fiscalQuarterPeriod, fiscalYearPeriod, halfPeriod, markUnended, onFiscalCalendar, quarterPeriod, yearPeriod } from './periods/period';
import type { DocumentDate } from './documentDate';

/** December: the calendar year. */
export const CALENDAR_YEAR = 12;

const calendars = new WeakMap<DatasetIndex, Map<string, number | undefined>>();

/**
 * The month (1–12) the fiscal year of `entity` ends in, its own or its parent company's: 12 for
 * a company the dataset knows without a fiscal calendar; undefined for a name it does not know.
 */
export function fiscalYearEndOf(dataset: DatasetIndex, entity: string | null): number | undefined {
  if (!entity) return undefined;
  let memo = calendars.get(dataset);
  if (!memo) calendars.set(dataset, (memo = new Map()));
  if (memo.has(entity)) return memo.get(entity);
  const e = dataset.entities.find((x) => x.name === entity);
  let end: number | undefined;
  if (e) {
    const parent = e.parent ? dataset.entities.find((x) => x.name === (dataset.resolveEntity(e.parent!) ?? e.parent)) : undefined;
    const written = e.fiscalYearEnd ?? parent?.fiscalYearEnd;
    end = written === undefined ? CALENDAR_YEAR : Number(written);
  }
  if (memo.size < 10_000) memo.set(entity, end);
  return end;
}

/** The fiscal year (named by the calendar year it ends in) and the month of it (1–12) that calendar month `month` of `year` falls in. */
function fiscalPlace(year: number, month: number, yearEnd: number): { fiscalYear: number; monthOf: number } {
  const fiscalYear = month > yearEnd ? year + 1 : year;
  return { fiscalYear, monthOf: ((month - yearEnd - 1 + 12) % 12) + 1 };
}

/** What the rest of the document says about how a period is counted. */
export interface CalendarContext {
  /** The document's date: places a quarter named without a year. */
  date?: DocumentDate | null;
  /** Whether the article speaks in fiscal periods here (its section's period, or the sentence, says "fiscal" or "FY"). */
  fiscal: boolean;
}

/**
 * `p` (read for a figure about a company whose fiscal year ends in `yearEnd`) as that company
 * counts it; null when it cannot be placed ("the quarter ended Oct. 26" of a company whose
 * calendar is unknown). The span and the inferred mark stay.
 */
export function onCompanyCalendar(p: Period, yearEnd: number | undefined, ctx: CalendarContext): Period | null {
  if (p.endsIn) return byEnd(p, yearEnd);
  if (yearEnd === undefined) return p;
  if (yearEnd === CALENDAR_YEAR) return p.fiscal ? asCalendar(p) : p;
  if (p.fiscal) return p.fiscalYearEnd === yearEnd ? p : onFiscalCalendar(p, yearEnd);
  if (p.kind !== 'quarter' && p.kind !== 'half') return p;
  // A quarter named without a year, placed by the article's date: the company's quarter of
  // that number that had begun by then.
  if (p.inferred === 'dateYear' && ctx.date) return markUnended(keep(p, placedByDate(p, yearEnd, ctx.date)), ctx.date);
  // "this quarter", "last quarter" read against the document's date are calendar quarters by
  // their days: never renamed as the fiscal quarter of the same number (January's "this
  // quarter" is no Q1 FY2026 of Microsoft's, which ran July to September).
  if (p.inferred === 'documentDate') return p;
  // "Q4 25" where the article counts in fiscal periods: the company's Q4 of fiscal 2025.
  if (ctx.fiscal) return keep(p, onFiscalCalendar(p.kind === 'quarter' ? fiscalQuarterPeriod(p.part ?? 1, p.year) : fiscalHalfPeriod(p.part ?? 1, p.year), yearEnd));
  return p;
}

/** A fiscal period of a calendar-year company is the calendar period of the same name. */
function asCalendar(p: Period): Period {
  switch (p.kind) {
    case 'fiscalYear':
      return keep(p, yearPeriod(p.year));
    case 'quarter':
      return keep(p, quarterPeriod(p.part ?? 1, p.year));
    case 'half':
      return keep(p, halfPeriod(p.part ?? 1, p.year));
    default:
      return p;
  }
}

/** "The quarter ended …": the company's quarter (half, year) that ends in that month, or the calendar one. */
function byEnd(p: Period, yearEnd: number | undefined): Period | null {
  const { year, month } = p.endsIn!;
  const end = yearEnd ?? CALENDAR_YEAR;
  const months = p.kind === 'quarter' ? 3 : p.kind === 'half' ? 6 : 12;
  if (end === CALENDAR_YEAR) {
    if (month % months !== 0) return null;
    if (p.kind === 'fiscalYear') return keep(p, yearPeriod(year));
    return keep(p, months === 3 ? quarterPeriod(month / 3, year) : halfPeriod(month / 6, year));
  }
  // Unknown company: a calendar quarter's end still names it; any other end does not.
  if (yearEnd === undefined) return month % months === 0 && p.kind !== 'fiscalYear' && !p.fiscal ? withoutEnd(p) : null;
  const { fiscalYear, monthOf } = fiscalPlace(year, month, end);
  if (monthOf % months !== 0) return null;
  const placed =
    p.kind === 'fiscalYear' ? fiscalYearPeriod(fiscalYear) : months === 3 ? fiscalQuarterPeriod(monthOf / 3, fiscalYear) : fiscalHalfPeriod(monthOf / 6, fiscalYear);
  return keep(p, onFiscalCalendar(placed, end));
}

/** The fiscal quarter or half `p.part` that had begun by `date` on a calendar ending in `yearEnd`. */
function placedByDate(p: Period, yearEnd: number, date: DocumentDate): Period {
  const n = p.part ?? 1;
  const months = p.kind === 'quarter' ? 3 : 6;
  const { fiscalYear, monthOf } = fiscalPlace(date.year, date.month, yearEnd);
  const firstMonth = (n - 1) * months + 1;
  const year = firstMonth <= monthOf ? fiscalYear : fiscalYear - 1;
  return onFiscalCalendar(p.kind === 'quarter' ? fiscalQuarterPeriod(n, year) : fiscalHalfPeriod(n, year), yearEnd);
}

/** `placed` with what `from` carried besides its time: where it was read and how it was inferred. */
function keep(from: Period, placed: Period): Period {
  if (from.span) placed.span = from.span;
  if (from.inferred) placed.inferred = from.inferred;
  return placed;
}

function withoutEnd(p: Period): Period {
  const { endsIn: _endsIn, ...rest } = p;
  return rest;
}
