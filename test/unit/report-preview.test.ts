// The preview plugin: each checked figure in the rendered text gets a status span and a
// badge; nothing else of the rendering changes, code is never marked, and turning it off
// (claimcheck.preview.enable) gives markdown-it's output unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { claimcheckPreview, type PreviewOptions } from '../../src/core/report/previewPlugin';

const dataset = bundledIndex();

const DOC = `# Valuation

OpenAI's valuation went from $300 billion in March 2025 to $500 billion in October 2025, a 40% rise.

Inline \`a 40% rise from $1 billion\` is code, and so is the block below.

\`\`\`
went from $1 billion to $5 billion, a 40% increase
\`\`\`

| Region | Sales |
|---|---|
| A | $2 billion |
| B | $3 billion |
| Total | $5 billion |
`;

function render(doc: string, options: Partial<PreviewOptions> = {}, mdOptions: MarkdownIt.Options = {}): string {
  const md = claimcheckPreview(new MarkdownIt(mdOptions), () => ({ enable: true, dataset, ...options }));
  return md.render(doc);
}

/** The rendering with claimcheck's spans and badges taken out. */
function unmarked(html: string): string {
  return html
    .replace(/<span class="claimcheck-badge"[^>]*>[^<]*<\/span><\/span>/g, '')
    .replace(/<span class="claimcheck claimcheck-[a-z]+" title="[^"]*">/g, '');
}

test('figures get a status span and a badge; the rest of the rendering is unchanged', () => {
  const plain = new MarkdownIt().render(DOC);
  const html = render(DOC);
  assert.equal(unmarked(html), plain);
  assert.match(html, /<span class="claimcheck claimcheck-contradicted" title="[^"]*">40%<span class="claimcheck-badge" aria-label="Contradicted">✗<\/span><\/span> rise/);
  assert.match(html, /<span class="claimcheck claimcheck-agrees" title="[^"]*">\$300 billion<span class="claimcheck-badge" aria-label="Agrees with the dataset">✓<\/span><\/span>/);
  // Table cells, through the row's source line.
  assert.match(html, /<td><span class="claimcheck claimcheck-follows" title="[^"]*">\$2 billion<span class="claimcheck-badge"[^>]*>=<\/span><\/span><\/td>/);
  assert.equal((html.match(/class="claimcheck-badge"/g) ?? []).length, 6);
});

test('the tooltip carries the message and the arithmetic, escaped', () => {
  const html = render(DOC);
  const title = /claimcheck-contradicted" title="([^"]*)"/.exec(html)?.[1] ?? '';
  assert.match(title, /Going from \$300 billion to \$500 billion is a rise of 67%, not 40%\./);
  assert.match(title, /÷ \$300B = 66\.7%/);
  const agrees = /claimcheck-agrees" title="([^"]*)"/.exec(html)?.[1] ?? '';
  assert.match(agrees, /OpenAI&#39;s valuation/, 'apostrophes escaped in the attribute');
});

test('no figure inside a code span or a code block is marked', () => {
  const html = render(DOC);
  assert.match(html, /<code>a 40% rise from \$1 billion<\/code>/);
  assert.match(html, /<pre><code>went from \$1 billion to \$5 billion, a 40% increase\n<\/code><\/pre>/);
});

test('turned off, the output is markdown-it\'s own', () => {
  const md = claimcheckPreview(new MarkdownIt(), () => ({ enable: false, dataset }));
  assert.equal(md.render(DOC), new MarkdownIt().render(DOC));
});

test('a failing analysis or options callback leaves the preview as it was', () => {
  const plain = new MarkdownIt().render(DOC);
  const md = claimcheckPreview(new MarkdownIt(), () => ({
    enable: true,
    dataset,
    analyze: () => {
      throw new Error('boom');
    },
  }));
  assert.equal(md.render(DOC), plain);
  const md2 = claimcheckPreview(new MarkdownIt(), () => {
    throw new Error('settings unavailable');
  });
  assert.equal(md2.render(DOC), plain);
});

test('hostile HTML in the draft stays escaped around a marked figure', () => {
  const doc = 'OpenAI made $13.1 billion in revenue in 2025 "><img src=x onerror=alert(1)> <script>alert(1)</script>.\n';
  const html = render(doc);
  assert.match(html, /claimcheck-agrees/);
  assert.doesNotMatch(html, /<img|<script/);
  assert.equal(unmarked(html), new MarkdownIt().render(doc));
});

test('a figure that appears twice in a line is marked where the analysis found it, not inside a longer number', () => {
  const doc = 'Revenue went from $1 billion to $5 billion, a 400% increase; 1400% is not 400%.\n';
  const html = render(doc);
  assert.doesNotMatch(html, /1<span class="claimcheck/);
  assert.match(html, /a <span class="claimcheck claimcheck-follows" title="[^"]*">400%/);
});

test('a draft over the size limit is left unmarked', () => {
  assert.equal(render(DOC, { maxLength: 100 }), new MarkdownIt().render(DOC));
  assert.match(render(DOC, { maxLength: 100_000 }), /claimcheck-badge/);
});

test('figures broken across lines, which no text token holds, do not stop the marks after them', () => {
  const doc = `Revenue ${Array.from({ length: 40 }, (_, i) => (i % 20 === 19 ? 'and $2 billion ' : 'then $1\nbillion ')).join('')}.\n`;
  const html = render(doc);
  assert.equal((html.match(/class="claimcheck claimcheck-/g) ?? []).length, 2);
});
