// Periods as companies report them (issue 15, part 3): fiscal calendars per company, the
// forms releases and the press write ("fiscal 2026 Q2", "1H FY2025", "the quarter ended Oct.
// 26, 2025", "the trailing twelve months"), and the periods a sentence only compares with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findPeriods, findYearlessParts } from '../../src/core/read/periods/period';
import type { Reading } from '../../src/core/types';

function reading(text: string, figure: string, documentDate?: string): Reading {
  const result = analyze(text, documentDate ? { documentDate } : {});
  for (const c of result.claims) for (const r of c.readings) if (r.quantity.text === figure) return r;
  throw new Error(`no reading for ${figure}`);
}

const canon = (text: string): string[] => findPeriods(text).map((p) => p.canonical);

test('prose forms of fiscal periods: the fiscal year first, "Q3 of fiscal 2026", "1H FY2025", results for a fiscal year', () => {
  assert.deepEqual(canon('announced fiscal 2026 Q2 results'), ['Q2 FY2026']);
  assert.deepEqual(canon('rising to $51.5 billion in FY26 Q2, from $40.9 billion in FY25 Q2'), ['Q2 FY2026', 'Q2 FY2025']);
  assert.deepEqual(canon('in Q3 of fiscal 2026'), ['Q3 FY2026']);
  assert.deepEqual(canon('in fiscal Q3 2026'), ['Q3 FY2026']);
  assert.deepEqual(canon('in 1H FY2025 and 3Q FY25'), ['H1 FY2025', 'Q3 FY2025']);
  assert.deepEqual(canon('reported fourth quarter results for fiscal year 2025 with revenue of $39.3 billion'), ['Q4 FY2025']);
  assert.deepEqual(canon('the fiscal 2026 second quarter'), ['Q2 FY2026']);
  assert.deepEqual(canon('For its first fiscal quarter of 2026, Oracle delivered'), ['Q1 FY2026']);
  assert.deepEqual(canon('in the third fiscal quarter of fiscal year 2025'), ['Q3 FY2025']);
  // "its" before the fiscal year, and the year before "fiscal": the quarter, not the whole year.
  assert.deepEqual(canon('for the first quarter of its fiscal 2025 year'), ['Q1 FY2025']);
  assert.deepEqual(canon('for the first quarter of its fiscal year 2025'), ['Q1 FY2025']);
  assert.deepEqual(canon('in the first quarter of its 2025 fiscal year'), ['Q1 FY2025']);
  assert.deepEqual(canon('in the second half of its 2025 fiscal year'), ['H2 FY2025']);
  assert.deepEqual(canon('in the first quarter of 2025'), ['Q1 2025']);
});

test('a day is no period of a figure that adds up over time: it dates what was said', () => {
  // Revenue and earnings are over a span: "said on May 28" is the day of the report.
  assert.notEqual(reading('Nvidia said on Wednesday, May 28, 2025, that revenue rose 69% to $44.1 billion.', '$44.1 billion').period?.kind, 'date');
  assert.equal(reading("Microsoft's fiscal third-quarter 2026 results, reported on April 29, 2026, showed revenue rising 18% to $82.9 billion.", '$82.9 billion').period?.canonical, 'Q3 FY2026');
  // A level is as of a day: the day stays its period.
  assert.equal(reading('OpenAI said on Oct. 2, 2025 it has 800 million weekly users.', '800 million').period?.canonical, '2025-10-02');
  assert.equal(reading('Shares fell 4% on April 29, 2026.', '4%').period?.canonical, '2026-04-29');
});

test('periods named by their end: three or six months to a date, the trailing twelve months, year-end', () => {
  assert.deepEqual(canon('for the three months ended June 30, 2025'), ['Q2 2025']);
  assert.deepEqual(canon('in the six months to June 2025'), ['H1 2025']);
  assert.deepEqual(canon('for the trailing twelve months ended March 31, 2024'), ['TTM 2024-03']);
  assert.deepEqual(canon('for the quarter ending 31 December 2025'), ['Q4 2025']);
  assert.deepEqual(canon('cash at year-end 2025'), ['2025-12']);
  // A target stays a target.
  assert.deepEqual(canon('by year-end 2025'), ['by 2025']);
  // Nine months has no canonical form: its date is not read as the figure's either.
  assert.deepEqual(canon('for the nine months ended September 30, 2025'), []);
});

test('"the fiscal third quarter" is a yearless fiscal part; "second-quarter" a yearless quarter', () => {
  const [fiscal] = findYearlessParts('expected fiscal fourth-quarter sales of $65 billion');
  assert.equal(fiscal?.kind, 'quarter');
  assert.equal(fiscal?.part, 4);
  assert.equal(fiscal?.fiscal, true);
  assert.equal(findYearlessParts('second-quarter revenue')[0]?.part, 2);
});

