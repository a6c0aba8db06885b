// The period of a figure whose sentence names none, read from the document's date (issue 15):
// months and days written without a year (periods/bareDates.ts), and the month a news article
// dates a level it states with no time, or the day of a market move (read/documentMonth.ts).
// Valid and invalid sentences, as ESLint's tables: each invalid one names the misreading it guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions } from '../../src/core/analyze';
import type { Reading } from '../../src/core/types';
import { testIndex } from './dataset-fixtures';
import { parseDocumentDate } from '../../src/core/read/documentDate';
import { bareDatePeriods, dayBefore, monthBefore, weekdayBefore } from '../../src/core/read/periods/bareDates';
import { readingNotes } from '../../src/core/read/context';

function readingOf(text: string, figure: string, options: AnalyzeOptions = {}): Reading {
  const result = analyze(text, { dataset: testIndex(), ...options });
  for (const c of result.claims) for (const r of c.readings) if (text.slice(r.quantity.span.start, r.quantity.span.end) === figure) return r;
  throw new Error(`no reading of ${figure}`);
}

const OCT_2 = parseDocumentDate('2025-10-02')!;

// --- Months and days without a year -----------------------------------------------------

test('bare dates: a month or a day named without its year is the latest one not after the document date', () => {
  const valid: [string, string][] = [
    ['In July, SpaceX was valued at $400 billion.', '2025-07'],
    ['a round led by SoftBank in March.', '2025-03'],
    ['data published in May.', '2025-05'],
    ['by mid-September', '2025-09'],
    ['in December', '2024-12'], // after October: last year's
    ['uninstalls surged 295% on February 28.', '2025-02-28'],
    ['peaked at 191,556 on Jan. 27 in the week', '2025-01-27'],
    ['on October 5', '2024-10-05'], // three days after the document date: last year's
  ];
  for (const [text, want] of valid) assert.deepEqual(bareDatePeriods(text, 0, OCT_2).map((p) => p.canonical), [want], text);
  const invalid = [
    'It may rise in May 2025.', // a year follows: findPeriods reads it
    'on Oct. 5, 2025', // the same
    'revenue may grow', // "may" the verb
    'in Marchland', // no month
    'July was hot', // no lead word: a name as often as a time
    'on Feb. 30', // no such day
  ];
  for (const text of invalid) assert.deepEqual(bareDatePeriods(text, 0, OCT_2), [], text);
  const [p] = bareDatePeriods('In July, it rose.', 100, OCT_2);
  assert.equal(p.inferred, 'documentDate');
  assert.deepEqual(p.span, { start: 103, end: 107 });
});

test('bare dates: months, days and weekdays counted back from the date', () => {
  assert.equal(monthBefore(10, OCT_2).canonical, '2025-10');
  assert.equal(monthBefore(11, OCT_2).canonical, '2024-11');
  assert.equal(dayBefore(10, 2, OCT_2)?.canonical, '2025-10-02');
  assert.equal(dayBefore(2, 29, OCT_2), null); // 2025 has no 29 February
  // 2 October 2025 is a Thursday; 28 January 2025 a Tuesday.
  assert.equal(weekdayBefore('Thursday', OCT_2)?.canonical, '2025-10-02');
  assert.equal(weekdayBefore('Monday', OCT_2)?.canonical, '2025-09-29');
  assert.equal(weekdayBefore('Monday', parseDocumentDate('2025-01-28')!)?.canonical, '2025-01-27');
  assert.equal(weekdayBefore('Someday', OCT_2), null);
});

test('bare dates: a figure takes the month its sentence names, but the month does not carry to the next sentence', () => {
  const date = { documentDate: '2025-10-02' };
  assert.equal(readingOf('In July, OpenAI was valued at $300 billion.', '$300 billion', date).period?.canonical, '2025-07');
  // Without the document's date a month without a year is no period.
  assert.equal(readingOf('In July, OpenAI was valued at $300 billion.', '$300 billion').period, null);
  // "became the largest shareholder in August": an event of its sentence, not the time of the report after it.
  const text = 'OpenAI reported Q3 2025 results. The government became a shareholder in August. Revenue reached $4 billion.';
  assert.equal(readingOf(text, '$4 billion', date).period?.canonical, 'Q3 2025');
});

