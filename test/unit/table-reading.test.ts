// Tables read as a fact-checker reads them: units from the caption, totals, share columns,
// margin rows and change columns. ESLint-style: each family has valid tables (published as
// they are: no finding) and invalid ones (one wrong cell: the right rule's finding and fix).
// The tables are made up for these tests, in the shapes earnings releases use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Finding, RuleId } from '../../src/core/types';

interface Invalid {
  name: string;
  table: string;
  /** The one cell written wrong, as the table writes it, and what a fix puts there. */
  wrong: string;
  rule: RuleId;
  fix: string | null;
}

interface Family {
  family: string;
  valid: { name: string; table: string }[];
  invalid: Invalid[];
}

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

/** A gross margin that fell from 49% to 40% (9 points), with its change column's header and cell. */
const MARGIN_POINTS = (header: string, change: string) => lines(`| | Q2 2025 | Q2 2024 | ${header} |`, '|---|---|---|---|', `| Gross margin | 40% | 49% | ${change} |`);

const SEGMENTS = (total: string, chipsShare = '60%') =>
  lines(
    '| Revenue by segment (Dollars in millions) | FY 25 | | FY 24 | | Change |',
    '|---|---|---|---|---|---|',
    `| Chips | $6,000 | ${chipsShare} | $4,000 | 50% | +50% |`,
    '| Software | 4,000 | 40 | 4,000 | 50 | 0% |',
    `| Total revenue | ${total} | 100% | $8,000 | 100% | |`,
  );

const SECTIONS = (operatingTotal: string) =>
  lines(
    '| Segment results (in millions): | Year Ended December 31, 2024 | Year Ended December 31, 2025 |',
    '|---|---|---|',
    '| Revenues: | | |',
    '| Search | $ 100 | $ 120 |',
    '| Cloud | 40 | 55 |',
    '| Total revenues | $ 140 | $ 175 |',
    '| Operating income (loss): | | |',
    '| Search | $ 30 | $ 36 |',
    '| Cloud | (5) | 4 |',
    `| Total income from operations | $ 25 | ${operatingTotal} |`,
  );

const MARGINS = (operatingMargin: string, lossMargin: string) =>
  lines(
    '| (In thousands, except percentages and per share amounts) | Three Months Ended March 31, 2025 | Three Months Ended March 31, 2024 |',
    '|---|---|---|',
    '| Revenue | $2,000,000 | $1,500,000 |',
    '| Operating expenses | 1,500,000 | 1,200,000 |',
    '| Operating income | $500,000 | $300,000 |',
    `| Operating income margin | ${operatingMargin} | 20% |`,
    '| Net loss | $(100,000) | $(150,000) |',
    `| Net loss margin | ${lossMargin} | (10)% |`,
    '| Basic net loss per share | $(0.25) | $(0.40) |',
  );

const QUARTERS = (qoq: string) =>
  lines(
    '| | Q3 2025 | Q3 2024 | Y/Y | Q2 2025 | Q/Q |',
    '|---|---|---|---|---|---|',
    `| Revenue ($M) | $5,000 | $4,000 | Up 25% | $4,500 | Up ${qoq} |`,
    '| Gross margin | 45% | 50% | Down 5 ppts | 40% | Up 5 ppts |',
    '| Operating income (loss) ($M) | $(100) | $200 | Down 150% | $400 | Down 125% |',
  );

const YEARS = (netChange: string) =>
  lines(
    '| In millions, except percentages and per share amounts | Three Months Ended June 30, 2025 | Three Months Ended June 30, 2024 | % Change |',
    '|---|---|---|---|',
    '| Revenue | $ 30,000 | $ 24,000 | 25 % |',
    '| Costs and expenses | 18,000 | 16,000 | 13 % |',
    '| Operating margin | 40 % | 33 % | |',
    `| Net income | $ 1,000 | $ 2,000 | ${netChange} |`,
    '| Diluted earnings per share (EPS) | $ 1.10 | $ 2.20 | (50) % |',
  );

