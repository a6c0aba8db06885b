// Metrics writers confuse stay apart (issue 15, part 2): revenue, run rate, bookings, backlog
// and remaining performance obligations; net income and earnings per share; a segment and its
// company; amount raised and valuation; GAAP and non-GAAP; gross, operating and net figures.
// Each table row is a sentence as published writing puts it and what its figure must be read
// as; each misreading it guards against was read on the code before this change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Reading } from '../../src/core/types';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { buildIndex, type DatasetIndex } from '../../src/core/dataset/lookup';
import { DatasetFile } from '../../src/core/dataset/schema';
import { readingParts } from '../../src/core/readingOf';

/** The reading of the figure written as `figure` in `text` (the bundled dataset's entities). */
function readingOf(text: string, figure: string, dataset: DatasetIndex = bundledIndex()): Reading {
  const result = analyze(text, { dataset });
  for (const c of result.claims) for (const r of c.readings) if (text.slice(r.quantity.span.start, r.quantity.span.end) === figure) return r;
  throw new Error(`no reading of ${figure}`);
}

interface MetricCase {
  text: string;
  figure: string;
  metric: string | null;
  /** The metric a change, rate or share figure is of. */
  of?: string;
}

/** Each figure is read as its metric (or, for a change, as a change of `of`). */
function expectMetrics(cases: readonly MetricCase[]): void {
  for (const c of cases) {
    const r = readingOf(c.text, c.figure);
    assert.equal(r.metric, c.metric, `${c.figure} in "${c.text}"`);
    assert.equal(r.ofMetric, c.of, `what ${c.figure} is of, in "${c.text}"`);
  }
}

test('earnings per share is never net income, and a change says which of the two changed', () => {
  expectMetrics([
    { text: "Nvidia's diluted earnings per share were $1.30 in the quarter.", figure: '$1.30', metric: 'eps' },
    { text: 'AMD reported net income of $872 million and diluted earnings per share of $0.54.', figure: '$0.54', metric: 'eps' },
    { text: 'AMD reported net income of $872 million and diluted earnings per share of $0.54.', figure: '$872 million', metric: 'netIncome' },
    { text: 'Net income increased 30% and EPS increased 31% to $2.82.', figure: '$2.82', metric: 'eps' },
    { text: 'Net income increased 30% and EPS increased 31% to $2.82.', figure: '30%', metric: null, of: 'netIncome' },
    { text: 'Net income increased 30% and EPS increased 31% to $2.82.', figure: '31%', metric: null, of: 'eps' },
  ]);
});

test('money counted per month, week or day is a rate, not the period\'s total', () => {
  expectMetrics([
    { text: 'OpenAI is generating $2 billion in revenue per month and made $13.1 billion in revenue last year.', figure: '$2 billion', metric: null },
    { text: 'OpenAI is generating $2 billion in revenue per month and made $13.1 billion in revenue last year.', figure: '$13.1 billion', metric: 'revenue' },
    { text: 'The startup burns $1 billion a month.', figure: '$1 billion', metric: null },
    // A year's figure, and a quarter before, are no rates.
    { text: 'Its revenue was $13 billion a year.', figure: '$13 billion', metric: 'revenue' },
    { text: 'Earnings per share stood at $15.36, compared with $13.94 a quarter earlier.', figure: '$13.94', metric: 'eps' },
    { text: 'Nvidia revenue is now $90 billion a quarter.', figure: '$90 billion', metric: 'revenue' },
  ]);
});

