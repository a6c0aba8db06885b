// A dataset fact for a figure from the draft, with the source fields left for the writer
// to fill in (the dataset validator flags them until they are). Nothing is invented: the
// figure, entity, metric and period come from the reading; the source is blank.
import type { Quantity, Reading } from '../core/types';

const COUNT_UNITS: Record<string, string> = { users: 'users', user: 'users', gpus: 'GPUs', gpu: 'GPUs', gw: 'GW', gigawatts: 'GW', employees: 'employees', staff: 'employees' };
const QUALIFIER_BOUND: Record<string, string> = { about: 'about', nearly: 'nearly', over: 'over', atLeast: 'atLeast', under: 'under', upTo: 'upTo' };

export interface FactSkeleton {
  id: string;
  entity: string;
  metric: string;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  bound: string;
  reported: string;
  period: string;
  kind: 'actual';
  source: { outlet: string; title: string; url: string; date: string };
}

function slug(s: string): string {
  // Hyphens at the ends trimmed by a loop: `-+$` rescans a long run of them from each one.
  const joined = s.toLowerCase().replace(/[^a-z0-9.]+/g, '-');
  let start = 0;
  let end = joined.length;
  while (start < end && joined[start] === '-') start++;
  while (end > start && joined[end - 1] === '-') end--;
  return joined.slice(start, end);
}

export function unitFor(q: Quantity): string | null {
  if (q.kind === 'money') return q.unit;
  if (q.kind === 'percent') return 'percent';
  if (q.kind === 'count') return COUNT_UNITS[q.unit.toLowerCase()] ?? null;
  return null;
}

/** Null when the figure lacks what a fact needs (entity, metric, period, a unit the schema knows). */
export function factSkeleton(reading: Reading, documentText: string, existingIds: (id: string) => boolean): FactSkeleton | null {
  const q = reading.quantity;
  const unit = unitFor(q);
  if (!reading.entity || !reading.metric || !reading.period || !unit || q.vague) return null;
  const base = slug(`${reading.entity}-${reading.metric}-${reading.period.canonical}`);
  let id = base;
  for (let n = 2; existingIds(id); n++) id = `${base}-${n}`;
  const qualifierText = q.qualifierSpan ? documentText.slice(q.qualifierSpan.start, q.qualifierSpan.end) + ' ' : '';
  const fact: FactSkeleton = {
    id,
    entity: reading.entity,
    metric: reading.metric,
    value: q.value,
    unit,
    bound: q.qualifier ? QUALIFIER_BOUND[q.qualifier] ?? 'exact' : 'exact',
    reported: `${qualifierText}${q.text}`,
    period: reading.period.canonical,
    kind: 'actual',
    source: { outlet: '', title: '', url: '', date: '' },
  };
  if (q.isRange) {
    fact.low = q.low;
    fact.high = q.high;
  }
  return fact;
}