const STATEMENT = (revenue: string, gross: boolean) =>
  lines(
    '| (In millions) | Q1 2025 | Q1 2024 |',
    '|---|---|---|',
    `| Revenue | ${revenue} | $900 |`,
    ...(gross ? ['| Gross profit | $600 | $900 |'] : []),
    '| Operating expenses | 700 | 650 |',
    '| Operating income (loss) | $(100) | $250 |',
  );

/** Amazon's segment table: its segments are columns, "Consolidated" their sum. */
const SEGMENT_COLUMNS = (consolidated: string) =>
  lines(
    '| (In millions) | North America | International | AWS | Consolidated |',
    '|---|---|---|---|---|',
    `| Net sales | $106,267 | $40,896 | $33,006 | ${consolidated} |`,
    '| Operating income | $4,789 | $1,199 | $11,434 | $17,422 |',
    '| Diluted EPS | $0.41 | $0.10 | $0.98 | $1.95 |',
  );

/** A revenue table in the shape of Alphabet's: sums nested in sums, one of them without the word "total". */
const NESTED = (advertising: string, servicesTotal: string, totalRevenues: string) =>
  lines(
    '| (in millions) | Three Months Ended September 30, 2024 | Three Months Ended September 30, 2025 |',
    '|---|---|---|',
    '| Acme Search & other | $ 49,385 | $ 56,568 |',
    '| Video ads | 8,921 | 10,261 |',
    '| Acme Network | 7,548 | 7,354 |',
    `| Acme advertising | 65,854 | ${advertising} |`,
    '| Acme subscriptions, platforms, and devices | 10,656 | 12,865 |',
    `| Acme Services total | 76,510 | ${servicesTotal} |`,
    '| Acme Cloud | 11,353 | 15,157 |',
    '| Other Bets | 388 | 344 |',
    '| Hedging gains (losses) | 17 | (2) |',
    `| Total revenues | $ 88,268 | ${totalRevenues} |`,
  );

/** Three years of a subtotal without "total" ("Ads" adds up the two rows above it) under a Total. */
const SUBTOTAL_YEARS = (ads: string) =>
  lines(
    '| ($M) | 2023 | 2024 | 2025 |',
    '|---|---|---|---|',
    '| Search | $ 412 | $ 523 | $ 634 |',
    '| Video | 101 | 122 | 143 |',
    `| Ads | 513 | 645 | ${ads} |`,
    '| Subscriptions | 87 | 98 | 109 |',
    '| Cloud | 200 | 250 | 300 |',
    '| Total | $ 800 | $ 993 | $ 1,186 |',
  );

/** Three periods and two changes that name what they compare: by distance ("Q/Q", "Y/Y") or by both periods. */
const NAMED_CHANGES = (qoq: string, vs: string) =>
  lines(
    '| ($ in millions) | Q3 25 | Q2 25 | Q3 24 | Q/Q | Y/Y | Q3 25 vs Q3 24 |',
    '|---|---|---|---|---|---|---|',
    `| Revenue | $5,123 | $4,217 | $2,531 | ${qoq} | +102% | ${vs} |`,
  );

