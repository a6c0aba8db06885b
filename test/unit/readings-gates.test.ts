import { test } from 'node:test';
import assert from 'node:assert/strict';
test('the time-word gate of a figure\'s tail never skips a tail the year-earlier or relative patterns read', async () => {
  const { TIME_WORD, YEAR_EARLIER_AFTER, RELATIVE_AFTER } = await import('../../src/core/read/periodReading');
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
  const { leadHintsOf, LEAD_HINT_FLAGS: H } = await import('../../src/core/read/entityReading');
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
  const { leadWordHintsForTest, OTHER_PARTY, LEAD_HINT_FLAGS: H } = await import('../../src/core/read/entityReading');
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
