// Who, what and when for every figure (issue 15): the document's date, the headline and
// headings, what carries within a paragraph, dates that belong to another phrase, and the
// kind of statement a figure makes. Each test names the misreading it guards against.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer, type AnalyzeOptions } from '../../src/core/analyze';
import type { Reading } from '../../src/core/types';
import { testIndex } from './dataset-fixtures';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { documentDateOf, readFrontMatter } from '../../src/core/read/documentDate';

/** The reading of the figure written as `figure` in `text`. */
function readingOf(text: string, figure: string, options: AnalyzeOptions = {}): Reading {
  const result = analyze(text, { dataset: testIndex(), ...options });
  for (const c of result.claims) for (const r of c.readings) if (text.slice(r.quantity.span.start, r.quantity.span.end) === figure) return r;
  throw new Error(`no reading of ${figure}`);
}

function datasetFindings(text: string, options: AnalyzeOptions = {}) {
  return analyze(text, { dataset: testIndex(), ...options }).findings.filter((f) => f.ruleId === 'dataset-mismatch' || f.ruleId === 'scale-slip' || f.ruleId === 'superseded');
}

// --- 1. The document's date ----------------------------------------------------------

test('the document date comes from the caller, else the front matter, else a dateline', () => {
  assert.equal(documentDateOf('text', '2025-10-06')?.iso, '2025-10-06');
  assert.equal(documentDateOf('---\ntitle: "A"\ndate: 2025-04-01\n---\n\nText.')?.iso, '2025-04-01');
  assert.equal(documentDateOf('SAN FRANCISCO, Oct 6, 2025 (Reuters) - Text.')?.iso, '2025-10-06');
  assert.equal(documentDateOf('Oct. 6, 2025 — Text.')?.iso, '2025-10-06');
  // A dateline without a year gives no year to read "this year" against.
  assert.equal(documentDateOf('SAN FRANCISCO, Oct 6 (Reuters) - Text.'), null);
  assert.equal(documentDateOf('No date here.'), null);
  assert.deepEqual(readFrontMatter('---\ntitle: "OpenAI: a year"\ndate: 2025-10-06\n---\n'), { title: 'OpenAI: a year', date: '2025-10-06' });
});

test('"this year" and "last quarter" resolve against the document date', () => {
  const text = 'OpenAI expects revenue of $30 billion this year. It made $4.3 billion last quarter.';
  assert.equal(readingOf(text, '$30 billion', { documentDate: '2025-10-06' }).period?.canonical, '2025');
  assert.equal(readingOf(text, '$4.3 billion', { documentDate: '2025-10-06' }).period?.canonical, 'Q3 2025');
  assert.equal(readingOf(text, '$4.3 billion', { documentDate: '2026-01-15' }).period?.canonical, 'Q4 2025');
});

test('"the latest reported quarter" is not the document\'s month: which quarter was last reported the date does not tell', () => {
  const text = 'For the latest reported quarter, OpenAI posted revenue of $4.3 billion.';
  assert.equal(readingOf(text, '$4.3 billion', { documentDate: '2026-02-26' }).period, null);
  assert.equal(readingOf('OpenAI is now valued at $500 billion.', '$500 billion', { documentDate: '2025-10-06' }).period?.canonical, '2025-10');
  // A round is of its day: "its latest funding round" is the document's month.
  assert.equal(readingOf('OpenAI raised $6.6 billion in its latest funding round.', '$6.6 billion', { documentDate: '2024-10-03' }).period?.canonical, '2024-10');
});

test('without a document date the relative words stay unresolved, never today', () => {
  const text = 'OpenAI made $4.3 billion last quarter.';
  assert.equal(readingOf(text, '$4.3 billion').period, null);
});

test('the front matter date and a dateline date the text', () => {
  assert.equal(readingOf('---\ndate: 2025-10-06\n---\n\nOpenAI made $4.3 billion last quarter.', '$4.3 billion').period?.canonical, 'Q3 2025');
  assert.equal(readingOf('SAN FRANCISCO, Oct 6, 2025 (Reuters) - OpenAI made $4.3 billion last quarter.', '$4.3 billion').period?.canonical, 'Q3 2025');
});

test('"now" is the month the document was written: an old article is held against the facts of its month', () => {
  // The dataset has OpenAI at $500 billion in October 2025 and $840 billion in February 2026.
  const text = '---\ndate: 2025-10-06\n---\n\nOpenAI is now valued at $500 billion.';
  assert.equal(readingOf(text, '$500 billion').period?.canonical, '2025-10');
  assert.deepEqual(datasetFindings(text), []);
});

test('a changed document date reads the blocks again (the cache key holds the date)', () => {
  const analyzer = createAnalyzer({ dataset: testIndex() });
  const body = '\n---\n\nOpenAI made $4.3 billion last quarter.\n\nAnother paragraph without figures.\n';
  const periodIn = (text: string) => analyzer.analyze(text).claims[0].readings[0].period?.canonical;
  assert.equal(periodIn(`---\ndate: 2025-10-06${body}`), 'Q3 2025');
  assert.equal(periodIn(`---\ndate: 2026-01-15${body}`), 'Q4 2025');
  assert.equal(periodIn(`---\ndate: 2025-10-06${body}`), 'Q3 2025');
});

