// A writer's dataset file can be anything: truncated mid-write, 50 MB, nested past the
// stack, hostile keys, regex-breaking names. None of it may throw, stop the bundled data,
// or come out as a message with "undefined" in it; every problem names its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDatasets, parseDatasetText, MAX_DATASET_CHARS } from '../../src/core/dataset/load';
import { analyze } from '../../src/core/analyze';
import type { DatasetProblem } from '../../src/core/dataset/validate';
import { assertSane, prng } from './hostile-helpers';

/** A draft the bundled dataset has something to say about, so "still works" is observable. */
const CHECKED = 'Revenue went from $1 billion to $2 billion, a 50% increase.';

function bundledStillWorks(files: { origin: string; text: string }[]): DatasetProblem[] {
  const r = loadDatasets(files);
  const base = loadDatasets([]);
  assert.ok(r.index.facts.length >= base.index.facts.length, 'bundled facts lost');
  const out = analyze(CHECKED, { dataset: r.index });
  assertSane(CHECKED, out);
  assert.ok(out.findings.some((f) => f.ruleId === 'percent-change'), 'the check stopped working');
  return r.problems;
}

function problemsAreSentences(problems: DatasetProblem[], file: string): void {
  assert.ok(problems.length > 0, `${file}: no problem reported`);
  for (const p of problems) {
    assert.equal(p.file, file);
    assert.ok(!/\bundefined\b|\bNaN\b|\[object Object\]/.test(`${p.entry} ${p.field} ${p.message}`), `${file}: ${p.message}`);
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1, `${file}: bad position ${p.line}:${p.column}`);
  }
}

const GOOD = JSON.stringify(
  {
    entities: [{ name: 'Acme AI', aliases: ['Acme'] }],
    facts: [
      {
        id: 'acme-revenue-2025',
        entity: 'Acme AI',
        metric: 'revenue',
        period: '2025',
        value: 1e9,
        unit: 'USD',
        reported: '$1 billion',
        source: { outlet: 'Acme', title: 'Annual report', url: 'https://example.com/acme', date: '2026-01-15' },
      },
    ],
  },
  null,
  2,
);

test('missing, empty, whitespace, not JSON: one problem each, the bundled data still checks', () => {
  for (const [name, text] of [
    ['empty.json', ''],
    ['blank.json', ' \n\t\r\n'],
    ['notjson.json', 'facts: [ nope'],
    ['yaml.json', 'facts:\n  - id: x\n'],
    ['bom.json', '\uFEFF{"facts": []'],
    ['nul.json', '\u0000\u0000\u0000'],
    ['html.json', '<!doctype html><title>404</title>'],
  ] as const) {
    const problems = bundledStillWorks([{ origin: name, text }]);
    problemsAreSentences(problems, name);
  }
});

test('a file truncated at every point (read while being written) never throws', (t) => {
  // Every prefix of a valid file: what a reader sees when the writer is half-way through.
  let reported = 0;
  for (let cut = 0; cut < GOOD.length; cut++) {
    const r = parseDatasetText(GOOD.slice(0, cut), 'partial.json');
    if (r.problems.length) {
      problemsAreSentences(r.problems, 'partial.json');
      reported++;
    }
  }
  assert.ok(reported > GOOD.length / 2);
  t.diagnostic(`${GOOD.length} cut points, ${reported} reported as problems`);
  assert.deepEqual(parseDatasetText(GOOD, 'whole.json').problems, []);
});

test('random byte damage in a valid file: never throws, problems are sentences', () => {
  const rand = prng(7);
  for (let k = 0; k < 300; k++) {
    const chars = [...GOOD];
    for (let j = 0; j < 3; j++) chars[Math.floor(rand() * chars.length)] = String.fromCharCode(Math.floor(rand() * 0x250));
    const text = chars.join('');
    const r = parseDatasetText(text, 'damaged.json');
    for (const p of r.problems) problemsAreSentences([p], 'damaged.json');
  }
});

test('a 50 MB file is refused whole, at once, and the bundled data still checks', () => {
  const text = `{"facts": [${'{"id": "x"},'.repeat(Math.ceil(50_000_000 / 12))}]}`;
  assert.ok(text.length > 50_000_000 && text.length > MAX_DATASET_CHARS);
  const problems = bundledStillWorks([{ origin: 'huge.json', text }]);
  problemsAreSentences(problems, 'huge.json');
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /limit/);
});

