import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { phraseFinder } from '../../src/core/read/phrases';
import { METRICS } from '../../src/core/dataset/metrics';

// The finder must find exactly what the whole-word, case-insensitive alternation finds.
function viaRegex(phrases: string[], flexible: boolean, text: string): string[] {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alt = phrases.map((s) => (flexible ? esc(s).replace(/ /g, '[\\s-]+') : esc(s))).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alt})(?![\\p{L}\\p{N}_])`, 'giu');
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}-${m.index + m[0].length}`);
  return out;
}
function viaFinder(phrases: string[], flexible: boolean, text: string): string[] {
  const f = phraseFinder(phrases, flexible);
  assert.ok(f);
  return f(text).map((m) => `${m.start}-${m.end}`);
}

const METRIC_PHRASES = [...new Set(METRICS.flatMap((m) => m.synonyms.map((s) => s.toLowerCase().replace(/[\s-]+/g, ' '))))].sort((a, b) => b.length - a.length);
const NAMES = ['openai group pbc', 'openai', 'amazon.com', 'meta platforms inc.', 'llama 3.1 405b', 'llama 3.1', 'deepseek-v3', 'gpt-4o', 'x ai', 'xai'].sort((a, b) => b.length - a.length);

test('phraseFinder: metric words found as the alternation finds them, with spaces and hyphens interchangeable', () => {
  const text = 'Weekly-Active  Users rose; run\u00a0rate revenue and the run-rate, users2 and ſales, "Revenue." KAPEX capex';
  assert.deepEqual(viaFinder(METRIC_PHRASES, true, text), viaRegex(METRIC_PHRASES, true, text));
  assert.ok(viaFinder(METRIC_PHRASES, true, text).length >= 5);
});

test('phraseFinder: names with dots, digits and hyphens, longest first, whole words only', () => {
  const text = 'OpenAI Group PBC and Amazon.com, Meta Platforms Inc. ran Llama 3.1 405B; OpenAIs no, DeepSeek-V3 yes, xAI, X AI, 𝐀openai, openai𝐀, éopenai.';
  assert.deepEqual(viaFinder(NAMES, false, text), viaRegex(NAMES, false, text));
});

test('phraseFinder: any text, same matches as the expression (property)', () => {
  const pieces = fc.oneof(
    fc.constantFrom(...METRIC_PHRASES, ...NAMES),
    fc.constantFrom(' ', '-', '\u00a0', '\u2028', '.', "'", 'ſ', 'K', 'S', 'é', '𝐀', '_', '1', 'İ', 'x', 'A'),
  );
  const texts = fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''));
  fc.assert(
    fc.property(texts, fc.boolean(), (t, upper) => {
      const text = upper ? t.toUpperCase() : t;
      assert.deepEqual(viaFinder(METRIC_PHRASES, true, text), viaRegex(METRIC_PHRASES, true, text));
      assert.deepEqual(viaFinder(NAMES, false, text), viaRegex(NAMES, false, text));
    }),
    { numRuns: 2000, seed: 5 },
  );
});

test('phraseFinder: declines a vocabulary that is not plain ASCII, so the caller keeps the expression', () => {
  assert.equal(phraseFinder(['société générale'], false), null);
  assert.equal(phraseFinder(['$tag'], false), null);
  assert.equal(phraseFinder(['run '], true), null);
});

test('phraseFinder: finders that share the word scan of one text give what each gives alone, for any order of texts', () => {
  const metrics = phraseFinder(METRIC_PHRASES, true);
  const names = phraseFinder(NAMES, false);
  assert.ok(metrics && names);
  // More words than the scan's first capacity, so it has to grow.
  const long = Array.from({ length: 400 }, (_, k) => (k % 3 ? 'OpenAI revenue' : 'éopenai users')).join(' ');
  const texts = ['OpenAI revenue rose', 'xAI users', long, 'OpenAI revenue rose', 'Weekly active users of xAI'];
  for (const text of [...texts, ...texts.slice().reverse()]) {
    const a: string[] = names(text).map((m) => `${m.start}-${m.end}`);
    const b: string[] = metrics(text).map((m) => `${m.start}-${m.end}`);
    assert.deepEqual(a, viaRegex(NAMES, false, text));
    assert.deepEqual(b, viaRegex(METRIC_PHRASES, true, text));
    // A second look at the same text, in the other order.
    assert.deepEqual(metrics(text).map((m) => `${m.start}-${m.end}`), b);
    assert.deepEqual(names(text).map((m) => `${m.start}-${m.end}`), a);
  }
});
