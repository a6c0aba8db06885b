import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsSentence, isEndMark, pastMarks, splitSentences } from '../../src/core/read/sentences/sentence';

// splitSentences visits only the marks indexOf finds; the sentences must be those found by
// visiting every character, as the splitter did before.
function byEveryCharacter(text: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /[ \t\n\r\u00a0]/.test(text[s])) s++;
    while (e > s && /[ \t\n\r\u00a0]/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s + offset, end: e + offset });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isEndMark(text.charCodeAt(i))) continue;
    const j = pastMarks(text, i);
    if (endsSentence(text, i, j)) {
      push(start, j);
      start = j;
    }
    i = j - 1;
  }
  push(start, text.length);
  return out;
}

test('splitSentences: the marks found by search give the sentences a visit of every character gives (property)', () => {
  const pieces = fc.constantFrom(
    '.', '!', '?', '…', '...', '?!', ' ', '  ', '\n', '\u00a0', '"', ')', '”', 'a', 'The', 'U.S', 'e.g', 'Inc', 'Oct', 'A', 'I',
    'N.V', '1.4', '$5', '€', 'é', '𝐀', 'revenue', 'rose', '(', '*', 'x',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(50), (parts, offset) => {
      const text = parts.join('');
      assert.deepEqual(splitSentences(text, offset), byEveryCharacter(text, offset));
    }),
    { numRuns: 3000, seed: 11 },
  );
});
