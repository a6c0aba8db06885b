// The dev split of the labeled corpus, scored as `npm run eval` scores it, may not read worse
// than the figures recorded in test/eval/floors.json: a change that reads published writing
// worse fails here, whatever the other tests say. Raise the floors when the reader improves
// (`npm run eval -- --split dev --json`); never lower them to let a change through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../eval/corpus';
import { evaluate } from '../eval/evaluate';

interface Floors {
  reading: Record<string, number>;
  relationRecall: number;
  relationPrecision: number;
  mutationRecall: Record<string, number>;
  /** A ceiling, not a floor. */
  falseAlarmsPerKWords: number;
}

const floors = JSON.parse(readFileSync(join(__dirname, '..', 'eval', 'floors.json'), 'utf8')).dev as Floors;

test('the dev split reads no worse than its recorded floors', () => {
  const { articles, problems } = loadCorpus();
  assert.deepEqual(problems, [], 'the corpus files are valid');
  const r = evaluate(articles, 'dev');
  const below: string[] = [];
  const atLeast = (name: string, got: number, floor: number) => {
    if (got + 1e-9 < floor) below.push(`${name} ${got} < ${floor}`);
  };
  for (const [aspect, floor] of Object.entries(floors.reading)) atLeast(`reading.${aspect}`, r.reading[aspect as keyof typeof r.reading], floor);
  atLeast('relationRecall', r.relationRecall, floors.relationRecall);
  atLeast('relationPrecision', r.relationPrecision, floors.relationPrecision);
  for (const [rule, floor] of Object.entries(floors.mutationRecall)) atLeast(`mutationRecall.${rule}`, r.mutationRecall[rule as keyof typeof r.mutationRecall] ?? 0, floor);
  if (r.falseAlarmsPerKWords > floors.falseAlarmsPerKWords + 1e-9) below.push(`falseAlarmsPerKWords ${r.falseAlarmsPerKWords} > ${floors.falseAlarmsPerKWords}`);
  assert.deepEqual(below, [], 'the reader reads the dev split worse than before');
});