test('cash held is its own metric, never the burn or the round written near it', () => {
  expectMetrics([
    { text: 'In the first half of 2024, OpenAI burned through $340 million, leaving it with $1 billion in cash before its latest funding round.', figure: '$1 billion', metric: 'cash' },
    { text: 'In the first half of 2024, OpenAI burned through $340 million, leaving it with $1 billion in cash before its latest funding round.', figure: '$340 million', metric: 'cashBurn' },
    { text: 'Cash, cash equivalents, and marketable securities were $47.07 billion as of June 30, 2025.', figure: '$47.07 billion', metric: 'cash' },
    { text: 'The startup had $8 billion in cash burn last year.', figure: '$8 billion', metric: 'cashBurn' },
    // The burn verb right before the figure: the burn, paid in cash.
    { text: 'In the first half alone, OpenAI brought in $4.3 billion in revenue and burned $2.5 million in cash.', figure: '$2.5 million', metric: 'cashBurn' },
  ]);
});

test('an amount raised to date is every round together, and a purchase price is no metric', () => {
  expectMetrics([
    { text: 'Databricks said it expects to raise $10 billion. It has raised $8.6 billion to date.', figure: '$8.6 billion', metric: null },
    { text: 'Databricks said it expects to raise $10 billion. It has raised $8.6 billion to date.', figure: '$10 billion', metric: 'fundingRound' },
    { text: 'The startup has raised $2 billion since its founding.', figure: '$2 billion', metric: null },
    { text: "This deal marks Meta's second-largest investment to date, following its $19 billion acquisition of WhatsApp in 2014.", figure: '$19 billion', metric: null },
  ]);
});

test('a metric word after a time word, or before an added item, is not the figure\'s', () => {
  expectMetrics([
    // "before its latest funding round" dates the figure by an event.
    { text: 'OpenAI had $1 billion left before its latest funding round.', figure: '$1 billion', metric: null },
    // "along with $5 billion for research": another item than the training costs before it.
    { text: 'OpenAI anticipates $10 billion in training costs alone for 2026, along with $5 billion for research.', figure: '$5 billion', metric: null },
    { text: 'OpenAI anticipates $10 billion in training costs alone for 2026, along with $5 billion for research.', figure: '$10 billion', metric: 'trainingCost' },
  ]);
});

test('a metric word that opens its own movement is the next figure\'s, not the figure before it', () => {
  expectMetrics([
    // "EPS rising 23% to $4.27" is a statement of its own: $82.9 billion stays revenue.
    { text: 'Microsoft showed revenue rising 18% to $82.9 billion, EPS rising 23% to $4.27, and cloud growth of 40%.', figure: '$82.9 billion', metric: 'revenue' },
    { text: 'Microsoft showed revenue rising 18% to $82.9 billion, EPS rising 23% to $4.27, and cloud growth of 40%.', figure: '$4.27', metric: 'eps' },
    { text: 'Revenue was $10 billion, net income jumped by 30% to $2 billion.', figure: '$10 billion', metric: 'revenue' },
    { text: 'Sales came to $3 billion, operating income climbed sharply to $1 billion.', figure: '$3 billion', metric: 'revenue' },
    // A noun after the figure is the figure's own change, not a new statement.
    { text: 'Nvidia booked a $5 billion revenue increase.', figure: '$5 billion', metric: 'revenue' },
  ]);
});

test('an operating loss or operating profit is never net income', () => {
  expectMetrics([
    { text: 'Revenue was a record $7.7 billion, operating loss was $134 million, net income was $872 million.', figure: '$134 million', metric: 'operatingLoss' },
    { text: 'Revenue was a record $7.7 billion, operating loss was $134 million, net income was $872 million.', figure: '$872 million', metric: 'netIncome' },
    { text: "Alphabet's operating profit was $120 billion in 2025.", figure: '$120 billion', metric: 'operatingIncome' },
  ]);
});

test('bookings, backlog and remaining performance obligations are never revenue', () => {
  expectMetrics([
    { text: "Oracle's contract backlog rose to $455 billion.", figure: '$455 billion', metric: 'backlog' },
    { text: 'Its bookings reached $10 billion on revenue of $4 billion.', figure: '$10 billion', metric: 'bookings' },
    { text: 'Its bookings reached $10 billion on revenue of $4 billion.', figure: '$4 billion', metric: 'revenue' },
    { text: 'Oracle reported $455 billion in remaining performance obligations.', figure: '$455 billion', metric: 'rpo' },
    { text: "Anthropic's annualized revenue run rate reached $5 billion.", figure: '$5 billion', metric: 'revenueRunRate' },
  ]);
});

