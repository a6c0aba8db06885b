import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { changeCue, wordBefore, WORD_BEFORE } from '../../src/core/relations';
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
