// What claimcheck read for each figure of a document, in the corpus's terms: entity, metric,
// period (label, fiscal, kind) and the relations between figures. This is the only place that
// knows the core's shapes, so the scoring code reads like the labels.
import { analyze, type AnalyzeOptions } from '../../src/core/analyze';
import type { AnalyzeResult, Quantity, Relation, Span } from '../../src/core/types';
import { readingsOf } from '../../src/core/readingOf';
import type { RelationKind } from './corpusSchema';

export interface ToolFigure {
  quantity: Quantity;
  entity: string | null;
  metric: string | null;
  period: { label: string | null; fiscal: boolean; kind: string };
}

export interface ToolRelation {
  kind: RelationKind;
  /** Role → the span(s) of the figures filling it. */
  roles: Record<string, Span | Span[]>;
  /** For a direction relation, which way its word points. */
  direction?: 'up' | 'down';
}

export interface ToolReading {
  result: AnalyzeResult;
  figures: ToolFigure[];
  relations: ToolRelation[];
}

function relationOf(r: Relation): ToolRelation | null {
  switch (r.kind) {
    case 'change':
      return { kind: r.stated.kind === 'percentagePoints' ? 'points' : 'change', roles: { from: r.from.span, to: r.to.span, stated: r.stated.span } };
    case 'share':
      return { kind: 'share', roles: { part: r.result.span, whole: r.whole.span, rate: r.rate.span } };
    case 'cagr':
      return { kind: 'cagr', roles: { from: r.from.span, to: r.to.span, rate: r.rate.span } };
    case 'total':
      return { kind: 'total', roles: { parts: r.rows.map((q) => q.span), total: r.total.span } };
    case 'range':
      return { kind: 'range', roles: { low: r.low.span, high: r.high.span } };
    case 'direction':
      return { kind: 'direction', roles: { figure: r.quantity.span }, direction: r.word.direction };
    default:
      // "accounts for 120% of": one figure, no arithmetic between figures to score.
      return null;
  }
}

export function readDocument(text: string, options: AnalyzeOptions & { documentDate?: string } = {}): ToolReading {
  const result = analyze(text, options);
  const figures: ToolFigure[] = [];
  const relations: ToolRelation[] = [];
  // The same reading the JSON output and the hover give (core/readingOf.ts), so the eval
  // scores what a writer is shown.
  const quantities = result.quantities;
  const readings = readingsOf(quantities, result.claims);
  quantities.forEach((quantity, i) => {
    const r = readings[i];
    // A figure read with no period still has a kind of statement; until the reading carries
    // it without a period, such a figure counts as an actual.
    const kind = r.period?.kind ?? (r as { kind?: string }).kind ?? 'actual';
    figures.push({ quantity, entity: r.entity, metric: r.metric, period: r.period ? { label: r.period.label, fiscal: r.period.fiscal, kind } : { label: null, fiscal: false, kind } });
  });
  for (const claim of result.claims) {
    for (const r of claim.relations) {
      const mine = relationOf(r);
      if (mine) relations.push(mine);
    }
  }
  return { result, figures, relations };
}
