import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeriods, findYearlessParts, parsePeriodString, periodsCompatible, placeYearless, yearBefore, YEARLESS } from '../../src/core/read/periods/period';
import { PERIOD_PATTERN } from '../../src/core/dataset/schema';

function canon(text: string): string[] {
  return findPeriods(text).map((p) => p.canonical);
}

test('parsePeriodString reads every canonical form and round-trips it', () => {
  for (const s of ['2025', 'FY2025', 'H1 2025', 'H2 2024', 'Q3 2025', '2025-10', '2025-10-06', '2025..2029', 'by 2030']) {
    const p = parsePeriodString(s);
    assert.ok(p, s);
    assert.equal(p.canonical, s);
    assert.match(p.canonical, PERIOD_PATTERN);
  }
  assert.deepEqual(parsePeriodString('Q3 2025'), { kind: 'quarter', year: 2025, part: 3, canonical: 'Q3 2025' });
  assert.equal(parsePeriodString('2025-10-06')?.day, 6);
  assert.equal(parsePeriodString('2025..2029')?.toYear, 2029);
});

test('parsePeriodString rejects what is not canonical', () => {
  for (const s of ['', 'FY25', 'Q5 2025', '2025-13', '2025-02-30', '2029..2025', 'in 2025', 'H3 2025']) {
    assert.equal(parsePeriodString(s), null, s);
  }
});

