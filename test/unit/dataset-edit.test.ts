// "Add figure to dataset" inserts the fact as a text edit (src/extension/datasetEdit.ts):
// the rest of the file, formatting, comments, duplicate keys and integers too large for a
// JavaScript number, stays exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EMPTY_DATASET, factInsertion, withEdits } from '../../src/extension/datasetEdit';
import { realPathInside } from '../../src/extension/realPath';

const FACT = { id: 'x-revenue-2025', entity: 'X', metric: 'revenue', value: 5e9, unit: 'USD', bound: 'exact', reported: '$5 billion', period: '2025', basis: 'actual', source: { outlet: '', title: '', url: '', date: '' } };

function insert(text: string, fact: { id: string } = FACT): string {
  const r = factInsertion(text, () => fact);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return withEdits(text, r.edits);
}

test('the file around the new fact is kept byte for byte: big integers, duplicate keys, comments, tabs', () => {
  const before = '{\n\t// the writer\'s note\n\t"description": "a",\n\t"description": "b",\n\t"facts": [\n\t\t{ "id": "big", "value": 123456789012345678901234567890 }\n\t]\n}\n';
  const after = insert(before);
  assert.ok(after.startsWith('{\n\t// the writer\'s note\n\t"description": "a",\n\t"description": "b",\n\t"facts": [\n\t\t{ "id": "big", "value": 123456789012345678901234567890 },'), after);
  assert.match(after, /\n\t\t\{\n\t\t\t"id": "x-revenue-2025"/);
  assert.ok(after.endsWith('\n\t]\n}\n'));
  // Nothing but the insertion changed.
  const removed = after.replace(/,\n\t\t\{\n\t\t\t"id": "x-revenue-2025"[\s\S]*?\n\t\t\}(?=\n\t\])/, '');
  assert.equal(removed, before);
});

test('a file with no facts array gets one; a new file starts from the empty dataset', () => {
  const after = insert('{ "entities": [] }');
  assert.deepEqual(JSON.parse(after).facts, [FACT]);
  assert.deepEqual(JSON.parse(insert(EMPTY_DATASET)).facts, [FACT]);
});

test('the new id avoids the ids already in the file', () => {
  const text = '{ "facts": [ { "id": "a" }, { "id": "a-2" } ] }';
  const r = factInsertion(text, (taken) => {
    let id = 'a';
    for (let n = 2; taken(id); n++) id = `a-${n}`;
    return { id };
  });
  assert.ok(r.ok);
  assert.equal(r.id, 'a-3');
});

test('a file that is not a JSON object, or whose facts is not an array, is refused with a reason', () => {
  assert.deepEqual(factInsertion('[1, 2]', () => FACT), { ok: false, reason: 'it is not a JSON object' });
  assert.deepEqual(factInsertion('{ "facts": 3 }', () => FACT), { ok: false, reason: 'its "facts" is not an array' });
  assert.deepEqual(factInsertion('{ "facts": [', () => FACT), { ok: false, reason: 'it is not a JSON object' });
});

test('a dataset path is judged by its real path: a link out of the workspace is outside', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ws-'));
  const away = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-away-'));
  fs.writeFileSync(path.join(away, 'd.json'), '{}');
  fs.symlinkSync(path.join(away, 'd.json'), path.join(ws, 'linked.json'));
  fs.symlinkSync(away, path.join(ws, 'dir'));
  assert.equal(await realPathInside(ws, path.join(ws, 'linked.json')), false);
  assert.equal(await realPathInside(ws, path.join(ws, 'dir', 'new.json')), false);
  assert.equal(await realPathInside(ws, path.join(ws, 'sub', 'new.json')), true);
  fs.writeFileSync(path.join(ws, 'plain.json'), '{}');
  assert.equal(await realPathInside(ws, path.join(ws, 'plain.json')), true);
});
