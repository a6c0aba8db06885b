// Which dated figures a stated yearly growth rate runs between, and when the writer's own
// years for the rate say it runs between others.
//
// Forecasts end on a target year as often as on a plain one: "from $21 billion in 2023 to
// $210 billion by 2029, a CAGR of 42%" ends in 2029 just as "in 2029" would. A figure "by"
// a year ends a growth rate; it never starts one ("by 2025 $5 billion, by 2030 $20 billion"
// names two targets, not a start and an end).
//
// Market reports often give the rate's own years beside the figures, and they need not be
// the figures' years: "USD 279 billion in 2024 … USD 1,812 billion by 2030, a CAGR of 35.9%
// from 2025 to 2030" compounds from a 2025 figure the sentence does not state. Such a rate
// cannot be checked against the two figures it stands beside.
import type { Period } from '../types';

/** Whether a figure of period `p` can be where a growth rate starts. */
export function startsGrowth(p: Period): boolean {
  return p.kind === 'year' || p.kind === 'fiscalYear';
}

/** Whether a figure of period `p` can be where a growth rate ends. */
export function endsGrowth(p: Period): boolean {
  return p.kind === 'year' || p.kind === 'fiscalYear' || p.kind === 'by';
}

/** Whether the sentence's stated span ("from 2025 to 2030", "2025-2030") names other years than the two figures'. */
export function spanNamesOtherYears(span: Period | null, fromYear: number, toYear: number): boolean {
  if (!span || span.kind !== 'span' || span.toYear === undefined) return false;
  return span.year !== fromYear || span.toYear !== toYear;
}