test('an amount raised and a valuation stay apart', () => {
  expectMetrics([
    { text: 'xAI raised $6 billion in a round that values it at $50 billion.', figure: '$6 billion', metric: 'fundingRound' },
    { text: 'xAI raised $6 billion in a round that values it at $50 billion.', figure: '$50 billion', metric: 'valuation' },
    { text: 'Anthropic raised $13 billion at a $183 billion post-money valuation.', figure: '$183 billion', metric: 'valuation' },
  ]);
});

test('gross margin and operating margin stay apart', () => {
  expectMetrics([
    { text: 'Operating income margin was 20% in the quarter.', figure: '20%', metric: 'operatingMargin' },
    { text: 'Gross margin was 40%, and operating margin was 30%.', figure: '40%', metric: 'grossMargin' },
    { text: 'Gross margin was 40%, and operating margin was 30%.', figure: '30%', metric: 'operatingMargin' },
    // A margin the vocabulary has no word for is no change or share of the net loss.
    { text: 'Net loss margin was 24% in the quarter.', figure: '24%', metric: null },
  ]);
});

test('free cash flow is never cash burn', () => {
  expectMetrics([
    { text: 'OpenAI generated free cash flow of $2 billion.', figure: '$2 billion', metric: 'freeCashFlow' },
  ]);
});

test('a change is shown as a change of its metric, and is never compared with that metric\'s facts', () => {
  const text = 'Alphabet revenues increased 16% to $102.3 billion in Q3 2025.';
  const result = analyze(text, { dataset: bundledIndex() });
  const claim = result.claims[0];
  const change = claim.quantities.find((q) => q.text === '16%')!;
  const parts = readingParts(claim, change);
  assert.equal(parts.metric, 'revenue');
  assert.equal(parts.change, true);
  const r = claim.readings.find((x) => x.quantity === change)!;
  assert.equal(r.metric, null, 'a 16% rise is no revenue figure');
});

test('a segment named after its company is the segment, never the company', () => {
  // The dataset's segment when it has one.
  assert.equal(readingOf("Nvidia's data center revenue grew to $51.2 billion in the quarter.", '$51.2 billion').entity, 'Nvidia Data Center');
  assert.equal(readingOf("Broadcom's AI semiconductor revenue was $6.5 billion.", '$6.5 billion').entity, 'Broadcom AI semiconductors');
  // Else no dataset entity: Google Services is not Alphabet, Oracle Cloud Infrastructure not Oracle.
  assert.equal(readingOf('Google Services revenues increased 14% to $87.1 billion.', '$87.1 billion').entity, null);
  assert.equal(readingOf('Google Services revenues increased 14% to $87.1 billion.', '14%').entity, null);
  assert.equal(readingOf('Oracle Cloud Infrastructure revenue rose 68% to $4.1 billion.', '$4.1 billion').entity, null);
  // The company itself, and a metric's own words after it, are still the company's.
  assert.equal(readingOf('Alphabet revenues increased 16% to $102.3 billion.', '$102.3 billion').entity, 'Alphabet');
  assert.equal(readingOf('Oracle signed a cloud contract worth $300 billion.', '$300 billion').entity, 'Oracle');
});

