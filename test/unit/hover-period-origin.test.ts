// The hover says which context gave a figure its period ("period from the heading on line 3",
// "period carried from the sentence on line 5") and when the dataset's newest fact is far
// older than the article (issue 15 part 2, issue 16 part 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { hoverMarkdown } from '../../src/core/editor/hover';

const hover = (text: string, figure: string): string =>
  hoverMarkdown(analyze(text), text.indexOf(figure) + 1, bundledIndex(), undefined, { text })?.markdown ?? '';

test('the hover names the line of the heading that dated the figure', () => {
  const text = '# Notes\n\n## OpenAI in 2025\n\nOpenAI made $13 billion in revenue.\n';
  assert.match(hover(text, '$13 billion'), /period from the heading on line 3/);
});

test('a heading-dated figure that a dataset finding did compare is not said to be uncompared', () => {
  // superseded checks a guidance figure against its revision whatever gave it its period.
  const text = "# Alphabet's 2025\n\nAlphabet expects capital expenditure of $75 billion.\n";
  const md = hover(text, '$75 billion');
  assert.match(md, /\*\*superseded\*\*/);
  assert.match(md, /period from the heading on line 1/);
  assert.doesNotMatch(md, /not compared with the dataset/);
  // With no dataset finding, the note still says so.
  assert.match(hover('# Notes\n\n## OpenAI in 2025\n\nOpenAI made $13 billion in revenue.\n', '$13 billion'), /heading on line 3 \\\(not compared with the dataset\\\)/);
});

test('the hover names the line of the sentence a period was carried from', () => {
  const text = 'Intro.\n\nIn 2025, OpenAI made $13 billion in revenue.\nIt burned $8 billion in cash.\n';
  assert.match(hover(text, '$8 billion'), /period carried from the sentence on line 3/);
});

test('the hover says when the newest fact is more than two quarters older than the article', () => {
  const text = '---\ndate: 2031-06-01\n---\n\nNvidia revenue is now $90 billion a quarter.\n';
  assert.match(hover(text, '$90 billion'), /The newest fact for Nvidia revenue is .*; this article is dated 2031-06-01\./);
  // An article of the dataset's own time says nothing of the kind.
  const recent = '---\ndate: 2025-03-01\n---\n\nNvidia revenue was $39.3 billion in the fourth quarter of fiscal 2025.\n';
  assert.doesNotMatch(hover(recent, '$39.3 billion'), /The newest fact/);
});
