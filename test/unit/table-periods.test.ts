// Issue 15: in tables, the header row gives a period to every cell under it, as results
// releases write their columns: "GAAP FQ4-25" (Micron), "Q4 25 | |" over a money and a share
// column (Broadcom), "Fiscal Q1 2025 Revenue | Change YOY | Change QOQ" (Nvidia, as the press
// writes it), "Three Months Ended September 30, 2025" (Amazon, Meta), "Q2'25". The tables are
// made up for these tests, in those shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findPeriods } from '../../src/core/read/periods/period';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { hoverMarkdown } from '../../src/core/editor/hover';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

/** The period read for the first figure at `| cell |` (or `cell` at the start of a cell). */
function periodAt(text: string, cell: string, nth = 0): string | null {
  const result = analyze(text);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(`| ${cell} |`, at + 1);
  assert.ok(at >= 0, cell);
  const end = at + cell.length + 3;
  for (const c of result.claims) for (const r of c.readings) if (r.quantity.span.start >= at + 2 && r.quantity.span.start < end) return r.period?.canonical ?? null;
  assert.fail(`no figure at ${cell}`);
}

test('periods: the fiscal forms of results tables ("FQ4-25", "FY-25", "Q4 FY-25", "FQ4 FY25")', () => {
  const cases: [string, string[]][] = [
    ['GAAP FQ4-25', ['Q4 FY2025']],
    ['Non-GAAP FQ3-25', ['Q3 FY2025']],
    ["FQ1'26", ['Q1 FY2026']],
    ['FQ4 FY25', ['Q4 FY2025']],
    ['GAAP FY-25', ['FY2025']],
    ['Q4 FY-25', ['Q4 FY2025']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(findPeriods(text).map((p) => p.canonical), expected, text);
  // Not a quarter: a word with the letters in it, a model name.
  for (const text of ['FAQ4-25', 'AFQ4 25']) assert.deepEqual(findPeriods(text), [], text);
});

test('tables, periods: each column header gives its cells their period (Micron style "FQ4-25")', () => {
  const t = lines(
    'Quarterly Financial Results',
    '',
    '| (in millions, except per share amounts) | GAAP FQ4-25 | GAAP FQ3-25 | GAAP FQ4-24 | Non-GAAP FQ4-25 |',
    '|---|---|---|---|---|',
    '| Revenue | $11,315 | $9,301 | $7,750 | $11,315 |',
    '| percent of revenue | 44.7% | 37.7% | 35.3% | 45.7% |',
    '| Diluted earnings per share | 2.83 | 1.68 | 0.79 | 3.03 |',
  );
  assert.equal(periodAt(t, '$9,301'), 'Q3 FY2025');
  assert.equal(periodAt(t, '35.3%'), 'Q4 FY2024');
  assert.equal(periodAt(t, '3.03'), 'Q4 FY2025');
  const annual = lines('| (in millions) | GAAP FY-25 | GAAP FY-24 |', '|---|---|---|', '| Revenue | $37,378 | $25,111 |');
  assert.equal(periodAt(annual, '$25,111'), 'FY2024');
});

test('tables, periods: a header over two columns gives the share column beside it its period; the Total row too (Broadcom style)', () => {
  const t = lines(
    '| Net revenue by segment (Dollars in millions) | Q4 25 | | Q4 24 | | Change |',
    '|---|---|---|---|---|---|',
    '| Chips | $11,000 | 60% | $8,000 | 57% | +38% |',
    '| Software | 7,333 | 40 | 6,000 | 43 | +22% |',
    '| Total net revenue | $18,333 | 100% | $14,000 | 100% | |',
  );
  assert.equal(periodAt(t, '60%'), 'Q4 2025');
  assert.equal(periodAt(t, '43'), 'Q4 2024');
  assert.equal(periodAt(t, '100%', 1), 'Q4 2024');
  // A "% of total" column says what it holds, not when: the money column's period.
  const named = lines('| ($M) | FY 2025 | % of total | FY 2024 | % of total |', '|---|---|---|---|---|', '| Ads | $900 | 90% | $800 | 89% |', '| Other | 100 | 10 | 100 | 11 |', '| Total | $1,000 | 100% | $900 | 100% |');
  assert.equal(periodAt(named, '89%'), 'FY2024');
  // A column that is neither (no header, no share) left of nothing: no period is made up.
  assert.equal(periodAt(lines('| | | 2025 |', '|---|---|---|', '| Revenue | $5.0 billion | $6.0 billion |'), '$5.0 billion'), null);
});

test('tables, periods: the rows a Total adds up count their quarters on the fiscal calendar of the company they are parts of', () => {
  const text = lines(
    '# Broadcom: fourth quarter and fiscal year 2025 results',
    '',
    '| Net revenue by segment (Dollars in millions) | Q4 25 | | Q4 24 | |',
    '|---|---|---|---|---|',
    '| Semiconductor solutions | $11,072 | 61% | $8,230 | 59% |',
    '| Infrastructure software | 6,943 | 39 | 5,824 | 41 |',
    '| Total net revenue | $18,015 | 100% | $14,054 | 100% |',
  );
  assert.equal(periodAt(text, '$11,072'), 'Q4 FY2025');
  assert.equal(periodAt(text, '41'), 'Q4 FY2024');
  assert.equal(periodAt(text, '$18,015'), 'Q4 FY2025');
});

test('tables, periods: a change column no relation places is of the latest period of the columns it follows (Nvidia style)', () => {
  const t = lines(
    '| Platform | Fiscal Q1 2025 Revenue | Change YOY | Change QOQ |',
    '|---|---|---|---|',
    '| Data center | $22.6 billion | 427% | 23% |',
    '| Gaming | $2.6 billion | 18% | (8%) |',
    '| Total | $25.2 billion | 262% | 18% |',
  );
  assert.equal(periodAt(t, '427%'), 'Q1 FY2025');
  assert.equal(periodAt(t, '(8%)'), 'Q1 FY2025');
  const one = lines('| Key Metric | Q4 FY25 | Year-over-Year Change |', '|---|---|---|', '| Total Revenue | $39.3 billion | Up 78% |');
  assert.equal(periodAt(one, 'Up 78%'), 'Q4 FY2025');
  // Two periods before one change column: the later one's change, whichever side it is on.
  const two = lines('| (In millions) | Q3 2024 | Q3 2025 | % Change |', '|---|---|---|---|', '| Net sales | $ 158,877 | $ 180,169 | 13 % |', '| Operating income | 17,411 | 17,422 | 0 % |');
  assert.equal(periodAt(two, '13 %'), 'Q3 2025');
});

test('tables, periods: "Three Months Ended" and "Q2\'25" headers (Amazon, Meta style)', () => {
  const t = lines(
    '| (In millions) | Three Months Ended September 30, 2024 | Three Months Ended September 30, 2025 |',
    '|---|---|---|',
    '| Net sales | $ 158,877 | $ 180,169 |',
    '| Operating income | 17,411 | 17,422 |',
  );
  assert.equal(periodAt(t, '$ 158,877'), 'Q3 2024');
  assert.equal(periodAt(t, '17,422'), 'Q3 2025');
  const short = lines("| In millions | Q2'25 | Q2'24 | Y/Y |", '|---|---|---|---|', '| Revenue | $47,516 | $39,071 | 22% |');
  assert.equal(periodAt(short, '$39,071'), 'Q2 2024');
  assert.equal(periodAt(short, '22%'), 'Q2 2025');
});

test('tables, periods: the hover says a cell\'s period came from its column header', () => {
  const text = lines('Quarterly Financial Results', '', '| (in millions) | GAAP FQ4-25 | GAAP FQ3-25 |', '|---|---|---|', '| Revenue | $11,315 | $9,301 |');
  const md = hoverMarkdown(analyze(text), text.indexOf('$9,301') + 1, bundledIndex(), undefined, { text })?.markdown ?? '';
  assert.match(md, /period from the column header "GAAP FQ3-25" \\?\(line 3\\?\)/);
  assert.doesNotMatch(md, /carried from the sentence/);
});
