// The folder walk stays in the tree it was given: a symbolic link out of it is skipped
// with a note unless --follow-symlinks is passed; a glob walks only the folders that can
// hold a match; a glob that cannot be read is a usage error naming it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFs, type CliFs } from '../../src/cli/io';
import { globDescends } from '../../src/cli/glob';
import { run, tempTree } from './cli-helpers';

const RIGHT = 'Revenue went from $1 billion to $5 billion, a 400% increase.\n';

test('a link out of the tree ("docs/x -> /elsewhere") is not followed unless --follow-symlinks is passed', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-outside-'));
  fs.writeFileSync(path.join(outside, 'far.md'), RIGHT);
  const root = tempTree({ 'docs/a.md': RIGHT });
  fs.symlinkSync(outside, path.join(root, 'docs', 'x'));
  const read: string[] = [];
  const recording: CliFs = { ...nodeFs, readdir: (p) => (read.push(p), nodeFs.readdir(p)) };
  const r = run(['docs', '--format', 'json'], { cwd: root, fs: recording });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/a.md']);
  assert.match(r.stderr, /docs\/x: skipped, a symbolic link out of docs \(--follow-symlinks follows it\)/);
  assert.ok(!read.some((p) => p.includes(path.basename(outside)) || fs.realpathSync(p).startsWith(fs.realpathSync(outside))), `read ${read.join(', ')}`);
  const followed = run(['docs', '--format', 'json', '--follow-symlinks'], { cwd: root });
  assert.deepEqual((JSON.parse(followed.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/a.md', 'docs/x/far.md']);
});

test('a link inside the tree to another folder of the tree is followed as before', () => {
  const root = tempTree({ 'docs/real/a.md': RIGHT });
  fs.symlinkSync('real', path.join(root, 'docs', 'alias'));
  const r = run(['docs', '--format', 'json'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  // Walked in name order, each real file once: "alias" comes before "real".
  assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/alias/a.md']);
  assert.doesNotMatch(r.stderr, /out of docs/);
});

test('a glob walks only the folders its segments allow', () => {
  const root = tempTree({ 'docs/2025/a.md': RIGHT, 'docs/2024/deep/b.md': RIGHT, 'docs/2024/c.md': RIGHT, 'other/d.md': RIGHT });
  const read: string[] = [];
  const recording: CliFs = { ...nodeFs, readdir: (p) => (read.push(path.relative(root, p).split(path.sep).join('/')), nodeFs.readdir(p)) };
  const r = run(['docs/2025/*.md', '--format', 'json'], { cwd: root, fs: recording });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath), ['docs/2025/a.md']);
  assert.deepEqual(read, ['docs/2025']);
  read.length = 0;
  run(['docs/*/c.md'], { cwd: root, fs: recording });
  assert.deepEqual(read.sort(), ['docs', 'docs/2024', 'docs/2025']);
});

test('globDescends: literal segments, classes and ** decide which folders can hold a match', () => {
  const d = globDescends('2025-*/drafts/*.md');
  assert.equal(d('2025-q1'), true);
  assert.equal(d('2024-q1'), false);
  assert.equal(d('2025-q1/drafts'), true);
  assert.equal(d('2025-q1/notes'), false);
  assert.equal(d('2025-q1/drafts/deeper'), false);
  const any = globDescends('a/**/*.md');
  assert.equal(any('a/b/c/d'), true);
  assert.equal(any('b'), false);
  assert.equal(globDescends('{a,b/c}/*.md')('z'), true);
});

test('a glob that cannot be read ("[z-a].md") is a usage error naming the pattern, exit 2', () => {
  const root = tempTree({ 'a.md': RIGHT });
  const r = run(['[z-a].md'], { cwd: root });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad glob pattern "\[z-a\]\.md": Range out of order in character class/);
  assert.doesNotMatch(r.stderr, /internal error/);
});
