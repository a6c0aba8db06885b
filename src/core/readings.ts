// What each figure of a sentence speaks of: the entity (a dataset name or alias), the
// metric (a vocabulary word whose unit family fits the figure) and the period.
//
// The rules of thumb, in order: the words nearest the figure win; a word the figure
// cannot be a measure of is skipped (a percentage is not "revenue"); what the sentence
// does not say is carried from the sentence before in the same paragraph; what nobody
// said stays null. A null reading is never compared with the dataset, so when the
// sentence is ambiguous a null is the right answer.
import type { Period, Quantity, Reading, Span } from './types';
import type { EntityMention } from './dataset/lookup';
import { familyOf, metricFitting, type MetricMention } from './metricWords';

/** "the company lost …": the figure belongs to the sentence's subject, not to the name just before. */
const ANAPHOR = /\b(?:the (?:company|firm|startup|start-up|lab|group|maker|chatbot|business)|it|its|it's)\b/i;
/** A name right after these words is an object ("raised $40 billion from SoftBank"), not the subject. */
const OBJECT_LEAD = /\b(?:from|by|with|to|than|versus|vs\.?|like|including|led by|backed by)\s+$/i;
/** Words that place a figure in a period nobody named ("last year"): nothing is carried then. */
export const RELATIVE_TIME = /\b(?:last|previous|prior|past|next|this|coming|current)\s+(?:year|quarter|month|fiscal year|half)\b|\ba (?:year|quarter) (?:earlier|ago|before)\b|\b(?:first|last|past|final|trailing|next)\s+(?:\w+\s+)?(?:months|weeks|days|quarters)\b|\byear[- ]to[- ]date\b|\bytd\b|\bsince\s+(?:19|20)\d\d\b/i;

const RELATIVE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:(?:in|during|for|of|over)\s+)?(?:the\s+)?(?:last|previous|prior|past|this|next|current|same)\s+(?:year|quarter|month|fiscal year|half|period)\b/iu;

/** A metric farther than this from its figure is a word about something else. */
const METRIC_REACH = 80;
/** An entity after the figure, farther than this, only counts when nothing else does. */
const ENTITY_AFTER_REACH = 60;

export interface SentenceContext {
  /** Sentence text; index 0 is document offset `base`. */
  text: string;
  base: number;
  entities: EntityMention[];
  metrics: MetricMention[];
  /** Periods read in the sentence (document spans), in order. */
  periods: Period[];
  carriedEntity: string | null;
  carriedPeriod: Period | null;
}

function absolute(base: number, m: { start: number; end: number }): Span {
  return { start: base + m.start, end: base + m.end };
}

/** The entity a figure speaks of, with the span of the words that named it (if in this sentence). */
export function entityFor(ctx: SentenceContext, q: Quantity): { name: string; span?: Span } | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  let before: EntityMention | undefined;
  let afterNear: EntityMention | undefined;
  let afterAny: EntityMention | undefined;
  for (const m of ctx.entities) {
    if (m.end <= qs) before = m;
    else if (m.start >= qe && !afterAny) {
      if (OBJECT_LEAD.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) continue;
      afterAny = m;
      if (m.start - qe <= ENTITY_AFTER_REACH) afterNear = m;
    }
  }
  if (before) {
    if (ANAPHOR.test(ctx.text.slice(before.end, qs))) {
      const first = ctx.entities[0];
      if (first && first.start < before.start) return { name: first.name, span: absolute(ctx.base, first) };
      // The sentence names one entity and then says "the company": that is the one.
      if (first !== before && ctx.carriedEntity) return { name: ctx.carriedEntity };
    }
    return { name: before.name, span: absolute(ctx.base, before) };
  }
  if (afterNear) return { name: afterNear.name, span: absolute(ctx.base, afterNear) };
  if (ctx.carriedEntity) return { name: ctx.carriedEntity };
  if (afterAny) return { name: afterAny.name, span: absolute(ctx.base, afterAny) };
  return null;
}

/** The metric nearest the figure whose unit family fits it, within METRIC_REACH characters. */
export function metricFor(ctx: SentenceContext, q: Quantity): { id: string; span: Span } | null {
  const family = familyOf(q);
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  let best: { id: string; span: Span; dist: number } | null = null;
  for (const m of ctx.metrics) {
    const dist = m.end <= qs ? qs - m.end : m.start >= qe ? m.start - qe : -1;
    if (dist < 0 || dist > METRIC_REACH) continue;
    const id = metricFitting(m, family);
    if (!id) continue;
    // Ties go to the word before the figure ("revenue of $13 billion in sales").
    if (!best || dist < best.dist || (dist === best.dist && m.end <= qs)) best = { id, span: absolute(ctx.base, m), dist };
  }
  return best ? { id: best.id, span: best.span } : null;
}

/** Between a figure and its period: nothing, or a preposition ("$13 billion in 2025", "$4.3 billion in the first half of 2025"). */
const PERIOD_JOINT = /^\s*(?:,\s*)?(?:(?:in|for|during|as of|by|through|at the end of|at end of|of|over|since|across|throughout|from)\s+)?(?:the\s+)?$/i;

/** The period a figure belongs to: the one right after it, else the nearest, else carried. */
export function periodFor(ctx: SentenceContext, q: Quantity): Period | null {
  const tail = ctx.text.slice(q.span.end - ctx.base, q.span.end - ctx.base + 60);
  if (RELATIVE_AFTER.test(tail)) return null; // "$11.5 billion last quarter": a period we cannot place
  if (ctx.periods.length === 0) return RELATIVE_TIME.test(ctx.text) ? null : ctx.carriedPeriod;
  let best: Period | null = null;
  let bestDist = Infinity;
  for (const p of ctx.periods) {
    const span = p.span!;
    if (span.start >= q.span.end) {
      const gap = ctx.text.slice(q.span.end - ctx.base, span.start - ctx.base);
      // A count's noun sits between the figure and its period ("800 million users in October 2025").
      if (PERIOD_JOINT.test(gap) || (q.kind === 'count' && gap.length <= 40 && PERIOD_JOINT.test(gap.replace(/^\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/u, '')))) {
        return p;
      }
      const d = span.start - q.span.end;
      if (d < bestDist) {
        best = p;
        bestDist = d;
      }
    } else if (span.end <= q.span.start) {
      const d = q.span.start - span.end;
      if (d <= bestDist) {
        best = p;
        bestDist = d;
      }
    }
  }
  return best;
}

/** All three, as a Reading. `isChange` figures state a change or a rate: they measure no metric. */
export function readingFor(ctx: SentenceContext, q: Quantity, isChange: boolean): Reading {
  const entity = entityFor(ctx, q);
  const metric = isChange || q.vague ? null : metricFor(ctx, q);
  const reading: Reading = {
    quantity: q,
    entity: entity?.name ?? null,
    metric: metric?.id ?? null,
    period: periodFor(ctx, q),
  };
  if (entity?.span) reading.entitySpan = entity.span;
  if (metric) reading.metricSpan = metric.span;
  return reading;
}
