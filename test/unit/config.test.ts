// The project file (.claimcheck.jsonc): parsing with comments and trailing commas, problems
// with line:column while the valid keys keep working, the walk up from a document,
// include/exclude and overrides through the one glob matcher, and the JSON schema that
// VS Code uses kept in sync with the zod schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ProjectConfigs, RULE_IDS, loadProjectConfig, parseProjectConfig, resolveFor } from '../../src/core/config';
import { RULES } from '../../src/core/rules';
import { CONFIG_SCHEMA_FILE, configJsonSchema } from '../../syntaxes/generate-config-schema';

test('a JSONC project file with comments and trailing commas parses', () => {
  const { config, problems } = parseProjectConfig(
    `{
  // house style: growth rates are advice
  "rules": { "cagr": "info", },
  "datasets": ["data/ours.json"],
  "citationStyle": "footnote",
  "documentDate": "2025-11-01",
}`,
    '.claimcheck.jsonc',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config, { rules: { cagr: 'info' }, datasets: ['data/ours.json'], citationStyle: 'footnote', documentDate: '2025-11-01' });
});

test('a syntax error is reported at its line and column, and the defaults apply', () => {
  const { config, problems } = parseProjectConfig('{\n  "rules": { "cagr": "info" }\n  "exclude": []\n}', 'c.jsonc');
  assert.deepEqual(config, {});
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 3);
  assert.equal(problems[0].column, 3);
  assert.match(problems[0].message, /not valid JSON: CommaExpected/);
});

test('an invalid key is reported where it is; the valid keys are kept', () => {
  const text = '{\n  "rules": { "cagr": "loud" },\n  "citationStyle": "link",\n  "documentDate": "2025-13-40",\n  "colour": 1\n}';
  const { config, problems } = parseProjectConfig(text, 'c.jsonc');
  assert.deepEqual(config, { citationStyle: 'link' });
  const where = problems.map((p) => `${p.line}:${p.column} ${p.message.split(':')[0]}`).sort();
  assert.deepEqual(where, ['2:22 rules.cagr', '4:19 documentDate', '5:3 colour']);
});

test('the nearest project file above a document applies, with overrides and globs relative to it', () => {
  const files: Record<string, string> = {
    '/repo/.claimcheck.jsonc': JSON.stringify({
      rules: { cagr: 'off' },
      exclude: ['drafts/old/**'],
      datasets: ['data/ours.json'],
      overrides: [{ files: ['news/**/*.md'], rules: { cagr: 'error', sign: 'info' } }],
    }),
    '/repo/sub/.claimcheck.json': '{ "rules": { "sign": "off" } }',
  };
  const reads: string[] = [];
  const configs = new ProjectConfigs((p) => {
    reads.push(p);
    return files[p];
  });
  const top = configs.resolve('/repo/post.md');
  assert.equal(top.file, '/repo/.claimcheck.jsonc');
  assert.deepEqual(top.rules, { cagr: 'off' });
  assert.deepEqual(top.datasets, ['/repo/data/ours.json']);
  assert.deepEqual(configs.resolve('/repo/news/2025/a.md').rules, { cagr: 'error', sign: 'info' });
  assert.equal(configs.resolve('/repo/drafts/old/x.md').included, false);
  assert.equal(configs.resolve('/repo/drafts/new/x.md').included, true);
  // The nearest file wins, nothing is merged from the one above.
  assert.deepEqual(configs.resolve('/repo/sub/deep/x.md').rules, { sign: 'off' });
  // Each folder is asked once.
  const before = reads.length;
  configs.resolve('/repo/news/2025/b.md');
  assert.equal(reads.length, before);
  configs.clear();
  configs.resolve('/repo/news/2025/b.md');
  assert.ok(reads.length > before);
  // No project file: the defaults.
  assert.deepEqual(new ProjectConfigs(() => undefined).resolve('/x/y.md'), resolveFor(undefined, '/x/y.md'));
});

test('include narrows the files checked; Windows paths work too', () => {
  const loaded = loadProjectConfig('C:\\site\\.claimcheck.jsonc', '{ "include": ["posts/*.{md,mdx}"] }');
  assert.equal(resolveFor(loaded, 'C:\\site\\posts\\a.mdx').included, true);
  assert.equal(resolveFor(loaded, 'C:\\site\\README.md').included, false);
});

test('the project file names every rule the registry has', () => {
  assert.deepEqual([...RULE_IDS].sort(), RULES.map((r) => r.id).sort());
});

test('syntaxes/claimcheck-config.schema.json matches the zod schema (regenerate: node --import tsx syntaxes/generate-config-schema.ts)', () => {
  assert.equal(fs.readFileSync(CONFIG_SCHEMA_FILE, 'utf8'), configJsonSchema());
});

test('package.json validates the project file with its schema and keeps the dataset schema off it', () => {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const v = pkg.contributes.jsonValidation as { fileMatch: string[]; url: string }[];
  const config = v.find((e) => e.url.endsWith('claimcheck-config.schema.json'));
  assert.deepEqual(config?.fileMatch, ['.claimcheck.jsonc', '.claimcheck.json']);
  const dataset = v.find((e) => e.url.endsWith('dataset.schema.json'));
  assert.ok(dataset?.fileMatch.includes('!.claimcheck.json'));
});
