// Hostile and odd drafts: analyze() must never throw, must finish, and everything it
// returns must lie inside the text and read as sense (no NaN, Infinity or "undefined").
// Big inputs are generated here at run time; nothing large is committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, createAnalyzer, DEFAULT_MAX_LENGTH } from '../../src/core/analyze';
import { assertSane, prng } from './hostile-helpers';

const FIXTURES = path.join(__dirname, '../fixtures/hostile');

/** Analyses and checks; returns the result for more specific assertions. */
function sane(text: string, options: Parameters<typeof analyze>[1] = {}) {
  const r = analyze(text, options);
  assertSane(text, r);
  return r;
}

const PARAGRAPH =
  'OpenAI revenue went from $3.7 billion in 2024 to $13 billion in 2025, a 251% increase. ' +
  'Anthropic’s run rate rose from $1 billion to $5 billion, up 400%, and its share fell 5 percentage points to 32%.';

// ---------------------------------------------------------------------------
// Size

test('a 10 MB draft is skipped with a reason, not read for seconds', () => {
  const text = `${PARAGRAPH}\n\n`.repeat(Math.ceil(10_000_000 / (PARAGRAPH.length + 2)));
  assert.ok(text.length > 10_000_000);
  const r = sane(text);
  assert.match(r.skipped ?? '', /limit/);
  assert.match(r.skipped ?? '', /10,0\d\d,\d\d\d characters/);
  assert.equal(r.findings.length, 0);
});

test('the size limit is configurable and its edge is exact', () => {
  const text = `${PARAGRAPH}\n`;
  assert.equal(sane(text, { maxLength: text.length }).skipped, undefined);
  assert.match(sane(text, { maxLength: text.length - 1 }).skipped ?? '', /limit/);
  assert.equal(DEFAULT_MAX_LENGTH, 5_000_000);
});

test('a 2 MB draft of 17,000 paragraphs is read whole: every paragraph yields its claims', () => {
  const one = sane(PARAGRAPH);
  const n = 17_000;
  const text = Array.from({ length: n }, (_, i) => PARAGRAPH.replace('2025', String(2000 + (i % 26)))).join('\n\n');
  assert.ok(text.length > 2_000_000);
  const r = sane(text);
  assert.equal(r.skipped, undefined);
  assert.equal(r.claims.length, one.claims.length * n);
  assert.equal(r.quantities.length, one.quantities.length * n);
});

test('a single line of 1 MB (no line break, no full stop) is read whole', () => {
  const unit = 'Revenue rose from $1 billion to $3 billion, a 200% increase, and Nvidia sold 40% more GPUs; ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const r = sane(text);
  assert.equal(r.skipped, undefined);
  assert.equal(r.quantities.length, 4 * Math.ceil(1_000_000 / unit.length));
});

test('100,000 figures on one line are all read', () => {
  const text = '$1B '.repeat(100_000);
  const r = sane(text);
  assert.equal(r.quantities.length, 100_000);
});

test('a table with 5,000 rows and a Total row: every row is a claim, the total is checked', () => {
  const rows = Array.from({ length: 5_000 }, (_, i) => `| Lab ${i} | $${(i % 9) + 1} million |`);
  const sum = Array.from({ length: 5_000 }, (_, i) => (i % 9) + 1).reduce((a, b) => a + b, 0);
  const text = ['| Company | Revenue |', '|---|---|', ...rows, `| Total | $${sum * 2} million |`].join('\n');
  const r = sane(text);
  assert.equal(r.claims.filter((c) => c.table).length >= 5_000, true);
  // The total is twice the sum, far past the rows' rounding: table-total must say so, with the real sum.
  const total = r.findings.find((f) => f.ruleId === 'table-total');
  assert.ok(total, 'no table-total finding for a wrong total');
  assert.match(`${total.message} ${total.derivation}`, new RegExp(`${sum.toLocaleString('en-US')}|${sum}`));
});

// ---------------------------------------------------------------------------
// Structure

