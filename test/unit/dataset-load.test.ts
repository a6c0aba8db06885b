import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDatasets, parseDatasetText } from '../../src/core/dataset/load';
import { parseJsonWithPositions } from '../../src/core/dataset/jsonPositions';

// Real figures from the facts brief (CNBC, Feb 2026; Bloomberg, Feb 2026).
const goodFact = {
  id: 'test-openai-revenue-2025',
  entity: 'OpenAI',
  metric: 'revenue',
  value: 13100000000,
  unit: 'USD',
  reported: '$13.1 billion',
  period: '2025',
  source: { outlet: 'CNBC', title: 'OpenAI revenue 2025', date: '2026-02' },
};

test('a valid file loads every entry with no problems', () => {
  const text = JSON.stringify({ entities: [{ name: 'OpenAI', aliases: ['Open AI'] }], facts: [goodFact] }, null, 2);
  const r = parseDatasetText(text, 'mine.json');
  assert.deepEqual(r.problems, []);
  assert.equal(r.part?.file.facts.length, 1);
  assert.equal(r.part?.file.facts[0].bound, 'exact'); // schema default applied
  assert.equal(r.part?.origin, 'mine.json');
});

test('not JSON: one problem at the parser position, nothing loaded', () => {
  const text = '{\n  "facts": [\n    { "id": "x", }\n  ]\n}';
  const r = parseDatasetText(text, 'broken.json');
  assert.equal(r.part, null);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0].message, /^not valid JSON/);
  assert.deepEqual([r.problems[0].line, r.problems[0].column], [3, 18]);
  assert.equal(r.problems[0].file, 'broken.json');
});

test('wrong shape: every problem names file, entry and field with its line; valid entries still load', () => {
  const bad1 = { ...goodFact, id: 'test-bad-date', source: { outlet: 'CNBC', title: 't', date: '2026-13-01' } };
  const bad2 = { ...goodFact, id: undefined, metric: 'revenu', value: 'lots' };
  const text = JSON.stringify({ facts: [goodFact, bad1, bad2], entities: [{ aliases: [] }] }, null, 2);
  const r = parseDatasetText(text, 'user.json');
  assert.equal(r.part?.file.facts.length, 1);
  assert.equal(r.part?.file.facts[0].id, goodFact.id);
  const date = r.problems.find((p) => p.entry === 'test-bad-date');
  assert.ok(date, JSON.stringify(r.problems));
  assert.equal(date.field, 'source.date');
  assert.equal(date.file, 'user.json');
  const lines = text.split('\n');
  assert.match(lines[date.line - 1], /"date": "2026-13-01"/);
  assert.equal(lines[date.line - 1].indexOf('"date"') + 1, date.column);
  // The fact without an id is named by its index; each bad field is its own problem.
  const fields = r.problems.filter((p) => p.entry === 'facts[2]').map((p) => p.field).sort();
  assert.deepEqual(fields, ['id', 'metric', 'value']);
  assert.ok(r.problems.some((p) => p.entry === 'entities[0]' && p.field === 'name' && /missing/.test(p.message)));
});

test('top level that is not an object, or arrays that are not arrays', () => {
  assert.match(parseDatasetText('[1,2]', 'a.json').problems[0].message, /JSON object/);
  const r = parseDatasetText('{"facts": {}, "extra": 1}', 'b.json');
  assert.deepEqual(r.problems.map((p) => p.field).sort(), ['extra', 'facts']);
  assert.equal(r.part?.file.facts.length, 0);
});

test('duplicate ids: the later one is reported and left out', () => {
  const text = JSON.stringify({ facts: [goodFact, { ...goodFact, value: 1 }] }, null, 1);
  const r = parseDatasetText(text, 'd.json');
  assert.equal(r.part?.file.facts.length, 1);
  assert.equal(r.part?.file.facts[0].value, 13100000000);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].field, 'id');
  assert.match(r.problems[0].message, /duplicate/);
  assert.equal(r.problems[0].line, text.split('\n').findIndex((l, i) => i > 10 && l.includes('"id"')) + 1);
});

