import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../src/core/markdown';
import { readQuantities } from '../../src/core/read/figures/quantity';
import { readClaims } from '../../src/core/read/claim';
import { splitSentences } from '../../src/core/read/sentences/sentence';
import { buildIndex } from '../../src/core/dataset/lookup';
import type { Claim, Quantity, Reading, Relation } from '../../src/core/types';

// A small dataset of names only: the readings must not depend on the bundled facts.
const dataset = buildIndex([
  {
    origin: 'test',
    file: {
      entities: [
        { name: 'OpenAI', aliases: ['Open AI'], kind: 'company' },
        { name: 'ChatGPT', aliases: [], kind: 'product', parent: 'OpenAI' },
        { name: 'Anthropic', aliases: [], kind: 'company' },
        { name: 'Microsoft', aliases: [], kind: 'company' },
        { name: 'GPT-4', aliases: [], kind: 'model', parent: 'OpenAI' },
      ],
      facts: [],
    },
  },
]);

function claimsOf(text: string): Claim[] {
  const { segments } = parseMarkdown(text);
  const quantities = segments.flatMap((s, i) => readQuantities(s.text, s.start, i));
  return readClaims(text, segments, quantities, dataset);
}

/** A relation written compactly with the figures' texts, for readable assertions. */
function show(r: Relation): string {
  switch (r.kind) {
    case 'change':
      return `change ${r.from.text} -> ${r.to.text} : ${r.stated.text}${r.direction ? ` (${r.direction.direction})` : ''}`;
    case 'share':
      return `share ${r.rate.text} of ${r.whole.text} = ${r.result.text}`;
    case 'cagr':
      return `cagr ${r.from.text} -> ${r.to.text} at ${r.rate.text} over ${r.years}`;
    case 'total':
      return `total ${r.rows.map((q) => q.text).join(' + ')} = ${r.total.text}`;
    case 'range':
      return `range ${r.low.text} .. ${r.high.text}`;
    case 'direction':
      return `direction ${r.word.text} ${r.quantity.text} (${r.word.direction})`;
    case 'shareOfWhole':
      return `shareOfWhole ${r.rate.text}`;
  }
}

function relationsOf(text: string): string[] {
  return claimsOf(text).flatMap((c) => c.relations.map(show));
}

function reading(text: string, figure: string): Reading {
  for (const c of claimsOf(text)) for (const r of c.readings) if (r.quantity.text === figure) return r;
  throw new Error(`no reading for ${figure} in ${text}`);
}

function brief(r: Reading): [string | null, string | null, string | null] {
  return [r.entity, r.metric, r.period?.canonical ?? null];
}

// ---------------------------------------------------------------------------
// Sentences

test('sentences do not break at decimals, abbreviations or initials', () => {
  const text = 'OpenAI raised $6.6 billion in the U.S. market, e.g. from Thrive Capital Inc. and others. Revenue was $1.4 trillion. Sam A. Altman said so.';
  const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, [
    'OpenAI raised $6.6 billion in the U.S. market, e.g. from Thrive Capital Inc. and others.',
    'Revenue was $1.4 trillion.',
    'Sam A. Altman said so.',
  ]);
});

test('a bullet after a full stop starts a sentence (highlights pasted from a release)', () => {
  const text = '•Capital expenditures – Capital expenditures were $17.01 billion.\n•Cash – Cash was $47.07 billion as of June 30, 2025.';
  const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, ['•Capital expenditures – Capital expenditures were $17.01 billion.', '•Cash – Cash was $47.07 billion as of June 30, 2025.']);
});

test('sentence spans are shifted by the offset and trimmed', () => {
  assert.deepEqual(splitSentences('  One. Two!  ', 10), [
    { start: 12, end: 16 },
    { start: 17, end: 21 },
  ]);
});

test('one claim per sentence that has a figure; the claim text is its sentence', () => {
  const text = 'OpenAI is growing. It made $13 billion in 2025. Nobody knows more.';
  const claims = claimsOf(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].text, 'It made $13 billion in 2025.');
  assert.equal(text.slice(claims[0].span.start, claims[0].span.end), claims[0].text);
});