test('findPeriods reads the ways prose writes a period', () => {
  const cases: [string, string[]][] = [
    ['revenue in 2025', ['2025']],
    ['in fiscal 2025', ['FY2025']],
    ['in fiscal year 2024', ['FY2024']],
    ['FY25 and FY2026', ['FY2025', 'FY2026']],
    ['the first half of 2025', ['H1 2025']],
    ['in H1 2025', ['H1 2025']],
    ['1H25', ['H1 2025']],
    ['the first six months of 2025', ['H1 2025']],
    ['the second half of 2024', ['H2 2024']],
    ['Q3 2025', ['Q3 2025']],
    ["Q3'25", ['Q3 2025']],
    ['the third quarter of 2025', ['Q3 2025']],
    ['October 2025', ['2025-10']],
    ['Oct. 2025', ['2025-10']],
    ['as of October 2025', ['2025-10']],
    ['on October 6, 2025,', ['2025-10-06']],
    ['on 6 October 2025', ['2025-10-06']],
    ['as of 2025-10-06', ['2025-10-06']],
    ['by 2030', ['by 2030']],
    ['by the end of 2030', ['by 2030']],
    ['through 2029', ['by 2029']],
    ['between 2025 and 2029', ['2025..2029']],
    ['from 2025 through 2029', ['2025..2029']],
    ['over 2024-2029', ['2024..2029']],
    ['from $3.7 billion in 2024 to $100 billion in 2029', ['2024', '2029']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(canon(text), expected, text);
});

test('findPeriods gives no period for times it cannot place, and never guesses', () => {
  for (const text of ['last year', 'last quarter', 'the first nine months of 2025', 'year-to-date 2025', 'mid-2025']) {
    assert.deepEqual(canon(text), [], text);
  }
});

test('findPeriods does not read amounts, counts or decimals as years', () => {
  for (const text of ['$2025 million', '3000 employees', '2,025 users', '20.25%', '1.2025', '2025%', '120 million']) {
    assert.deepEqual(canon(text), [], text);
  }
});

test('findPeriods spans are document offsets', () => {
  const text = 'OpenAI lost $11.5 billion in Q3 2025.';
  const [p] = findPeriods(text, 100);
  assert.equal(p.canonical, 'Q3 2025');
  assert.deepEqual(p.span, { start: 100 + text.indexOf('Q3'), end: 100 + text.indexOf('.', 30) });
});

test('periodsCompatible compares a prose period with a fact period', () => {
  const P = (s: string) => parsePeriodString(s)!;
  assert.equal(periodsCompatible(P('2025'), P('2025')), 'same');
  assert.equal(periodsCompatible(P('2025'), P('FY2025')), 'same');
  assert.equal(periodsCompatible(P('by 2030'), P('2030')), 'same');
  assert.equal(periodsCompatible(P('2025'), P('H1 2025')), 'contains');
  assert.equal(periodsCompatible(P('H1 2025'), P('2025')), 'contains');
  assert.equal(periodsCompatible(P('2025-10'), P('2025-10-06')), 'contains');
  assert.equal(periodsCompatible(P('Q3 2025'), P('H2 2025')), 'contains');
  assert.equal(periodsCompatible(P('2024..2026'), P('2025..2029')), 'overlap');
  assert.equal(periodsCompatible(P('2024'), P('2025')), 'different');
  assert.equal(periodsCompatible(P('H1 2025'), P('H2 2025')), 'different');
  assert.equal(periodsCompatible(P('Q4 2024'), P('Q1 2025')), 'different');
});

test('yearless parts of a year: found only where no year follows, placed only by a whole year (a fiscal one places a fiscal part)', () => {
  const parts = findYearlessParts('In the first half alone, and for the full year, and in Q3; not the first half of 2025, H1 2025 or H100 chips.');
  assert.deepEqual(parts.map((p) => [p.kind, p.part ?? null]), [['half', 1], ['year', null], ['quarter', 3]]);
  const [h1, year, q3] = parts;
  const y2025 = parsePeriodString('2025');
  assert.equal(placeYearless(h1, y2025)?.canonical, 'H1 2025');
  assert.equal(placeYearless(q3, y2025)?.canonical, 'Q3 2025');
  assert.equal(placeYearless(year, parsePeriodString('H1 2025'))?.canonical, '2025');
  assert.equal(placeYearless(h1, parsePeriodString('FY2025'))?.canonical, 'H1 FY2025');
  assert.equal(placeYearless(h1, parsePeriodString('H2 2025')), null);
  assert.equal(placeYearless(h1, parsePeriodString('by 2030')), null);
  assert.equal(placeYearless(h1, null), null);
});

test('yearBefore keeps the kind and moves one year back; a span or target has none', () => {
  assert.deepEqual(['2025', 'FY2025', 'H2 2025', 'Q3 2025', '2025-10'].map((s) => yearBefore(parsePeriodString(s)!)?.canonical), ['2024', 'FY2024', 'H2 2024', 'Q3 2024', '2024-10']);
  assert.equal(yearBefore(parsePeriodString('2025..2029')!), null);
  assert.equal(yearBefore(parsePeriodString('by 2030')!), null);
});

test('the sentence cues never close a gate a pattern would pass: "last year" and yearless parts, with ſ and the Kelvin sign', async () => {
  const { saysRelativeTime, RELATIVE_TIME } = await import('../../src/core/read/periodReading');
  const fc = (await import('fast-check')).default;
  const words = ['last', 'next', 'this', 'a', 'year', 'Year', 'YEAR', 'yearſ', 'ſince', 'since', 'quarter', 'quarters', 'Quarter', 'half', 'ha\u212Af', 'month',
    'months', 'weeks', 'days', 'ytd', 'YTD', 'year-to-date', 'the', 'first', 'full', 'full-year', 'whole', 'H1', 'Q3', 'h2', 'q4', 'ago', 'earlier', '2025', '1999',
    'fiscal', 'trailing', 'twelve', 'of', 'in', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', '1ſt', 'ſecond', 'entire', 'WHOLE', 'ſ', '\u212A', 'é', '_', '-', ',', '.', '5', 'halfway', 'yearly', 'H100'];
  const seps = [' ', '', '-', '  ', '\n'];
  const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  // What findYearlessParts would find with no gate at all: its own pattern, run on every text.
  const YEARLESS_SOURCE = new RegExp(YEARLESS.source, YEARLESS.flags);
  fc.assert(
    fc.property(sentence, (s) => {
      assert.equal(saysRelativeTime(s), RELATIVE_TIME.test(s), s);
      YEARLESS_SOURCE.lastIndex = 0;
      assert.equal(findYearlessParts(s).length > 0, YEARLESS_SOURCE.test(s), s);
    }),
    { numRuns: 3000 },
  );
  for (const s of ['the first half', 'first quarter', 'the 3rd quarter', '4th quarter', 'the 1ſt half', 'second half', 'the third quarter', 'fourth quarter', 'the entire year', 'whole-year', 'FULL year', 'full-year', 'H2', 'q4']) {
    YEARLESS_SOURCE.lastIndex = 0;
    assert.ok(YEARLESS_SOURCE.test(s), s);
    assert.equal(findYearlessParts(s).length, 1, s);
  }
  for (const s of ['since 2020', 'a year ago', 'a quarter earlier', 'the past six months', 'trailing twelve weeks', 'year-to-date', 'YTD', 'this fiscal year', 'since 2020 ſ', 'ſsince 2020', 'last yearſ', 'the \u212Aast year', 'the first half', 'in H1', 'in Q3', 'the full year', 'full-year']) {
    assert.equal(saysRelativeTime(s), RELATIVE_TIME.test(s), s);
  }
});


test('the sentence cues found by the shared word pass and native searches are those of a pass over every character (property)', async () => {
  const { CUES_FOR_TEST: C } = await import('../../src/core/read/periods/period');
  const { letterWordBits } = await import('../../src/core/read/phrases');
  const fc = (await import('fast-check')).default;
  const bitOf = new Map(C.words.map(([w]) => [w, C.words.filter(([x]) => x === w).reduce((b, [, bit]) => b | bit, 0)]));
  // The pass the cues were read by before: every character, words as runs of letters folded to ASCII.
  const letterOf = (c: number) => (c >= 97 && c <= 122 ? c : c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c === 0x212a ? 107 : 0);
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const byEveryCharacter = (text: string): number => {
    let cues = 0;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (letterOf(c)) {
        let j = i;
        let word = '';
        for (; j < text.length && letterOf(text.charCodeAt(j)); j++) {
          if (text.charCodeAt(j) >= 128) cues |= C.folded;
          word += String.fromCharCode(letterOf(text.charCodeAt(j)));
        }
        cues |= bitOf.get(word) ?? 0;
        i = j;
        continue;
      }
      const at = (k: number) => (k < text.length ? text.charCodeAt(k) : 0);
      if (isDigit(c) && isDigit(at(i + 1))) {
        cues |= C.twoDigits;
        const [d1, d2, d3] = [at(i + 1), at(i + 2), at(i + 3)];
        if (isDigit(d2) && isDigit(d3) && ((c === 49 && d1 === 57 && (d2 === 56 || d2 === 57)) || (c === 50 && d1 === 48))) cues |= C.fullYear;
      } else if (c === 45) {
        cues |= C.dash;
        if (at(i + 1) === 48 || at(i + 1) === 49) cues |= C.iso;
      } else if (c === 0x2013 || c === 0x2014) cues |= C.dash;
      i++;
    }
    return cues;
  };
  const words = [...C.words.map(([w]) => w), 'Year', 'FY2025', 'Q3', "Q3'25", '3Q25', 'H1', '1H25', '3rd', '1ſt', 'ſince', 'ha\u212Af', 'yeara', 'tO', 'froms',
    'OpenAI', 'revenue', 'GPT-4o', 'x_to', 'to_x', 'é', 'éto', 'toé', '𝐀', '2025', '1999', '1989', '19', '2', '0', '-', '-0', '-1', '–', '—', '_', '1_000'];
  const seps = [' ', '', '-', '.', ',', '\n', '1'];
  const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(sentence, fc.boolean(), (s, upper) => {
      const text = upper ? s.toUpperCase() : s;
      assert.equal(C.cuesOf(text), byEveryCharacter(text), text);
    }),
    { numRuns: 4000, seed: 3 },
  );
  // The scan a finder made of the same text answers too, and a new text is scanned again.
  assert.equal(letterWordBits('in the first half'), C.cuesOf('in the first half') & ~(C.twoDigits | C.fullYear | C.dash | C.iso));
});
