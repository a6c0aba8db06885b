// Parts that add up to a whole stated in prose (read/proseTotals.ts), checked by table-total:
// an ESLint-style table of sentences read as totals (valid: they add up), misread ones
// (invalid: the rule says so and fixes the whole) and sentences that must not be read at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import { LIST_PHRASINGS } from '../../src/core/read/proseTotals';
import { readingsOf } from '../../src/core/readingOf';

/** The prose totals read in `text`, as "whole = part + part" (with "≥" for some of the parts). */
function totals(text: string): string[] {
  const out: string[] = [];
  for (const c of analyze(text, { dataset: EMPTY_INDEX }).claims) {
    for (const r of c.relations) {
      if (r.kind === 'total' && r.prose) out.push(`${r.total.text} ${r.inclusive ? '≥' : '='} ${r.rows.map((q) => q.text).join(' + ')}`);
    }
  }
  return out;
}

function totalFindings(text: string) {
  return analyze(text, { dataset: EMPTY_INDEX }).findings.filter((f) => f.ruleId === 'table-total');
}

const SEGMENTS = (whole: string) =>
  `Net sales increased 10% to ${whole} in the fourth quarter, compared with $170.0 billion in fourth quarter 2023.\n` +
  'North America segment sales increased 10% year-over-year to $115.6 billion.\n' +
  'International segment sales increased 8% year-over-year to $43.4 billion, or increased 9% excluding changes in foreign exchange rates.\n' +
  'AWS segment sales increased 19% year-over-year to $28.8 billion.';

const OPERATING = (whole: string) =>
  `Operating income increased to ${whole} in the first quarter, compared with $15.3 billion in first quarter 2024.\n` +
  'North America segment operating income was $5.8 billion, compared with $5.0 billion in first quarter 2024.\n' +
  'International segment operating income was $1.0 billion, compared with $0.9 billion in first quarter 2024.\n' +
  'AWS segment operating income was $11.5 billion, compared with $9.4 billion in first quarter 2024.';

const ORACLE = (whole: string) =>
  'Q1 Total Revenue $14.9 billion, up 12% in USD\n' +
  `Q1 Cloud Revenue (IaaS plus SaaS) ${whole}, up 28% in USD\n` +
  'Q1 Cloud Infrastructure (IaaS) Revenue $3.3 billion, up 55% in USD\n' +
  'Q1 Cloud Application (SaaS) Revenue $3.8 billion, up 11% in USD\n' +
  'Q1 Fusion Cloud ERP (SaaS) Revenue $1.0 billion, up 17% in USD';

// [family, sentence with the right whole, the reading, the whole written wrong, the fix]
const READ: [string, string, string, string, string][] = [
  ['sources', 'OpenAI will receive an immediate $10 billion, $7.5 billion from SoftBank, and an additional $2.5 billion from a syndicate of investors.', '$10 billion = $7.5 billion + $2.5 billion', '$12 billion', '$10 billion'],
  ['counted parts', 'Nebius placed notes in an aggregate principal amount of $1 billion, in two tranches: $500,000,000 of 2.00% notes due 2029, and $500,000,000 of 3.00% notes due 2031.', '$1 billion = $500,000,000 + $500,000,000', '$1.2 billion', '$1.0 billion'],
  ['split', 'The round raised $10 billion, split between $7.5 billion from SoftBank and $2.5 billion from others.', '$10 billion = $7.5 billion + $2.5 billion', '$14 billion', '$10 billion'],
  ['combined, with', 'The value of the combined company is $1.25 trillion, with SpaceX valued at $1 trillion and xAI valued at $250 billion.', '$1.25 trillion = $1 trillion + $250 billion', '$1.50 trillion', '$1.25 trillion'],
  ['for a total of', 'SoftBank put in $7.5 billion and other investors $2.5 billion, for a total of $10 billion.', '$10 billion = $7.5 billion + $2.5 billion', '$12 billion', '$10 billion'],
  ['of which … the remaining', 'The round is $40 billion, of which $10 billion now and the remaining $30 billion by December.', '$40 billion = $10 billion + $30 billion', '$48 billion', '$40 billion'],
];

for (const [family, text, reading, wrong, fix] of READ) {
  test(`prose total, ${family}: read, silent when it adds up, fixed when it does not`, () => {
    assert.deepEqual(totals(text), [reading]);
    assert.deepEqual(totalFindings(text), []);
    const whole = reading.split(' = ')[0];
    const bad = text.replace(whole, wrong);
    const [f, ...rest] = totalFindings(bad);
    assert.ok(f, bad);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^The parts add up to/);
    assert.equal(bad.slice(f.span.start, f.span.end), wrong);
    assert.equal(f.fix?.text, fix);
  });
}

test('every list phrasing has a case in the table above', () => {
  const covered = new Set(READ.map(([family]) => family.split(' … ')[0]));
  covered.add('including'); // tested below
  for (const p of LIST_PHRASINGS) assert.ok(covered.has(p.name) || (p.name === 'including' && covered.has('of which')), p.name);
});

test('a release’s segment lines add up to the whole the paragraph opens with', () => {
  assert.deepEqual(totals(SEGMENTS('$187.8 billion')), ['$187.8 billion = $115.6 billion + $43.4 billion + $28.8 billion']);
  assert.deepEqual(totalFindings(SEGMENTS('$187.8 billion')), []);
  const [f] = totalFindings(SEGMENTS('$225.4 billion'));
  assert.equal(f?.fix?.text, '$187.8 billion');
});

test('segment lines with the figures they are compared with give two totals', () => {
  assert.deepEqual(totals(OPERATING('$18.4 billion')), ['$18.4 billion = $5.8 billion + $1.0 billion + $11.5 billion', '$15.3 billion = $5.0 billion + $0.9 billion + $9.4 billion']);
  assert.deepEqual(totalFindings(OPERATING('$18.4 billion')), []);
});

