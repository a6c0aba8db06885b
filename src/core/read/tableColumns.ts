// What a table's header row says about its columns: when each column's cells are (its own
// header, or the column's to its left for a share column or a header over two columns), and
// which two columns a change column compares when its header says so ("Q4 25 vs Q4 24", or
// "Y/Y" and "Q/Q" with the periods of the columns). The words are in read/tableWords.ts.
import type { Period } from '../types';
import { findPeriods, periodInterval } from './periods/period';
import { CHANGE_DISTANCE } from './tableWords';

/** Each column's period: its header's, else (a share column, a header spanning two columns) its left neighbour's. */
export function columnPeriodsOf(header: readonly string[], own: readonly (Period | null)[], shareColumns: readonly boolean[], isChangeColumn: readonly boolean[]): (Period | null)[] {
  const out: (Period | null)[] = [];
  for (let c = 0; c < own.length; c++) {
    const borrows = c > 1 && !own[c] && !isChangeColumn[c] && (shareColumns[c] || header[c] === '');
    out.push(borrows ? out[c - 1] : own[c]);
  }
  return out;
}

/** Each change column's period: the latest of the figure columns since the change column before them. */
export function changePeriodsOf(columnPeriods: readonly (Period | null)[], shareColumns: readonly boolean[], isChangeColumn: readonly boolean[]): (Period | null)[] {
  const out: (Period | null)[] = [];
  for (let c = 0; c < columnPeriods.length; c++) {
    let latest: Period | null = null;
    if (isChangeColumn[c]) {
      let seen = false;
      for (let k = c - 1; k > 0; k--) {
        if (isChangeColumn[k]) {
          if (seen) break;
          continue;
        }
        seen = true;
        const p = shareColumns[k] ? null : columnPeriods[k];
        if (p && (!latest || laterPeriod(p, latest))) latest = p;
      }
    }
    out.push(latest);
  }
  return out;
}

/** Whether `a` ends after `b` (or ends with it and starts later: the shorter, later period). */
export function laterPeriod(a: Period, b: Period): boolean {
  const [a0, a1] = periodInterval(a);
  const [b0, b1] = periodInterval(b);
  return a1 > b1 || (a1 === b1 && a0 > b0);
}

/** The two columns a change column compares, the later first. */
export interface ChangePair {
  to: number;
  from: number;
}

/**
 * Per column, for a change column whose header says what it compares: the two columns (the
 * nearest to its left with each period; both with the same header words besides the period,
 * so a "Non-GAAP" change never compares a "GAAP" column), or null when the table does not
 * show one of them (a "Y/Y" beside one quarter: the change is against a column not shown).
 * Undefined when the header does not say (a bare "Change"), or the columns name no periods.
 */
export function changePairsOf(header: readonly string[], own: readonly (Period | null)[], figureColumn: readonly boolean[], isChangeColumn: readonly boolean[]): (ChangePair | null | undefined)[] {
  const out: (ChangePair | null | undefined)[] = [];
  for (let c = 0; c < header.length; c++) out.push(isChangeColumn[c] ? namedPair(header, own, figureColumn, c) : undefined);
  return out;
}

function namedPair(header: readonly string[], own: readonly (Period | null)[], figureColumn: readonly boolean[], c: number): ChangePair | null | undefined {
  const named = header[c].length <= 120 ? findPeriods(header[c]) : [];
  if (named.length === 2) {
    // "Q4 25 vs Q4 24": the columns of those two periods.
    const a = nearestWith(own, figureColumn, c, (p) => p.canonical === named[0].canonical);
    const b = nearestWith(own, figureColumn, c, (p) => p.canonical === named[1].canonical);
    if (a < 0 || b < 0) return null;
    return pairOf(header, own, a, b);
  }
  const distance = CHANGE_DISTANCE.find((d) => d.pattern.test(header[c]))?.distance;
  if (!distance) return undefined;
  // The latest period before the change column, the nearest column of it.
  let to = -1;
  for (let k = c - 1; k > 0; k--) if (figureColumn[k] && own[k] && (to < 0 || laterPeriod(own[k]!, own[to]!))) to = k;
  if (to < 0) return undefined;
  const later = own[to]!;
  const from = nearestWith(own, figureColumn, c, (p) => (distance === 'year' ? yearApart(p, later) : quarterApart(p, later)));
  return from < 0 ? null : pairOf(header, own, to, from);
}

/** The nearest figure column left of `c` whose period passes `test`, or -1. */
function nearestWith(own: readonly (Period | null)[], figureColumn: readonly boolean[], c: number, test: (p: Period) => boolean): number {
  for (let k = c - 1; k > 0; k--) if (figureColumn[k] && own[k] && test(own[k]!)) return k;
  return -1;
}

/** The two columns, the later first, when their headers say the same besides the period ("GAAP Q4 25", "GAAP Q4 24"); else null. */
function pairOf(header: readonly string[], own: readonly (Period | null)[], a: number, b: number): ChangePair | null {
  if (a === b || wordsBesidePeriod(header[a]) !== wordsBesidePeriod(header[b])) return null;
  if (laterPeriod(own[a]!, own[b]!)) return { to: a, from: b };
  return laterPeriod(own[b]!, own[a]!) ? { to: b, from: a } : null;
}

/** A header's words without its period and figures, lower case: "GAAP Q4 25" → "gaap". */
function wordsBesidePeriod(h: string): string {
  let rest = h;
  for (const p of findPeriods(h)) if (p.span) rest = rest.slice(0, p.span.start) + ' '.repeat(p.span.end - p.span.start) + rest.slice(p.span.end);
  return rest.replace(/[^\p{L}]+/gu, ' ').trim().toLowerCase();
}

/** The same kind of period a year before `later` ("Q4 FY24" before "Q4 FY25", "2024" before "2025"). */
function yearApart(p: Period, later: Period): boolean {
  if (p.kind === 'span' || p.kind === 'by') return false;
  return p.kind === later.kind && !!p.fiscal === !!later.fiscal && (p.part ?? 0) === (later.part ?? 0) && (p.month ?? 0) === (later.month ?? 0) && (p.day ?? 0) === (later.day ?? 0) && p.year === later.year - 1;
}

/** The quarter before `later` ("Q3 25" before "Q4 25", "Q4 24" before "Q1 25"). */
function quarterApart(p: Period, later: Period): boolean {
  if (p.kind !== 'quarter' || later.kind !== 'quarter' || !!p.fiscal !== !!later.fiscal) return false;
  return p.year * 4 + (p.part ?? 1) === later.year * 4 + (later.part ?? 1) - 1;
}
