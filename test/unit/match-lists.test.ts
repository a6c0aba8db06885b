import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CONTRAST_PAIRS, CONTRAST_WORDS, namesContrast, scanListsAscii, scanListsLowered } from '../../src/core/dataset/hedging';

// Words of the four lists (partial time, other subject, forward-looking, contrast), their pairs, and others.
const WORDS = ['half', 'Quarter', 'MONTHS', 'full', 'year', 'earlier', 'last', 'same', 'period', 'rival', 'Rivals', 'others', 'another', 'expects',
  'will', 'set', 'to', 'on', 'track', 'poised', 'Versus', 'instead', 'of', 'rather', 'than', 'up', 'from', 'compared', 'with', 'revised', 'revenue', 'OpenAI', 'the', 'a', 'yearly', 'halfway', 'xyzzyxyzzyxyzzy', '2025', '$5', 'it'];
const SEPS = [' ', ', ', '. ', '-', '', '\n', '  '];

test('the ASCII word scan of the list words answers as the scan of the lower-cased text', () => {
  const ascii = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 16 }).map((p) => p.map(([w, s]) => w + s).join(''));
  fc.assert(fc.property(fc.oneof(ascii, fc.string({ unit: 'binary-ascii' })), (s) => assert.equal(scanListsAscii(s), scanListsLowered(s), JSON.stringify(s))), { numRuns: 4000 });
  assert.equal(scanListsAscii('In the first half alone'), scanListsLowered('In the first half alone'));
  assert.notEqual(scanListsAscii('Its rival expects more'), 0);
  // Any other character: the scan declines (lower-casing "İ" or the Kelvin sign changes the words).
  assert.equal(scanListsAscii('the \u212Aelvin half'), -1);
});

// cross-reference's contrast check as it was written before it joined the lists: every
// [a-z]+ word of the lower-cased text looked up, and each pair of consecutive words.
function contrastsByWords(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (CONTRAST_WORDS.has(words[i])) return true;
    if (i > 0 && CONTRAST_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true;
  }
  return false;
}

test('the contrast words answer as a look-up of every lower-cased word and pair', () => {
  const words = fc.array(fc.tuple(fc.constantFrom(...WORDS, 'UP', 'Down', 'VS', 'plans', 'ıplan', 'İnstead'), fc.constantFrom(...SEPS, '2025 ', '\u00e9')), { maxLength: 16 }).map((p) => p.map(([w, s]) => w + s).join(''));
  fc.assert(fc.property(fc.oneof(words, fc.string()), (s) => assert.equal(namesContrast(s), contrastsByWords(s), JSON.stringify(s))), { numRuns: 4000 });
  assert.ok(namesContrast('up, from $3 billion'));
  assert.ok(!namesContrast('revenue rose to $5 billion'));
});
