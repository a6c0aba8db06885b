// The Markdown report is itself clean Markdown: markdownlint finds nothing but long lines
// (a table row is one line), so it can go into a docs repository that lints its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { buildReport } from '../../src/core/report/model';
import { renderMarkdown } from '../../src/core/report/markdown';

test('the sample draft reports as lint-clean Markdown', async () => {
  // markdownlint is ESM-only with subpath exports, which this project's "node" module
  // resolution cannot type: a dynamic import of a plain string keeps the file CommonJS.
  const specifier: string = 'markdownlint/sync';
  const { lint } = (await import(specifier)) as { lint: (o: object) => Record<string, { ruleNames: string[]; lineNumber: number; errorDetail?: string }[]> };
  const dataset = bundledIndex();
  for (const file of ['openai-2025-in-numbers.md', 'chatbot-traffic-race.md']) {
    const text = readFileSync(join(__dirname, '../../samples', file), 'utf8');
    const report = renderMarkdown(buildReport(text, analyze(text, { dataset }), { dataset, fileName: file, generatedAt: '2026-01-01' }));
    const result = lint({ strings: { report }, config: { default: true, MD013: false } });
    const problems = result.report.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`);
    assert.deepEqual(problems, [], file);
  }
});