// ---------------------------------------------------------------------------
// Relations from the issue

test('change: "from A to B, a C increase"', () => {
  assert.deepEqual(relationsOf('Run-rate revenue went from $1 billion to $5 billion, a 500% increase.'), [
    'change $1 billion -> $5 billion : 500% (up)',
    'direction increase 500% (up)',
  ]);
});

test('change: "rose C from A to B" and "to B from A"', () => {
  assert.ok(relationsOf('Revenue rose 25% from $40 billion to $50 billion.').includes('change $40 billion -> $50 billion : 25% (up)'));
  assert.ok(relationsOf('Revenue grew 25% to $50 billion from $40 billion.').includes('change $40 billion -> $50 billion : 25% (up)'));
});

test('change: "A ... to B, up C" and a percentage-point change between percentages', () => {
  assert.ok(relationsOf('Sales went from $40 billion in 2024 to $52 billion in 2025, up 23%.').includes('change $40 billion -> $52 billion : 23% (up)'));
  assert.ok(relationsOf('Gross margin widened by 12% from 40% to 52%.').includes('change 40% -> 52% : 12% (up)'));
});

test('change: a multiple as the stated change', () => {
  assert.ok(relationsOf('Revenue saw a 5x jump from $1 billion to $5 billion.').includes('change $1 billion -> $5 billion : 5x (up)'));
});

test('change: a falling pair keeps its direction word', () => {
  assert.ok(relationsOf('The price dropped from $20 to $15, a +25% change.').includes('change $20 -> $15 : +25% (down)'));
});

test('no change without a change word: a rate that belongs to another clause', () => {
  const rels = relationsOf('Revenue went from $1 billion to $5 billion while costs were 20% of sales.');
  assert.equal(rels.filter((r) => r.startsWith('change')).length, 0);
});

test('share: "X% of Y, about Z" and "Z, or X% of Y"', () => {
  assert.deepEqual(relationsOf('Only 3% of 400 million users pay, about 120 million subscribers.'), ['share 3% of 400 million = 120 million']);
  assert.ok(relationsOf('About 40 million people, or 5% of its 800 million users, pay.').includes('share 5% of 800 million = 40 million'));
});

test('share: no result when the next figure is a different quantity', () => {
  const rels = relationsOf('Only 5% of its 800 million users pay, and 200 million more use the free tier.');
  assert.equal(rels.filter((r) => r.startsWith('share ')).length, 0);
});

test('cagr: two dated figures and a rate a year', () => {
  assert.deepEqual(relationsOf('Revenue is projected to grow from $3.7 billion in 2024 to $100 billion in 2029, about 40% a year.'), [
    'cagr $3.7 billion -> $100 billion at 40% over 5',
  ]);
  assert.ok(relationsOf('Sales climb from $10 billion in 2025 to $40 billion in 2029, a compound annual growth rate of 41%.').includes('cagr $10 billion -> $40 billion at 41% over 4'));
});

test('range: "between A and B", and "range from A to B"', () => {
  assert.deepEqual(relationsOf('Estimates put the loss between $9 billion and $2 billion.'), ['range $9 billion .. $2 billion']);
  assert.deepEqual(relationsOf('Estimates range from $9 billion to $2 billion.'), ['range $9 billion .. $2 billion']);
});

test('a plain "from A to B" is not a range (a fall is not a reversed range)', () => {
  assert.equal(relationsOf('Prices fell from $20 to $15.').filter((r) => r.startsWith('range')).length, 0);
});

test('direction: verbs, nouns and adverbs governing a change figure', () => {
  assert.deepEqual(relationsOf('The price fell +20% this year.'), ['direction fell +20% (down)']);
  assert.deepEqual(relationsOf('Costs were down 15% in 2025.'), ['direction down 15% (down)']);
  assert.deepEqual(relationsOf('The company reported a drop of 12% in users.'), ['direction drop 12% (down)']);
  assert.deepEqual(relationsOf('Usage saw a 30% jump.'), ['direction jump 30% (up)']);
  assert.ok(relationsOf('The startup cut costs by 120%.').includes('direction cut 120% (down)'));
});

