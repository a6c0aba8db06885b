// The JSON schema VS Code uses to check a writer's dataset file must say what the zod
// schema says; regenerate with `node --import tsx syntaxes/generate-schema.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import { SCHEMA_FILE, datasetJsonSchema } from '../../syntaxes/generate-schema';

test('syntaxes/dataset.schema.json matches the zod dataset schema', () => {
  assert.equal(fs.readFileSync(SCHEMA_FILE, 'utf8'), datasetJsonSchema());
});

test('the figure grammar is valid JSON with the scope package.json contributes', () => {
  const grammar = JSON.parse(fs.readFileSync('syntaxes/claimcheck-figures.tmLanguage.json', 'utf8'));
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const contributed = pkg.contributes.grammars.find((g: { path: string }) => g.path.endsWith('claimcheck-figures.tmLanguage.json'));
  assert.equal(contributed.scopeName, grammar.scopeName);
  // Every pattern compiles as a JavaScript regex (Oniguruma accepts a superset of what we use).
  for (const [name, rule] of Object.entries<{ match: string }>(grammar.repository)) {
    assert.doesNotThrow(() => new RegExp(rule.match, 'u'), name);
  }
  const money = new RegExp(grammar.repository.money.match, 'gu');
  assert.deepEqual('from $1.4 trillion to US$13.1B and $10-12 billion'.match(money), ['$1.4 trillion', 'US$13.1B', '$10-12 billion']);
  const pct = new RegExp(grammar.repository.percent.match, 'gu');
  assert.deepEqual('up 57% and +25% or 40 percent'.match(pct), ['57%', '+25%', '40 percent']);
});
