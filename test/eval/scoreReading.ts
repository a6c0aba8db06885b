// Figure reading: for every labeled figure, did claimcheck find it with the right value, and
// read the right entity, metric and period? A figure it did not find is wrong on all four.
import { bundledIndex } from '../../src/core/dataset/bundled';
import { METRIC_IDS } from '../../src/core/dataset/metrics';
import type { Quantity } from '../../src/core/types';
import type { FigureLine } from './corpusSchema';
import { overlap, type ArticleDocument, type DocFigure } from './document';
import type { ToolFigure, ToolReading } from './toolReading';

export type Aspect = 'value' | 'entity' | 'metric' | 'period';
export const ASPECTS: Aspect[] = ['value', 'entity', 'metric', 'period'];

export interface ReadingMiss {
  aspect: Aspect;
  article: string;
  figure: string;
  context: string;
  expected: string;
  got: string;
}

export interface ReadingTally {
  figures: number;
  right: Record<Aspect, number>;
  misses: ReadingMiss[];
}

export function emptyReadingTally(): ReadingTally {
  return { figures: 0, right: { value: 0, entity: 0, metric: 0, period: 0 }, misses: [] };
}

const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'INR', 'TWD', 'CAD']);

function unitAgrees(label: FigureLine, q: Quantity): boolean {
  if (CURRENCIES.has(label.unit)) return q.kind === 'money' && q.unit === label.unit;
  if (label.unit === '%') return q.kind === 'percent';
  if (label.unit === 'pp') return q.kind === 'percentagePoints';
  // Basis points: the core keeps them as points (20 bps = 0.2 pp), or as a count until it reads them.
  if (label.unit === 'bp') return q.kind === 'percentagePoints';
  if (label.unit === 'x') return q.kind === 'multiple';
  if (label.unit === 'GW' || label.unit === 'MW') return q.kind === 'count' && q.unit.toLowerCase() === label.unit.toLowerCase();
  return q.kind === 'count';
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function valueAgrees(label: FigureLine, q: Quantity): boolean {
  if (!unitAgrees(label, q)) return false;
  // Basis points read as points are a hundredth of the labeled number.
  const factor = label.unit === 'bp' ? 0.01 : 1;
  if (label.low !== undefined && label.high !== undefined) return q.isRange && near(q.low, label.low * factor) && near(q.high, label.high * factor);
  return !q.isRange && near(Math.abs(q.value), Math.abs(label.value * factor));
}

/** The labeled entity in the dataset's spelling, or null when the dataset has no such entity. */
function datasetEntity(name: string): string | null {
  return bundledIndex().resolveEntity(name);
}

function entityAgrees(label: FigureLine, got: ToolFigure | null): boolean {
  const entity = got?.entity ?? null;
  if (label.entity === null) return entity === null;
  const known = datasetEntity(label.entity);
  // An organisation the dataset does not know is read right as no dataset entity.
  if (known === null) return entity === null;
  return entity === known;
}

function metricAgrees(label: FigureLine, got: ToolFigure | null): boolean {
  const metric = got?.metric ?? null;
  // A metric outside the reader's vocabulary is read right as unknown: never a neighbour's id.
  if (label.metric === null || !METRIC_IDS.includes(label.metric)) return metric === null || metric === label.metric;
  return metric === label.metric;
}

function periodAgrees(label: FigureLine, got: ToolFigure | null): boolean {
  const p = got?.period ?? { label: null, fiscal: false, kind: 'actual' };
  if (label.period.label === null) return p.label === null && p.kind === label.period.kind;
  return p.label === label.period.label && p.fiscal === label.period.fiscal && p.kind === label.period.kind;
}

function show(f: ToolFigure | null, aspect: Aspect): string {
  if (!f) return 'figure not found';
  switch (aspect) {
    case 'value':
      return `${f.quantity.kind} ${f.quantity.isRange ? `${f.quantity.low}–${f.quantity.high}` : f.quantity.value} ${f.quantity.unit}`;
    case 'entity':
      return String(f.entity);
    case 'metric':
      return String(f.metric);
    case 'period':
      return `${f.period.label}${f.period.fiscal ? ' (fiscal)' : ''} ${f.period.kind}`;
  }
}

function expected(label: FigureLine, aspect: Aspect): string {
  switch (aspect) {
    case 'value':
      return `${label.low !== undefined ? `${label.low}–${label.high}` : label.value} ${label.unit}`;
    case 'entity':
      return label.entity === null ? 'null' : (datasetEntity(label.entity) ?? `${label.entity} (not in the dataset: null)`);
    case 'metric':
      return label.metric === null || !METRIC_IDS.includes(label.metric) ? `${label.metric} (unknown to the reader: null)` : label.metric;
    case 'period':
      return `${label.period.label}${label.period.fiscal ? ' (fiscal)' : ''} ${label.period.kind}`;
  }
}

/** The tool's figure that overlaps a labeled figure most, or null. */
export function toolFigureFor(tool: ToolReading, f: DocFigure): ToolFigure | null {
  let best: ToolFigure | null = null;
  let most = 0;
  for (const t of tool.figures) {
    const o = overlap(t.quantity.span, f.span);
    if (o > most) {
      best = t;
      most = o;
    }
  }
  return best;
}

function contextOf(doc: ArticleDocument, f: DocFigure): string {
  const from = Math.max(doc.passageStart.get(f.passage) ?? 0, f.span.start - 70);
  const to = Math.min(doc.text.length, f.span.end + 50);
  return `…${doc.text.slice(from, f.span.start)}[${doc.text.slice(f.span.start, f.span.end)}]${doc.text.slice(f.span.end, to)}…`.replace(/\s+/g, ' ');
}

export function scoreReading(doc: ArticleDocument, tool: ToolReading, tally: ReadingTally): void {
  for (const f of doc.figures.values()) {
    const got = toolFigureFor(tool, f);
    const checks: Record<Aspect, boolean> = {
      value: got !== null && valueAgrees(f.label, got.quantity),
      entity: entityAgrees(f.label, got),
      metric: metricAgrees(f.label, got),
      period: periodAgrees(f.label, got),
    };
    tally.figures++;
    for (const aspect of ASPECTS) {
      if (checks[aspect]) tally.right[aspect]++;
      else tally.misses.push({ aspect, article: doc.article.meta.id, figure: f.label.id, context: contextOf(doc, f), expected: expected(f.label, aspect), got: show(got, aspect) });
    }
  }
}