test('direction: a level after "to" is not a change', () => {
  assert.deepEqual(relationsOf('The margin fell to 20% in 2025.'), []);
  assert.deepEqual(relationsOf('Its share could grow up to 20%.').filter((r) => r.startsWith('direction') && r.includes('to')), []);
});

test('shareOfWhole: accounts for, share of the market, a stake', () => {
  assert.ok(relationsOf('ChatGPT accounts for 120% of chatbot traffic.').includes('shareOfWhole 120%'));
  assert.ok(relationsOf('It holds 60% of the market.').includes('shareOfWhole 60%'));
  assert.ok(relationsOf('Microsoft has a 27% stake in OpenAI.').includes('shareOfWhole 27%'));
  assert.deepEqual(relationsOf('It spent 150% of its revenue on compute.'), []);
});

// ---------------------------------------------------------------------------
// Tables

const CHANGE_TABLE = '| Company | 2024 | 2025 | Change |\n|---|---|---|---|\n| OpenAI | $40 billion | $52 billion | +23% |\n';

test('a table row with a change column', () => {
  const [claim] = claimsOf(CHANGE_TABLE);
  assert.deepEqual(claim.relations.map(show), ['change $40 billion -> $52 billion : +23%']);
  assert.deepEqual(claim.table, { table: 0, row: 1, isTotal: false, header: ['Company', '2024', '2025', 'Change'] });
  assert.deepEqual(brief(claim.readings[0]), ['OpenAI', null, '2024']);
  assert.deepEqual(brief(claim.readings[1]), ['OpenAI', null, '2025']);
});

test('a change column with the newest year first is read oldest to newest', () => {
  const [claim] = claimsOf('| Company | 2025 | 2024 | YoY |\n|---|---|---|---|\n| OpenAI | $52 billion | $40 billion | 30% |\n');
  assert.deepEqual(claim.relations.map(show), ['change $40 billion -> $52 billion : 30%']);
});

test('a signed percent after two figures in a table without headers that say change', () => {
  const [claim] = claimsOf('| Metric | A | B | C |\n|---|---|---|---|\n| Revenue | $40 billion | $52 billion | +30% |\n');
  assert.deepEqual(claim.relations.map(show), ['change $40 billion -> $52 billion : +30%']);
  assert.equal(claim.readings[0].metric, 'revenue');
});

test('a Total row sums the rows above it, ranges included', () => {
  const text = '| Item | Cost |\n|---|---|\n| A | $2-3 billion |\n| B | $4-5 billion |\n| C | $1-2 billion |\n| **Total** | ~$15 billion |\n';
  const claims = claimsOf(text);
  assert.equal(claims.length, 4);
  const total = claims[3];
  assert.equal(total.table?.isTotal, true);
  assert.deepEqual(total.relations.map(show), ['total $2-3 billion + $4-5 billion + $1-2 billion = $15 billion']);
  assert.equal(text.slice(total.span.start, total.span.end), '**Total** | ~$15 billion');
  assert.equal(total.text.length, total.span.end - total.span.start);
});

test('a Total row over a column with an unknown cell is not checked', () => {
  const text = '| Item | Cost |\n|---|---|\n| A | $2 billion |\n| B | undisclosed |\n| C | $1 billion |\n| Total | $3 billion |\n';
  assert.deepEqual(claimsOf(text).flatMap((c) => c.relations), []);
});

// ---------------------------------------------------------------------------
// Readings

test('readings: entity, metric and period next to the figure', () => {
  assert.deepEqual(brief(reading('OpenAI made $13 billion in revenue in 2025.', '$13 billion')), ['OpenAI', 'revenue', '2025']);
  assert.deepEqual(brief(reading("OpenAI's cash burn reached $2.5 billion in the first half of 2025.", '$2.5 billion')), ['OpenAI', 'cashBurn', 'H1 2025']);
  assert.deepEqual(brief(reading('ChatGPT had 800 million weekly active users as of October 2025.', '800 million')), ['ChatGPT', 'weeklyActiveUsers', '2025-10']);
  assert.deepEqual(brief(reading('Anthropic was valued at $183 billion in September 2025.', '$183 billion')), ['Anthropic', 'valuation', '2025-09']);
});

