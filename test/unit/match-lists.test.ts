import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanListsAscii, scanListsLowered } from '../../src/core/dataset/match';

// Words of the three lists (partial time, other subject, forward-looking), their pairs, and others.
const WORDS = ['half', 'Quarter', 'MONTHS', 'full', 'year', 'earlier', 'last', 'same', 'period', 'rival', 'Rivals', 'others', 'another', 'expects',
  'will', 'set', 'to', 'on', 'track', 'poised', 'revenue', 'OpenAI', 'the', 'a', 'yearly', 'halfway', 'xyzzyxyzzyxyzzy', '2025', '$5', 'it'];
const SEPS = [' ', ', ', '. ', '-', '', '\n', '  '];

test('the ASCII word scan of the list words answers as the scan of the lower-cased text', () => {
  const ascii = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 16 }).map((p) => p.map(([w, s]) => w + s).join(''));
  fc.assert(fc.property(fc.oneof(ascii, fc.string({ unit: 'binary-ascii' })), (s) => assert.equal(scanListsAscii(s), scanListsLowered(s), JSON.stringify(s))), { numRuns: 4000 });
  assert.equal(scanListsAscii('In the first half alone'), scanListsLowered('In the first half alone'));
  assert.notEqual(scanListsAscii('Its rival expects more'), 0);
  // Any other character: the scan declines (lower-casing "İ" or the Kelvin sign changes the words).
  assert.equal(scanListsAscii('the \u212Aelvin half'), -1);
});
