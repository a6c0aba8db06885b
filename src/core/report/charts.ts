// The figures worth a picture: one metric of one entity stated for two or more periods in
// the draft, each period with the draft's value beside the dataset's current figure for the
// same period. Only dated periods that can be put on one time line (years, halves,
// quarters, months, dates); never a target "by 2030" or a multi-year span.
import type { Claim, Period } from '../types';
import type { DatasetIndex, LoadedFact } from '../dataset/lookup';
import { metricById } from '../dataset/metrics';
import { onFiscalCalendar, parsePeriodString, periodInterval } from '../read/periods/period';
import { periodFit } from '../dataset/match';

export interface ChartPoint {
  /** Canonical period ("2025", "2025-10"). */
  period: string;
  /** Short axis label ("2025", "Oct 2025"). */
  label: string;
  /** The draft's values for that period (several when the draft states it more than once). */
  draft: { value: number; text: string; line?: number }[];
  /** The dataset's current figure for that period, when it has one. */
  dataset: { value: number; reported: string; outlet: string; date: string } | null;
}

export interface ReportChart {
  entity: string;
  metric: string;
  metricLabel: string;
  /** How values are written on the axis. */
  unit: 'money' | 'percent' | 'count';
  /** For money: the currency. */
  currency?: string;
  points: ChartPoint[];
}

/** A report is a sheet, not a dashboard. */
const MAX_CHARTS = 4;
const MAX_POINTS = 12;

const DATED = new Set<Period['kind']>(['year', 'fiscalYear', 'half', 'quarter', 'month', 'date']);

interface Group {
  entity: string;
  metric: string;
  unit: ReportChart['unit'];
  currency?: string;
  byPeriod: Map<string, { period: Period; draft: ChartPoint['draft'] }>;
}

export function buildCharts(claims: readonly Claim[], dataset: DatasetIndex): ReportChart[] {
  const groups = new Map<string, Group>();
  for (const c of claims) {
    for (const r of c.readings) {
      const q = r.quantity;
      if (!r.entity || !r.metric || !r.period || !DATED.has(r.period.kind) || q.vague || q.isRange) continue;
      const unit = q.kind === 'money' ? 'money' : q.kind === 'percent' ? 'percent' : q.kind === 'count' ? 'count' : null;
      if (!unit || !Number.isFinite(q.value)) continue;
      const key = `${r.entity}\u0000${r.metric}\u0000${unit}\u0000${unit === 'money' ? q.unit : ''}`;
      let g = groups.get(key);
      if (!g) {
        g = { entity: r.entity, metric: r.metric, unit, byPeriod: new Map() };
        if (unit === 'money') g.currency = q.unit;
        groups.set(key, g);
      }
      let p = g.byPeriod.get(r.period.canonical);
      if (!p) g.byPeriod.set(r.period.canonical, (p = { period: r.period, draft: [] }));
      if (!p.draft.some((d) => d.value === q.value)) p.draft.push({ value: q.value, text: q.text });
    }
  }

  const charts: ReportChart[] = [];
  for (const g of groups.values()) {
    if (g.byPeriod.size < 2) continue;
    const sorted = [...g.byPeriod.values()].sort((a, b) => periodInterval(a.period)[0] - periodInterval(b.period)[0] || periodInterval(a.period)[1] - periodInterval(b.period)[1]);
    const facts = dataset.factsFor(g.entity, g.metric);
    charts.push({
      entity: g.entity,
      metric: g.metric,
      metricLabel: metricById(g.metric)?.label ?? g.metric,
      unit: g.unit,
      ...(g.currency ? { currency: g.currency } : {}),
      points: sorted.slice(0, MAX_POINTS).map((p) => ({ period: p.period.canonical, label: shortPeriod(p.period), draft: p.draft, dataset: datasetFigure(facts, p.period, g) })),
    });
    if (charts.length >= MAX_CHARTS) break;
  }
  return charts;
}

/**
 * The current (unrevised) fact for this period in the chart's unit: the same period first,
 * else, for a level such as a valuation, the latest one dated inside it (match.ts's rule).
 */
function datasetFigure(facts: readonly LoadedFact[], period: Period, g: Group): ChartPoint['dataset'] {
  const flow = metricById(g.metric)?.flow ?? true;
  let best: { fact: LoadedFact; exact: boolean; end: number } | null = null;
  for (const f of facts) {
    if (f.supersededBy) continue;
    if (g.unit === 'money' ? f.unit !== g.currency : g.unit === 'percent' ? f.unit !== 'percent' : f.unit === 'percent' || CURRENCIES.has(f.unit)) continue;
    const parsed = parsePeriodString(f.period);
    // A fiscal period placed by its company's calendar (Nvidia's FY2026 is not 2026).
    const fp = parsed && onFiscalCalendar(parsed, f.fiscalYearEnd);
    const fit = fp ? periodFit(period, fp, flow, f.kind) : null;
    if (!fp || !fit || fit === 'current') continue;
    const cand = { fact: f, exact: fit === 'exact', end: periodInterval(fp)[1] };
    if (!best || (cand.exact && !best.exact) || (cand.exact === best.exact && cand.end > best.end)) best = cand;
  }
  if (!best) return null;
  const f = best.fact;
  return { value: f.value, reported: f.reported, outlet: f.source.outlet, date: f.source.date };
}

const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY']);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortPeriod(p: Period): string {
  const month = p.month ?? p.part ?? 1;
  if (p.kind === 'month') return `${MONTHS[month - 1]} ${p.year}`;
  if (p.kind === 'date') return `${p.day ?? 1} ${MONTHS[(p.month ?? 1) - 1]} ${p.year}`;
  return p.canonical;
}