// --- 2. Headline and headings ------------------------------------------------------------

test("a heading's period dates the figures of its section that name none", () => {
  const text = '## OpenAI, 2025\n\nRevenue was $13.1 billion. Cash burn was $8 billion.\n\n## 2024\n\nRevenue was $3.7 billion.\n';
  const r = readingOf(text, '$13.1 billion');
  assert.equal(r.entity, 'OpenAI');
  assert.equal(r.period?.canonical, '2025');
  assert.equal(r.period?.inferred, 'heading');
  assert.equal(readingOf(text, '$8 billion').period?.canonical, '2025');
  assert.equal(readingOf(text, '$3.7 billion').period?.canonical, '2024');
});

test("a figure's own period wins over its heading's, and a deeper heading keeps the one above", () => {
  const text = '# OpenAI in 2025\n\n## Users\n\nChatGPT had 800 million weekly users in October 2024.\n\nRevenue was $13.1 billion.\n';
  assert.equal(readingOf(text, '800 million').period?.canonical, '2024-10');
  assert.equal(readingOf(text, '$13.1 billion').period?.canonical, '2025');
});

test("the front matter title is the headline: its entity and period open the article", () => {
  const text = '---\ntitle: "OpenAI\'s 2025 in numbers"\n---\n\nRevenue was $13.1 billion.\n';
  const r = readingOf(text, '$13.1 billion');
  assert.equal(r.entity, 'OpenAI');
  assert.equal(r.period?.canonical, '2025');
});

test("a heading's period is what the section is about, not the figure's own: read, never compared", () => {
  // "## Q4 and fiscal 2025" heads quarterly and yearly figures alike.
  const text = '## OpenAI, 2025\n\nRevenue was $11 billion.\n';
  assert.equal(readingOf(text, '$11 billion').period?.canonical, '2025');
  assert.deepEqual(datasetFindings(text), []);
});

test('a calendar half or quarter read next to "fiscal" is not compared', () => {
  // Nvidia's first quarter of fiscal 2025 ended in April 2024: not the calendar Q1 2025.
  assert.deepEqual(datasetFindings('OpenAI revenue was $1 billion in H1 2025, the first half of its fiscal 2025.'), []);
});

test('"now" without a document date stays the latest fact, as before', () => {
  assert.equal(readingOf('OpenAI is now valued at $500 billion.', '$500 billion').period, null);
});

// --- 3. What carries within a paragraph ----------------------------------------------------

test('entity and period carry to the next sentence; the metric is its own', () => {
  const text = 'OpenAI said revenue rose 56% to $13.1 billion in 2025. Net income was $2 billion.';
  const r = readingOf(text, '$2 billion');
  assert.equal(r.entity, 'OpenAI');
  assert.equal(r.period?.canonical, '2025');
  assert.equal(r.metric, 'netIncome');
});

test('a name after the carried company\'s own figures (a partner, an object) does not become the next sentence\'s subject', () => {
  const text = "Microsoft said revenue rose 18% to $77.7 billion. Commercial bookings soared 112%, largely due to OpenAI's commitments to Azure. Remaining performance obligations surged 51% to $392 billion.";
  const bundled = { dataset: bundledIndex() };
  assert.equal(readingOf(text, '112%', bundled).entity, 'Microsoft');
  assert.equal(readingOf(text, '$392 billion', bundled).entity, 'Microsoft');
  // A sentence whose figures are the named company's hands that company on.
  const next = 'Microsoft said revenue rose 18% to $77.7 billion. OpenAI made $13.1 billion in 2025. Net income was $2 billion.';
  assert.equal(readingOf(next, '$2 billion', bundled).entity, 'OpenAI');
});

// --- 4. Dates that belong to another phrase ------------------------------------------------

test('a founding year or "since" date is not the figure\'s period', () => {
  assert.equal(readingOf('Founded in 2015, OpenAI made $13.1 billion in revenue.', '$13.1 billion').period, null);
  assert.equal(readingOf('In 2025, Nvidia, a chipmaker since 1993, reported revenue of $130 billion.', '$130 billion').period?.canonical, '2025');
});

test('a year in a trailing clause about the future does not date the figure before it', () => {
  const text = 'OpenAI made $13.1 billion in revenue, and expects to double it in 2026.';
  assert.notEqual(readingOf(text, '$13.1 billion').period?.canonical, '2026');
  assert.equal(readingOf('OpenAI made $13.1 billion in revenue and expects to double it in 2026.', '$13.1 billion').period, null);
  assert.equal(readingOf('OpenAI revenue was $13.1 billion, which it expects to double in 2026.', '$13.1 billion').period, null);
  // A forecast's own year stays: "expects revenue of $30 billion in 2026".
  assert.equal(readingOf('OpenAI expects revenue of $30 billion in 2026.', '$30 billion').period?.canonical, '2026');
});