const FAMILIES: Family[] = [
  {
    family: 'totals',
    valid: [
      { name: 'a segment table in millions, bare numbers under money', table: SEGMENTS('$10,000') },
      { name: 'section headings bound each total; accounting negatives', table: SECTIONS('$ 40') },
      { name: 'a total named "Combined"', table: lines('| ($M) | 2025 |', '|---|---|', '| East | $300 |', '| West | 200 |', '| Combined | $500 |') },
      { name: 'an income statement: revenue is operating expenses plus operating income', table: STATEMENT('$600', false) },
      // With a gross profit line, operating expenses plus operating income make gross profit, not revenue.
      { name: 'an income statement with a gross profit line', table: STATEMENT('$1,200', true) },
      { name: 'a Total column ("Consolidated") adds up the segments to its left; per-share figures do not add up', table: SEGMENT_COLUMNS('$180,169') },
      { name: '"All other" is a part, not the total', table: lines('| ($M) | 2025 |', '|---|---|', '| Cloud | $512 |', '| Ads | $337 |', '| All other | $103 |') },
      { name: 'a "Consolidated" row adds up the rows above it', table: lines('| ($M) | 2025 |', '|---|---|', '| Cloud | $512 |', '| Ads | $337 |', '| Consolidated | $849 |') },
      { name: 'sums nested in sums: a subtotal without "total", a Total counting an earlier one', table: NESTED('74,183', '87,048', '$ 102,547') },
      { name: 'a subtotal without "total" in three columns', table: SUBTOTAL_YEARS('777') },
      // One column of two bears the subtotal out: too little to report it, enough to blame nothing on the sums above it.
      { name: 'a subtotal off in one of two columns is not blamed on the sums that count it', table: NESTED('75,183', '87,048', '$ 102,547') },
      {
        name: 'a Total after an earlier Total adds up the rows since that one',
        table: lines('| ($M) | 2025 |', '|---|---|', '| Search | $512 |', '| Cloud | $337 |', '| Total revenues | $849 |', '| Costs | $403 |', '| Other costs | $97 |', '| Total costs | $500 |'),
      },
      { name: 'a column named for a metric of its own is no Total column', table: lines('| Company ($M) | Revenue | Net income | Total assets |', '|---|---|---|---|', '| Acme | $1,234 | $233 | $5,678 |') },
    ],
    invalid: [
      { name: 'a wrong total in a millions table keeps the table style', table: SEGMENTS('$12,000'), wrong: '$12,000', rule: 'table-total', fix: '$10,000' },
      { name: 'a total under its own section heading', table: SECTIONS('$ 50'), wrong: '$ 50', rule: 'table-total', fix: '$ 40' },
      { name: 'a share column that does not reach 100%', table: SEGMENTS('$10,000').replace('| 100% | $8,000', '| 120% | $8,000'), wrong: '120%', rule: 'table-total', fix: '100%' },
      { name: 'revenue that is not operating expenses plus operating income', table: STATEMENT('$700', false), wrong: '$700', rule: 'table-total', fix: '$600' },
      { name: 'a grand total against a subtotal and the rows after it', table: NESTED('74,183', '87,048', '$ 103,547'), wrong: '$ 103,547', rule: 'table-total', fix: '$ 102,547' },
      // The subtotal is reported, not the sums above it that count it (they say nothing in that column).
      { name: 'a subtotal without "total" that two columns bear out, off in the third', table: SUBTOTAL_YEARS('787'), wrong: '787', rule: 'table-total', fix: '777' },
      { name: 'a named subtotal that is off, inside a grand total', table: NESTED('74,183', '88,048', '$ 102,547'), wrong: '88,048', rule: 'table-total', fix: '87,048' },
      { name: 'a Total column that is not the sum of the columns to its left', table: SEGMENT_COLUMNS('$190,169'), wrong: '$190,169', rule: 'table-total', fix: '$180,169' },
      { name: 'a "Consolidated" row that is not the sum', table: lines('| ($M) | 2025 |', '|---|---|', '| Cloud | $512 |', '| Ads | $337 |', '| Consolidated | $949 |'), wrong: '$949', rule: 'table-total', fix: '$849' },
    ],
  },
  {
    family: 'share columns and margin rows',
    valid: [
      { name: 'a share column beside its money column', table: SEGMENTS('$10,000') },
      { name: 'margin rows and a negative net loss margin', table: MARGINS('25%', '(5)%') },
    ],
    invalid: [
      { name: 'a share that does not follow from the amounts', table: SEGMENTS('$10,000', '75%'), wrong: '75%', rule: 'share-of', fix: '60%' },
      { name: 'an operating margin that does not follow', table: MARGINS('35%', '(5)%'), wrong: '35%', rule: 'share-of', fix: '25%' },
      { name: 'a net loss margin in accounting style', table: MARGINS('25%', '(15)%'), wrong: '(15)%', rule: 'share-of', fix: '(5)%' },
    ],
  },
  {
    family: 'change columns',
    valid: [
      { name: 'Y/Y against the year before, Q/Q against the quarter before', table: QUARTERS('11%') },
      { name: 'a % Change column with accounting negatives', table: YEARS('(50) %') },
      { name: 'Q/Q, Y/Y and "Q3 25 vs Q3 24" beside three periods: each against its own column', table: NAMED_CHANGES('+21%', '+102%') },
      {
        name: 'a Y/Y beside a GAAP and a non-GAAP column compares neither with the other',
        table: lines('| (In millions) | GAAP Q4 25 | Non-GAAP Q4 24 | Y/Y |', '|---|---|---|---|', '| Revenue | $1,013 | $812 | 40% |'),
      },
      // Percentage points written as a cell says them, or as the column's header says them.
      { name: 'a margin change in points', table: MARGIN_POINTS('Change', '-9 points') },
      { name: 'a margin change in a "(points)" column, a bare number', table: MARGIN_POINTS('Change (points)', '(9)') },
      { name: 'a margin change in a "% pts" column', table: MARGIN_POINTS('Y/Y (% pts)', '-9.0') },
      {
        name: 'three period columns and one change column: unsure, no relation',
        table: lines('| | Q3 25 | Q2 25 | Q3 24 | Y/Y |', '|---|---|---|---|---|', '| Revenue | $5.0 billion | $4.5 billion | $4.0 billion | +25% |'),
      },
    ],
    invalid: [
      { name: 'a Q/Q change checked against Q2, not Q3 of last year', table: QUARTERS('25%'), wrong: '25%', rule: 'percent-change', fix: '11%' },
      { name: 'a decrease written in brackets', table: YEARS('(40) %'), wrong: '(40) %', rule: 'percent-change', fix: '(50) %' },
      { name: 'wrong points in a change column', table: MARGIN_POINTS('Change', '-5 points'), wrong: '-5 points', rule: 'percentage-points', fix: '-9 points' },
      { name: 'wrong points under a "(points)" header', table: MARGIN_POINTS('Change (points)', '-5'), wrong: '-5', rule: 'percentage-points', fix: '-9' },
      { name: 'a Q/Q after the quarter a year before: against the quarter before', table: NAMED_CHANGES('+30%', '+102%'), wrong: '+30%', rule: 'percent-change', fix: '+21%' },
      { name: 'a change whose header names its two periods', table: NAMED_CHANGES('+21%', '+120%'), wrong: '+120%', rule: 'percent-change', fix: '+102%' },
      // The stated 150% is the columns' size: only the word is wrong, and it is turned around.
      { name: 'a direction word against the two columns ("Up" for a fall)', table: QUARTERS('11%').replace('Down 150%', 'Up 150%'), wrong: 'Up', rule: 'sign', fix: 'Down' },
    ],
  },
];

