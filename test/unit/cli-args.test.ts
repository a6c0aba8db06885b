import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, parseSize, UsageError, DEFAULT_MAX_SIZE } from '../../src/cli/args';
import { globBase, globToRegExp, isGlob } from '../../src/cli/glob';

test('check options: format, repeated datasets and rules, --name=value, -- ends options', () => {
  const a = parseArgs(['--format=sarif', '--dataset', 'a.json', '--dataset=b.json', '--rule', 'cagr=off', '--rule=sign=error', '--no-exit-code', '--max-size', '2MB', 'docs', '--', '--odd.md']);
  assert.equal(a.command, 'check');
  if (a.command !== 'check') return;
  assert.equal(a.format, 'sarif');
  assert.deepEqual(a.datasets, ['a.json', 'b.json']);
  assert.deepEqual(a.rules, [{ id: 'cagr', level: 'off' }, { id: 'sign', level: 'error' }]);
  assert.equal(a.exitCode, false);
  assert.equal(a.maxSize, 2_000_000);
  assert.deepEqual(a.paths, ['docs', '--odd.md']);
  const d = parseArgs(['x.md']);
  assert.equal(d.command === 'check' && d.maxSize, DEFAULT_MAX_SIZE);
});

test('usage mistakes are UsageErrors with a sentence', () => {
  for (const argv of [[], ['--format', 'xml', 'a.md'], ['--rule', 'cagr', 'a.md'], ['--rule', 'cagr=loud', 'a.md'], ['--bogus', 'a.md'], ['--dataset'], ['--max-size', 'lots', 'a.md'], ['dataset', 'frobnicate']]) {
    assert.throws(() => parseArgs(argv), UsageError, JSON.stringify(argv));
  }
});

test('help, version and the dataset commands', () => {
  assert.deepEqual(parseArgs(['--help']), { command: 'help', topic: 'check' });
  assert.deepEqual(parseArgs(['-v']), { command: 'version' });
  assert.deepEqual(parseArgs(['dataset']), { command: 'help', topic: 'dataset' });
  assert.deepEqual(parseArgs(['dataset', 'list', '--entity', 'OpenAI', '--format', 'json']), { command: 'dataset-list', entity: 'OpenAI', format: 'json', datasets: [] });
  assert.deepEqual(parseArgs(['dataset', 'check', 'a.json', 'b.json']), { command: 'dataset-check', files: ['a.json', 'b.json'] });
});

test('sizes', () => {
  assert.equal(parseSize('500k'), 500_000);
  assert.equal(parseSize('5MB'), 5_000_000);
  assert.equal(parseSize('123'), 123);
  assert.throws(() => parseSize('0'), UsageError);
  assert.throws(() => parseSize('-5'), UsageError);
});

test('globs: *, ?, ** across folders, {a,b}, [..]', () => {
  assert.ok(isGlob('docs/*.md') && !isGlob('docs/a.md'));
  assert.deepEqual(globBase('docs/posts/**/*.md'), { base: 'docs/posts', rest: '**/*.md' });
  assert.deepEqual(globBase('*.md'), { base: '.', rest: '*.md' });
  const star = globToRegExp('*.md');
  assert.ok(star.test('a.md') && !star.test('x/a.md'));
  const deep = globToRegExp('**/*.md');
  for (const p of ['a.md', 'x/a.md', 'x/y/z.md']) assert.ok(deep.test(p), p);
  assert.ok(!deep.test('a.txt'));
  const mid = globToRegExp('a/**/b.md');
  assert.ok(mid.test('a/b.md') && mid.test('a/x/y/b.md') && !mid.test('ab.md'));
  assert.ok(globToRegExp('draft-?.{md,markdown}').test('draft-1.markdown'));
  assert.ok(!globToRegExp('draft-?.md').test('draft-10.md'));
  assert.ok(globToRegExp('[ab].md').test('b.md') && !globToRegExp('[!ab].md').test('a.md'));
  assert.ok(globToRegExp('a+b(1).md').test('a+b(1).md'));
});
