// The hover on a recognised figure, as Markdown, for every editor adapter (the VS Code
// extension and the language server): how it was read, the recalculations that follow
// from its sentence, the findings on it, and the dataset figures it was compared with
// (source, date, file) and their revisions. Untrusted Markdown: no command links, and
// every piece of the writer's or a dataset's text is escaped.
import type { DatasetIndex, LoadedFact } from '../dataset/lookup';
import type { AnalyzeResult, SourceRef, Span } from '../types';
import { figureAt, figureReading } from '../figureAt';
import { NOTHING_READ, readingFacts, relationWords } from '../readingOf';
import { newestSourceDate } from '../dataset/stats';
import { readingNotes } from '../read/context';
import { hoverDate, periodOrigin, staleNote } from './periodOrigin';

/** The kinds of statement readingNotes names: shown with the period when one was read, else as a note. */
const KINDS = new Set(['guidance', 'projection', 'target', 'estimate']);
import { describe } from '../format';
import { derive } from '../derive';
import { metricLabel } from '../dataset/metrics';
import { periodLabelOf } from '../read/periods/periodLabel';
import { matchFacts } from '../dataset/match';
import { shownNotCompared } from '../dataset/hedging';

const MAX_DATASET_ROWS = 4;

export interface HoverContent {
  markdown: string;
  /** The figure, its qualifier ("about", "over") included. */
  span: Span;
}

/** What the hover may know beyond the analysis: the document's text (for the lines periods came from) and the date it was analysed with. */
export interface HoverContext {
  text?: string;
  /** The date given to analyze() (a setting or --date); else the text's front matter or dateline. */
  documentDate?: string;
}

export function hoverMarkdown(
  result: AnalyzeResult,
  offset: number,
  dataset: DatasetIndex,
  onError: (what: string, e: unknown) => void = () => undefined,
  context: HoverContext = {},
): HoverContent | undefined {
  const fig = figureAt(result, offset);
  if (!fig) return undefined;
  const { quantity: q, reading } = fig;
  let md = `**claimcheck** · ${code(q.text)}\n\n`;
  md += `Read as: ${esc(describe(q))}`;
  // The reading the JSON output gives (core/readingOf.ts), or plainly that nothing was read.
  const read = figureReading(fig);
  const facts = readingFacts(read).map((f) => `${f.label} **${esc(f.value)}**${f.note ? ` (${esc(f.note)})` : ''}`);
  // Where a period not written next to the figure came from: what was read, said plainly.
  const date = hoverDate(context.text, context.documentDate);
  const origin = reading && context.text !== undefined ? periodOrigin(context.text, reading, fig.claim, date) : date ? { date: date.iso } : {};
  // A finding cited the dataset, or the period is one the dataset rules compare (a yearless
  // quarter of the figure's own sentence is, though placed by the date: shownNotCompared).
  const compared = fig.findings.some((f) => f.sources.length > 0) || (!!reading?.period && !!fig.claim && !shownNotCompared(reading.period, fig.claim));
  if (reading) for (const note of readingNotes(reading, origin, compared)) if (!(read.period && KINDS.has(note))) facts.push(esc(note));
  md += ` — ${facts.length ? facts.join(', ') : esc(NOTHING_READ)}\n\n`;
  for (const r of read.relations) md += `- ${esc(relationWords(r))}\n`;
  if (read.relations.length) md += '\n';

  let recalcs: { label: string; value: string; derivation: string }[] = [];
  try {
    recalcs = derive(result, q, dataset);
  } catch (e) {
    onError('recalculating for a hover', e);
  }
  if (recalcs.length) {
    md += '**Recalculations**\n\n';
    for (const r of recalcs) md += `- ${esc(r.label)}: **${esc(r.value)}** — ${code(r.derivation)}\n`;
    md += '\n';
  }

  // The message itself is in the editor's diagnostic hover; here, the arithmetic.
  for (const f of fig.findings) {
    md += `**${esc(f.ruleId)}** (${f.severity})${f.derivation ? `: ${code(f.derivation)}` : `: ${esc(f.message)}`}\n\n`;
  }

  // Dataset figures: those a finding relied on, else what the dataset holds for the
  // figure's entity, metric and period.
  const refs: SourceRef[] = [];
  for (const f of fig.findings) for (const s of f.sources) if (!refs.some((r) => r.factId === s.factId)) refs.push(s);
  const shown = new Set<string>();
  const rows: string[] = [];
  for (const s of refs) {
    shown.add(s.factId);
    rows.push(sourceLine(s.entity, s.metric, s.period, s.reported, s.outlet, s.title, s.url, s.date, s.origin));
  }
  if (!refs.length && reading?.entity && reading.metric) {
    // The same matcher the dataset rules use (fiscal years, products of a company, as-of dates);
    // an undated figure is shown what the dataset holds for its entity and metric.
    const candidates = reading.period ? matchFacts(reading, dataset, { sentence: fig.claim?.text, claim: fig.claim }) : dataset.factsFor(reading.entity, reading.metric);
    for (const f of candidates.slice(0, MAX_DATASET_ROWS)) {
      shown.add(f.id);
      rows.push(factLine(f));
    }
  }
  if (rows.length) {
    md += '**Dataset**\n\n';
    for (const r of rows) md += `- ${r}\n`;
    md += '\n';
    // How current the comparison can be: a figure reported after this date is not in it.
    const asOf = newestSourceDate(dataset.facts);
    if (asOf) md += `*Dataset as of ${asOf} (its newest source).*\n\n`;
    const revisions: string[] = [];
    for (const id of shown) {
      const fact = dataset.byId(id);
      if (!fact) continue;
      for (const other of [...(fact.supersedes ?? []), ...(fact.supersededBy ? [fact.supersededBy] : [])]) {
        const o = dataset.byId(other);
        if (o && !shown.has(o.id)) {
          shown.add(o.id);
          revisions.push(`${o.id === fact.supersededBy ? 'Revised by' : 'Revises'}: ${factLine(o)}`);
        }
      }
    }
    if (revisions.length) {
      md += '**Revisions**\n\n';
      for (const r of revisions) md += `- ${r}\n`;
    }
  }
  // The dataset's newest fact for the figure far older than the article: it may lack the one the figure speaks of.
  const stale = reading ? staleNote(reading, dataset, date) : null;
  if (stale) md += `*${esc(stale)}*\n\n`;
  const start = Math.min(q.span.start, q.qualifierSpan?.start ?? q.span.start);
  return { markdown: md, span: { start, end: q.span.end } };
}

function factLine(f: LoadedFact): string {
  return sourceLine(f.entity, f.metric, f.period, f.reported, f.source.outlet, f.source.title, f.source.url, f.source.date, f.origin);
}

function sourceLine(entity: string, metric: string, period: string, reported: string, outlet: string, title: string | undefined, url: string | undefined, date: string, origin: string): string {
  const what = `${esc(entity)} ${esc(metricLabel(metric))}, ${esc(periodLabelOf(period))}: **${esc(reported)}**`;
  const name = title ? `“${esc(title)}”` : '';
  const link = url && /^https?:\/\//.test(url) ? ` [${name || 'source'}](${url.replace(/[()\s]/g, encodeURIComponent)})` : name ? ` ${name}` : '';
  return `${what} — ${esc(outlet)},${link} ${esc(date)} _(${esc(origin)})_`;
}

/** A code span that holds any text: the fence is longer than any backtick run inside. */
function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Escapes Markdown so a figure or a title cannot format the hover. */
export function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&');
}
