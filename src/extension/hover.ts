// Hover on any recognised figure, correct or not: how it was read, the recalculations that
// follow from its sentence, the findings on it, and the dataset figures it was compared
// with (source, date, file) and their revisions. Untrusted Markdown: no command links.
import * as vscode from 'vscode';
import type { LoadedFact } from '../core/dataset/lookup';
import type { SourceRef } from '../core/types';
import type { Checker } from './checker';
import type { WorkspaceDatasets } from './datasets';
import { loadCore } from './lazyCore';
import type { Log } from './log';

const MAX_DATASET_ROWS = 4;

export class FigureHover implements vscode.HoverProvider {
  constructor(private readonly checker: Checker, private readonly datasets: WorkspaceDatasets, private readonly log: Log) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    try {
      const checked = this.checker.freshResultFor(doc);
      if (!checked) return undefined;
      const fig = loadCore().figureAt(checked.result, doc.offsetAt(pos));
      if (!fig) return undefined;
      const core = loadCore();
      const dataset = this.datasets.current();
      const { quantity: q, reading } = fig;
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = false;
      md.supportHtml = false;
      md.appendMarkdown(`**claimcheck** · ${code(q.text)}\n\n`);
      md.appendMarkdown(`Read as: ${esc(core.describe(q))}`);
      const facts: string[] = [];
      if (reading?.entity) facts.push(`entity **${esc(reading.entity)}**`);
      if (reading?.metric) facts.push(`metric **${esc(core.metricLabel(reading.metric))}**`);
      if (reading?.period) facts.push(`period **${esc(core.periodLabel(reading.period))}**`);
      // Where a period not written next to the figure came from, and a forecast's kind: what was read, said plainly.
      if (reading) for (const note of core.readingNotes(reading)) facts.push(esc(note));
      if (facts.length) md.appendMarkdown(` — ${facts.join(', ')}`);
      md.appendMarkdown('\n\n');

      let recalcs: { label: string; value: string; derivation: string }[] = [];
      try {
        recalcs = core.derive(checked.result, q, dataset);
      } catch (e) {
        this.log.error('recalculating for a hover', e);
      }
      if (recalcs.length) {
        md.appendMarkdown('**Recalculations**\n\n');
        for (const r of recalcs) md.appendMarkdown(`- ${esc(r.label)}: **${esc(r.value)}** — ${code(r.derivation)}\n`);
        md.appendMarkdown('\n');
      }

      // The message itself is in VS Code's diagnostic hover right above; here, the arithmetic.
      for (const f of fig.findings) {
        md.appendMarkdown(`**${esc(f.ruleId)}** (${f.severity})${f.derivation ? `: ${code(f.derivation)}` : `: ${esc(f.message)}`}\n\n`);
      }

      // Dataset figures: those a finding relied on, else what the dataset holds for the
      // figure's entity, metric and period.
      const refs: SourceRef[] = [];
      for (const f of fig.findings) for (const s of f.sources) if (!refs.some((r) => r.factId === s.factId)) refs.push(s);
      const shown = new Set<string>();
      const rows: string[] = [];
      for (const s of refs) {
        shown.add(s.factId);
        rows.push(sourceLine(core, s.entity, s.metric, s.period, s.reported, s.outlet, s.title, s.url, s.date, s.origin));
      }
      if (!refs.length && reading?.entity && reading.metric) {
        // The same matcher the dataset rules use (fiscal years, products of a company, as-of dates);
        // an undated figure is shown what the dataset holds for its entity and metric.
        const candidates = reading.period
          ? core.matchFacts(reading, dataset, { sentence: fig.claim?.text, claim: fig.claim })
          : dataset.factsFor(reading.entity, reading.metric);
        for (const f of candidates.slice(0, MAX_DATASET_ROWS)) {
          shown.add(f.id);
          rows.push(factLine(core, f));
        }
      }
      if (rows.length) {
        md.appendMarkdown('**Dataset**\n\n');
        for (const r of rows) md.appendMarkdown(`- ${r}\n`);
        md.appendMarkdown('\n');
        const revisions: string[] = [];
        for (const id of shown) {
          const fact = dataset.byId(id);
          if (!fact) continue;
          for (const other of [...(fact.supersedes ?? []), ...(fact.supersededBy ? [fact.supersededBy] : [])]) {
            const o = dataset.byId(other);
            if (o && !shown.has(o.id)) {
              shown.add(o.id);
              revisions.push(`${o.id === fact.supersededBy ? 'Revised by' : 'Revises'}: ${factLine(core, o)}`);
            }
          }
        }
        if (revisions.length) {
          md.appendMarkdown('**Revisions**\n\n');
          for (const r of revisions) md.appendMarkdown(`- ${r}\n`);
        }
      }
      const start = Math.min(q.span.start, q.qualifierSpan?.start ?? q.span.start);
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(start), doc.positionAt(q.span.end)));
    } catch (e) {
      this.log.error('building a hover', e);
      return undefined;
    }
  }
}

type Core = ReturnType<typeof loadCore>;

function factLine(core: Core, f: LoadedFact): string {
  return sourceLine(core, f.entity, f.metric, f.period, f.reported, f.source.outlet, f.source.title, f.source.url, f.source.date, f.origin);
}

function sourceLine(core: Core, entity: string, metric: string, period: string, reported: string, outlet: string, title: string | undefined, url: string | undefined, date: string, origin: string): string {
  const what = `${esc(entity)} ${esc(core.metricLabel(metric))}, ${esc(core.periodLabelOf(period))}: **${esc(reported)}**`;
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
function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&');
}
