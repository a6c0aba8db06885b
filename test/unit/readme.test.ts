import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { README, regenerate } from '../../scripts/docs';
import { RULES } from '../../src/core/rules';

test('the README lists every rule and the dataset as the code has them (npm run docs)', () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(readme, regenerate(readme), 'README.md is out of date: run `npm run docs`');
});

test('every rule has a README section its diagnostics can link to', () => {
  const readme = readFileSync(README, 'utf8');
  for (const r of RULES) assert.ok(readme.includes(`\n### ${r.id}\n`), r.id);
});
