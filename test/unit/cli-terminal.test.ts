// Every command and format the CLI writes to a terminal goes through one sanitizer
// (src/cli/terminal.ts): control characters from a draft, a dataset file or a file name are
// shown escaped ("\x1b"), never sent raw. Redirected to a file (not a terminal), the text
// is kept as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { forTerminal } from '../../src/cli/terminal';
import { run, tempTree } from './cli-helpers';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const EVIL = '\u001b]0;pwned\u0007\u001b[2J';

function fact(): Record<string, unknown> {
  const f = bundledIndex().byId('openai-revenue-2025') as unknown as Record<string, unknown>;
  return {
    id: f.id,
    entity: f.entity,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    bound: f.bound,
    reported: `$13.1 billion${EVIL}`,
    period: f.period,
    basis: f.basis,
    source: { outlet: `Outlet${EVIL}`, title: `Title${EVIL}`, date: '2026-02-22' },
  };
}

function tree(): string {
  return tempTree({
    'evil.json': JSON.stringify({ facts: [fact()] }),
    // An unknown key whose name is an escape sequence: `dataset check` names it.
    'keys.json': JSON.stringify({ facts: [{ ...fact(), [`x${EVIL}`]: 1 }] }),
    'draft.md': `# Draft${EVIL}\n\nOpenAI revenue was $9 billion in 2025${EVIL}, up from $1 billion to $5 billion, a 40% increase.\n`,
  });
}

const COMMANDS: [string, string[]][] = [
  ['check (text)', ['draft.md', '--dataset', 'evil.json', '--no-color']],
  ['check (text, colour)', ['draft.md', '--dataset', 'evil.json', '--color']],
  ['check (json)', ['draft.md', '--dataset', 'evil.json', '--format', 'json']],
  ['check (sarif)', ['draft.md', '--dataset', 'evil.json', '--format', 'sarif']],
  ['dataset list', ['dataset', 'list', '--dataset', 'evil.json', '--entity', 'OpenAI']],
  ['dataset list (json)', ['dataset', 'list', '--dataset', 'evil.json', '--entity', 'OpenAI', '--format', 'json']],
  ['dataset check', ['dataset', 'check', 'keys.json']],
  ['report (md)', ['report', 'draft.md', '--dataset', 'evil.json']],
  ['report (html)', ['report', 'draft.md', '--dataset', 'evil.json', '--format', 'html']],
];

for (const [name, argv] of COMMANDS) {
  test(`${name}: on a terminal, control characters are shown escaped, never sent`, () => {
    const root = tree();
    const r = run(argv, { cwd: root, isTTY: true });
    // The colour codes the text output adds itself are the only escapes allowed.
    const out = name.includes('colour') ? r.stdout.replace(/\u001b\[\d{1,2}m/g, '') : r.stdout;
    assert.doesNotMatch(out, RAW, `${name} wrote a raw control character to the terminal`);
    assert.doesNotMatch(r.stderr, RAW);
    assert.ok(out.length > 0, `${name} wrote nothing`);
  });
}

test('redirected to a file, the report and the dataset list keep their text', () => {
  const root = tree();
  // The report escapes Markdown ("[", "]"), not control characters: they arrive as written.
  const report = run(['report', 'draft.md', '--dataset', 'evil.json'], { cwd: root }).stdout;
  assert.ok(report.includes('\u001b') && report.includes('\u0007'));
  assert.ok(run(['dataset', 'list', '--dataset', 'evil.json', '--entity', 'OpenAI'], { cwd: root }).stdout.includes(`Outlet${EVIL}`));
  // On a terminal the same text shows its escapes.
  assert.ok(run(['report', 'draft.md', '--dataset', 'evil.json'], { cwd: root, isTTY: true }).stdout.includes('\\x1b'));
});

test('forTerminal escapes C0, DEL and C1 controls and keeps tab, line feed and other text', () => {
  assert.equal(forTerminal('a\u001b[31mb\u0007c\td\ne\u007f\u009bf é ✓'), 'a\\x1b[31mb\\x07c\td\ne\\x7f\\x9bf é ✓');
});