test('readings: the metric must fit the figure', () => {
  // "revenue" is money: the percentage is a change, it measures no metric.
  assert.equal(reading('OpenAI revenue rose 25% in 2025.', '25%').metric, null);
  assert.equal(reading('Only 5% of users pay.', '5%').metric, 'paidShare');
});

test('readings: each figure of "from A in Y1 to B in Y2" gets its own year', () => {
  const text = 'OpenAI revenue will grow from $3.7 billion in 2024 to $100 billion in 2029.';
  assert.equal(reading(text, '$3.7 billion').period?.canonical, '2024');
  assert.equal(reading(text, '$100 billion').period?.canonical, '2029');
});

test('readings: entity and period carry to the next sentence of the paragraph', () => {
  const r = reading('OpenAI made $13 billion in revenue in 2025. It burned $8.5 billion.', '$8.5 billion');
  assert.deepEqual(brief(r), ['OpenAI', 'cashBurn', '2025']);
});

test('readings: the period does not carry across paragraphs or into "last year"', () => {
  assert.equal(reading('OpenAI made $13 billion in revenue in 2025.\n\nIt burned $8.5 billion.', '$8.5 billion').period, null);
  assert.equal(reading('OpenAI made $13 billion in revenue in 2025. It lost $5 billion last year.', '$5 billion').period, null);
  assert.equal(reading('OpenAI made $13 billion in 2025. The company lost $11.5 billion last quarter.', '$11.5 billion').period, null);
});

test('readings: the company carries across paragraphs, a model does not', () => {
  assert.equal(reading('## OpenAI\n\nRevenue reached $13 billion in 2025.', '$13 billion').entity, 'OpenAI');
  assert.equal(reading('Anthropic builds models like GPT-4.\n\nRevenue reached $5 billion.', '$5 billion').entity, 'Anthropic');
});

test('readings: "the company" points at the sentence subject, not the nearest name', () => {
  const text = 'OpenAI is spending heavily, with Microsoft earnings suggesting the company lost $11.5 billion.';
  assert.equal(reading(text, '$11.5 billion').entity, 'OpenAI');
  assert.equal(reading('ChatGPT struggles to convert users: only five percent of its 800 million users pay.', '800 million').entity, 'ChatGPT');
});

test('readings: a name after "from" is the counterparty, not the subject', () => {
  assert.equal(reading('OpenAI raised $40 billion from Microsoft.', '$40 billion').entity, 'OpenAI');
});

test('readings: a table figure takes its metric from the column header and its entity from the row label', () => {
  const text = '| Company | Revenue 2025 |\n|---|---|\n| Anthropic | $5 billion |\n';
  assert.deepEqual(brief(claimsOf(text)[0].readings[0]), ['Anthropic', 'revenue', '2025']);
});

// ---------------------------------------------------------------------------
// The shared corpus (correct articles): every figure is read, nothing is invented.

const CORPUS = '/work/shared/corpus';

test('corpus articles: claims cover every figure and relations are only those the text states', { skip: !existsSync(CORPUS) }, () => {
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const { segments } = parseMarkdown(text);
    const quantities: Quantity[] = segments.flatMap((s, i) => readQuantities(s.text, s.start, i));
    const claims = readClaims(text, segments, quantities, dataset);
    const claimed = new Set(claims.flatMap((c) => c.quantities));
    for (const q of quantities) assert.ok(claimed.has(q), `${file}: ${q.text} belongs to no claim`);
    for (const c of claims) {
      assert.equal(c.readings.length, c.quantities.length);
      for (const r of c.relations) assert.notEqual(r.kind, 'change', `${file}: unexpected change in "${c.text}"`);
    }
  }
});

test('corpus: the trillion-dollar article reads its key figures', { skip: !existsSync(join(CORPUS, 'trillion-dollar-bet.md')) }, () => {
  const text = readFileSync(join(CORPUS, 'trillion-dollar-bet.md'), 'utf8');
  const readings = claimsOf(text).flatMap((c) => c.readings);
  const find = (t: string, metric: string) => readings.find((r) => r.quantity.text === t && r.metric === metric);
  assert.deepEqual(brief(find('$13 billion', 'revenue')!), ['OpenAI', 'revenue', null]);
  assert.equal(find('$1.4 trillion', 'computeCommitment')?.entity, 'OpenAI');
  assert.equal(find('$11.5 billion', 'netLoss')?.period, null); // "last quarter": unknown, not guessed
  assert.equal(find('800 million', 'weeklyActiveUsers')?.entity, 'ChatGPT');
});

