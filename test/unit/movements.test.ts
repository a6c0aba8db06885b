// A direction word with the two figures it moves between (read/movements.ts), checked by the
// sign rule: each phrasing with a word the figures agree with (silent), one they contradict
// (reported on the word, fixed by the opposite word), and pairs that must not be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import { MOVEMENT_PHRASINGS } from '../../src/core/read/movements';
import { oppositeWord } from '../../src/core/read/direction';

function signFindings(text: string) {
  return analyze(text, { dataset: EMPTY_INDEX }).findings.filter((f) => f.ruleId === 'sign');
}

// [phrasing, a sentence whose word agrees with its figures, the word, its opposite]
const CASES: [string, string, string, string][] = [
  ['from A to B', 'Anthropic adoption grew from 16.7% to 19.5% in January.', 'grew', 'shrank'],
  ['to B from A', 'Its market share fell to 7.3 percent from 7.7 percent over the period.', 'fell', 'rose'],
  ['to B, compared with A', 'Net sales increased 10% to $187.8 billion in the fourth quarter, compared with $170.0 billion in fourth quarter 2023.', 'increased', 'decreased'],
  ['to B, compared with A', 'Vacancy rates fell to a record low of 2.8%, compared with 3.3% for the same period in 2023.', 'fell', 'rose'],
  ['B, down from A', 'OpenAI expects $12.7 billion in revenue this year, up from $3.7 billion in 2024.', 'up', 'down'],
  ['B, down from A', 'Its share averaged just under 30% over the past four quarters, down from a little over 32% in 2021.', 'down', 'up'],
  ['A, which could rise to B', 'Stargate starts with a $100 billion initial investment, which could grow to $500 billion within four years.', 'grow', 'shrink'],
  ['A, which could rise to B', 'Data centers account for 1-2% of global power demand and could rise to 3-4% by 2030.', 'rise', 'fall'],
];

for (const [phrasing, text, word, opposite] of CASES) {
  test(`movement, ${phrasing}: “${word}” agrees with its figures, “${opposite}” does not`, () => {
    assert.deepEqual(signFindings(text), [], text);
    const bad = text.replace(new RegExp(`\\b${word}\\b`), opposite);
    const [f, ...rest] = signFindings(bad);
    assert.ok(f, bad);
    assert.equal(rest.length, 0);
    assert.equal(bad.slice(f.span.start, f.span.end), opposite);
    // The word is turned around: preferred when the stated change has the figures' size, else offered.
    const fix = f.fix ?? f.alternatives?.[0];
    assert.equal(fix?.text, word);
  });
}

test('every movement phrasing has a case', () => {
  for (const p of MOVEMENT_PHRASINGS) assert.ok(CASES.some(([name]) => name === p.name), p.name);
});

test('a stated change of the figures’ size makes the word the mistake: the fix is preferred', () => {
  const [f] = signFindings('Revenue was $51.24 billion, down 26% from $40.59 billion a year earlier.');
  assert.ok(f);
  assert.equal(f.fix?.text, 'up');
});

test('quantities that improve by falling: “improved” follows what it measures', () => {
  assert.deepEqual(signFindings('The net loss improved from $5 billion to $3 billion.'), []);
  assert.deepEqual(signFindings('Cash burn improved to $2 billion from $4 billion a year earlier.'), []);
  assert.deepEqual(signFindings('Operating margin improved from 10% to 15%.'), []);
  const [f] = signFindings('The net loss improved from $3 billion to $5 billion.');
  assert.equal(f?.fix?.text ?? f?.alternatives?.[0]?.text, 'worsened');
  assert.equal(signFindings('Operating margin improved from 15% to 10%.').length, 1);
});

test('not read as a movement: a loss written as a negative, a comparison with estimates or another company', () => {
  const NOT = [
    'The operating loss narrowed to $(134) million from $(269) million.',
    'Gross margin rose to 40%, compared with estimates of 42% for the quarter in 2025.',
    'Gross margin rose to 40%, compared with 42% at Microsoft.',
    'Revenue reached $10 billion, up from a loss of $2 billion in 2024 to a profit.',
  ];
  for (const text of NOT) assert.deepEqual(signFindings(text), [], text);
});

test('"compared to" with no time after it is no movement, but a stated change read there is still checked', () => {
  // The relation table reads "increased by 17 percentage points to 13%, compared to … 30%" as a
  // stated change from 30% to 13% (relations/phrasings.ts): its word contradicts it.
  const [f, ...rest] = signFindings('The tax rate increased by 17 percentage points to 13%, compared to the reported rate of 30%.');
  assert.equal(rest.length, 0);
  assert.equal(f.message, '“increased” says up, but going from 30% to 13% is a fall.');
  assert.equal(f.fix?.text, 'decreased');
});

test('the opposite word keeps the writer’s case and form', () => {
  assert.equal(oppositeWord('Up'), 'Down');
  assert.equal(oppositeWord('DOWN'), 'UP');
  assert.equal(oppositeWord('declined'), 'climbed');
  assert.equal(oppositeWord('a'), null);
});