test('a segment named without its company is the segment too: before the metric word, as the subject, as a table row', () => {
  const oracle = 'For its first fiscal quarter of 2026, Oracle delivered strong results. ';
  // Segment words right before the metric word, the company named a sentence earlier.
  assert.equal(readingOf(`${oracle}Total revenue climbed 12% to $14.9 billion, while cloud revenue surged 28% to $7.2 billion.`, '$14.9 billion').entity, 'Oracle');
  assert.equal(readingOf(`${oracle}Total revenue climbed 12% to $14.9 billion, while cloud revenue surged 28% to $7.2 billion.`, '$7.2 billion').entity, null);
  assert.equal(readingOf(`${oracle}Total revenue climbed 12% to $14.9 billion, while cloud revenue surged 28% to $7.2 billion.`, '28%').entity, null);
  assert.equal(readingOf('Microsoft reported results on Tuesday. Search and news advertising revenue rose 21% to $3.9 billion.', '$3.9 billion').entity, null);
  // A segment as the subject of the sentence.
  assert.equal(readingOf(`${oracle}The standout was the cloud infrastructure unit, which generated $3.3 billion in revenue.`, '$3.3 billion').entity, null);
  // A table row named for a segment's metric.
  const table = `${oracle}\n\n| Metric | Q1 FY26 | Q1 FY25 |\n|---|---|---|\n| Revenue | $14.9 billion | $13.3 billion |\n| Cloud Infrastructure Revenue | $3.3 billion | $2.15 billion |\n`;
  assert.equal(readingOf(table, '$14.9 billion').entity, 'Oracle');
  assert.equal(readingOf(table, '$3.3 billion').entity, null);
  // "Software revenues" is a segment too: read as Oracle's total it was a false alarm in both Oracle releases of the dev split.
  assert.equal(readingOf(`${oracle}Software revenues were up 3% to $6.1 billion.`, '$6.1 billion').entity, null);
  // A company's own figure stays its own: a segment named after the figure's company, capex.
  assert.equal(readingOf('Azure and other cloud services revenue within the Intelligent Cloud segment increased 40 percent.', '40 percent').entity, 'Azure');
  assert.equal(readingOf('Microsoft said its AI infrastructure capex reached $80 billion.', '$80 billion').entity, 'Microsoft');
});

test('a correct article about a company and its cloud segment draws no dataset warning (the writer pass on Oracle Q1 FY2026)', () => {
  const text = `For its first fiscal quarter of 2026, Oracle delivered impressive results. Total revenue climbed 12% to $14.9 billion, while cloud revenue specifically surged 28% to $7.2 billion. The standout performance came from the cloud infrastructure unit, which generated $3.3 billion in revenue, a 55% year-over-year increase.

| Metric | Q1 FY26 | Q1 FY25 | Y/Y Change |
|---|---|---|---|
| Revenue | $14.9 billion | $13.3 billion | 12% |
| Cloud Revenue | $7.2 billion | $5.62 billion | 28.1% |
| Cloud Infrastructure Revenue | $3.3 billion | $2.15 billion | 53% |
`;
  const found = analyze(text).findings.filter((f) => f.severity !== 'info');
  assert.deepEqual(found.map((f) => `${f.ruleId}: ${f.message}`), []);
});

test('"would value X at" is a valuation; a relative clause after a round does not make the round a valuation; "the ChatGPT developer" is OpenAI', () => {
  const text = 'OpenAI, backed by Microsoft and SoftBank, is assembling a round of up to $100bn that would value the ChatGPT developer at about $830bn.';
  assert.equal(readingOf(text, '$830bn').metric, 'valuation');
  assert.equal(readingOf(text, '$830bn').entity, 'OpenAI');
  assert.equal(readingOf(text, '$100bn').metric, 'fundingRound');
  assert.equal(readingOf('The funds value the San Francisco AI company at $62 billion.', '$62 billion').metric, 'valuation');
  // A product named as itself stays the product.
  assert.equal(readingOf('ChatGPT has 800 million weekly users.', '800 million').entity, 'ChatGPT');
});