test('a segment compared with a loss: the earlier figures are not added up', () => {
  const text = OPERATING('$18.4 billion').replace('compared with $0.9 billion', 'compared with an operating loss of $0.9 billion');
  assert.deepEqual(totals(text), ['$18.4 billion = $5.8 billion + $1.0 billion + $11.5 billion']);
});

test('one segment line, or a segment named twice, is no list of segments', () => {
  const one = 'Net sales increased 10% to $187.8 billion in the fourth quarter.\nAWS segment sales increased 19% year-over-year to $28.8 billion.';
  assert.deepEqual(totals(one), []);
  const twice = SEGMENTS('$187.8 billion').replace('International segment', 'AWS segment');
  assert.deepEqual(totals(twice), []);
});

test('a whole that names its parts: each part is the largest line that names it (a product line is within it)', () => {
  assert.deepEqual(totals(ORACLE('$7.2 billion')), ['$7.2 billion = $3.3 billion + $3.8 billion']);
  assert.deepEqual(totalFindings(ORACLE('$7.2 billion')), []);
  assert.equal(totalFindings(ORACLE('$8.6 billion'))[0]?.fix?.text, '$7.1 billion');
});

test('"including" names some of the parts: silent when they come to less, reported without a fix when to more', () => {
  const some = 'The round totals $110 billion, including $30 billion from SoftBank and $30 billion from Nvidia.';
  assert.deepEqual(totals(some), ['$110 billion ≥ $30 billion + $30 billion']);
  assert.deepEqual(totalFindings(some), []);
  const over = 'The round totals $50 billion, including $30 billion from SoftBank and $30 billion from Nvidia.';
  // A part as large as the whole is no part: the list is not read at all.
  assert.deepEqual(totals(over.replace('$50 billion', '$30 billion')), []);
  const [f] = totalFindings(over);
  assert.ok(f);
  assert.match(f.message, /more than the \$50 billion/);
  assert.equal(f.fix, null);
});

test('a list that says it leaves parts out is some of the parts', () => {
  const text = 'OpenAI raised $10 billion, $6 billion from SoftBank and $1 billion from Microsoft, with the rest from other investors.';
  assert.deepEqual(totals(text), ['$10 billion ≥ $6 billion + $1 billion']);
  assert.deepEqual(totalFindings(text), []);
});

test('not read: a count that does not match, one part, a loss, an amount per share, a change', () => {
  const NOT = [
    'Nebius placed $1 billion of notes, in two tranches: $400 million, $300 million and $300 million.',
    'The round raised $40 billion, including $30 billion from SoftBank.',
    'Revenue was $10 billion, $7.5 billion from ads, and a loss of $2.5 billion from cloud.',
    'Net income increased to $20.0 billion, or $1.86 per diluted share, and $1.00 per diluted share from continuing operations.',
    'Revenue rose to $13 billion, up from $3.7 billion, and $2 billion from 2023.',
    'Alphabet revenue was $102 billion, $87 billion of it from Google Services.',
  ];
  for (const text of NOT) assert.deepEqual(totals(text), [], text);
});

test('a part in another sentence shows the total it adds up to, as the whole shows its parts', () => {
  const r = analyze(SEGMENTS('$187.8 billion'), { dataset: EMPTY_INDEX });
  const readings = readingsOf(r.quantities, r.claims);
  const at = (text: string) => r.quantities.findIndex((q) => q.text === text);
  const whole = readings[at('$187.8 billion')].relations.find((x) => x.kind === 'total');
  assert.deepEqual(whole?.with, [at('$115.6 billion'), at('$43.4 billion'), at('$28.8 billion')]);
  const part = readings[at('$43.4 billion')].relations.find((x) => x.kind === 'total');
  assert.deepEqual(part?.with, [at('$187.8 billion')]);
});

test('shares the next sentence adds up "together": as many as it names, levels only (not the level a move started from)', () => {
  const WAFERS = (whole: string) =>
    'N3 accounted for 15% of wafer revenue in Q2 (up from 9% in the previous quarter), N5 commanded 35% of its earnings (down from 37% in Q1), ' +
    `and N7 accounted for 17% of wafer revenue (down from 19% in Q1). Advanced technologies all together (N3, N5, N7) accounted for ${whole} of total wafer revenue.`;
  assert.deepEqual(totals(WAFERS('67%')), ['67% = 15% + 35% + 17%']);
  assert.deepEqual(totalFindings(WAFERS('67%')), []);
  const [f] = totalFindings(WAFERS('80%'));
  assert.equal(f?.fix?.text, '67%');
  const CLOUD = (whole: string) => `AWS held a 30% share, Azure 20% and Google Cloud 13%. Together, the Big Three control ${whole} of the market.`;
  assert.deepEqual(totals(CLOUD('over 60%')), ['60% = 30% + 20% + 13%']);
  assert.deepEqual(totalFindings(CLOUD('over 60%')), []);
  assert.equal(totalFindings(CLOUD('72%'))[0]?.fix?.text, '63%');
  // Not read: no count to match, a count that does not match, a change among the figures, parts after the sum.
  assert.deepEqual(totals('AWS held a 30% share, Azure 20% and Google Cloud 13%. Together they control 63% of the market.'), []);
  assert.deepEqual(totals('AWS held a 30% share, Azure 20% and Google Cloud 13%. Together, the top two control 50% of the market.'), []);
  assert.deepEqual(totals('AWS grew 30%, Azure 20% and Google Cloud 13%. Together, the three control 63% of the market.'), []);
  assert.deepEqual(totals('Together, the three control 63% of the market. AWS held a 30% share, Azure 20% and Google Cloud 13%.'), []);
});