test('the quarter ended on a date is the company\'s quarter: Nvidia, Broadcom, Microsoft; a calendar quarter for a calendar company', () => {
  assert.equal(reading('Nvidia reported revenue of $57 billion for the quarter ended Oct. 26, 2025.', '$57 billion').period?.canonical, 'Q3 FY2026');
  assert.equal(reading('Broadcom reported revenue of $18 billion for the quarter ended November 2, 2025.', '$18 billion').period?.canonical, 'Q4 FY2025');
  assert.equal(reading('Microsoft reported revenue of $81.3 billion for the quarter ended December 31, 2025.', '$81.3 billion').period?.canonical, 'Q2 FY2026');
  assert.equal(reading('Alphabet reported revenue of $113.8 billion for the quarter ended December 31, 2025.', '$113.8 billion').period?.canonical, 'Q4 2025');
  // An end no calendar of the company closes a quarter on: no period rather than a guess.
  assert.equal(reading('Alphabet reported revenue of $90 billion for the quarter ended Oct. 26, 2025.', '$90 billion').period, null);
});

test('a bare quarter in a fiscal-calendar company\'s release is its fiscal quarter, placed by the article\'s date', () => {
  const oracle = 'Oracle said Q2 total revenue was $16.1 billion, up 14%.';
  const p = reading(oracle, '$16.1 billion', '2025-12-10').period;
  assert.equal(p?.canonical, 'Q2 FY2026');
  assert.equal(p?.fiscal, true);
  assert.equal(p?.fiscalYearEnd, 5);
  // A calendar-year company's bare quarter stays the calendar quarter.
  assert.equal(reading('Alphabet said Q3 revenue was $102.3 billion.', '$102.3 billion', '2025-10-29').period?.canonical, 'Q3 2025');
  // "the fiscal 2026 Q2" then "Q2" in the next sentence: the same fiscal quarter.
  const carried = 'Oracle announced fiscal 2026 Q2 results. Q2 GAAP net income was $6.1 billion.';
  assert.equal(reading(carried, '$6.1 billion').period?.canonical, 'Q2 FY2026');
});

test('"Q4 25" in a table of a release about fiscal 2025 is Broadcom\'s fiscal quarter; without a fiscal context it stays calendar', () => {
  const table = [
    '---',
    'title: "Broadcom Inc. Announces Fourth Quarter and Fiscal Year 2025 Financial Results"',
    'date: 2025-12-11',
    '---',
    '',
    'Broadcom reported its results.',
    '',
    '| (Dollars in millions) | Q4 25 | Q4 24 |',
    '|---|---|---|',
    '| Net revenue | $18,015 | $14,054 |',
  ].join('\n');
  assert.equal(reading(table, '$18,015').period?.canonical, 'Q4 FY2025');
  assert.equal(reading(table, '$14,054').period?.canonical, 'Q4 FY2024');
  assert.equal(reading('Nvidia made $35 billion in Q3 2025.', '$35 billion').period?.canonical, 'Q3 2025');
});

test('a calendar-year company\'s fiscal year is the calendar year; a fiscal-calendar company\'s keeps its calendar', () => {
  const alphabet = reading('Alphabet revenue for fiscal year 2025 was $402.8 billion.', '$402.8 billion').period;
  assert.equal(alphabet?.canonical, '2025');
  assert.equal(alphabet?.fiscal, undefined);
  const apple = reading('Apple revenue for fiscal 2025 was $416 billion.', '$416 billion').period;
  assert.equal(apple?.canonical, 'FY2025');
  assert.equal(apple?.fiscalYearEnd, 9);
});

test('a quarterly release\'s headline dates its figures as the quarter, not the fiscal year it names beside it', () => {
  const doc = '---\ntitle: "Alphabet Announces Fourth Quarter and Fiscal Year 2025 Results"\ndate: 2026-02-04\n---\n\nConsolidated Alphabet revenues increased 18% to $113.8 billion.';
  const p = reading(doc, '$113.8 billion').period;
  assert.equal(p?.canonical, 'Q4 2025');
  assert.equal(p?.inferred, 'heading');
});

test('a period the sentence only compares with is not the figure\'s, nor carried to the next sentence', () => {
  const amazon =
    'Net sales increased 12% to $167.7 billion in the second quarter, compared with $148.0 billion in second quarter 2024. ' +
    'AWS segment sales increased 17.5% year-over-year to $30.9 billion.';
  assert.equal(reading(amazon, '$148.0 billion', '2025-07-31').period?.canonical, 'Q2 2024');
  assert.equal(reading(amazon, '$30.9 billion', '2025-07-31').period?.canonical, 'Q2 2025');
  const yearly = 'Amazon net sales were $638 billion in 2024. Net sales increased 11% compared with 2023. AWS segment sales increased 19% to $107.6 billion.';
  assert.equal(reading(yearly, '11%').period?.canonical, '2024');
  assert.equal(reading(yearly, '$107.6 billion').period?.canonical, '2024');
  const nvidia = 'Nvidia made $130.5 billion in fiscal 2025, up 114% from fiscal 2024.';
  assert.notEqual(reading(nvidia, '114%').period?.canonical, 'FY2024');
});

