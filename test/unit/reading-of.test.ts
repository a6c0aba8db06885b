// The reading of a figure (src/core/readingOf.ts): entity, metric, period with its fiscal
// flag and kind of statement, and the relations it takes part in with what the arithmetic gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { NOTHING_READ, readingParts, readingsOf, readingWords, relationWords, type FigureReading } from '../../src/core/readingOf';
import { statedKind } from '../../src/core/read/statedKind';
import { FORWARD_PAIRS, FORWARD_WORDS, FORWARD_WORD_CLASSES } from '../../src/core/read/forwardWords';

function readings(text: string): { text: string; reading: FigureReading }[] {
  const r = analyze(text);
  const all = readingsOf(r.quantities, r.claims);
  return r.quantities.map((q, i) => ({ text: q.text, reading: all[i] }));
}

function kindOf(text: string, figure: string): string | undefined {
  return readings(text).find((f) => f.text === figure)?.reading.period?.kind;
}

test('a change: each figure lists the other two by index, with the stated and the computed change', () => {
  const got = readings("OpenAI's revenue went from $1 billion in 2023 to $5 billion in 2024, a 500% increase.");
  assert.deepEqual(got[0].reading, {
    entity: 'OpenAI',
    metric: 'revenue',
    period: { label: '2023', fiscal: false, kind: 'actual' },
    relations: [{ kind: 'change', with: [1, 2], stated: '500%', computed: '400%' }],
  });
  assert.deepEqual(got[1].reading.relations, [{ kind: 'change', with: [0, 2], stated: '500%', computed: '400%' }]);
  assert.deepEqual(got[2].reading.relations[0], { kind: 'change', with: [0, 1], stated: '500%', computed: '400%' });
  assert.deepEqual(got[2].reading.relations[1], { kind: 'direction', with: [], stated: 'increase', computed: null });
});

test('points, share, total: the kinds of the eval, computed as the rules write their fixes', () => {
  const pts = readings('Gross margin rose from 40% to 52%, up 15 percentage points.');
  assert.deepEqual(pts[2].reading.relations[0], { kind: 'points', with: [0, 1], stated: '15 percentage points', computed: '12 percentage points' });
  const share = readings('3% of its 400 million users pay, about 120 million subscribers.');
  assert.deepEqual(share[2].reading.relations, [{ kind: 'share', with: [0, 1], stated: '120 million', computed: '12 million' }]);
  const table = readings('| Company | Revenue |\n|---|---|\n| A | $2 billion |\n| B | $3 billion |\n| Total | $6 billion |\n');
  assert.deepEqual(table[2].reading.relations, [{ kind: 'total', with: [0, 1], stated: '$6 billion', computed: '$5 billion' }]);
  // A row lists the total only (a long table's rows would each list every other row).
  assert.deepEqual(table[0].reading.relations, [{ kind: 'total', with: [2], stated: '$6 billion', computed: '$5 billion' }]);
});

test('cagr and range', () => {
  const cagr = readings('Revenue grew from $3.7 billion in 2024 to $100 billion in 2029, growing about 40% a year.');
  const rate = cagr.find((f) => f.text === '40%')!.reading.relations.find((r) => r.kind === 'cagr');
  assert.deepEqual(rate, { kind: 'cagr', with: [0, 1], stated: '40%', computed: '93%' });
  const range = readings('Its revenue will be between $2 billion and $9 billion.');
  assert.deepEqual(range[0].reading.relations, [{ kind: 'range', with: [1], stated: null, computed: null }]);
});

test('period label in the dataset grammar, fiscal for a fiscal year', () => {
  assert.deepEqual(readings('Microsoft reported revenue of $70 billion in fiscal 2025.')[0].reading.period, { label: 'FY2025', fiscal: true, kind: 'actual' });
  assert.deepEqual(readings('OpenAI burned $2.5 billion in H1 2025.')[0].reading.period, { label: 'H1 2025', fiscal: false, kind: 'actual' });
  assert.deepEqual(readings('Nvidia made $57 billion in Q3 2025.')[0].reading.period?.label, 'Q3 2025');
});