function warnings(text: string): Finding[] {
  return analyze(text).findings.filter((f) => f.severity !== 'info');
}

for (const { family, valid, invalid } of FAMILIES) {
  for (const v of valid) {
    test(`tables, ${family}: valid — ${v.name}`, () => {
      const found = warnings(v.table);
      assert.deepEqual(
        found.map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
    });
  }
  for (const c of invalid) {
    test(`tables, ${family}: invalid — ${c.name}`, () => {
      const found = warnings(c.table);
      assert.equal(found.length, 1, found.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
      const [f] = found;
      assert.equal(f.ruleId, c.rule, f.message);
      assert.equal(c.table.slice(f.span.start, f.span.end), c.wrong);
      assert.equal(f.fix?.text ?? null, c.fix, f.message);
      if (f.fix) assert.deepEqual(warnings(c.table.slice(0, f.fix.span.start) + f.fix.text + c.table.slice(f.fix.span.end)), []);
    });
  }
}

// ---------------------------------------------------------------------------
// What each cell reads as

/** The reading of the figure in the first cell that says exactly `cell` (after a "~"). */
function figure(text: string, cell: string) {
  const result = analyze(text);
  const at = text.indexOf(`| ${cell} |`) + 2;
  assert.ok(at >= 2, cell);
  for (const c of result.claims) for (const r of c.readings) if (r.quantity.span.start >= at && r.quantity.span.start <= at + 1) return r;
  assert.fail(`no figure at ${cell}`);
}

test('tables, units: the caption gives money cells their scale; the text stays the cell\'s', () => {
  const t = SEGMENTS('$10,000');
  const total = figure(t, '$10,000').quantity;
  assert.deepEqual([total.text, total.value, total.kind, total.unit, total.scale, total.scaleImplied], ['$10,000', 10e9, 'money', 'USD', 1e6, true]);
  // A bare number in a money column is money; in the share column, a percent.
  assert.deepEqual([figure(t, '4,000').quantity.kind, figure(t, '4,000').quantity.value], ['money', 4e9]);
  assert.deepEqual([figure(t, '40').quantity.kind, figure(t, '40').quantity.value], ['percent', 40]);
});

test('tables, units: caption forms, accounting negatives, per-share rows and "~"', () => {
  const forms: [string, string, number, string][] = [
    ['| Revenue ($M) | $7,000 |', '$7,000', 7e9, 'USD'],
    ['| Sales (€m) | 1,200 |', '1,200', 1.2e9, 'EUR'],
    ['| Revenue (US$bn) | 3.5 |', '3.5', 3.5e9, 'USD'],
    ['| Revenue (billion dollars) | 4.7 |', '4.7', 4.7e9, 'USD'],
  ];
  for (const [row, cell, value, unit] of forms) {
    const q = figure(lines('| | 2025 |', '|---|---|', row), cell).quantity;
    assert.deepEqual([q.text, q.value, q.unit], [cell, value, unit], row);
  }
  const m = MARGINS('25%', '(5)%');
  assert.equal(figure(m, '$(100,000)').quantity.value, -100e6);
  assert.equal(figure(m, '(5)%').quantity.value, -5);
  // "except per share amounts": a per-share figure is never in thousands.
  assert.equal(figure(m, '$(0.25)').quantity.value, -0.25);
  const about = figure(lines('| Quarter | Revenue |', '|---|---|', '| Q4 2025 | ~$9B |'), '~$9B').quantity;
  assert.deepEqual([about.value, about.qualifier], [9e9, 'about']);
});

test('tables, reading: the header gives the period, the first column the metric (its own, never a neighbour\'s)', () => {
  const t = YEARS('(50) %');
  const revenue = figure(t, '$ 30,000');
  assert.deepEqual([revenue.metric, revenue.period?.canonical], ['revenue', 'Q2 2025']);
  assert.equal(figure(t, '$ 24,000').period?.canonical, 'Q2 2024');
  // A change column's figure is of the later column's period.
  assert.equal(figure(t, '25 %').period?.canonical, 'Q2 2025');
  // "Costs and expenses", "earnings per share": their own metrics (never "net income").
  assert.equal(figure(t, '18,000').metric, 'operatingExpenses');
  assert.equal(figure(t, '$ 1.10').metric, 'eps');
  const q = QUARTERS('11%');
  assert.equal(figure(q, '$(100)').metric, 'operatingIncome');
  // Rows under "Operating income (loss):" are operating income, no revenue, though the caption says "Segment results".
  const s = SECTIONS('$ 40');
  assert.equal(figure(s, '$ 36').metric, 'operatingIncome');
  assert.equal(figure(s, '$ 120').metric, 'revenue');
  assert.equal(figure(s, '$ 120').period?.canonical, '2025');
});

test('tables, totals: a Total column\'s finding says the columns to its left add up, and names each as a column', () => {
  const [f] = warnings(SEGMENT_COLUMNS('$190,169'));
  assert.equal(f.message, 'The columns to the left add up to $180,169, not $190,169.');
  assert.deepEqual(f.related?.map((r) => r.message), ['Column 1: $106,267', 'Column 2: $40,896', 'Column 3: $33,006']);
});
