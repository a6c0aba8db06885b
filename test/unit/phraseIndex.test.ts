// The word-keyed phrase finder must give exactly what one alternation of every phrase
// (the pattern it replaced) gives: same starts, ends and texts, longest phrase first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildPhraseIndex } from '../../src/core/phraseIndex';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The single alternation the index replaced, as metricWords.ts and lookup.ts built it. */
function alternation(phrases: string[], flexible: boolean, text: string): { start: number; end: number; text: string }[] {
  const sources = phrases.map((p) => (flexible ? escape(p).replace(/ /g, '[\\s-]+') : escape(p)));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const out: { start: number; end: number; text: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const byLength = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

const METRIC_LIKE = byLength(['revenue', 'revenue run rate', 'run rate', 'weekly active users', 'users', 'active users', 'market share', 'share']);
const ENTITY_LIKE = byLength(['openai', 'openai group pbc', 'amazon.com', 'nvidia corp.', 'llama 3.1 405b', 'deepseek-v3', "nvidia's data center segment", 'chat gpt', '$ai']);

test('phrases: longest first, words joined by spaces or hyphens, whole words only', () => {
  const index = buildPhraseIndex(METRIC_LIKE, true);
  const text = 'Revenue run-rate rose; its run  rate, weekly\tactive users and revenues (not users_x) grew; market-share fell.';
  const found = index.find(text);
  assert.deepEqual(found, alternation(METRIC_LIKE, true, text));
  assert.deepEqual(
    found.map((m) => m.text),
    ['Revenue run-rate', 'run  rate', 'weekly\tactive users', 'market-share'],
  );
});

test('names: literal punctuation inside and at the end, a name starting with a symbol, case-insensitive', () => {
  const index = buildPhraseIndex(ENTITY_LIKE, false);
  const text = 'OpenAI Group PBC and Amazon.com beat Nvidia Corp. while NVIDIA\'s data center segment, DeepSeek-V3, Llama 3.1 405B, chat gpt and $AI rose; xopenai and $AIx did not.';
  const found = index.find(text);
  assert.deepEqual(found, alternation(ENTITY_LIKE, false, text));
  assert.deepEqual(
    found.map((m) => m.text),
    ['OpenAI Group PBC', 'Amazon.com', 'Nvidia Corp.', "NVIDIA's data center segment", 'DeepSeek-V3', 'Llama 3.1 405B', 'chat gpt', '$AI'],
  );
});

test('property: the index and the alternation agree on any text made of the phrases\' pieces', () => {
  const pieces = ['openai', 'OpenAI', 'group', 'pbc', 'revenue', 'run', 'rate', 'users', 'amazon', '.com', '$ai', 'é', '_', '3.1', ' ', '  ', '-', '\n', "'s", 'x'];
  for (const [phrases, flexible] of [[METRIC_LIKE, true], [ENTITY_LIKE, false]] as const) {
    const index = buildPhraseIndex(phrases, flexible);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(index.find(text), alternation([...phrases], flexible, text));
      }),
      { numRuns: 500 },
    );
  }
});
