import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { opensWithUnknownName, OPENING_FOR_TEST } from '../../src/core/read/entityNlp';

/** opensWithUnknownName as it read the name before: split into its words at white space. */
function bySplitting(sentence: string): boolean {
  const m = /^\p{Lu}[\p{L}\p{N}&-]*(?:\s\p{Lu}[\p{L}\p{N}&-]*){0,4}/u.exec(sentence);
  if (!m) return false;
  const words = m[0].split(/\s/);
  if (OPENING_FOR_TEST.NOT_NAMES.has(words[0].toLowerCase())) return false;
  return words.length >= 2 || OPENING_FOR_TEST.REPORTING_VERBS.test(sentence.slice(m[0].length));
}

const PIECES = ['Acme', 'Robotics', 'OpenAI', 'The', 'In', 'March', 'CEO', 'AI', 'reported', 'said', 'revenue', 'it', 'É', 'Élan', 'Ǆ', '𝐀', 'ſ',
  '3M', 'AT&T', 'X-Corp', '$5', '20%', ',', '.', ' ', '  ', '\u00a0', '\u2003', '\n', '\t', '-', '&', 'Q3'];
const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(' '));

test('opensWithUnknownName reads the opening name as splitting it into words does', () => {
  fc.assert(fc.property(fc.oneof(sentence, spaced, fc.string()), (s) => assert.equal(opensWithUnknownName(s), bySplitting(s), JSON.stringify(s))), { numRuns: 5000 });
  assert.equal(opensWithUnknownName('Acme Robotics said revenue rose'), true);
  assert.equal(opensWithUnknownName('Acme reported $7 billion'), true);
  assert.equal(opensWithUnknownName('Acme was founded'), false);
  assert.equal(opensWithUnknownName('The company grew'), false);
});