// ---------------------------------------------------------------------------
// Periods and metrics stay in the figure's own clause

test('periods: a period in a later clause does not reach back to an earlier figure', () => {
  const text = 'OpenAI raised $6 billion from investors, while Microsoft reported a $3.1 billion hit in Q3 2025.';
  assert.equal(reading(text, '$6 billion').period, null);
  assert.equal(reading(text, '$3.1 billion').period?.canonical, 'Q3 2025');
  // Nor does the metric word of the other clause ("raised" is no measure of the hit).
  assert.equal(reading(text, '$3.1 billion').metric, null);
  // A period that opens the sentence governs every clause; one owned by another figure does not.
  assert.equal(reading('In 2025, OpenAI made $13 billion, and it burned $8 billion.', '$8 billion').period?.canonical, '2025');
  assert.equal(reading('OpenAI made $3.7 billion in 2024, and Anthropic made $1 billion.', '$1 billion').period, null);
});

test('periods: ", up from" starts a comparison with its own period but the same metric', () => {
  const text = 'OpenAI was valued at $500 billion, up from $300 billion in March 2025.';
  assert.equal(reading(text, '$500 billion').period, null);
  assert.equal(reading(text, '$300 billion').period?.canonical, '2025-03');
  assert.equal(reading(text, '$300 billion').metric, 'valuation');
});

test('periods: a sentence that names only the period of the figure it compares with keeps the one carried in', () => {
  const text = 'OpenAI made $4.3 billion in the first half of 2025. Its API made $1.2 billion, compared with $0.6 billion in the first half of 2024.';
  assert.equal(reading(text, '$1.2 billion').period?.canonical, 'H1 2025');
  assert.equal(reading(text, '$0.6 billion').period?.canonical, 'H1 2024');
  // A period the figure is not compared with is no reason to carry: the sentence is about another time.
  const other = 'OpenAI made $4.3 billion in the first half of 2025. Its API made $1.2 billion, and Anthropic made $0.6 billion in the first half of 2024.';
  assert.equal(reading(other, '$1.2 billion').period, null);
});

test('periods: a yearless half or full year is placed in the year around it, never taken as that year', () => {
  const half = 'OpenAI made $13 billion in revenue in 2025. In the first half alone, it burned $2.5 billion.';
  assert.equal(reading(half, '$2.5 billion').period?.canonical, 'H1 2025');
  // A fiscal year places its own half, as the company counts it: OpenAI's fiscal year is the calendar year, Nvidia's ends in January.
  assert.equal(reading('OpenAI made $13 billion in revenue in FY2025. In the first half alone, it burned $2.5 billion.', '$2.5 billion').period?.canonical, 'H1 2025');
  assert.equal(reading('Nvidia made $130 billion in revenue in FY2025. In the first half alone, it made $56 billion.', '$56 billion').period?.canonical, 'H1 FY2025');
  const full = 'OpenAI burned $2.5 billion in H1 2025. For the full year, it expects to burn $8.5 billion.';
  assert.equal(reading(full, '$8.5 billion').period?.canonical, '2025');
  // Without a year around it, the half stays unknown.
  assert.equal(reading('In the first half alone, OpenAI burned $2.5 billion.', '$2.5 billion').period, null);
  // The next sentence speaks of the half too.
  assert.equal(reading(`${half} It made $4.3 billion.`, '$4.3 billion').period?.canonical, 'H1 2025');
});

test('periods: "a year earlier" is the year before the sentence\'s period', () => {
  const text = 'OpenAI made $13 billion in 2025, up from $3.7 billion a year earlier.';
  assert.equal(reading(text, '$13 billion').period?.canonical, '2025');
  assert.equal(reading(text, '$3.7 billion').period?.canonical, '2024');
  assert.equal(reading('OpenAI lost $11.5 billion in Q3 2025, against $1 billion in the same quarter a year earlier.', '$1 billion').period?.canonical, 'Q3 2024');
});

