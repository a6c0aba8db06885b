// The eval's own machinery: labels located by text and occurrence, problems named, the split
// fixed by URL, and planted mistakes that the rules are known to catch caught as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, splitOf, type CorpusProblem } from '../eval/corpus';
import { articleDocument } from '../eval/document';
import { mutationsOf } from '../eval/mutations';
import { checkMutation } from '../eval/checkMutation';
import { analyze } from '../../src/core/analyze';

// An invented article, written for this test, in the corpus's format.
const ARTICLE = [
  { type: 'article', id: 'sample', outlet: 'Test Desk', title: 'A test', url: 'https://example.com/a', date: '2025-03-01', form: 'blog', labeled: 'test', checked: 'test' },
  { type: 'passage', id: 'p1', text: 'Acme revenue went from $10 billion to $15 billion, a 50% increase. Acme revenue went up again.' },
  { type: 'figure', id: 'f1', passage: 'p1', text: '$10 billion', occurrence: 1, value: 1e10, unit: 'USD', entity: null, metric: 'revenue', period: { label: null, fiscal: false, kind: 'actual' } },
  { type: 'figure', id: 'f2', passage: 'p1', text: '$15 billion', occurrence: 1, value: 1.5e10, unit: 'USD', entity: null, metric: 'revenue', period: { label: null, fiscal: false, kind: 'actual' } },
  { type: 'figure', id: 'f3', passage: 'p1', text: '50%', occurrence: 1, value: 50, unit: '%', entity: null, metric: 'revenue', period: { label: null, fiscal: false, kind: 'actual' } },
  { type: 'relation', id: 'r1', passage: 'p1', kind: 'change', roles: { from: 'f1', to: 'f2', stated: 'f3' }, holds: true },
  { type: 'relation', id: 'r2', passage: 'p1', kind: 'direction', roles: { figure: 'f3', word: 'increase', direction: 'up', from: 'f1', to: 'f2' }, holds: true },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

test('figures are located by text and occurrence, relations by role', () => {
  const problems: CorpusProblem[] = [];
  const a = readArticle('sample.jsonl', ARTICLE, problems);
  assert.deepEqual(problems, []);
  const f2 = a?.passages[0].figures.find((f) => f.id === 'f2');
  assert.deepEqual(f2?.span, { start: 38, end: 49 });
  assert.equal(a?.passages[0].relations.length, 2);
});

test('a label that no longer finds its figure, or a relation to a missing figure, is a problem with its line', () => {
  const problems: CorpusProblem[] = [];
  const broken = ARTICLE.replace('"text":"$15 billion","occurrence":1', '"text":"$15 billion","occurrence":2').replace('"stated":"f3"', '"stated":"f9"');
  readArticle('sample.jsonl', broken, problems);
  assert.deepEqual(
    problems.map((p) => [p.line, p.message]),
    [
      [4, 'figure f2: "$15 billion" does not occur 2 time(s) in p1'],
      [6, 'relation r1: no figure f2 above it'],
      [6, 'relation r1: no figure f9 above it'],
      [7, 'relation r2: no figure f2 above it'],
    ],
  );
});

test('the split is a fixed function of the URL, about a third of articles in test', () => {
  assert.equal(splitOf('https://example.com/a'), splitOf('https://example.com/a'));
  let tests = 0;
  for (let i = 0; i < 3000; i++) if (splitOf(`https://example.com/${i}`) === 'test') tests++;
  assert.ok(tests > 900 && tests < 1100, `${tests} of 3000 in test`);
});

test('a wrong change planted in a sentence the reader knows is caught with the fix that restores it', () => {
  const problems: CorpusProblem[] = [];
  const article = readArticle('sample.jsonl', ARTICLE, problems);
  assert.ok(article);
  const doc = articleDocument(article);
  const baseline = analyze(doc.text).findings;
  assert.deepEqual(baseline, [], 'the unedited passage is right');
  const mutations = mutationsOf(doc);
  const change = mutations.find((m) => m.family === 'a wrong change');
  assert.ok(change);
  assert.equal(change.edit.text, '70%');
  assert.equal(checkMutation(doc, baseline, change, {}), 'caught');
  const flip = mutations.find((m) => m.family === 'a flipped direction word');
  assert.equal(flip?.edit.text, 'decrease');
});

/** An invented one-passage article with one figure labeled as the bundled dataset covers it. */
function coveredArticle(text: string, figure: Record<string, unknown>): string {
  return [
    { type: 'article', id: 'covered', outlet: 'Test Desk', title: 'A test', url: 'https://example.com/c', date: '2025-10-01', form: 'blog', labeled: 'test', checked: 'test' },
    { type: 'passage', id: 'p1', text },
    { type: 'figure', id: 'f1', passage: 'p1', occurrence: 1, qualifier: null, ...figure },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n');
}

function mutationsOfArticle(source: string) {
  const problems: CorpusProblem[] = [];
  const article = readArticle('covered.jsonl', source, problems);
  assert.ok(article);
  assert.deepEqual(problems, []);
  return mutationsOf(articleDocument(article));
}

test('a dataset mutation is planted only where the fact contradicts the edited figure', () => {
  // The dataset has ChatGPT at "more than 700 million" weekly users in September 2025: "875 million" is no mistake against it.
  const users = { text: '700 million', value: 7e8, unit: 'count', entity: 'ChatGPT', metric: 'weeklyActiveUsers', period: { label: '2025-09', fiscal: false, kind: 'actual' } };
  const bounded = mutationsOfArticle(coveredArticle('ChatGPT had 700 million weekly users in September 2025.', users));
  assert.deepEqual(bounded.map((m) => m.rule), ['scale-slip'], 'a thousandfold slip is still planted');
  // Amazon's Q1 2025 net sales were $155.7 billion, exactly: "$194.63 billion" disagrees.
  const sales = { text: '$155.7 billion', value: 1.557e11, unit: 'USD', entity: 'Amazon', metric: 'revenue', period: { label: 'Q1 2025', fiscal: false, kind: 'actual' } };
  const exact = mutationsOfArticle(coveredArticle('Amazon net sales were $155.7 billion in the first quarter of 2025.', sales));
  assert.deepEqual(exact.map((m) => `${m.rule} ${m.edit.text}`), ['dataset-mismatch $194.63 billion', 'scale-slip $155.7 million']);
});

test('a planted figure keeps the unit noun written after it', () => {
  // OpenAI's compute capacity was 0.6 GW in 2024; the edit must not drop "gigawatts" (read outside the figure's span).
  const capacity = { text: '0.6 gigawatts', value: 0.6, unit: 'GW', entity: 'OpenAI', metric: 'computeCapacity', period: { label: '2024', fiscal: false, kind: 'actual' } };
  const [m] = mutationsOfArticle(coveredArticle('OpenAI had 0.6 gigawatts of compute in 2024.', capacity));
  assert.equal(m?.edit.text, '0.75 gigawatts');
});

test('a cross-reference mutation changes a figure restated in another sentence, not its twin in the same sentence or row', () => {
  const label = (id: string, occurrence: number) => ({ type: 'figure', id, passage: 'p1', text: '$500 million', occurrence, value: 5e8, unit: 'USD', qualifier: null, entity: 'Acme', metric: 'debt', period: { label: '2025', fiscal: false, kind: 'actual' } });
  const source = (text: string) =>
    [{ type: 'article', id: 'covered', outlet: 'Test Desk', title: 'A test', url: 'https://example.com/c', date: '2025-10-01', form: 'blog', labeled: 'test', checked: 'test' }, { type: 'passage', id: 'p1', text }, label('f1', 1), label('f2', 2)]
      .map((l) => JSON.stringify(l))
      .join('\n');
  const repeats = (text: string) => mutationsOfArticle(source(text)).filter((m) => m.rule === 'cross-reference').length;
  // Two tranches of one sale, equal by chance: one thing each.
  assert.equal(repeats('Acme sold $500 million of notes due 2029 and $500 million of notes due 2030 in 2025.'), 0);
  assert.equal(repeats('| Debt | $500 million | $500 million |'), 0);
  // The same figure told twice.
  assert.equal(repeats('Acme raised $500 million of debt in 2025. The $500 million will fund data centers.'), 1);
});