// --- A level of the article's month ---------------------------------------------------

test('document month: a level news states with no time is the level of the article month', () => {
  const date = { documentDate: '2025-10-02' };
  const valid: [string, string][] = [
    ['OpenAI is valued at $500 billion.', '$500 billion'],
    ['OpenAI has completed a deal that values the company at $500 billion.', '$500 billion'],
    ['Of ChatGPT’s 800 million weekly active users, few pay.', '800 million'],
    ['Anthropic has secured $13 billion in funding.', '$13 billion'],
    ['Anthropic said on Tuesday it had raised $13 billion in funding.', '$13 billion'], // reported speech: "had" is now
    ['In the combination, OpenAI is valued at $500 billion.', '$500 billion'], // a merger, but the name is the figure's
  ];
  for (const [text, figure] of valid) {
    const r = readingOf(text, figure, date);
    assert.equal(r.period?.canonical, '2025-10', text);
    assert.equal(r.period?.inferred, 'documentMonth', text);
  }
  const invalid: [string, string, AnalyzeOptions][] = [
    ['OpenAI is valued at $500 billion.', '$500 billion', {}], // no date: no month
    ['OpenAI was previously valued at $300 billion.', '$300 billion', date], // an earlier level
    ['OpenAI, recently valued at $300 billion, plans to list.', '$300 billion', date],
    ['Its initial funding round of $1 billion drew few backers.', '$1 billion', date],
    ['By then Anthropic had raised $13 billion in funding.', '$13 billion', date], // a pluperfect of narrative: before
    ['A new round would value OpenAI at $750 billion.', '$750 billion', date], // a projection
    ['OpenAI made $4.3 billion in revenue.', '$4.3 billion', date], // a flow has no month
    ['CEO Sam Altman said OpenAI had some $18 billion worth of interest.', '$18 billion', date], // worth of something
    ['OpenAI was valued at $300 billion in 2025.', '$300 billion', date], // dated by its sentence
    ['OpenAI, up from $157 billion, is valued at $500 billion.', '$500 billion', date], // a comparison: two times
    ['Musk merged his rocket maker with OpenAI in one of the largest deals in history, with a valuation of about $1.25 trillion.', '$1.25 trillion', date], // the merged company's
  ];
  for (const [text, figure, options] of invalid) assert.notEqual(readingOf(text, figure, options).period?.inferred, 'documentMonth', text);
  assert.equal(readingOf('OpenAI was valued at $300 billion in 2025.', '$300 billion', date).period?.canonical, '2025');
});

test('document month: the dataset compares the level as of the article, warning without a fix', () => {
  const findings = analyze('OpenAI is valued at $600 billion.', { dataset: testIndex(), documentDate: '2025-10-20' }).findings.filter((f) => f.ruleId === 'dataset-mismatch');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].fix ?? null, null);
  assert.equal(findings[0].severity, 'warning');
  assert.equal(analyze('OpenAI is valued at $500 billion.', { dataset: testIndex(), documentDate: '2025-10-20' }).findings.filter((f) => f.ruleId === 'dataset-mismatch').length, 0);
});

// --- A market move of the article's day ----------------------------------------------

test('document day: a market move dated by a weekday or "premarket" is of that day', () => {
  const date = { documentDate: '2025-11-12' }; // a Wednesday
  const valid: [string, string, string][] = [
    ['Advanced Micro Devices shares surged 6% on Wednesday.', '6%', '2025-11-12'],
    ['Nvidia shares plummeted by nearly 17% on Monday.', '17%', '2025-11-10'],
    ['IREN shares were trading higher by 23.26% premarket.', '23.26%', '2025-11-12'],
  ];
  for (const [text, figure, want] of valid) {
    const r = readingOf(text, figure, date);
    assert.equal(r.period?.canonical, want, text);
    assert.equal(r.period?.inferred, 'documentDay', text);
  }
  const invalid: [string, string][] = [
    ["Nvidia's shares jumped 16% adding value.", '16%'], // no day named: the day before, or the day of?
    ['Shares of CoreWeave (CRWV 0.72%) are soaring on Thursday.', '0.72%'], // a ticker box
    ['OpenAI said on Tuesday its revenue rose 20%.', '20%'], // no market move: the weekday dates the saying
  ];
  for (const [text, figure] of invalid) assert.equal(readingOf(text, figure, date).period, null, text);
});