test('periods: a heading\'s year dates the figures of its section as an inferred period (issue 15)', () => {
  const p = reading('## 2025 results\n\nOpenAI made $13 billion in revenue.', '$13 billion').period;
  assert.equal(p?.canonical, '2025');
  assert.equal(p?.inferred, 'heading');
});

test('tables: a "Quarter" or "Period" column says when its row is, before a header does', () => {
  const quarter = claimsOf('| Company | Quarter | Capex |\n|---|---|---|\n| Microsoft | Q3 2025 | $34.9 billion |\n');
  assert.deepEqual(brief(quarter[0].readings[0]), ['Microsoft', 'capex', 'Q3 2025']);
  const period = claimsOf('| Company | Period | Revenue (2025) |\n|---|---|---|\n| OpenAI | H1 2025 | $4.3 billion |\n');
  assert.deepEqual(brief(period[0].readings[0]), ['OpenAI', 'revenue', 'H1 2025']);
  const first = claimsOf('| Year | Revenue (2025 plan) |\n|---|---|\n| H1 2025 | $4.3 billion |\n');
  assert.equal(first[0].readings[0].period?.canonical, 'H1 2025');
});

// ---------------------------------------------------------------------------
// Entities: a figure about someone the sentence does not name gets none

test('entities: "its closest rival" and "a competitor" are not the entity carried in', () => {
  assert.equal(reading('OpenAI made $13 billion in revenue in 2025. Its closest rival made $5 billion.', '$5 billion').entity, null);
  assert.equal(reading('OpenAI made $13 billion in revenue in 2025. A competitor made $5 billion.', '$5 billion').entity, null);
  assert.equal(reading("OpenAI's closest rival made $5 billion.", '$5 billion').entity, null);
  // A rival named in the sentence is the entity.
  assert.equal(reading("OpenAI's closest rival, Anthropic, made $5 billion.", '$5 billion').entity, 'Anthropic');
});

test('entities: a generic subject ("current AI data centers") keeps no entity; an owned one does', () => {
  const text = 'OpenAI is building custom chips. The power requirements are astronomical – current AI data centers consume 20-50 megawatts, but OpenAI’s vision would require gigawatts.';
  assert.equal(reading(text, '20-50').entity, null);
  assert.equal(reading('Anthropic is growing.\n\nPower is the constraint: a typical AI data center today draws 20-50 megawatts.', '20-50').entity, null);
  assert.equal(reading("OpenAI's data centers will draw 10 gigawatts by 2030.", '10').entity, 'OpenAI');
});

test('entities: a name after the figure in another clause is not its entity', () => {
  assert.equal(reading('Revenue reached $5 billion, while OpenAI kept growing.', '$5 billion').entity, null);
  assert.equal(reading('Revenue reached $5 billion at OpenAI.', '$5 billion').entity, 'OpenAI');
});

test('tables: a Total row is the whole the prose was about; the rows it adds up are its parts, not the whole', () => {
  const text = 'Microsoft sold cloud services worth $50 billion.\n\n| Item | Cost |\n|---|---|\n| A | $2 billion |\n| B | $3 billion |\n| Total | $5 billion |\n';
  const claims = claimsOf(text);
  const total = claims.find((c) => c.table?.isTotal)!;
  assert.equal(total.readings[0].entity, 'Microsoft');
  assert.deepEqual(total.relations.map(show), ['total $2 billion + $3 billion = $5 billion']);
  // "A" is a part of Microsoft's $5 billion, not Microsoft's own figure.
  assert.equal(claims.find((c) => c.table?.row === 1)!.readings[0].entity, null);
  // A Total that names its entity keeps it; a Total over rivals is no one's.
  const named = claimsOf('| Item | Cost |\n|---|---|\n| A | $2 billion |\n| B | $3 billion |\n| Total OpenAI | $5 billion |\n');
  assert.equal(named.find((c) => c.table?.isTotal)!.readings[0].entity, 'OpenAI');
  const rivals = claimsOf('Microsoft sold cloud services worth $50 billion.\n\n| Lab | Raised |\n|---|---|\n| OpenAI | $2 billion |\n| Anthropic | $3 billion |\n| Total | $5 billion |\n');
  assert.equal(rivals.find((c) => c.table?.isTotal)!.readings[0].entity, null);
  assert.equal(rivals.find((c) => c.table?.row === 1)!.readings[0].entity, 'OpenAI');
});

