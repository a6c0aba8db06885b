// Inputs an adversarial review found holding the editor or the CLI for seconds to minutes
// (issue 18), each at the size the review used and at a quarter of it: 4× the input must
// cost well under 16× the time. On the code before the fixes each of these took 16× to 64×.
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { loadDatasets } from '../../src/core/dataset/load';
import type { DatasetIndex } from '../../src/core/dataset/lookup';
import { crossFileConflicts } from '../../src/core/crossFile';
import { reportFromText } from '../../src/core/report/fromText';
import { renderHtml } from '../../src/core/report/html';
import { renderMarkdown } from '../../src/core/report/markdown';
import { claimcheckPreview } from '../../src/core/report/previewPlugin';
import type { AnalyzeResult } from '../../src/core/types';
import { assertLinear } from './growth-helpers';

const dataset = bundledIndex();
/** Long enough for the slowest of these on a loaded machine, short of the minutes they took before. */
const LIMIT = { timeout: 120_000 };

function reportMd(text: string, index: DatasetIndex = dataset): string {
  return renderMarkdown(reportFromText(text, { dataset: index }));
}

function reportHtml(text: string, index: DatasetIndex = dataset): string {
  return renderHtml(reportFromText(text, { dataset: index }));
}

/** A preview render; `result` stands in for the analysis, to time the preview's own work. */
function preview(text: string, result?: AnalyzeResult): string {
  const analyzeOption = result ? { analyze: () => result } : {};
  const md = claimcheckPreview(new MarkdownIt(), () => ({ enable: true, dataset, ...analyzeOption }));
  return md.render(text);
}

test('1. a first heading "# a", 4,000 spaces, "b": the report and the preview read its title in linear time', LIMIT, () => {
  const doc = (spaces: number): string => `# a${' '.repeat(spaces)}b\n\nRevenue was $1 billion.\n`;
  assertLinear('report of a heading with 4,000 spaces', () => reportMd(doc(1_000)), () => reportMd(doc(4_000)));
  assertLinear('preview of a heading with 4,000 spaces', () => preview(doc(1_000)), () => preview(doc(4_000)));
});

test('2. two files repeating one sentence 2,000 times: workspace consistency in linear time', LIMIT, () => {
  const docs = (repeats: number) => {
    const text = 'OpenAI revenue was $13 billion in 2025.\n\n'.repeat(repeats);
    return ['file:///a.md', 'file:///b.md'].map((uri) => ({ uri, text, result: analyze(text) }));
  };
  const small = docs(500);
  const large = docs(2_000);
  assertLinear('consistency of 2 × 2,000 repeats', () => crossFileConflicts(small), () => crossFileConflicts(large));
});

test('3. a 10 KB table row of "$1B" cells: the report and the preview in linear time', LIMIT, () => {
  const row = (chars: number): string => `| a |\n|---|\n|${' $1B |'.repeat(Math.round(chars / 6))}\n`;
  const small = row(2_500);
  const large = row(10_000);
  assertLinear('report (md) of a 10 KB row', () => reportMd(small), () => reportMd(large));
  assertLinear('preview of a 10 KB row', () => preview(small), () => preview(large));
  const sentence = (n: number): string => `OpenAI said revenue was ${'$1B, '.repeat(n)}and more.\n`;
  assertLinear('report (html) of a sentence of 2,000 figures', () => reportHtml(sentence(500)), () => reportHtml(sentence(2_000)));
});

test('4. 1 MB of unclosed <!-- claimcheck-… comments: the check in linear time', LIMIT, () => {
  const doc = (chars: number): string => '<!-- claimcheck-disable x\n'.repeat(Math.round(chars / 26));
  assertLinear('analyze of 1 MB of unclosed directives', () => analyze(doc(250_000)), () => analyze(doc(1_000_000)));
});

test('5. 12,000 short paragraphs: the preview marks its figures in linear time', LIMIT, () => {
  const doc = (n: number): string => 'Revenue was $1 billion.\n\n'.repeat(n);
  const small = doc(3_000);
  const large = doc(12_000);
  // The analysis is the same as the check's (guarded elsewhere): time the preview's own work.
  const smallResult = analyze(small);
  const largeResult = analyze(large);
  assertLinear('preview of 12,000 paragraphs', () => preview(small, smallResult), () => preview(large, largeResult));
});

test('6. a dataset source URL of 100,000 characters: the report links it (or not) in linear time', LIMIT, () => {
  // The bundled fact for OpenAI's 2025 revenue, cited from a file that gives it a URL with
  // a long host and a control character at its end (which a link must not carry).
  const withUrl = (chars: number): DatasetIndex => {
    const fact = { ...bundledFact('openai-revenue-2025'), source: { outlet: 'Outlet', title: 'T', date: '2026-02-22', url: `https://${'a'.repeat(chars)}\u0007` } };
    return loadDatasets([{ origin: 'long-url.json', text: JSON.stringify({ facts: [fact] }) }]).index;
  };
  const small = withUrl(25_000);
  const large = withUrl(100_000);
  const doc = 'OpenAI revenue was $13.1 billion in 2025.\n';
  assertLinear('report (md) citing a 100,000-character URL', () => reportMd(doc, small), () => reportMd(doc, large));
  assertLinear('report (html) citing a 100,000-character URL', () => reportHtml(doc, small), () => reportHtml(doc, large));
});

function bundledFact(id: string): Record<string, unknown> {
  const f = dataset.byId(id);
  if (!f) throw new Error(`no bundled fact ${id}`);
  const { id: factId, entity, metric, value, unit, bound, reported, period, basis } = f as unknown as Record<string, unknown>;
  return { id: factId, entity, metric, value, unit, bound, reported, period, basis };
}
