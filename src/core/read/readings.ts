// What each figure of a sentence speaks of: the entity (a dataset name or alias), the
// metric (a vocabulary word whose unit family fits the figure) and the period.
//
// The rules of thumb, in order: the words nearest the figure, in its own clause, win
// (clause.ts: "…, while Microsoft reported a hit in Q3 2025" does not date the figure
// before it); a word the figure cannot be a measure of is skipped (a percentage is not
// "revenue"); a figure about someone the sentence does not name ("its closest rival",
// "current AI data centers") has no entity; what the sentence does not say is carried
// from the sentence before in the same paragraph; what nobody said stays null. A null reading is never compared with the dataset, so when the
// sentence is ambiguous a null is the right answer.
//
// Each question has its file: entityReading.ts (who), metricReading.ts (what), periodReading.ts
// (when); sentenceContext.ts holds what they share about the sentence.
import type { Period, Quantity, Reading } from '../types';
import { mayNameBasis } from './basisWords';
import { basisFor, changedMetric, metricFor, shareOf } from './metricReading';
import { entityFor, OTHER_PARTY, ownCompany, segmentNamedBefore, segmentOf } from './entityReading';
import { periodFor } from './periodReading';
import { metricById } from '../dataset/metrics';
import type { SentenceContext } from './sentenceContext';

const RELATIVE_KINDS: ReadonlySet<Quantity['kind']> = new Set(['percent', 'percentagePoints', 'multiple']);


/**
 * All three, as a Reading. `isChange` figures state a change or a rate: they measure no
 * metric, but say which one changed (`ofMetric`: the nearest metric word of any unit family,
 * "revenues increased 16%"). `period`, when given, is periodFor(ctx, q) read already.
 */
export function readingFor(ctx: SentenceContext, q: Quantity, isChange: boolean, period?: Period | null): Reading {
  const named = entityFor(ctx, q);
  let entity = segmentOf(ctx, named);
  const metric = isChange || q.vague ? null : metricFor(ctx, q);
  // A change, or a percent or multiple no percent metric claims ("16%, or 15% in constant currency"): of what.
  const changed = !metric && !q.vague && (isChange || RELATIVE_KINDS.has(q.kind)) ? changedMetric(ctx, q) : null;
  // "cloud revenue specifically surged 28% to $7.2 billion": the segment's, not the company's total.
  if (entity && entity === named) entity = segmentNamedBefore(ctx, q, entity, metric ?? changed);
  // "Data Center revenue reached $115.2 billion" reads as a generic subject (no entity): the
  // segment of the company carried in, when the dataset holds it (never the company itself).
  else if (!named && ctx.carriedEntity && (metric ?? changed) && !OTHER_PARTY.test(ctx.text.slice(0, q.span.start - ctx.base))) {
    const carried = { name: ctx.carriedEntity };
    const seg = segmentNamedBefore(ctx, q, carried, metric ?? changed);
    if (seg && seg !== carried) entity = seg;
  }
  // A product's or segment's figure of its company's own metric (capex, valuation…) is the company's.
  entity = ownCompany(ctx, entity, metric?.id ?? changed?.id);
  const reading: Reading = {
    quantity: q,
    entity: entity?.name ?? null,
    metric: metric ? shareOf(ctx, metric, entity?.name) : null,
    period: period === undefined ? periodFor(ctx, q) : period,
  };
  // A day read for a figure that adds up over time is the day something was said: its own period is another one, or none.
  if (reading.period?.kind === 'date' && metricById(metric?.id ?? changed?.id ?? '')?.flow) reading.period = periodFor(ctx, q, true);
  if (entity?.span) reading.entitySpan = entity.span;
  if (metric?.span) reading.metricSpan = metric.span;
  if (changed) reading.ofMetric = changed.id;
  if (metric?.span && (ctx.mayNameBasis ??= mayNameBasis(ctx.text))) {
    const basis = basisFor(ctx, q, metric.span);
    if (basis) reading.basis = basis;
  }
  return reading;
}