test('document day: the next sentences of the paragraph share the day a move was dated by', () => {
  const date = { documentDate: '2025-11-03' }; // a Monday
  const text = 'IREN shares were trading higher by 23.26% premarket at last check Monday. Microsoft rose 0.36% while Dell gained 4.28%.';
  assert.equal(readingOf(text, '0.36%', date).period?.canonical, '2025-11-03');
  assert.equal(readingOf(text, '4.28%', date).period?.canonical, '2025-11-03');
  // Not into the next paragraph, nor past a sentence that names its own time, nor to a figure no move verb leads.
  assert.equal(readingOf(`IREN shares rose 23% on Monday.\n\nMicrosoft rose 0.36%.`, '0.36%', date).period, null);
  assert.notEqual(readingOf('IREN shares rose 23% on Monday. In 2024 it made $500 million. Microsoft rose 0.36%.', '0.36%', date).period?.inferred, 'documentDay');
  assert.equal(readingOf('IREN shares rose 23% on Monday. Its margin was 12%.', '12%', date).period, null);
});

test('document month and day: the hover says the period came from the document date', () => {
  const r = readingOf('OpenAI is valued at $500 billion.', '$500 billion', { documentDate: '2025-10-02' });
  assert.deepEqual(readingNotes(r, { date: '2025-10-02' }), ["month from the document's date (2025-10-02): a level the sentence states with no time of its own"]);
  const d = readingOf('AMD shares surged 6% on Wednesday.', '6%', { documentDate: '2025-11-12' });
  assert.deepEqual(readingNotes(d, { date: '2025-11-12' }), ['day from the document\'s date (2025-11-12): a market move the sentence dates by a weekday or "today"']);
});

// --- A headline's quarter without its year --------------------------------------------

test('a quarter the headline or a heading names without its year is placed by the date, shown and never compared', () => {
  const text = '---\ntitle: "Intel returns to profitability in Q3"\n---\n\nRevenue grew 3% to $13.7 billion.\n';
  const r = readingOf(text, '$13.7 billion', { documentDate: '2025-10-24' });
  assert.equal(r.period?.canonical, 'Q3 2025');
  assert.equal(r.period?.inferred, 'dateYear');
  // A body heading does the same for its section.
  const body = '# Meta first quarter earnings\n\nRevenue was $42.3 billion.\n';
  assert.equal(readingOf(body, '$42.3 billion', { documentDate: '2025-04-30' }).period?.canonical, 'Q1 2025');
  // Without a date, or with two different quarters, or a fiscal one, nothing is placed.
  assert.equal(readingOf(body, '$42.3 billion').period, null);
  assert.equal(readingOf('# Q3 beats Q2\n\nRevenue was $42.3 billion.\n', '$42.3 billion', { documentDate: '2025-10-24' }).period, null);
  assert.equal(readingOf('# Fiscal Q3 results\n\nRevenue was $42.3 billion.\n', '$42.3 billion', { documentDate: '2025-10-24' }).period, null);
});

// --- The lead's reporting period ------------------------------------------------------

test('lead: the quarter a results lead reports on dates the paragraphs after it, shown and never compared', () => {
  const date = { documentDate: '2025-10-30' };
  const text = 'OpenAI reported third-quarter 2025 revenue of $4.1 billion.\n\nNet loss was $11.5 billion.\n';
  const r = readingOf(text, '$11.5 billion', date);
  assert.equal(r.period?.canonical, 'Q3 2025');
  assert.equal(r.period?.inferred, 'lead');
  assert.deepEqual(readingNotes(r), ["period of the report the article's lead names (not compared with the dataset)"]);
  // A quarter the lead names without its year is placed by the date, and stays marked so.
  const yearless = 'OpenAI has reported better-than-expected Q3 results.\n\nNet loss was $11.5 billion.\n';
  assert.equal(readingOf(yearless, '$11.5 billion', date).period?.canonical, 'Q3 2025');
  assert.equal(readingOf(yearless, '$11.5 billion', date).period?.inferred, 'dateYear');
  // The paragraph's own time wins.
  assert.equal(readingOf(`${text}\nIn 2024, it lost $5 billion.\n`, '$5 billion', date).period?.canonical, '2024');
});

