import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CAGR_AFTER, CAGR_BEFORE, changeCue, mayStateYearlyRate, wordBefore, WORD_BEFORE } from '../../src/core/relations';
import type { Quantity } from '../../src/core/types';
import { isChangeWord } from '../../src/core/direction';

// Pieces of text that stress the hand scans: change words, qualifiers, digits and marks,
// and the characters where Unicode and ASCII disagree (ſ, the Kelvin sign, an astral letter, a lone surrogate).
const PIECES = ['rose', 'fell', 'Jumped', 'growth', 'change', 'year-over-year', 'by', 'of', 'about', 'approx.', 'more than', '~', 'a', 'an', 'the',
  'revenue', '$5', '20%', '2025', ',', ';', '(', ')', '-', '.', 'ſ', 'ſhed', 'sin\u212A', '\u212Aey', 'é', '𝐀', '\ud800', '\u00a0', ' ', '  ', '\n', '\t', 'x'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' '));

test('changeCue finds a change word exactly where splitting at non-letters does', () => {
  const byRegex = (s: string): boolean => s.split(/[^\p{L}-]+/u).some((w) => w !== '' && isChangeWord(w));
  fc.assert(fc.property(fc.oneof(text, spaced, fc.string()), (s) => assert.equal(changeCue(s), byRegex(s), JSON.stringify(s))), { numRuns: 4000 });
  assert.equal(changeCue('revenue rose 20%'), true);
  assert.equal(changeCue('revenue of $5'), false);
  assert.equal(changeCue('sin\u212A'), true); // the Kelvin sign lower-cases to "k"
});

test('wordBefore is the leftmost match of its pattern, searched anywhere', () => {
  const anywhere = new RegExp(WORD_BEFORE.source, WORD_BEFORE.flags.replace('y', ''));
  fc.assert(
    fc.property(fc.oneof(text, spaced, fc.string()), (pre) => {
      const want = anywhere.exec(pre);
      const got = wordBefore(pre);
      assert.deepEqual(got && [got.index, got[0], got[1]], want && [want.index, want[0], want[1]], JSON.stringify(pre));
    }),
    { numRuns: 4000 },
  );
  assert.equal(wordBefore('revenue of $5 billion, up by about ')?.[1], 'up');
  assert.equal(wordBefore('it fell by approx. ')?.[1], 'fell');
});

test('a sentence mayStateYearlyRate rejects holds no rate a year anywhere in it', () => {
  const yearly = ['year', 'Year', 'YEAR', 'yearly', 'annual', 'Annually', 'annum', 'per', 'a', 'each', 'every', 'compound', 'compounded', 'growth', 'rate', 'CAGR', 'cagr', 'over', 'on', '-', 'yeaR', 'ſ', 'ye', 'ar', 'ann', 'ual'];
  const sentence = fc.array(fc.constantFrom(...PIECES, ...yearly), { maxLength: 16 }).map((p) => p.join(' '));
  const percent = { kind: 'percent', span: { start: 0, end: 0 } } as unknown as Quantity;
  fc.assert(
    fc.property(fc.oneof(sentence, text, fc.string()), (s) => {
      if (mayStateYearlyRate({ text: s, base: 0, quantities: [percent] })) return;
      for (let i = 0; i <= s.length; i++) {
        assert.equal(CAGR_AFTER.test(s.slice(i)), false, JSON.stringify(s));
        assert.equal(CAGR_BEFORE.test(s.slice(0, i)), false, JSON.stringify(s));
      }
    }),
    { numRuns: 3000 },
  );
  assert.equal(mayStateYearlyRate({ text: 'growing 40% a year', base: 0, quantities: [percent] }), true);
  assert.equal(mayStateYearlyRate({ text: 'a 40% CAGR', base: 0, quantities: [] }), false); // no percentage: nothing to ask
});
