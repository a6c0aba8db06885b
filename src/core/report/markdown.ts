// The fact-check sheet as Markdown: a summary, one table per status (the contradicted
// figures first, so an editor starts with what needs fixing), the details behind each
// figure that has any, the charts as small tables, and a sign-off block. Every piece of
// draft or dataset text goes through escapeMarkdown/markdownLink.
import { valueWords } from '../dataset/citation';
import { NOTHING_READ } from '../readingOf';
import { escapeMarkdown as esc, markdownLink } from './escape';
import { highlighted } from './highlight';
import type { ReportChart } from './charts';
import { STATUS_BADGE, STATUS_LABEL, STATUS_ORDER, type ReportFigure, type ReportModel, type ReportSource } from './model';

export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [];
  out.push(`# Fact-check: ${esc(model.title)}`, '');
  const meta: string[] = [];
  if (model.fileName) meta.push(`File: ${esc(model.fileName)}`);
  if (model.generatedAt) meta.push(`Generated: ${esc(model.generatedAt)}`);
  if (model.datasetLabel) meta.push(`Dataset: ${esc(model.datasetLabel)}${model.datasetAsOf ? `, as of ${esc(model.datasetAsOf)}` : ''}`);
  else if (model.datasetAsOf) meta.push(`Dataset as of ${esc(model.datasetAsOf)}`);
  if (meta.length) out.push(meta.join(' · '), '');
  if (model.skipped) out.push(`> **Not analysed:** ${esc(model.skipped)}`, '');

  out.push(`${model.figures.length} figure${model.figures.length === 1 ? '' : 's'} checked.`, '');
  out.push('| Status | Figures |', '| --- | ---: |');
  for (const s of STATUS_ORDER) out.push(`| ${STATUS_BADGE[s]} ${STATUS_LABEL[s]} | ${model.counts[s]} |`);
  out.push('');

  for (const status of STATUS_ORDER) {
    const figures = model.figures.filter((f) => f.status === status);
    if (!figures.length) continue;
    out.push(`## ${STATUS_BADGE[status]} ${STATUS_LABEL[status]} (${figures.length})`, '');
    out.push('| # | Line | Figure | Reading | Why |', '| ---: | --- | --- | --- | --- |');
    for (const f of figures) {
      out.push(`| ${f.index} | ${f.location.line}:${f.location.column} | ${esc(f.text)} | ${esc(readingWords(f))} | ${esc(f.reason)} |`);
    }
    out.push('');
  }

  const detailed = model.figures.filter((f) => f.findings.length || f.recalculations.length || f.sources.length || f.reading.relations.length);
  if (detailed.length) {
    out.push('## Details', '');
    for (const f of detailed) out.push(...figureDetails(f), '');
  }

  if (model.otherFindings.length) {
    out.push('## Other findings', '');
    for (const f of model.otherFindings) {
      out.push(`- Line ${f.location.line}:${f.location.column} — **${esc(f.ruleId)}** (${f.severity}): ${esc(f.message)}`);
      if (f.derivation) out.push(`  - Arithmetic: ${esc(f.derivation)}`);
    }
    out.push('');
  }

  if (model.charts.length) {
    out.push('## Figures over time', '');
    for (const c of model.charts) out.push(...chartTable(c), '');
  }

  out.push('## Sign-off', '');
  out.push('- [ ] Every contradicted figure corrected or justified');
  out.push('- [ ] Every figure not verified checked by hand against a source');
  out.push('- Checked by: ______________________  Date: ____________', '');
  return out.join('\n');
}

function figureDetails(f: ReportFigure): string[] {
  const out: string[] = [];
  out.push(`### ${f.index}. ${esc(f.text)} — line ${f.location.line} (${STATUS_LABEL[f.status].toLowerCase()})`, '');
  if (f.sentence) out.push(`> ${highlighted(f.sentence, f.bare, f.sentenceAt, (x) => `**${x}**`, esc)}`, '');
  out.push(`- Read as: ${esc(f.value)} — ${esc(readingWords(f))}`);
  for (const r of f.reading.relations) out.push(`  - ${esc(r)}`);
  for (const x of f.findings) {
    out.push(`- **${esc(x.ruleId)}** (${x.severity}): ${esc(x.message)}`);
    if (x.derivation) out.push(`  - Arithmetic: ${esc(x.derivation)}`);
    if (x.fix !== null) out.push(`  - Suggested fix: ${esc(x.fix)}`);
    for (const r of x.related) out.push(`  - ${r.uri ? `${esc(r.uri)} ` : ''}line ${r.line}:${r.column}: ${esc(r.message)}`);
  }
  for (const r of f.recalculations) out.push(`- Recalculation — ${esc(r.label)}: **${esc(r.value)}** (${esc(r.derivation)})`);
  for (const s of f.sources) out.push(`- Dataset (${ROLE_WORDS[s.role]}): ${sourceWords(s)}`);
  return out;
}

export const ROLE_WORDS: Record<ReportSource['role'], string> = {
  agrees: 'agrees',
  differs: 'differs',
  superseded: 'revised since',
  revision: 'latest revision',
  cited: 'cited',
};

function sourceWords(s: ReportSource): string {
  const label = s.title ? `${s.outlet}, “${s.title}”` : s.outlet;
  const origin = s.origin && s.origin !== 'bundled' ? ` (from ${esc(s.origin)})` : '';
  return `${esc(s.subject)}: **${esc(s.reported)}** — ${markdownLink(label, s.url)}, ${esc(s.date)}${origin}`;
}

/** "OpenAI · revenue · 2025 (actual)"; when nothing was read, that it was not compared with the dataset. */
export function readingWords(f: ReportFigure): string {
  const r = f.reading;
  const period = r.periodText ?? r.period;
  const parts = [r.entity ?? (r.subject ? `${r.subject} (not in the dataset)` : null), r.metricLabel, period && r.kind ? `${period} (${r.kind})` : period].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : NOTHING_READ;
}

function chartTable(c: ReportChart): string[] {
  const unit = c.unit === 'money' ? c.currency ?? 'USD' : c.unit === 'percent' ? 'percent' : '';
  const out = [`### ${esc(c.entity)} — ${esc(c.metricLabel)}`, '', '| Period | Draft | Dataset |', '| --- | --- | --- |'];
  for (const p of c.points) {
    const draft = p.draft.map((d) => esc(d.text)).join(', ');
    const data = p.dataset ? `${esc(valueWords(p.dataset.value, unit))} (${esc(p.dataset.outlet)}, ${esc(p.dataset.date)})` : '—';
    out.push(`| ${esc(p.label)} | ${draft} | ${data} |`);
  }
  return out;
}