test('"a remarkable fiscal year", "the full fiscal year" and "this fiscal year" are the fiscal year around them; "last fiscal year" is not', () => {
  const nvidia =
    'Nvidia reported fourth quarter results for fiscal year 2025 with revenue of $39.3 billion. ' +
    'This caps off a remarkable fiscal year that saw annual revenue more than double to $130.5 billion, up 114% from fiscal 2024.';
  assert.equal(reading(nvidia, '$39.3 billion').period?.canonical, 'Q4 FY2025');
  assert.equal(reading(nvidia, '$130.5 billion').period?.canonical, 'FY2025');
  assert.equal(findYearlessParts('revenue in the last fiscal year').length, 0);
  assert.equal(findYearlessParts('revenue this fiscal year')[0]?.kind, 'year');
});

test('a figure of a company\'s named division is not the company\'s: "the Microsoft Cloud division … $51.5 billion"', () => {
  const text = 'The standout performer was the Microsoft Cloud division, which rose to $51.5 billion in FY26 Q2.';
  const r = reading(text, '$51.5 billion');
  assert.equal(r.entity, null);
  assert.equal(r.period?.canonical, 'Q2 FY2026');
});

test('"the trailing twelve months" without a date ends with the quarter the release is about; a comparison\'s quarter is not carried', () => {
  const text =
    'Net income increased to $17.1 billion in the first quarter, or $1.59 per diluted share, compared with $10.4 billion, or $0.98 per diluted share, in first quarter 2024.\n' +
    'Operating cash flow increased 15% to $113.9 billion for the trailing twelve months, compared with $99.1 billion for the trailing twelve months ended March 31, 2024.';
  assert.equal(reading(text, '$113.9 billion', '2025-05-01').period?.canonical, 'TTM 2025-03');
  assert.equal(reading(text, '$99.1 billion', '2025-05-01').period?.canonical, 'TTM 2024-03');
});

test('a target year carries only into a sentence that also speaks of what is expected', () => {
  const doc = 'OpenAI says revenue could hit $200 billion by 2030. A $10.3 billion share sale values OpenAI at $500 billion.';
  assert.equal(reading(doc, '$200 billion').period?.canonical, 'by 2030');
  assert.equal(reading(doc, '$500 billion').period, null);
  const forward = 'OpenAI says revenue could hit $200 billion by 2030. ChatGPT is expected to bring in $90 billion of it.';
  assert.equal(reading(forward, '$90 billion').period?.canonical, 'by 2030');
});

test('"last year" after a figure of a quarter is the same quarter a year before; "this quarter" in results season is not placed', () => {
  const doc = 'Meta reported Q3 2025 results. Its operating margin slipped to 40% from 43% last year.';
  assert.equal(reading(doc, '43%').period?.canonical, 'Q3 2024');
  // Of a year, last year is the year before.
  assert.equal(reading('Revenue was $10 billion in 2025, up from $8 billion last year.', '$8 billion').period?.canonical, '2024');
  // A call of January 29 says "this quarter" of the quarter just ended; a story of the one under way: not placed.
  assert.equal(reading('This quarter, revenue was $69.6 billion, up 12%.', '$69.6 billion', '2025-01-29').period, null);
  // Late in a quarter it is the quarter under way; "last quarter" is the one just reported.
  assert.equal(reading('This quarter, revenue was $69.6 billion.', '$69.6 billion', '2025-03-20').period?.canonical, 'Q1 2025');
  assert.equal(reading('OpenAI lost $11.5 billion last quarter.', '$11.5 billion', '2025-10-29').period?.canonical, 'Q3 2025');
});

test('the earlier figure of a year-on-year comparison is of the year before, never of the period it is compared with', () => {
  // A quarter named without its year, placed by the date, then "last year".
  assert.equal(reading('First-quarter revenue was $981.6 million, a year-on-year increase of 420% compared to $188.7 million last year.', '$188.7 million', '2025-05-15').period?.canonical, 'Q1 2024');
  // "increased by 51%, rising from …": the move itself, not a revised forecast; its earlier figure is not of the quarter reported.
  const doc = 'Broadcom reported results for fiscal 2024. Revenue for the fourth quarter increased by 51%, rising from $9.3 billion in the same period last year.';
  assert.notEqual(reading(doc, '$9.3 billion', '2024-12-12').period?.canonical, reading(doc, '51%', '2024-12-12').period?.canonical);
});

test('a range\'s low end takes the kind its high end is stated as ("the $60 billion to $65 billion range it forecast")', () => {
  const doc = 'Meta now expects capital expenditure of $64 billion to $72 billion, a sharp step up from the $60 billion to $65 billion range it forecast three months ago.';
  assert.equal(reading(doc, '$60 billion', '2025-04-30').kind, 'guidance');
  assert.equal(reading(doc, '$65 billion', '2025-04-30').kind, 'guidance');
});