// ---------------------------------------------------------------------------
// Relations the rules asked for

test('change: "B, up from A in March, a C jump"', () => {
  assert.ok(relationsOf('OpenAI was valued at $500 billion, up from $300 billion in March, a 40% jump.').includes('change $300 billion -> $500 billion : 40% (up)'));
});

test('change: "from A to B, or C" restates the move (a percentage-points case)', () => {
  assert.ok(relationsOf('Gross margin improved from 52% to 70%, or 18%.').includes('change 52% -> 70% : 18%'));
  // A share after the pair is not its change.
  assert.equal(relationsOf('Revenue went from $1 billion to $5 billion, or 20% of the market.').filter((r) => r.startsWith('change')).length, 0);
});

test('change: two dated levels joined by "and", then the change', () => {
  assert.ok(relationsOf('OpenAI lost $5 billion in 2024 and $8 billion in 2025, a 40% increase.').includes('change $5 billion -> $8 billion : 40% (up)'));
  // Another subject between them, or periods out of order: no pair.
  assert.equal(relationsOf('OpenAI lost $5 billion in 2024 and Anthropic lost $8 billion in 2025, a 40% increase.').filter((r) => r.startsWith('change')).length, 0);
  assert.equal(relationsOf('OpenAI lost $8 billion in 2025 and $5 billion in 2024, a 40% increase.').filter((r) => r.startsWith('change')).length, 0);
});

test('direction: "The company cut costs by 120%" is governed by "cut", not "The"', () => {
  const [claim] = claimsOf('The company cut costs by 120%.');
  const dir = claim.relations.find((r) => r.kind === 'direction');
  assert.ok(dir && dir.kind === 'direction');
  assert.equal(dir.word.text, 'cut');
  assert.equal('The company cut costs by 120%.'.slice(dir.word.span.start, dir.word.span.end), 'cut');
});

test('tables: a change cell against the row of the period before', () => {
  const up = claimsOf('| Year | Revenue | Change |\n|---|---|---|\n| 2024 | $3.7B | |\n| 2025 | $13.1B | +254% |\n');
  assert.deepEqual(up[1].relations.map(show), ['change $3.7B -> $13.1B : +254%']);
  const newestFirst = claimsOf('| Year | Revenue | |\n|---|---|---|\n| 2025 | $13.1B | +254% |\n| 2024 | $3.7B | |\n');
  assert.deepEqual(newestFirst[0].relations.map(show), ['change $3.7B -> $13.1B : +254%']);
  // Rows that are companies, not periods, are not compared with each other.
  const companies = claimsOf('| Company | Revenue | Change |\n|---|---|---|\n| OpenAI | $13.1B | +254% |\n| Anthropic | $5B | +900% |\n');
  assert.deepEqual(companies.flatMap((c) => c.relations), []);
});

test('change: ", up from" gives the pair its direction when the stated change has none', () => {
  const text = 'OpenAI was valued at $300 billion, up from $500 billion in March, a 40% change.';
  const [claim] = claimsOf(text);
  const change = claim.relations.find((r) => r.kind === 'change');
  assert.ok(change && change.kind === 'change' && change.direction);
  assert.equal(change.direction.direction, 'up');
  assert.equal(text.slice(change.direction.span.start, change.direction.span.end), 'up');
});

