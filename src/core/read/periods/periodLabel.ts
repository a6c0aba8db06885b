// Periods as a writer says them, for messages: "October 2025", not the canonical "2025-10"
// the dataset and the claim reader use to compare periods.
import type { Period } from '../../types';
import { parsePeriodString } from './period';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(m: number | undefined): string {
  return MONTHS[Math.min(12, Math.max(1, m ?? 1)) - 1];
}

/**
 * " (July–September 2025)" for a fiscal quarter or half whose company's calendar is known,
 * so a reader who wrote the calendar quarter sees it is the same time; "" otherwise.
 */
function fiscalMonths(p: Period, months: number): string {
  if (p.fiscalYearEnd === undefined) return '';
  // Months counted from January of the calendar year before the fiscal year's number.
  const first = p.fiscalYearEnd + 1 + ((p.part ?? 1) - 1) * months;
  const last = first + months - 1;
  const at = (m: number): [string, number] => [monthName(((m - 1) % 12) + 1), p.year - 1 + Math.floor((m - 1) / 12)];
  const [fromName, fromYear] = at(first);
  const [toName, toYear] = at(last);
  return fromYear === toYear ? ` (${fromName}–${toName} ${toYear})` : ` (${fromName} ${fromYear}–${toName} ${toYear})`;
}

/** "2025", "fiscal 2025", "H1 2025", "Q3 2025", "Q3 FY2026", "October 2025", "6 October 2025", "2025–2029", "by 2030". */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'fiscalYear':
      return `fiscal ${p.year}`;
    case 'half':
      return p.fiscal ? `H${p.part} FY${p.year}${fiscalMonths(p, 6)}` : `H${p.part} ${p.year}`;
    case 'quarter':
      return p.fiscal ? `Q${p.part} FY${p.year}${fiscalMonths(p, 3)}` : `Q${p.part} ${p.year}`;
    case 'month':
      return `${monthName(p.month ?? p.part)} ${p.year}`;
    case 'date':
      return `${p.day ?? p.part} ${monthName(p.month)} ${p.year}`;
    case 'span':
      return `${p.year}–${p.toYear}`;
    case 'by':
      return `by ${p.year}`;
    default:
      return p.canonical;
  }
}

/** The label of a canonical period string ("2025-10" → "October 2025"); the string itself when it does not parse. */
export function periodLabelOf(canonical: string): string {
  const p = parsePeriodString(canonical);
  return p ? periodLabel(p) : canonical;
}

/**
 * "OpenAI's 2025 revenue", "OpenAI's revenue target by 2030", "OpenAI's cumulative losses
 * over 2025–2029", "ChatGPT's weekly active users as of October 2025": where the period
 * goes depends on whether the metric adds up over it (a flow) or is a level at a moment.
 */
export function subjectWithPeriod(entity: string, label: string, period: Period | null, flow: boolean, asOf = true): string {
  const owner = entity ? (entity.endsWith('s') ? `${entity}'` : `${entity}'s`) : '';
  const lead = owner ? `${owner} ` : '';
  if (!period) return `${lead}${label}`;
  const when = periodLabel(period);
  if (period.kind === 'by') return `${lead}${label} ${when}`;
  if (period.kind === 'span') return `${lead}${label} over ${when}`;
  if (flow) return `${lead}${when} ${label}`;
  // A level is "as of" a moment, but "in" a year or a quarter it was measured in; `asOf`
  // false says "in" throughout, for a sentence that already has an "as" ("gives X as Y").
  const moment = period.kind === 'month' || period.kind === 'date';
  const prep = !moment ? 'in' : period.kind === 'date' ? (asOf ? 'as of' : 'on') : asOf ? 'as of' : 'in';
  return `${lead}${label} ${prep} ${when}`;
}