test('a figure of several companies named together is none of theirs, unless "respectively" hands one to each', () => {
  const group = 'Meta, Microsoft, Amazon, and Alphabet are ratcheting up capex, with analysts expecting a total of more than $600 billion in 2026.';
  assert.equal(readingOf(group, '$600 billion').entity, null);
  assert.equal(readingOf('Together, Meta, Microsoft, and Alphabet have spent $186 billion on capital expenditures.', '$186 billion').entity, null);
  const shares = 'The market shares of Amazon, Microsoft, and Google were 28%, 21%, and 14%, respectively.';
  assert.deepEqual(['28%', '21%', '14%'].map((f) => readingOf(shares, f).entity), ['Amazon', 'Microsoft', 'Alphabet']);
  // Not lists: an apposition, and a name that ends an object ("in Anthropic") before the next subject.
  assert.notEqual(readingOf("Azure, Microsoft's flagship cloud platform, grew by 39%.", '39%').entity, null);
  assert.equal(readingOf('Amazon has invested $8 billion in Anthropic and Alphabet has contributed $3 billion.', '$3 billion').entity, 'Alphabet');
});

// A small dataset: a company's GAAP and non-GAAP gross margin and its net income for one period.
const FACTS = DatasetFile.parse({
  entities: [{ name: 'Acme', aliases: [], kind: 'company' }],
  facts: [
    { id: 'acme-gm-gaap', entity: 'Acme', metric: 'grossMargin', value: 40, unit: 'percent', bound: 'exact', reported: '40%', period: 'Q2 2025', kind: 'actual', basis: 'gaap', source: { outlet: 'Acme', title: 'Acme results', date: '2025-08-05' } },
    { id: 'acme-ni-2024', entity: 'Acme', metric: 'netIncome', value: 62e9, unit: 'USD', bound: 'exact', reported: '$62 billion', period: '2024', kind: 'actual', basis: 'gaap', source: { outlet: 'Acme', title: 'Acme results', date: '2025-01-29' } },
    { id: 'acme-ni', entity: 'Acme', metric: 'netIncome', value: 872e6, unit: 'USD', bound: 'exact', reported: '$872 million', period: 'Q2 2025', kind: 'actual', basis: 'gaap', source: { outlet: 'Acme', title: 'Acme results', date: '2025-08-05' } },
  ],
});
const ACME = buildIndex([{ origin: 'bundled', file: FACTS }]);

function datasetFindings(text: string) {
  return analyze(text, { dataset: ACME }).findings.filter((f) => f.ruleId === 'dataset-mismatch' || f.ruleId === 'scale-slip' || f.ruleId === 'superseded');
}

test('a non-GAAP figure is never compared with the GAAP fact, nor a GAAP one with a non-GAAP fact', () => {
  assert.equal(readingOf('Acme’s non-GAAP gross margin was 54% in Q2 2025.', '54%', ACME).basis, 'non-gaap');
  assert.deepEqual(datasetFindings('Acme’s non-GAAP gross margin was 54% in Q2 2025.'), []);
  assert.deepEqual(datasetFindings('Acme’s adjusted gross margin was 54% in Q2 2025.'), []);
  assert.deepEqual(datasetFindings('Acme’s gross margin was 54% in Q2 2025 on a non-GAAP basis.'), []);
  // The same basis is still compared: a GAAP figure against the GAAP fact, an unmarked one too.
  assert.equal(datasetFindings('Acme’s GAAP gross margin was 45% in Q2 2025.').length, 1);
  assert.equal(datasetFindings('Acme’s gross margin was 45% in Q2 2025.').length, 1);
});

test('an adjusted figure is not compared with a fact whose basis is not stated (most often the GAAP figure the news reports)', () => {
  const unstated = DatasetFile.parse({
    entities: [{ name: 'Acme', aliases: [], kind: 'company' }],
    facts: [{ id: 'acme-nl', entity: 'Acme', metric: 'netLoss', value: 290.5e6, unit: 'USD', bound: 'exact', reported: '$290.5 million', period: 'Q2 2025', kind: 'actual', source: { outlet: 'Acme', title: 'Acme results', date: '2025-08-12' } }],
  });
  const index = buildIndex([{ origin: 'bundled', file: unstated }]);
  const found = (text: string) => analyze(text, { dataset: index }).findings.filter((f) => f.ruleId === 'dataset-mismatch');
  assert.deepEqual(found('Acme’s adjusted net loss was $130.8 million in Q2 2025.'), []);
  // Unmarked, it is still compared.
  assert.equal(found('Acme’s net loss was $130.8 million in Q2 2025.').length, 1);
});

