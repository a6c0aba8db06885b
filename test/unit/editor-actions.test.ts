// The editor-neutral edits behind the code actions (src/core/editor), shared by the VS Code
// extension and the language server: cite the source (link and footnote), fix-all, the
// disable comment, and the hover text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { loadDatasets } from '../../src/core/dataset/load';
import { applyEdits, citableAt, citationTitle, citeSourceEdits, disableCommentEdit, fixAllEdits } from '../../src/core/editor/actions';
import { hoverMarkdown } from '../../src/core/editor/hover';

const RIGHT = "OpenAI's revenue in 2025 was $13.1 billion.\n";
const WRONG = "OpenAI's revenue in 2025 was $11 billion.\n";

test('a figure the dataset confirms can cite its source as a link after the figure', () => {
  const c = citableAt(analyze(RIGHT), RIGHT.indexOf('$13.1') + 1, bundledIndex());
  assert.ok(c);
  assert.equal(c.relation, 'confirms');
  assert.equal(c.figureText, '$13.1 billion');
  const out = applyEdits(RIGHT, citeSourceEdits(RIGHT, c.figure, c.fact, 'link'));
  const { outlet, date, url } = c.fact.source;
  assert.equal(out, `OpenAI's revenue in 2025 was $13.1 billion ([${outlet}, ${date}](${url})).\n`);
  assert.match(citationTitle(c, 'link'), /^Cite the source after \$13\.1 billion: /);
});

test('a figure the dataset corrects cites the fact it is corrected with', () => {
  const c = citableAt(analyze(WRONG), WRONG.indexOf('$11') + 1, bundledIndex());
  assert.ok(c);
  assert.equal(c.relation, 'corrects');
  assert.equal(c.fact.id, 'openai-revenue-2025');
});

test('figures the dataset does not cover offer no citation', () => {
  const text = 'Acme Widgets grew revenue 10% to $5 million.\n';
  assert.equal(citableAt(analyze(text), text.indexOf('$5') + 1, bundledIndex()), undefined);
  assert.equal(citableAt(analyze(text), 0, bundledIndex()), undefined);
});

test('a figure merely inside a one-sided bound ("up to $100 billion") is not given that source', () => {
  const file = {
    facts: [
      { id: 'acme-investment', entity: 'OpenAI', metric: 'investment', value: 100e9, unit: 'USD', bound: 'upTo', reported: 'up to $100 billion', period: '2025-09', basis: 'target', source: { outlet: 'Wire', title: 'Deal', url: 'https://example.com/deal', date: '2025-09-22' } },
    ],
  };
  const dataset = loadDatasets([{ origin: 'mine.json', text: JSON.stringify(file) }], { includeBundled: false });
  assert.deepEqual(dataset.problems, []);
  for (const text of ['OpenAI invested $5 billion in September 2025.\n', 'OpenAI invested $100 billion in September 2025.\n']) {
    const c = citableAt(analyze(text, { dataset: dataset.index }), text.indexOf('$') + 1, dataset.index);
    if (text.includes('$5 ')) assert.equal(c, undefined, text);
    else if (c) assert.equal(c.fact.id, 'acme-investment');
  }
});

test('a footnote: marker after the figure, definition at the end; the same source reuses its footnote', () => {
  const text = `# Money\n\n${RIGHT}\nAgain: ${RIGHT}`;
  const c1 = citableAt(analyze(text), text.indexOf('$13.1') + 1, bundledIndex());
  assert.ok(c1);
  const once = applyEdits(text, citeSourceEdits(text, c1.figure, c1.fact, 'footnote'));
  const { outlet, title, date, url } = c1.fact.source;
  assert.ok(once.includes('$13.1 billion[^claimcheck-1].'));
  assert.ok(once.endsWith(`\n\n[^claimcheck-1]: ${outlet}, “${title}”, ${date}, <${url}>\n`), once);
  const c2 = citableAt(analyze(once), once.lastIndexOf('$13.1') + 1, bundledIndex());
  assert.ok(c2);
  const twice = applyEdits(once, citeSourceEdits(once, c2.figure, c2.fact, 'footnote'));
  assert.equal(twice.match(/\[\^claimcheck-1\]/g)?.length, 3, 'two markers, one definition');
  assert.ok(!twice.includes('claimcheck-2'));
});

test('a new footnote takes the next number and joins the definitions at the end, CRLF kept', () => {
  const text = 'Text[^claimcheck-3].\r\n\r\n[^claimcheck-3]: Elsewhere, 2024-01-01\r\n';
  const fact = bundledIndex().byId('openai-revenue-2025');
  assert.ok(fact);
  const out = applyEdits(text, citeSourceEdits(text, { start: 4, end: 4 }, fact, 'footnote'));
  assert.ok(out.startsWith('Text[^claimcheck-4][^claimcheck-3].'));
  assert.match(out, /\r\n\[\^claimcheck-3\]: Elsewhere, 2024-01-01\r\n\[\^claimcheck-4\]: [^\r\n]+\r\n$/);
});

test('fix-all takes every certain fix once, never two overlapping', () => {
  const text = 'Revenue rose from $1 billion to $5 billion, a 500% increase. The company cut costs by 150%.\n';
  const fixes = fixAllEdits(analyze(text).findings);
  assert.ok(fixes.length >= 1);
  for (let i = 1; i < fixes.length; i++) assert.ok(fixes[i].span.start >= fixes[i - 1].span.end);
  const fixed = applyEdits(text, fixes.map((f) => ({ start: f.span.start, end: f.span.end, text: f.text })));
  assert.ok(fixed.includes('400%'));
});

test('the disable comment goes above a block, or at the end of a line inside one', () => {
  const text = 'Intro line\n\n  Para with 500%.\n- item 20%\n';
  assert.deepEqual(disableCommentEdit(text, 2, 'sign'), { start: 12, end: 12, text: '  <!-- claimcheck-disable-next-line sign -->\n' });
  const inList = disableCommentEdit(text, 3, 'sign');
  assert.equal(inList.start, text.indexOf('20%') + 3);
  assert.equal(inList.text, ' <!-- claimcheck-disable-line sign -->');
});

test('the hover text names the reading and the dataset source, escaped', () => {
  const h = hoverMarkdown(analyze(WRONG), WRONG.indexOf('$11') + 1, bundledIndex());
  assert.ok(h);
  assert.equal(WRONG.slice(h.span.start, h.span.end), '$11 billion');
  assert.match(h.markdown, /^\*\*claimcheck\*\* · `\$11 billion`/);
  assert.match(h.markdown, /\*\*dataset-mismatch\*\*/);
  assert.match(h.markdown, /\*\*Dataset\*\*/);
});