test('dangling and one-way revision links are reported; dangling links are dropped', () => {
  const older = { ...goodFact, id: 'test-older', supersededBy: 'test-newer' };
  const newer = { ...goodFact, id: 'test-newer', value: 13.2e9 }; // no supersedes back
  const orphan = { ...goodFact, id: 'test-orphan', supersedes: ['does-not-exist'] };
  const r = parseDatasetText(JSON.stringify({ facts: [older, newer, orphan] }), 'l.json');
  assert.equal(r.part?.file.facts.length, 3);
  const oneWay = r.problems.find((p) => p.entry === 'test-newer');
  assert.equal(oneWay?.field, 'supersedes');
  const dangling = r.problems.find((p) => p.entry === 'test-orphan');
  assert.equal(dangling?.field, 'supersedes[0]');
  assert.deepEqual(r.part?.file.facts.find((f) => f.id === 'test-orphan')?.supersedes, []);
  // A link to a fact defined elsewhere is fine.
  const elsewhere = parseDatasetText(JSON.stringify({ facts: [orphan] }), 'e.json', { knownIds: (id) => id === 'does-not-exist' });
  assert.deepEqual(elsewhere.problems, []);
});

test('size cap: an oversized file is one problem and loads nothing', () => {
  const r = parseDatasetText(JSON.stringify({ facts: [goodFact] }), 'big.json', { maxChars: 10 });
  assert.equal(r.part, null);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0].message, /limit/);
});

test('loadDatasets: bundled first, a user file overrides by id, broken files never stop the rest', () => {
  const base = loadDatasets([]);
  assert.ok(base.index.facts.length > 0, 'bundled facts present');
  const someBundled = base.index.facts[0];
  const override = { ...someBundled, origin: undefined, note: 'overridden in test' };
  delete (override as Record<string, unknown>).origin;
  const r = loadDatasets([
    { origin: 'broken.json', text: '{ nope' },
    { origin: 'mine.json', text: JSON.stringify({ facts: [override, goodFact] }) },
  ]);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].file, 'broken.json');
  assert.equal(r.index.byId(someBundled.id)?.origin, 'mine.json');
  assert.equal(r.index.byId(someBundled.id)?.note, 'overridden in test');
  assert.equal(r.index.byId(goodFact.id)?.origin, 'mine.json');
  assert.equal(r.index.facts.length, base.index.facts.length + (base.index.byId(goodFact.id) ? 0 : 1));
});

test('the JSON reader agrees with JSON.parse on values and rejects what it rejects', () => {
  const samples = ['{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]}', '  [ ]  ', '"\\ud83d\\ude00"', '{"__proto__": {"x": 1}}'];
  for (const s of samples) {
    const r = parseJsonWithPositions(s);
    assert.ok(r.ok, s);
    assert.deepEqual(r.value, JSON.parse(s));
  }
  for (const s of ['{a:1}', '[1,]', '01', '"\t"', '{"a":1}}', 'nul', '[' .repeat(1000)]) {
    assert.equal(parseJsonWithPositions(s).ok, false, s);
    assert.throws(() => JSON.parse(s));
  }
});

test('the JSON reader locates values by path, keys with dots, colons and escapes included', () => {
  const text = '{\n "a.b": {"1:x": [10, {"q\\"": 2}]},\n "a": {"b": 3}\n}';
  const r = parseJsonWithPositions(text);
  assert.ok(r.ok);
  assert.equal(r.locate(['a.b', '1:x', 1, 'q"']), text.indexOf('"q\\""'));
  assert.equal(r.locate(['a.b', '1:x', 0]), text.indexOf('10'));
  assert.equal(r.locate(['a', 'b']), text.lastIndexOf('"b"'));
  assert.equal(r.locate(['a', 'c']), undefined);
  // A byte order mark is accepted and offsets still count it.
  const bom = parseJsonWithPositions('\uFEFF{"k": 1}');
  assert.ok(bom.ok);
  assert.equal(bom.locate(['k']), 2);
});
