import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseBreaks, clauseOf } from '../../src/core/read/sentences/clause';

function clauses(text: string): string[] {
  const breaks = clauseBreaks(text);
  const out: string[] = [];
  let at = 0;
  for (const b of [...breaks, text.length]) {
    if (b > at) out.push(text.slice(at, b).trim());
    at = b;
  }
  return out;
}

test('clauses: contrasts, ", and", ", up from", semicolons and dashes break; plain commas and ", as of" do not', () => {
  assert.deepEqual(clauses('OpenAI raised $6 billion, while Microsoft took a hit in Q3 2025.'), ['OpenAI raised $6 billion', ', while Microsoft took a hit in Q3 2025.']);
  assert.deepEqual(clauses('In 2025, OpenAI made $13 billion, and it burned $8 billion.'), ['In 2025, OpenAI made $13 billion', ', and it burned $8 billion.']);
  assert.deepEqual(clauses('It was valued at $500 billion, up from $300 billion; rivals lagged.'), ['It was valued at $500 billion', ', up from $300 billion', '; rivals lagged.']);
  assert.deepEqual(clauses('ChatGPT had 800 million users, as of October 2025.'), ['ChatGPT had 800 million users, as of October 2025.']);
  assert.deepEqual(clauses('Revenue: $13 billion.'), ['Revenue: $13 billion.']);
  assert.deepEqual(clauses('Demand is huge – data centers draw 50 megawatts.'), ['Demand is huge', '– data centers draw 50 megawatts.']);
});

test('clauseOf: the clause around a stretch, ignoring a break inside it', () => {
  const text = 'It costs $10 – 12 billion, but rivals pay less.';
  const breaks = clauseBreaks(text);
  const start = text.indexOf('$10');
  const end = text.indexOf(' billion') + ' billion'.length;
  assert.deepEqual(clauseOf(breaks, text.length, start, end), { start: 0, end: text.indexOf(', but') });
  assert.deepEqual(clauseOf([], 10, 3), { start: 0, end: 10 });
});

test('a sentence opened by a contrast ends its first clause at the first comma; "In 2025," and "After" do not', () => {
  assert.deepEqual(clauses('Despite capital expenditures of roughly $35 billion, free cash flow rose 33% to $25.7 billion.'), ['Despite capital expenditures of roughly $35 billion', ', free cash flow rose 33% to $25.7 billion.']);
  assert.deepEqual(clauses('While revenue rose 12%, margins fell, but costs held.'), ['While revenue rose 12%', ', margins fell', ', but costs held.']);
  assert.deepEqual(clauses('After a record 2025, revenue hit $20 billion.'), ['After a record 2025, revenue hit $20 billion.']);
});
