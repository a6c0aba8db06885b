import { test } from 'node:test';
import assert from 'node:assert/strict';
test('the time-word gate of a figure\'s tail never skips a tail the year-earlier or relative patterns read', async () => {
  const { TIME_WORD, YEAR_EARLIER_AFTER, RELATIVE_AFTER } = await import('../../src/core/readings');
  const fc = (await import('fast-check')).default;
  const words = ['a', 'the', 'in', 'during', 'for', 'of', 'over', 'year', 'Year', 'period', 'quarter', 'QUARTER', 'month', 'half', 'fiscal', 'earlier', 'before',
    'previous', 'prior', 'preceding', 'same', 'last', 'past', 'this', 'next', 'current', 'revenue', ',', 'ſame', '\u212A', '2025', '-'];
  const tail = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '  ', ', ', '')), { maxLength: 10 }).map((p) => p.map(([w, s]) => w + s).join(''));
  fc.assert(
    fc.property(fc.oneof(tail, fc.string()), (t) => {
      if (!TIME_WORD.test(t)) {
        assert.equal(YEAR_EARLIER_AFTER.test(t), false, t);
        assert.equal(RELATIVE_AFTER.test(t), false, t);
      }
    }),
    { numRuns: 4000 },
  );
  for (const t of [' a year earlier', ', the period before', ' in the same quarter a year earlier', ' last quarter', ' over the past half', ' this fiscal year']) {
    assert.ok(YEAR_EARLIER_AFTER.test(t) || RELATIVE_AFTER.test(t), t);
    assert.ok(TIME_WORD.test(t), t);
  }
});

test('the lead hints found in one search are the two hint searches\' answers', async () => {
  const { leadHintsOf, LEAD_HINT_FLAGS: H } = await import('../../src/core/readings');
  const fc = (await import('fast-check')).default;
  const words = ['rival', 'competitor', 'peer', 'challenger', 'other', 'data', 'typical', 'average', 'industry', 'hyperscalers', 'most', 'mother', 'RIVAL',
    'Data', 'almost', 'x', ' ', 'r', 'al', 'o', 'ther', 'typ', 'ical'];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(''));
  fc.assert(
    fc.property(fc.oneof(text, fc.string()), (t) => {
      const want = (H.OTHER_PARTY_HINT.test(t) ? H.other : 0) | (H.GENERIC_SUBJECT_HINT.test(t) ? H.generic : 0);
      assert.equal(leadHintsOf(t), want, t);
    }),
    { numRuns: 4000 },
  );
});

test('the lead hints read from the sentence\'s whole words never skip a lead the two patterns match', async () => {
  const { leadWordHintsForTest, OTHER_PARTY, LEAD_HINT_FLAGS: H } = await import('../../src/core/readings');
  const fc = (await import('fast-check')).default;
  const words = ['rival', 'rivals', 'Rivals', 'competitor', 'competitors', 'peer', 'PEERS', 'challenger', 'challengers', 'another', 'other', 'company', 'labs',
    'data', 'center', 'centres', 'typical', 'average', 'industry', 'wide', 'hyperscalers', 'most', 'firms', 'a', 'the', 'on', 'un', 'ry', 's', 'x', '5', '_',
    'é', 'ſ', '\u212A', '-', "'", ',', ' ', '  ', '\u00a0', '$5'];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((w) => w.join(''));
  const spaced = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(fc.oneof(sentence, spaced, fc.string()), fc.nat(), fc.nat(), (t, a, b) => {
      const from = Math.min(a, b) % (t.length + 1);
      const to = from + ((Math.max(a, b) - Math.min(a, b)) % (t.length - from + 1));
      const lead = t.slice(from, to);
      const hints = leadWordHintsForTest(t, from, to);
      if (OTHER_PARTY.test(lead)) assert.ok(hints & H.other, JSON.stringify([t, from, to]));
      if (H.GENERIC_SUBJECT.test(lead)) assert.ok(hints & H.generic, JSON.stringify([t, from, to]));
    }),
    { numRuns: 6000 },
  );
  assert.equal(leadWordHintsForTest('Its closest rival made ', 0, 23), H.other);
  assert.equal(leadWordHintsForTest('Revenue rose ', 0, 13), 0);
});

test('the time words read from the sentence\'s whole words never skip a tail the year-earlier or relative patterns read', async () => {
  const { mayNameTimeIn, YEAR_EARLIER_AFTER, RELATIVE_AFTER } = await import('../../src/core/readings');
  const fc = (await import('fast-check')).default;
  const words = ['a', 'the', 'in', 'during', 'for', 'of', 'over', 'year', 'Year', 'years', 'yearly', 'period', 'quarter', 'QUARTER', 'month', 'half', 'fiscal',
    'earlier', 'before', 'previous', 'prior', 'preceding', 'same', 'last', 'past', 'this', 'next', 'current', 'revenue', 'ſ', '\u212A', 'é', '2025', '5', '_', '-'];
  const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '  ', ', ', '', '\u00a0')), { maxLength: 16 }).map((p) => p.map(([w, s]) => w + s).join(''));
  const holds = (t: string, from: number, to: number) => {
    const tail = t.slice(from, to);
    if (YEAR_EARLIER_AFTER.test(tail) || RELATIVE_AFTER.test(tail)) assert.ok(mayNameTimeIn(t, from, to), JSON.stringify([t, from, to]));
  };
  // Anywhere in a sentence, and a tail of time words between two stretches that may continue its words.
  fc.assert(
    fc.property(fc.oneof(sentence, fc.string()), fc.nat(), fc.integer({ min: 1, max: 60 }), (t, a, n) => holds(t, a % (t.length + 1), (a % (t.length + 1)) + n)),
    { numRuns: 6000 },
  );
  const piece = fc.constantFrom('', 'un', 'ly', 's', 'ſ', 'é', '5', ' ', 'x', ' revenue');
  const times = fc.constantFrom(' a year earlier', ', the period before', ' the previous year', ' the prior YEAR', ' in the same quarter a year earlier', ' last quarter',
    ' over the past half', ' this fiscal year', ' during the same period', ' next month', ' current period');
  fc.assert(
    fc.property(piece, fc.oneof(times, sentence), piece, piece, (before, words, inner, after) => {
      const tail = words + inner;
      holds(before + tail + after, before.length, before.length + tail.length);
    }),
    { numRuns: 6000 },
  );
  assert.equal(mayNameTimeIn('$5 billion a year earlier', 10, 70), true);
  assert.equal(mayNameTimeIn('$5 billion in revenue', 10, 70), false);
});