test('nesting deeper than the stack: a problem, not a RangeError', () => {
  const deepObj = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  const deepArr = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  for (const [name, text] of [
    ['top.json', deepObj(20_000)],
    ['facts-obj.json', `{"facts":${deepObj(20_000)}}`],
    ['facts-arr.json', `{"facts":${deepArr(20_000)}}`],
    ['value.json', `{"facts":[{"id":"x","entity":"OpenAI","metric":"revenue","period":"2025","value":${deepObj(20_000)}}]}`],
    ['entity.json', `{"entities":[{"name":${deepArr(20_000)}}],"facts":[]}`],
  ] as const) {
    const problems = bundledStillWorks([{ origin: name, text }]);
    problemsAreSentences(problems, name);
  }
});

test('the wrong shape: every problem names file, entry and field', () => {
  const text = JSON.stringify({
    facts: [
      { id: 'no-unit', entity: 'OpenAI', metric: 'revenue', period: '2025', value: 1 },
      { id: 'bad-value', entity: 'OpenAI', metric: 'revenue', period: '2025', value: 'lots', unit: 'USD' },
      { id: 'bad-period', entity: 'OpenAI', metric: 'revenue', period: 'sometime', value: 1, unit: 'USD' },
      null,
      42,
      'fact',
      [],
    ],
    entities: 'OpenAI',
  });
  const problems = bundledStillWorks([{ origin: 'shape.json', text }]);
  problemsAreSentences(problems, 'shape.json');
  assert.ok(problems.some((p) => p.entry === 'no-unit' && p.field === 'unit'), JSON.stringify(problems.map((p) => [p.entry, p.field, p.message])));
  assert.ok(problems.some((p) => p.entry === 'bad-value' && p.field === 'value'));
  assert.ok(problems.some((p) => p.field === 'entities'));
});

test('hostile keys and values: no prototype pollution, nothing evaluated', () => {
  const text = `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},
    "facts": [{"id": "__proto__", "entity": "toString", "metric": "constructor", "period": "2025", "value": 1, "unit": "USD",
      "source": {"outlet": "\\u0000", "url": "javascript:alert(1)", "date": "2025-01-01"}, "__proto__": {"polluted": true}}]}`;
  const r = loadDatasets([{ origin: 'evil.json', text }]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  problemsAreSentences(r.problems, 'evil.json');
  const out = analyze('toString revenue was $5 in 2025. constructor rose 50% from $1 to $2.', { dataset: r.index });
  assertSane('toString revenue was $5 in 2025. constructor rose 50% from $1 to $2.', out);
});

test('entity names that are regex syntax, huge, or many: the index builds and analysis stays sane', () => {
  const names = ['a+)+(', '(?<!x)', '[', '\\', '$', '.*', '|', '^$', '(?=', 'x{1,99999}', 'Ω'.repeat(5_000)];
  const many = Array.from({ length: 3_000 }, (_, i) => `Lab${i} (Holdings)`);
  const entities = [...names, ...many].map((name, i) => ({ name, aliases: [`${name} alias ${i}`] }));
  const facts = [...names, ...many].slice(0, 200).map((entity, i) => ({
    id: `f${i}`,
    entity,
    metric: 'revenue',
    period: '2025',
    value: 1e9,
    unit: 'USD',
    reported: '$1 billion',
    source: { outlet: 'Test', title: 'Test', url: 'https://example.com', date: '2026-01-01' },
  }));
  const r = loadDatasets([{ origin: 'names.json', text: JSON.stringify({ entities, facts }) }]);
  const text = `${names.join(' revenue was $2 billion in 2025. ')} revenue was $2 billion in 2025. Lab17 (Holdings) revenue was $3 billion in 2025.`;
  const out = analyze(text, { dataset: r.index });
  assertSane(text, out);
  for (const p of r.problems) problemsAreSentences([p], 'names.json');
});

test('several broken files and one good one: the good one loads, each broken one is named once', () => {
  const r = loadDatasets([
    { origin: 'a.json', text: '{' },
    { origin: 'b.json', text: GOOD },
    { origin: 'c.json', text: '[]' },
    { origin: 'a.json', text: '{' },
  ]);
  assert.ok(r.index.byId('acme-revenue-2025'), 'the good file did not load');
  assert.deepEqual(
    r.problems.map((p) => p.file),
    ['a.json', 'c.json', 'a.json'],
  );
});
