// Which figures the dataset rules compare (issue 15): a quarter the figure's own sentence names
// without its year, placed by the document's date; a table cell dated by its column header;
// and when a sentence about a segment leaves the company's figure in doubt. Bundled dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { hoverMarkdown } from '../../src/core/editor/hover';

/** The dataset-mismatch findings of a text as "figure → fix" ("figure → none" without a fix). */
function mismatches(text: string, documentDate?: string): string[] {
  return analyze(text, { documentDate })
    .findings.filter((f) => f.ruleId === 'dataset-mismatch')
    .map((f) => `${text.slice(f.span.start, f.span.end)} → ${f.fix?.text ?? 'none'}`);
}

test('a quarter named without its year in the figure’s own sentence is compared, placed by the date: warned on, never fixed', () => {
  // Amazon's Q1 2025 net sales were $155.7 billion (bundled dataset).
  const text = 'Amazon reported results. Net sales increased 9% to $194.6 billion in the first quarter.';
  assert.deepEqual(mismatches(text, '2025-05-01'), ['$194.6 billion → none']);
  // The right figure agrees; no date, no year: nothing is compared.
  assert.deepEqual(mismatches(text.replace('$194.6', '$155.7'), '2025-05-01'), []);
  assert.deepEqual(mismatches(text), []);
  // A quarter named in another sentence is what the text is about, not the figure's own word.
  assert.deepEqual(mismatches('Amazon reported first quarter results. Net sales increased 9% to $194.6 billion.', '2025-05-01'), []);
});

test('a yearless quarter that had not ended by the document’s date is not compared: its result could not be reported yet', () => {
  // Written in May 2025, "the second quarter" with a result is 2024's ($39.07 billion), not Q2 2025 ($47.52 billion).
  const text = 'Meta reported results. Revenue was $39 billion in the second quarter.';
  assert.deepEqual(mismatches(text, '2025-05-10'), []);
  // Written after the quarter ended, it is the quarter just reported.
  assert.deepEqual(mismatches(text, '2025-08-01'), ['$39 billion → none']);
  const period = analyze(text, { documentDate: '2025-05-10' }).claims.flatMap((c) => c.readings).find((r) => r.quantity.text === '$39 billion')?.period;
  assert.equal(period?.canonical, 'Q2 2025');
  assert.equal(period?.unended, true);
});

test('a table cell dated by its column header is fixed like a figure whose sentence names its period', () => {
  // Meta's Q2 2025 operating margin was 43%.
  const table = 'Meta reported its results.\n\n| | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 |\n|---|---|---|\n| Operating margin | 53 % | 38 % |\n';
  assert.deepEqual(mismatches(table, '2025-07-30'), ['53 % → 43 %']);
  // A period carried from an earlier sentence is still a guess: warned on, never fixed.
  assert.deepEqual(mismatches('Meta reported results for the second quarter of 2025. Its operating margin was 53%.', '2025-07-30'), ['53% → none']);
});

test('a company named after a segment that is the sentence’s subject leaves the figure in doubt', () => {
  // Nvidia's Q3 FY2026 revenue was $57.0 billion; its data center segment's $51.2 billion.
  const segment = "Sales in the data-centre segment, which accounts for a majority of Nvidia's revenue, grew to US$51.2 billion in the third quarter of fiscal 2026.";
  assert.deepEqual(mismatches(segment, '2025-11-20'), []);
  // The company's own figure is compared.
  assert.deepEqual(mismatches('Nvidia revenue grew to US$51.2 billion in the third quarter of fiscal 2026.', '2025-11-20'), ['US$51.2 billion → US$57.01 billion']);
  // A segment named after the figure does not doubt it.
  assert.deepEqual(mismatches("Nvidia revenue grew to US$51.2 billion in the third quarter of fiscal 2026, led by the data-centre segment.", '2025-11-20'), ['US$51.2 billion → US$57.01 billion']);
});

test('the hover does not call a yearless quarter of the figure’s own sentence uncompared', () => {
  const text = '---\ndate: 2025-05-01\n---\n\nAmazon reported results. Net sales increased 9% to $155.7 billion in the first quarter.\n';
  const md = hoverMarkdown(analyze(text), text.indexOf('$155.7') + 1, bundledIndex(), undefined, { text })?.markdown ?? '';
  assert.match(md, /year from the document's date \\\(2025-05-01\\\)/);
  assert.doesNotMatch(md, /not compared with the dataset/);
});

test('"quarterly" agrees with a quarter carried from the sentence before, not with a year', () => {
  // Oracle's Q2 FY2026 revenue was $16.1 billion.
  const text = 'Oracle reported results for the second quarter of fiscal 2026. Total quarterly revenues were up 14% in USD to $19.1 billion.';
  assert.deepEqual(mismatches(text, '2025-12-10'), ['$19.1 billion → none']);
  // A year carried into a sentence about a quarter's figure is in doubt, as before.
  assert.deepEqual(mismatches('Amazon had a strong 2025. Its quarterly revenue was $80 billion.', '2026-02-10'), []);
});

test('a figure a thousand times a lower bound’s own digits is a scale slip, though the bound allows it', () => {
  // The dataset has ChatGPT at "surpassed 800 million" weekly users in October 2025.
  const slips = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.ruleId === 'scale-slip' || f.ruleId === 'dataset-mismatch')
      .map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)} → ${f.fix?.text ?? 'none'}`);
  assert.deepEqual(slips('ChatGPT had 800 billion weekly active users in October 2025.'), ['scale-slip 800 billion → 800 million']);
  // Above the bound by other digits, or a thousandth of an upper bound ("up to $100 billion"), says nothing.
  assert.deepEqual(slips('ChatGPT had 1 billion weekly active users in October 2025.'), []);
  assert.deepEqual(slips('Nvidia will invest $100 million in OpenAI, it said in September 2025.'), []);
});

test('the two ends of a range are compared as the range: it agrees when it holds the fact, and a range that misses gets no fix', () => {
  // Amazon's Q1 2025 net sales were $155.7 billion.
  const sales = (range: string) => mismatches(`Amazon net sales were ${range} in the first quarter of 2025.`, '2025-06-01');
  // "$150 billion" alone misses $155.7 billion; the range holds it.
  assert.deepEqual(sales('between $150 billion and $160 billion'), []);
  assert.deepEqual(sales('$155 billion to $157 billion'), []);
  // Writing the fact over one end would make a new range: warned on, never fixed.
  assert.deepEqual(sales('between $150 billion and $152 billion'), ['$150 billion → none', '$152 billion → none']);
  assert.deepEqual(sales('$158 billion to $160 billion'), ['$158 billion → none', '$160 billion → none']);
});