// [sentence, figure, kind]: a table, as ESLint's valid/invalid cases.
const KINDS: [string, string, string][] = [
  ['OpenAI expects revenue of $30 billion in 2026, up from $13 billion in 2025.', '$30 billion', 'guidance'],
  ['OpenAI expects revenue of $30 billion in 2026, up from $13 billion in 2025.', '$13 billion', 'actual'],
  ["Nvidia's outlook calls for revenue of $54 billion in Q3 2026.", '$54 billion', 'guidance'],
  ["Analysts expect OpenAI's revenue to reach $30 billion in 2026.", '$30 billion', 'projection'],
  ['OpenAI is expected to burn $17 billion in 2027.', '$17 billion', 'projection'],
  ['OpenAI revenue could reach $60 billion in 2027.', '$60 billion', 'projection'],
  ['OpenAI revenue is estimated to reach $60 billion in 2027.', '$60 billion', 'projection'],
  ['Anthropic targets $70 billion in revenue in 2028.', '$70 billion', 'target'],
  ['OpenAI aims to reach $200 billion in revenue in 2030.', '$200 billion', 'target'],
  ["OpenAI's goal is $100 billion in revenue in 2029.", '$100 billion', 'target'],
  ['OpenAI burned an estimated $2.5 billion in H1 2025.', '$2.5 billion', 'estimate'], // the reader's kind: an outsider's figure for what happened (compared with actuals and estimates alike),
  ['In May 2025, OpenAI revenue was $1 billion.', '$1 billion', 'actual'],
  ['OpenAI revenue may reach $1 billion in 2026.', '$1 billion', 'projection'],
  ['OpenAI made $13 billion in 2025 and expects $30 billion in 2026.', '$13 billion', 'actual'],
  ['OpenAI made $13 billion in 2025 and expects $30 billion in 2026.', '$30 billion', 'guidance'],
  // A "by 2030" period is a target or a projection, never an actual.
  ['OpenAI will have $600 billion in compute commitments by 2030.', '$600 billion', 'projection'],
  ['OpenAI has $600 billion in compute commitments by 2030.', '$600 billion', 'target'],
  ['OpenAI expects $200 billion in revenue by 2030.', '$200 billion', 'target'],
];

test('kind: guidance when the company expects, projection when others do, target when it aims; "by 2030" never actual', () => {
  for (const [sentence, figure, kind] of KINDS) assert.equal(kindOf(sentence, figure), kind, `${figure} in "${sentence}"`);
});

test('statedKind reads block-relative claims as document ones', () => {
  const r = analyze('# Outlook\n\nOpenAI expects revenue of $30 billion in 2026.\n');
  const claim = r.claims[0];
  assert.equal(statedKind(claim, claim.quantities[0], claim.readings[0]), 'guidance');
});

test('the vocabulary is one list: each forward-looking word has a kind', () => {
  for (const w of FORWARD_WORDS) assert.ok(FORWARD_WORD_CLASSES.has(w), w);
  for (const w of ['expects', 'guidance', 'outlook', 'forecast']) assert.equal(FORWARD_WORD_CLASSES.get(w), 'guidance');
  for (const w of ['projected', 'could']) assert.equal(FORWARD_WORD_CLASSES.get(w), 'projection');
  for (const w of ['target', 'aims', 'goal']) assert.equal(FORWARD_WORD_CLASSES.get(w), 'target');
  assert.ok(FORWARD_PAIRS.has('on track'));
});

test('in words: the reading, what is missing, each relation', () => {
  const r = analyze("OpenAI's revenue went from $1 billion in 2023 to $5 billion in 2024, a 500% increase.\n");
  const [a, , stated] = r.quantities;
  const claimOf = (q: typeof a) => r.claims.find((c) => c.quantities.includes(q));
  const parts = readingParts(claimOf(a), a);
  assert.equal(readingWords(parts), 'OpenAI · revenue · 2023 (actual)');
  assert.equal(relationWords(parts.relations[0]), 'change: from $1 billion to $5 billion, stated 500%, computes to 400%');
  // The stated change measures no revenue of its own: it is shown as a change of it.
  assert.equal(readingWords(readingParts(claimOf(stated), stated)), 'OpenAI · revenue (a change or share of it) · no period');
  const other = analyze('Nothing about 57% here.\n');
  const bare = other.quantities[0];
  assert.equal(readingWords(readingParts(other.claims[0], bare)), NOTHING_READ);
  assert.equal(readingWords(readingParts(undefined, bare)), NOTHING_READ);
});

test('the hover\'s facts: the period with calendar or fiscal and its kind', async () => {
  const { readingFacts } = await import('../../src/core/readingOf');
  const { figureAt, figureReading } = await import('../../src/core/figureAt');
  const text = "Nvidia's revenue was $57 billion in Q3 2025.\n\n| Company | Revenue |\n|---|---|\n| A | $2 billion |\n| B | $3 billion |\n| Total | $6 billion |\n";
  const r = analyze(text);
  const fig = figureAt(r, text.indexOf('$57') + 1)!;
  assert.deepEqual(readingFacts(figureReading(fig)), [
    { label: 'entity', value: 'Nvidia' },
    { label: 'metric', value: 'revenue' },
    { label: 'period', value: 'Q3 2025', note: 'calendar, actual' },
  ]);
  // A table row's hover finds the Total row's relation in its block.
  const row = figureAt(r, text.indexOf('$2 billion') + 1)!;
  assert.deepEqual(figureReading(row).relations.map(relationWords), ['total: 2 rows, stated $6 billion, computes to $5 billion']);
});