// --- 5. Kinds of statement ---------------------------------------------------------------

test('each reading has a kind of statement', () => {
  assert.equal(readingOf('OpenAI made $13.1 billion in 2025.', '$13.1 billion').kind, 'actual');
  assert.equal(readingOf('OpenAI expects revenue of $30 billion in 2026.', '$30 billion').kind, 'guidance');
  assert.equal(readingOf('Analysts expect OpenAI revenue of $30 billion in 2026.', '$30 billion').kind, 'projection');
  assert.equal(readingOf('OpenAI aims to reach revenue of $200 billion by 2030.', '$200 billion').kind, 'target');
  assert.equal(readingOf('OpenAI burned an estimated $2.5 billion in 2025.', '$2.5 billion').kind, 'estimate');
  // A forecast in the next coordinated clause is not the spent figure's ("…, and forecasts $175 billion").
  const spentThenForecast = 'OpenAI spent $9.1 billion on compute last year, and forecasts $17 billion in 2026.';
  assert.equal(readingOf(spentThenForecast, '$9.1 billion').kind, 'actual');
  assert.equal(readingOf(spentThenForecast, '$17 billion').kind, 'guidance');
  assert.equal(readingOf('OpenAI set a $100 billion revenue target.', '$100 billion').kind, 'target');
});

test('a forecast is never corrected to an actual', () => {
  // The dataset's 2025 revenue is a $13.1 billion actual (and $10 and $13 billion earlier projections).
  assert.deepEqual(datasetFindings('OpenAI expects revenue of $11.6 billion in 2025.'), []);
});

test('an actual is never corrected to a forecast', () => {
  // The dataset's 2026 cash burn is a projection only; the sentence's "expects" is about something else.
  assert.deepEqual(datasetFindings('OpenAI burned $3 billion in cash in 2026, and it expects to spend more.'), []);
});

test('a figure marked as earlier is of the period before, not compared with the current fact', () => {
  const text = 'OpenAI revenue reached $13.1 billion in 2025, up from $3.7 billion.';
  assert.equal(readingOf(text, '$3.7 billion').period?.canonical, '2024');
  assert.deepEqual(datasetFindings(text), []);
  const quarter = 'OpenAI revenue reached $4.3 billion in Q3 2025, up from $3 billion.';
  assert.equal(readingOf(quarter, '$3 billion').period, null);
});

test('"now" with a date is the latest fast-moving level of that month or the one before, never a staler one', () => {
  // October 2025: $500 billion. An article of November 2025 is held against it (a warning, no fix).
  const recent = datasetFindings('---\ndate: 2025-11-10\n---\n\nOpenAI is now valued at $300 billion.');
  assert.equal(recent.length, 1);
  assert.equal(recent[0].fix, null);
  // February 2026: $840 billion. In June 2026, "now valued at $900 billion" may be the news of a new round.
  assert.deepEqual(datasetFindings('---\ndate: 2026-06-10\n---\n\nOpenAI is now valued at $900 billion.'), []);
});

test('a quarter named without a year is placed by the document date when the text does not place it', () => {
  const text = 'Second quarter revenue was a record $7.7 billion.';
  assert.equal(readingOf(text, '$7.7 billion', { documentDate: '2025-08-05' }).period?.canonical, 'Q2 2025');
  assert.equal(readingOf(text, '$7.7 billion', { documentDate: '2026-01-20' }).period?.canonical, 'Q2 2025');
  assert.equal(readingOf('Fourth quarter revenue was $9 billion.', '$9 billion', { documentDate: '2026-01-20' }).period?.canonical, 'Q4 2025');
  assert.equal(readingOf(text, '$7.7 billion').period, null);
});

test('the hover says where a period came from and which kind of statement a figure is', async () => {
  const { readingNotes } = await import('../../src/core/read/context');
  const r = readingOf('## OpenAI, 2025\n\nOpenAI expects revenue of $30 billion.\n', '$30 billion');
  assert.deepEqual(readingNotes(r), ["period from the section's heading (not compared with the dataset)", 'guidance']);
  assert.deepEqual(readingNotes(readingOf('OpenAI made $13.1 billion in 2025.', '$13.1 billion')), []);
});

test('a year said of something else earlier does not date a figure of now', () => {
  const text = 'In 2018, OpenAI released its first model. Today it makes $13 billion a year.';
  assert.equal(readingOf(text, '$13 billion').period, null);
  assert.equal(readingOf(text, '$13 billion', { documentDate: '2025-10-06' }).period?.canonical, '2025-10');
});

test('the hover names a kind of statement other than actual even when no period was read', async () => {
  const { hoverMarkdown } = await import('../../src/core/editor/hover');
  const { bundledIndex } = await import('../../src/core/dataset/bundled');
  const text = 'OpenAI is expected to spend $20 billion on chips.\n';
  const md = hoverMarkdown(analyze(text), text.indexOf('$20'), bundledIndex())?.markdown ?? '';
  assert.match(md, /entity \*\*OpenAI\*\*, projection/);
});