test('lists nested 5,000 deep and block quotes nested 5,000 deep do not throw', () => {
  const list = Array.from({ length: 5_000 }, (_, i) => `${'  '.repeat(i)}- revenue grew 10% to $${i + 1} billion`).join('\n');
  sane(list);
  const quote = `${'>'.repeat(5_000)} OpenAI revenue went from $1 billion to $2 billion, a 50% increase.`;
  sane(quote);
  const quoteLines = Array.from({ length: 5_000 }, (_, i) => `${'> '.repeat(i + 1)}up 5% to $${i} million`).join('\n');
  sane(quoteLines);
});

test('an unclosed fence, an unclosed comment and 10,000 links leave the rest intact', () => {
  sane('```\n$1 billion, a 50% rise from $1 billion\n');
  sane('<!-- claimcheck-disable\nrevenue rose from $1 billion to $2 billion, up 50%');
  sane('[$5 billion](http://x/$1B) '.repeat(10_000));
  sane(`${'<'.repeat(20_000)} $1 billion ${'>'.repeat(20_000)}`);
  sane(`${'`'.repeat(10_001)} $1 billion, up 50% from $1 billion`);
  sane(`${'*'.repeat(30_000)}$1 billion${'_'.repeat(30_000)}`);
});

// ---------------------------------------------------------------------------
// Characters

const WRONG = 'Revenue went from $1 billion to $2 billion, a 50% increase.';

test('CRLF and lone CR line ends: the same finding, at the same figure', () => {
  const lf = sane(`Intro.\n\n${WRONG}\n`);
  assert.ok(lf.findings.length > 0, 'the LF draft should have a finding');
  for (const eol of ['\r\n', '\r']) {
    const text = `Intro.${eol}${eol}${WRONG}${eol}`;
    const r = sane(text);
    assert.deepEqual(r.findings.map((f) => f.ruleId), lf.findings.map((f) => f.ruleId), JSON.stringify(eol));
    for (const f of r.findings) assert.equal(text.slice(f.span.start, f.span.end), '50%');
  }
});

test('a byte order mark at the start shifts nothing', () => {
  const text = `\uFEFF${WRONG}`;
  const r = sane(text);
  assert.ok(r.findings.length > 0);
  for (const f of r.findings) assert.equal(text.slice(f.span.start, f.span.end), '50%');
});

test('NUL bytes near the start: skipped as binary, with a reason', () => {
  const r = sane(`${WRONG}\u0000\u0000junk`);
  assert.match(r.skipped ?? '', /binary|NUL/);
});

test('NUL bytes deep in a long draft and binary junk do not throw', () => {
  sane(`${'a'.repeat(9_000)}\u0000 ${WRONG}`);
  const rand = prng(42);
  for (let k = 0; k < 20; k++) {
    // Bytes as Latin-1 text, as a file read with the wrong encoding would arrive; no NUL.
    const junk = Array.from({ length: 20_000 }, () => String.fromCharCode(1 + Math.floor(rand() * 255))).join('');
    sane(junk);
    sane(`${junk.slice(0, 5_000)} ${WRONG} ${junk.slice(5_000, 10_000)}`);
  }
});

test('unpaired surrogates next to figures do not throw and spans stay inside', () => {
  for (const s of ['\uD800', '\uDC00', '\uDBFF\uDBFF', '\uDFFF\uD800']) {
    sane(`${s}$5 billion${s} rose ${s}50%${s} from $1${s} billion${s}`);
    sane(`${WRONG.replace(/ /g, s)}`);
  }
  sane('\uD83D\uDE80 $5 billion \uD83D rose 50% from $1 billion');
});

test('right-to-left text and bidi controls around figures', () => {
  sane('إيرادات OpenAI ارتفعت من $1 billion إلى $2 billion، بزيادة 50%.');
  sane('ההכנסות עלו מ-$1 billion ל-$2 billion, עלייה של 50%.');
  sane('\u202Erevenue rose from $1 billion to $2 billion, a 50% increase\u202C \u2067$5B\u2069 \u200F40%\u200E');
});

test('full-width and Arabic-Indic digits: read or left alone, never broken', () => {
  sane('Revenue rose from ＄１ billion to ＄２ billion, a ５０％ increase.');
  sane('Revenue rose from $١ billion to $٢ billion, a ٥٠٪ increase.');
  sane('Revenue rose from $۱ billion to $۲ billion, a ۵۰% increase.');
  sane('营收从１０亿美元增长到２０亿美元，增长５０％。');
});

test('currency signs with no number', () => {
  for (const t of ['$', '$ $ $', '$$$$', '$.', '$,', '$B', '$ billion', '$-', '$%', '€£¥$ billion', `${'$'.repeat(50_000)}`, 'up $ from $ to $, a % rise', '%%%% pp x']) {
    const r = sane(t);
    assert.equal(r.findings.length, 0, t.slice(0, 40));
  }
});

// ---------------------------------------------------------------------------
// Numbers at the edges

test('400-digit numbers in every role', () => {
  const big = '9'.repeat(400);
  for (const t of [
    `$${big}`,
    `$${big} billion`,
    `${big}%`,
    `Revenue went from $${big} billion to $1 billion, a 50% decrease.`,
    `Revenue went from $1 billion to $${big} billion, a 50% increase.`,
    `Revenue went from $1 billion to $2 billion, a ${big}% increase.`,
    `OpenAI revenue was $${big} billion in 2025.`,
    `Its share rose from 1% to ${big}%, up ${big} percentage points.`,
    `| a | b |\n|---|---|\n| x | $${big} |\n| y | $1 |\n| Total | $${big} |`,
    `${'1,'.repeat(200)}000 users`,
    `$0.${'0'.repeat(400)}1 billion`,
  ]) {
    sane(t);
  }
});

test('1e308, overflow to Infinity, negative zero and zero divisors', () => {
  for (const t of [
    '1e308',
    '$1e308 trillion',
    '1e308%',
    `$${'9'.repeat(309)} trillion`,
    'Revenue went from $1.7976931348623157e308 to $1 billion, a 50% drop.',
    'Revenue went from $0 to $5 billion, a 100% increase.',
    'Revenue went from $0 billion to $0 billion, a 0% change.',
    'Margin went from -0% to 5%, up 5 percentage points.',
    'Revenue went from $-0 to $5 billion, a −0% change.',
    'Revenue went from −$0.0 billion to $0.00 billion, up -0%.',
    'Revenue grew from $0 in 2020 to $5 billion in 2025, growing 100% a year.',
    'Revenue grew from $5 billion in 2025 to $0 in 2030, growing -100% a year.',
    'Revenue grew from $1 billion in 2025 to $2 billion in 2025, growing 50% a year.',
    '0% of $0 billion, about $0 billion',
    '150% of $1e308 trillion, about $1 billion',
  ]) {
    sane(t);
  }
});

test('the committed odd-input fixtures all pass the checks', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  assert.ok(files.length >= 3);
  for (const f of files) sane(fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
});

// ---------------------------------------------------------------------------
// The block cache under hostile edits

test('an analyzer fed a sequence of hostile drafts answers as a fresh one would', () => {
  const texts = [
    WRONG,
    `\uFEFF${WRONG}\r\n\r\n${WRONG}`,
    `${WRONG}\u0000`,
    '$'.repeat(1_000),
    `${WRONG}\n\n${'9'.repeat(400)}%`,
    WRONG,
  ];
  const a = createAnalyzer();
  for (const t of texts) {
    const cached = a.analyze(t);
    assertSane(t, cached);
    const fresh = analyze(t);
    assert.deepEqual(cached.findings, fresh.findings);
    assert.equal(cached.skipped, fresh.skipped);
  }
});

test('input that is not text is refused with a reason', () => {
  for (const bad of [undefined, null, 42, {}, ['a']]) {
    const r = analyze(bad as unknown as string);
    assert.match(r.skipped ?? '', /not text/);
  }
});
