// Every path a draft or a dataset reaches, under a growth guard: the time at size n and at
// 4n (growth-helpers.ts). analyze() alone was guarded before; the report, the preview, the
// webview and workspace consistency run code analyze() never does, and that is where the
// review of issue 18 found inputs that froze the editor.
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { loadDatasets } from '../../src/core/dataset/load';
import { crossFileConflicts } from '../../src/core/crossFile';
import { reportFromText } from '../../src/core/report/fromText';
import { renderHtml } from '../../src/core/report/html';
import { renderMarkdown } from '../../src/core/report/markdown';
import { claimcheckPreview } from '../../src/core/report/previewPlugin';
import { assertLinear } from './growth-helpers';
import { prng } from './hostile-helpers';

const dataset = bundledIndex();
const LIMIT = { timeout: 120_000 };

const PARAGRAPHS = [
  'OpenAI revenue went from $3.7 billion in 2024 to $13 billion in 2025, a 251% increase, growing 250% a year.',
  "Anthropic's run rate rose from $1 billion to $5 billion, up 400%; its share fell 5 percentage points to 32%.",
  'Microsoft owns 27% of the company, a stake of about $135 billion. Nvidia revenue grew 114% to $130.5 billion in FY2025.',
  '| Company | 2024 | 2025 |\n|---|---|---|\n| OpenAI | $3.7B | $13B |\n| Anthropic | $1B | $5B |\n| Total | $4.7B | $18B |',
  'ChatGPT has 800 million weekly active users; xAI raised $20 billion at a $230 billion valuation in Q3 2025.',
  '> Spending was cut by 120% <!-- claimcheck-disable-next-line sign --> and margins fell from 40% to 38%, a 2 pp drop.',
  '## OpenAI in 2025\n\n- Revenue was $13.1 billion.\n- Cash burn was $8.5 billion.',
];

/** A figure-dense draft of `n` paragraphs, the figures varied so no two paragraphs are the same. */
function draft(n: number, seed = 7): string {
  const rnd = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    out.push(p.replace(/\d+(?:\.\d+)?/, (d) => String(Number(d) + Math.floor(rnd() * 9))));
  }
  return `# A draft\n\n${out.join('\n\n')}\n`;
}

const SMALL = draft(150);
const LARGE = draft(600);

test('analyze: 4× the draft, well under 16× the time', LIMIT, () => {
  assertLinear('analyze', () => analyze(SMALL), () => analyze(LARGE));
});

test('report, Markdown (the CLI report and the export)', LIMIT, () => {
  assertLinear('report md', () => renderMarkdown(reportFromText(SMALL, { dataset })), () => renderMarkdown(reportFromText(LARGE, { dataset })));
});

test('report, HTML (the CLI report and the export)', LIMIT, () => {
  assertLinear('report html', () => renderHtml(reportFromText(SMALL, { dataset })), () => renderHtml(reportFromText(LARGE, { dataset })));
});

test('the webview model: the report page as the panel draws it', LIMIT, () => {
  const page = (text: string): string => renderHtml(reportFromText(text, { dataset }), { variant: 'webview', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' });
  assertLinear('webview', () => page(SMALL), () => page(LARGE));
});

test('the preview plugin: a Markdown preview render', LIMIT, () => {
  const render = (text: string): string => claimcheckPreview(new MarkdownIt(), () => ({ enable: true, dataset })).render(text);
  assertLinear('preview', () => render(SMALL), () => render(LARGE));
});

test('workspace consistency: every file against every other', LIMIT, () => {
  // Four files stating OpenAI's 2025 revenue again and again, with figures that often
  // disagree across files: many statements of one key, many conflicts to report.
  const docs = (n: number) =>
    Array.from({ length: 4 }, (_, d) => {
      const rnd = prng(d + 1);
      const text = Array.from({ length: n }, () => `OpenAI revenue was $${10 + Math.floor(rnd() * 6)} billion in 2025.`).join('\n\n');
      return { uri: `file:///d${d}.md`, text, result: analyze(text) };
    });
  const small = docs(300);
  const large = docs(1_200);
  assertLinear('crossFileConflicts', () => crossFileConflicts(small), () => crossFileConflicts(large));
});

/** A dataset file of `n` facts; `broken` gives every third one a bad field, so problems are placed by line. */
function datasetText(n: number, broken: boolean): string {
  const facts = Array.from({ length: n }, (_, i) => ({
    id: `fact-${i}`,
    entity: 'OpenAI',
    metric: 'revenue',
    value: broken && i % 3 === 0 ? 'lots' : 1e9 + i,
    unit: 'USD',
    bound: 'exact',
    reported: `$${i} billion`,
    period: String(2000 + (i % 30)),
    basis: 'actual',
    source: { outlet: `Outlet ${i}`, url: `https://example.com/${'a'.repeat(i % 500)}`, date: '2025-01-01' },
  }));
  return JSON.stringify({ entities: [{ name: 'Example', aliases: [], kind: 'company' }], facts }, null, 2);
}

test('dataset loading and validation: a valid file, and one with a problem in every third fact', LIMIT, () => {
  for (const broken of [false, true]) {
    const small = datasetText(1_000, broken);
    const large = datasetText(4_000, broken);
    // loadDatasets parses, validates (placing each problem by line and column) and indexes.
    assertLinear(`load (${broken ? 'broken' : 'valid'})`, () => loadDatasets([{ origin: 'x.json', text: small }]), () => loadDatasets([{ origin: 'x.json', text: large }]));
  }
});

test('the preview: one paragraph of figures it cannot place in its text', LIMIT, () => {
  // "$1" and "billion" on two lines: a soft break splits the text, so no token holds the figure.
  const doc = (n: number): string => `Revenue ${'then $1\nbillion and **$2** bn '.repeat(n)}.\n`;
  const render = (text: string): string => claimcheckPreview(new MarkdownIt(), () => ({ enable: true, dataset })).render(text);
  const small = doc(500);
  const large = doc(2_000);
  assertLinear('preview of unplaceable figures', () => render(small), () => render(large));
});
