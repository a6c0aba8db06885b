// Everything in a report that comes from the draft or from a dataset file is untrusted:
// neither a hostile heading nor a hostile source title, outlet or URL may become markup,
// an attribute, a script or a javascript: link, in the HTML page or the Markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { loadDatasets } from '../../src/core/dataset/load';
import { buildReport, type ReportModel } from '../../src/core/report/model';
import { renderHtml } from '../../src/core/report/html';
import { renderMarkdown } from '../../src/core/report/markdown';
import { escapeHtml, escapeMarkdown, markdownLink, safeUrl } from '../../src/core/report/escape';

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';

/** A dataset of one fact whose every free-text field is hostile. */
function hostileDataset(url: string) {
  const file = {
    entities: [{ name: 'OpenAI', aliases: [] }],
    facts: [
      {
        id: 'openai-revenue-2025-hostile',
        entity: 'OpenAI',
        metric: 'revenue',
        value: 13.1e9,
        unit: 'USD',
        reported: `$13.1 billion ${SCRIPT}`,
        period: '2025',
        source: { outlet: `Outlet ${SCRIPT}`, title: `Title ${BREAKOUT}`, url, date: '2026-02-20' },
      },
    ],
  };
  const loaded = loadDatasets([{ origin: `data/${BREAKOUT}.json`, text: JSON.stringify(file) }], { includeBundled: false });
  assert.deepEqual(loaded.problems, [], 'the hostile dataset is still a valid dataset');
  return loaded.index;
}

const DRAFT = `# ${SCRIPT} ${BREAKOUT}

OpenAI made $13.1 billion in revenue in 2025 ${BREAKOUT} and then [click](javascript:alert(1)) ${SCRIPT}.
`;

function hostileReport(url: string): ReportModel {
  const dataset = hostileDataset(url);
  return buildReport(DRAFT, analyze(DRAFT, { dataset }), { dataset, fileName: `${BREAKOUT}.md`, datasetLabel: SCRIPT });
}

function assertNoInjectedMarkup(html: string, allowedScripts: number): void {
  assert.equal((html.match(/<script/gi) ?? []).length, allowedScripts, 'no script but the renderer\'s own');
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /href\s*=\s*["']?\s*javascript:/i);
  // Escaped text has no raw "<", so every tag seen here is one the renderer wrote.
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) assert.doesNotMatch(tag, /\son\w+\s*=/i, `no event-handler attribute in ${tag}`);
  assert.doesNotMatch(html, /"><img/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the hostile text is shown, as text');
}

test('the hostile draft and dataset are read as intended: the figure agrees with the hostile fact', () => {
  const m = hostileReport('javascript:alert(1)');
  const f = m.figures.find((x) => x.bare === '$13.1 billion');
  assert.ok(f);
  assert.equal(f.status, 'agrees');
  assert.ok(f.sources.some((s) => s.title?.includes(BREAKOUT)), 'the hostile title reaches the model');
});

test('standalone HTML: hostile text escaped everywhere, javascript: URLs never linked, no script at all', () => {
  const html = renderHtml(hostileReport('javascript:alert(1)'));
  assertNoInjectedMarkup(html, 0);
  assert.match(html, /Title &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i, 'no external resource or link but dataset sources');
});

test('webview HTML: only the nonce script, CSP with the nonce, still no injected markup', () => {
  const nonce = 'AbCdEfGhIjKlMnOpQrStUv12';
  const html = renderHtml(hostileReport('javascript:alert(1)'), { variant: 'webview', nonce });
  assertNoInjectedMarkup(html, 1);
  assert.match(html, new RegExp(`<script nonce="${nonce}">`));
  assert.match(html, new RegExp(`script-src 'nonce-${nonce}'`));
  assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
  assert.doesNotMatch(html, /\sstyle=/, 'no style attribute: the nonce-only CSP would block it');
  assert.throws(() => renderHtml(hostileReport('https://x.test/'), { variant: 'webview', nonce: '"><script>' }));
});

test('an http(s) source URL is linked, with its quotes escaped inside the attribute', () => {
  const url = 'https://example.com/a?q="x"&b=<y>';
  const html = renderHtml(hostileReport(url));
  assert.match(html, /<a href="https:\/\/example\.com\/a\?q=&quot;x&quot;&amp;b=&lt;y&gt;" rel="noopener noreferrer">/);
  assertNoInjectedMarkup(html, 0);
});

test('Markdown: no raw HTML, no javascript: link, hostile text cannot break a table row', () => {
  const md = renderMarkdown(hostileReport('javascript:alert(1)'));
  assert.doesNotMatch(md, /<script|<img/i);
  assert.doesNotMatch(md, /\]\(\s*javascript:/i);
  assert.match(md, /&lt;script&gt;/);
  for (const line of md.split('\n').filter((l) => l.startsWith('| ') && /^\| \d/.test(l))) {
    // 5 columns: 6 unescaped pipes.
    assert.equal((line.match(/(?<!\\)\|/g) ?? []).length, 6, line);
  }
  const linked = renderMarkdown(hostileReport('https://example.com/a_(b)|c'));
  assert.match(linked, /\]\(https:\/\/example\.com\/a_%28b%29%7Cc\)/);
});

test('escape helpers', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.test/x', '/relative', 'https://', 'https://a b', 'http://x\u0000y', 'https:\\\\evil', undefined, null]) {
    assert.equal(safeUrl(bad as string), null, String(bad));
  }
  assert.equal(safeUrl('https://example.com/path?x=1#y'), 'https://example.com/path?x=1#y');
  assert.equal(safeUrl('HTTP://EXAMPLE.COM'), 'HTTP://EXAMPLE.COM');
  assert.equal(escapeMarkdown('a | b\n# c'), 'a \\| b # c');
  assert.equal(escapeMarkdown('# heading'), '\\# heading');
  assert.equal(escapeMarkdown('1. item'), '1\\. item');
  assert.equal(escapeMarkdown('86.7% and -5%'), '86.7% and -5%');
  assert.equal(escapeMarkdown('$13 billion to $5 billion'), '\\$13 billion to \\$5 billion');
  assert.equal(escapeMarkdown('- item'), '\\- item');
  assert.equal(escapeMarkdown('[x](javascript:y) <b>'), '\\[x\\](javascript:y) &lt;b&gt;');
  assert.equal(markdownLink('t', 'javascript:alert(1)'), 't');
});

test('the figure is marked in its sentence, and only the mark is markup', () => {
  const html = renderHtml(hostileReport('https://example.com/'));
  // The claim reader blanks the tags themselves; what is left of the breakout is escaped.
  assert.match(html, /<blockquote>OpenAI made <mark>\$13\.1 billion<\/mark> in revenue in 2025 &quot;&gt; /);
});
