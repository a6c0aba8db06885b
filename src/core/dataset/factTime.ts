// The time of each dataset fact, worked out once: facts are immutable once loaded, and the
// matcher asks for each one's period, the days it covers and its recency per reading and rule.
import type { Period } from '../types';
import type { LoadedFact } from './lookup';
import { onFiscalCalendar, parsePeriodString, periodInterval } from '../read/periods/period';

/** The days a period covers; null for "by 2030", which has no start to place it. */
export function daysOf(p: Period): [number, number] | null {
  return p.kind === 'by' ? null : periodInterval(p);
}

// Facts are immutable once loaded: each one's period is parsed, and the days it covers
// counted, once (matching asked for both per fact, per reading and rule).
export interface FactTime {
  period: Period | null;
  /** The days the period covers (null for "by 2030" or no period). */
  days: [number, number] | null;
  /** The last day of the period, for ordering by recency (-Infinity without a period). */
  end: number;
}
const timeMemo = new WeakMap<LoadedFact, FactTime>();

export function factTime(fact: LoadedFact): FactTime {
  let t = timeMemo.get(fact);
  if (!t) {
    const parsed = parsePeriodString(fact.period);
    const period = parsed && onFiscalCalendar(parsed, fact.fiscalYearEnd);
    t = { period, days: period ? daysOf(period) : null, end: period ? periodInterval(period)[1] : -Infinity };
    timeMemo.set(fact, t);
  }
  return t;
}

// The index's lists of facts (one per entity and metric) are immutable too: their times,
// in order, found with one look-up per list rather than one per fact.
interface ListTimes {
  times: readonly FactTime[];
  /** Positions of the facts dated in each year, in list order (a flow only ever fits a fact of its own year; a fiscal one is listed under both calendar years it touches). */
  byYear: Map<number, number[]>;
  /** Whether any fact of the list was revised (most entity-metric pairs never were). */
  revised: boolean;
}
const listTimes = new WeakMap<readonly LoadedFact[], ListTimes>();
export function timesOf(facts: readonly LoadedFact[]): ListTimes {
  let t = listTimes.get(facts);
  if (!t) {
    const times = facts.map(factTime);
    const byYear = new Map<number, number[]>();
    const add = (year: number, k: number): void => {
      const at = byYear.get(year);
      if (at) at.push(k);
      else byYear.set(year, [k]);
    };
    times.forEach((ft, k) => {
      if (!ft.period) return;
      add(ft.period.year, k);
      // A fiscal period placed by its company's calendar may be a calendar period of the
      // year before its number (Microsoft's Q1 FY2026 is Q3 2025).
      if (ft.period.fiscalYearEnd !== undefined) add(ft.period.year - 1, k);
    });
    listTimes.set(facts, (t = { times, byYear, revised: facts.some((f) => !!f.supersededBy) }));
  }
  return t;
}
export const NO_POSITIONS: readonly number[] = [];

export function factPeriod(fact: LoadedFact): Period | null {
  return factTime(fact).period;
}
/** Latest first: by the end of the fact's period, then by publication date. */
export function byRecency(a: LoadedFact, b: LoadedFact): number {
  const ea = factTime(a).end;
  const eb = factTime(b).end;
  if (ea !== eb) return eb - ea;
  return b.source.date.localeCompare(a.source.date);
}
