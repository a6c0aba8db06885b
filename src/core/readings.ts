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
  /** Whether the sentence says "last year" or another time we cannot place (RELATIVE_TIME), tested once. */
  relativeTime: boolean;
}

function absolute(base: number, m: { start: number; end: number }): Span {
  return { start: base + m.start, end: base + m.end };
}

/** Index of the first item whose `start` is at or after `offset` (items sorted by start). */
function firstAtOrAfter<T>(items: readonly T[], offset: number, startOf: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity a figure speaks of, with the span of the words that named it (if in this sentence). */
export function entityFor(ctx: SentenceContext, q: Quantity): { name: string; span?: Span } | null {
  const qs = q.span.start - ctx.base;
  const qe = q.span.end - ctx.base;
  const list = ctx.entities;
  // Mentions never overlap a figure, so the last one starting before it also ends before it.
  const firstAfter = firstAtOrAfter(list, qe, (m) => m.start);
  let b = firstAtOrAfter(list, qs, (m) => m.start) - 1;
  while (b >= 0 && list[b].end > qs) b--;
  const before = b >= 0 ? list[b] : undefined;
  let afterNear: EntityMention | undefined;
  let afterAny: EntityMention | undefined;
  // The first mention after the figure that is not an object ("from SoftBank"); a few tries at most.
  for (let i = firstAfter; i < list.length && i < firstAfter + 4; i++) {
    const m = list[i];
    if (OBJECT_LEAD.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) continue;
    afterAny = m;
    if (m.start - qe <= ENTITY_AFTER_REACH) afterNear = m;
    break;
  }
  if (before) {
    if (ANAPHOR.test(ctx.text.slice(Math.max(before.end, qs - 200), qs))) {
      const first = list[0];
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
  const list = ctx.metrics;
  let best: { id: string; span: Span; dist: number } | null = null;
  const consider = (m: MetricMention, dist: number, isBefore: boolean) => {
    const id = metricFitting(m, family);
    // Ties go to the word before the figure ("revenue of $13 billion in sales").
    if (id && (!best || dist < best.dist || (dist === best.dist && isBefore))) best = { id, span: absolute(ctx.base, m), dist };
  };
  // Only the mentions within reach on either side: a window, found by binary search.
  for (let i = firstAtOrAfter(list, qe, (m) => m.start); i < list.length && list[i].start - qe <= METRIC_REACH; i++) consider(list[i], list[i].start - qe, false);
  for (let i = firstAtOrAfter(list, qs, (m) => m.start) - 1; i >= 0 && qs - list[i].end <= METRIC_REACH; i--) {
    if (list[i].end <= qs) consider(list[i], qs - list[i].end, true);
  }
  const found = best as { id: string; span: Span; dist: number } | null;
  return found ? { id: found.id, span: found.span } : null;
}

/** Between a figure and its period: nothing, or a preposition ("$13 billion in 2025", "$4.3 billion in the first half of 2025"). */
const PERIOD_JOINT = /^\s*(?:,\s*)?(?:(?:in|for|during|as of|by|through|at the end of|at end of|of|over|since|across|throughout|from)\s+)?(?:the\s+)?$/i;

/** The period a figure belongs to: the one right after it, else the nearest, else carried. */
export function periodFor(ctx: SentenceContext, q: Quantity): Period | null {
  const tail = ctx.text.slice(q.span.end - ctx.base, q.span.end - ctx.base + 60);
  if (RELATIVE_AFTER.test(tail)) return null; // "$11.5 billion last quarter": a period we cannot place
  const list = ctx.periods;
  if (list.length === 0) return ctx.relativeTime ? null : ctx.carriedPeriod;
  const a = firstAtOrAfter(list, q.span.end, (p) => p.span!.start);
  const after = list[a];
  let b = a - 1;
  while (b >= 0 && list[b].span!.end > q.span.start) b--;
  const before = b >= 0 ? list[b] : undefined;
  if (after) {
    const gap = ctx.text.slice(q.span.end - ctx.base, Math.min(after.span!.start - ctx.base, q.span.end - ctx.base + 80));
    const whole = after.span!.start - q.span.end <= 80;
    // A count's noun sits between the figure and its period ("800 million users in October 2025").
    if (whole && (PERIOD_JOINT.test(gap) || (q.kind === 'count' && gap.length <= 40 && PERIOD_JOINT.test(gap.replace(/^\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/u, ''))))) {
      return after;
    }
  }
  if (!before) return after ?? null;
  if (!after) return before;
  // Otherwise the nearer one; a tie goes to the one before.
  return after.span!.start - q.span.end < q.span.start - before.span!.end ? after : before;
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