test('a figure of a metric the dataset does not hold is unknown, never held against a neighbouring metric', () => {
  // Net income facts exist for the period; earnings per share and operating income are not net income.
  assert.deepEqual(datasetFindings('Acme’s operating profit was $640 million in Q2 2025.'), []);
  assert.deepEqual(datasetFindings('Acme’s diluted earnings per share were $0.54 in Q2 2025.'), []);
  // Net income itself is still checked.
  assert.equal(datasetFindings('Acme’s net income was $640 million in Q2 2025.').length, 1);
});

test('a period the document\'s date gave "last year" in one sentence is not compared in the next', () => {
  // "last year" dates the 43% it follows; "Net income fell 83% to $2.71 billion" is this quarter's.
  const text = 'Acme’s operating margin slipped to 40% from 43% last year. Net income fell 83% to $2.71 billion.';
  const findings = analyze(text, { dataset: ACME, documentDate: '2025-10-30' }).findings.filter((f) => f.ruleId === 'dataset-mismatch');
  assert.deepEqual(findings, []);
});

test('a power figure with no metric word is compute capacity, the one metric measured in power', () => {
  assert.equal(readingOf('The GPUs will be deployed at a 750-megawatt campus in Texas.', '750').metric, 'computeCapacity');
});

test('a GAAP figure and its adjusted (non-GAAP) counterpart are not one figure stated twice', () => {
  const table = [
    'CoreWeave reported its second-quarter results.',
    '',
    '| (In thousands) | Q2 2025 |',
    '|---|---|',
    '| Net loss | $(290,509) |',
    '| Adjusted net loss | $(130,806) |',
    '',
  ].join('\n');
  const crossRefs = analyze(table, { dataset: bundledIndex() }).findings.filter((f) => f.ruleId === 'cross-reference');
  assert.deepEqual(crossRefs.map((f) => f.message), []);
  // In prose too.
  const prose = 'CoreWeave’s net loss was $290 million in Q2 2025. CoreWeave’s adjusted net loss was $131 million in Q2 2025.';
  assert.deepEqual(analyze(prose, { dataset: bundledIndex() }).findings.filter((f) => f.ruleId === 'cross-reference').map((f) => f.message), []);
});

test('a results table row reads its own metric, a bare amount in the table\'s unit included', () => {
  const table = [
    'Micron reported its fourth-quarter results.',
    '',
    '| (in millions, except per share) | FQ4-25 | FQ3-25 |',
    '|---|---|---|',
    '| Operating expenses | 1,400 | 1,339 |',
    '| Operating income | 3,654 | 2,169 |',
    '| Earnings per common share - diluted | $2.83 | $1.68 |',
    '',
  ].join('\n');
  assert.equal(readingOf(table, '1,400').metric, 'operatingExpenses');
  assert.equal(readingOf(table, '3,654').metric, 'operatingIncome');
  assert.equal(readingOf(table, '$2.83').metric, 'eps');
});

test('guidance is not an actual: "guided for" and "guided to" are the company\'s forecast', () => {
  const text = 'CoreWeave guided for Q1 revenue of $1.9 billion to $2 billion.';
  assert.equal(readingOf(text, '$1.9 billion').kind, 'guidance');
  const both = 'Nvidia reported revenue of $57 billion and guided to $65 billion for the next quarter.';
  assert.equal(readingOf(both, '$57 billion').kind, 'actual');
  assert.equal(readingOf(both, '$65 billion').kind, 'guidance');
});
