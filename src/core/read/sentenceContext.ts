// What the readers of one sentence share: its text and place in the document, the names,
// metric words and periods found in it, what the sentence before it carried in, and answers
// worked out once for all of its figures (kept here, not in module state, so that no answer
// outlives its sentence). The small search helpers over its sorted mention lists live here too.
import type { Period, Span } from '../types';
import type { EntityMention } from '../dataset/lookup';
import type { MetricMention } from './metricWords';
import type { YearlessPart } from './periods/period';
import type { DocumentDate } from './documentDate';
import type { SegmentWords } from './businessSegment';

/** A period the sentence names, or a yearless part of a year, as one candidate. */
export interface PeriodCandidate {
  span: Span;
  /** The period it names; a yearless part is placed when it is chosen. */
  period: Period | null;
  part?: YearlessPart;
}

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
  /** Parts of a year named without a year ("in the first half alone"), document spans, in order. */
  yearless?: YearlessPart[];
  /** Where the sentence's clauses start (clause.ts), as offsets into `text`; none: one clause. */
  breaks?: number[];
  /** Document spans of the sentence's figures, in order. */
  figures?: Span[];
  /** The document's date, when known: "last quarter" is then one of `periods` (read/relativeTime.ts). */
  date?: DocumentDate | null;
  /** The dataset's name for a name or alias (DatasetIndex.resolveEntity): a company's segment is looked up with it. */
  resolveEntity?: (name: string) => string | null;
  /** The company an entity is or belongs to ("ChatGPT" → "OpenAI"): "the ChatGPT maker" is the company. */
  companyFor?: (name: string) => string | null;
  /** Whether the sentence may name an accounting basis (read/basisWords.ts mayNameBasis): tested on first ask, then kept. */
  mayNameBasis?: boolean;
  /** Whether the sentence has the word a valuation's verb needs ("values … at", metricReading.ts): tested on first ask, then kept. */
  mayNameValuation?: boolean;
  /**
   * The span made for each mention the sentence's readings named (mentionSpan), filled as
   * they are read: the readings of its figures that name the same words share one span object.
   */
  mentionSpans?: { mentions: object[]; made: Span[] };
  /** The periods and yearless parts a figure of the sentence may take (candidatesOf): made on first ask, then kept. */
  candidates?: PeriodCandidate[];
  /** The segments the sentence names by a noun phrase ("the cloud infrastructure unit"), read on first need. */
  segmentPhrases?: SegmentWords[];
}

function absolute(base: number, m: { start: number; end: number }): Span {
  return { start: base + m.start, end: base + m.end };
}

// The document span of a mention of the sentence: the readings of its figures that name the
// same words share one span object (they are kept with the claim, and a third of a run's kept
// objects were spans). Spans are never written after they are made. The first 16 mentions of
// a sentence are kept in its context.
export function mentionSpan(ctx: SentenceContext, m: { start: number; end: number }): Span {
  const kept = (ctx.mentionSpans ??= { mentions: [], made: [] });
  for (let k = 0; k < kept.mentions.length; k++) if (kept.mentions[k] === m) return kept.made[k];
  const span = absolute(ctx.base, m);
  if (kept.mentions.length < 16) {
    kept.mentions.push(m);
    kept.made.push(span);
  }
  return span;
}

export function startOf(m: { start: number }): number {
  return m.start;
}

export function spanStartOf(x: { span?: Span }): number {
  return x.span!.start;
}

/** Index of the first item whose `start` is at or after `offset` (items sorted by start). */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, startOf: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
