// Shares in tables as results releases write them: a gross or operating margin row, or a
// "percent of revenue" row under gross margin or operating income, is a share of revenue and
// is never over 100% (it may be below zero); a net margin, a tax rate or a cost's "percent of
// revenue" may pass 100% and is left alone. The tables are made up, in the shapes Micron,
// CoreWeave, Meta and Nvidia publish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

/** The rule ids of the findings on the cell that says exactly `cell`. */
function rulesAt(text: string, cell: string): string[] {
  const at = text.indexOf(`| ${cell} |`) + 2;
  assert.ok(at >= 2, cell);
  return analyze(text)
    .findings.filter((f) => f.span.start >= at && f.span.start < at + cell.length)
    .map((f) => f.ruleId)
    .sort();
}

const MICRON = (grossShare: string, operatingShare: string, expenseShare = '12.4%') =>
  lines(
    '| (in millions, except per share amounts) | GAAP FQ4-25 | GAAP FQ3-25 |',
    '|---|---|---|',
    '| Revenue | $11,315 | $9,301 |',
    '| Gross margin | 5,054 | 3,508 |',
    `| percent of revenue | ${grossShare} | 37.7% |`,
    '| Operating expenses | 1,400 | 1,339 |',
    `| % of revenue | ${expenseShare} | 14.4% |`,
    '| Operating income | 3,654 | 2,169 |',
    `| percent of revenue | ${operatingShare} | 23.3% |`,
  );

test('tables, shares: a "percent of revenue" under gross margin or operating income over 100% is impossible', () => {
  assert.deepEqual(rulesAt(MICRON('44.7%', '32.3%'), '44.7%'), []);
  assert.deepEqual(rulesAt(MICRON('144.7%', '32.3%'), '144.7%'), ['impossible', 'share-of']);
  assert.deepEqual(rulesAt(MICRON('44.7%', '132.3%'), '132.3%'), ['impossible', 'share-of']);
  // A cost may pass revenue: its share over 100% is no impossibility (share-of still checks the arithmetic).
  assert.ok(!rulesAt(MICRON('44.7%', '32.3%', '112.4%'), '112.4%').includes('impossible'));
});

test('tables, shares: margin rows without their amounts (Micron business units, CoreWeave non-GAAP)', () => {
  const units = (gross: string, operating: string) =>
    lines('| | FQ4-25 | FQ3-25 |', '|---|---|---|', '| **Cloud Memory Business Unit** | | |', '| Revenue | $4,543 | $3,386 |', `| Gross margin | ${gross} | 58% |`, `| Operating margin | ${operating} | 46% |`);
  assert.deepEqual(rulesAt(units('59%', '48%'), '59%'), []);
  assert.deepEqual(rulesAt(units('159%', '48%'), '159%'), ['impossible']);
  assert.deepEqual(rulesAt(units('59%', '148%'), '148%'), ['impossible']);
  // Below zero a margin may be: an operating loss.
  assert.deepEqual(rulesAt(units('59%', '-148%'), '-148%'), []);
  const nonGaap = (ebitda: string) =>
    lines('| (In thousands, except percentages) | Three Months Ended June 30, 2025 |', '|---|---|', '| Adjusted EBITDA | $753,169 |', `| Adjusted EBITDA margin | ${ebitda} |`, '| Adjusted net loss margin | (111)% |');
  assert.deepEqual(rulesAt(nonGaap('62%'), '62%'), []);
  assert.deepEqual(rulesAt(nonGaap('162%'), '162%'), ['impossible']);
  assert.deepEqual(rulesAt(nonGaap('62%'), '(111)%'), []);
});

test('tables, shares: a net margin and a tax rate may pass 100%', () => {
  const t = lines(
    '| In millions, except percentages | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 | % Change |',
    '|---|---|---|---|',
    '| Revenue | $ 51,242 | $ 40,589 | 26% |',
    '| Operating margin | 40% | 43% | |',
    '| Effective tax rate | 187% | 12% | |',
    '| Net margin | 105% | 39% | |',
  );
  assert.deepEqual(rulesAt(t, '40%'), []);
  assert.deepEqual(rulesAt(t, '187%'), []);
  assert.deepEqual(rulesAt(t, '105%'), []);
});