test('lead: no reporting period is carried from what is no results lead, or to another company', () => {
  const date = { documentDate: '2025-10-30' };
  const invalid: [string, string][] = [
    ['OpenAI reported a loss in the first half of 2025.\n\nNet loss was $11.5 billion.\n', '$11.5 billion'], // a half: history, not the report
    ['OpenAI’s third-quarter 2025 revenue of $4.1 billion beat forecasts.\n\nNet loss was $11.5 billion.\n', '$11.5 billion'], // no report word
    ['Anthropic reported third-quarter 2025 revenue of $4.1 billion.\n\nOpenAI made $11.5 billion.\n', '$11.5 billion'], // another company
    ['OpenAI made $1 billion.\n\nOpenAI made $2 billion.\n\nOpenAI reported third-quarter 2025 revenue of $3 billion.\n\nNet loss was $11.5 billion.\n', '$11.5 billion'], // past the lead
  ];
  for (const [text, figure] of invalid) assert.equal(readingOf(text, figure, date).period, null, text);
});

test('a figure of a segment the dataset does not hold counts periods as the company its sentence names', () => {
  // Alphabet's fiscal year is the calendar year: its "fourth quarter of fiscal 2025" is Q4 2025, for its segments too.
  const text = '---\ntitle: "Alphabet Announces Fourth Quarter and Fiscal Year 2025 Results"\n---\n\nGoogle Services revenues increased 14% to $95.9 billion.\n';
  const result = analyze(text, { documentDate: '2026-02-04' });
  const r = result.claims.flatMap((c) => c.readings).find((x) => text.slice(x.quantity.span.start, x.quantity.span.end) === '$95.9 billion')!;
  assert.equal(r.entity, null);
  assert.equal(r.period?.canonical, 'Q4 2025');
});

test('bare dates: a quarter named by its end without the year is the company’s, its year the date’s guess', () => {
  const [p] = bareDatePeriods('For the quarter ended September 30, the company reported results.', 0, parseDocumentDate('2025-10-29')!);
  assert.equal(p.canonical, 'Q3 2025');
  assert.deepEqual(p.endsIn, { year: 2025, month: 9 });
  assert.equal(p.inferred, 'dateYear');
  // Microsoft's year ends in June: its quarter ended September 30 is Q1 FY2026 (bundled dataset), for the lead's paragraphs too.
  const text = 'For the quarter ended September 30, Microsoft reported earnings per share of $4.13.\n\nTotal revenue was $77.7 billion.\n';
  const result = analyze(text, { documentDate: '2025-10-29' });
  const periodOf = (figure: string) => result.claims.flatMap((c) => c.readings).find((x) => text.slice(x.quantity.span.start, x.quantity.span.end) === figure)!.period;
  assert.equal(periodOf('$4.13')?.canonical, 'Q1 FY2026');
  assert.equal(periodOf('$77.7 billion')?.canonical, 'Q1 FY2026');
  assert.equal(periodOf('$77.7 billion')?.inferred, 'dateYear');
});

test('document day: a market move whose sentence names no time is of its day, whatever period was carried to it', () => {
  const text = 'OpenAI reported third-quarter 2025 revenue of $4.1 billion. Despite the performance, shares dropped 2.6% in after-hours trading.';
  assert.equal(readingOf(text, '2.6%', { documentDate: '2025-10-29' }).period?.canonical, '2025-10-29');
  // A move in a sentence that names its time keeps it.
  assert.equal(readingOf('Shares dropped 2.6% in the third quarter of 2025.', '2.6%', { documentDate: '2025-10-29' }).period?.canonical, 'Q3 2025');
});