test('periods: a half placed by a year from an earlier sentence stays marked as carried (its span is outside the claim)', () => {
  const text = 'OpenAI made $13 billion in revenue in 2025. In the first half alone, it burned $2.5 billion.';
  const claim = claimsOf(text)[1];
  const p = claim.readings[0].period!;
  assert.equal(p.canonical, 'H1 2025');
  assert.ok(p.span && p.span.end <= claim.span.start, 'span points at the sentence that gave the year');
  // Placed by a year in its own sentence, it is the writer's own word.
  const own = claimsOf('In 2025, OpenAI burned $2.5 billion in the first half.')[0];
  const q = own.readings[0].period!;
  assert.equal(q.canonical, 'H1 2025');
  assert.ok(q.span && q.span.start >= own.span.start && q.span.end <= own.span.end);
});

test('entities: after a sentence about a rival, "it" is not the entity from before', () => {
  const text = 'OpenAI made $13 billion in revenue in 2025. Its closest rival made $5 billion. It grew 20% in 2025.';
  assert.equal(reading(text, '20%').entity, null);
  // A new paragraph goes back to the company the article is about.
  assert.equal(reading('OpenAI made $13 billion in 2025. Its closest rival made $5 billion.\n\nIt burned $8 billion.', '$8 billion').entity, 'OpenAI');
});

test('change: "B, up C from A" (the rate between the level and where it came from)', () => {
  assert.ok(relationsOf('OpenAI made $13 billion in 2025, up 250% from $3.7 billion in 2024.').includes('change $3.7 billion -> $13 billion : 250% (up)'));
  assert.ok(relationsOf('ChatGPT has 800 million users, up 60% from 500 million in March.').includes('change 500 million -> 800 million : 60% (up)'));
  assert.ok(relationsOf('Margins hit 40%, down 5% from 45%.').includes('change 45% -> 40% : 5% (down)'));
  // Another clause before the comma: the rate is not about the first figure.
  assert.equal(relationsOf('Revenue was $5 billion and costs rose, up 20% from $4 billion.').filter((r) => r.startsWith('change')).length, 0);
});

test('periods: a period right after another figure is that figure\'s; a relative clause still dates its figure', () => {
  assert.equal(reading('OpenAI made $3.7 billion in 2024 and $13 billion.', '$13 billion').period, null);
  assert.equal(reading('OpenAI made $13 billion, which was up from $3.7 billion in 2024.', '$13 billion').period, null);
  assert.equal(reading('It cited $1.4 trillion in commitments, which OpenAI stated in November 2025.', '$1.4 trillion').period?.canonical, '2025-11');
});

test('periods: figures joined as one share the period after the second', () => {
  const text = 'TSMC expects capital spending of between $56 billion and $52 billion in 2026, up from $40.9 billion in 2025.';
  assert.deepEqual(['$56 billion', '$52 billion', '$40.9 billion'].map((f) => reading(text, f).period?.canonical), ['2026', '2026', '2025']);
});

test('a sentence that opens with an organisation the dataset does not know takes no carried entity', () => {
  const claims = claimsOf(
    'OpenAI closed 2025 with $13.1 billion in revenue. Acme Robotics reported revenue of $7 billion for 2025. ' +
      'Acme posted $2 billion in the first quarter. Revenue at the company rose to $9 billion.',
  );
  assert.deepEqual(
    claims.map((c) => [c.quantities[0].text, c.readings[0].entity]),
    [
      ['$13.1 billion', 'OpenAI'],
      ['$7 billion', null],
      ['$2 billion', null],
      ['$9 billion', null],
    ],
  );
  // A common word opening the sentence is not a name: the entity still carries.
  const carried = claimsOf('OpenAI closed 2025 with $13.1 billion in revenue. Revenue in the first half was $4.3 billion.');
  assert.equal(carried[1].readings[0].entity, 'OpenAI');
});

test('a paragraph that ends on several companies carries none into the next', () => {
  const claims = claimsOf(
    'Microsoft will invest up to $10 billion in OpenAI and Anthropic.\n\nRevenue is expected to rise to $280 billion in 2030.\n\n' +
      'Anthropic raised $13 billion.\n\nRevenue reached $5 billion.',
  );
  assert.deepEqual(
    claims.map((c) => [c.quantities[0].text, c.readings[0].entity]),
    [
      ['$10 billion', 'Microsoft'],
      ['$280 billion', null],
      ['$13 billion', 'Anthropic'],
      ['$5 billion', 'Anthropic'],
    ],
  );
});
