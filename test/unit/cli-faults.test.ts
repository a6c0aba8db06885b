// The CLI against a file system that misbehaves: special files named like drafts, folders
// that vanish mid-walk, files that change between stat and read, errors with odd codes or
// none. Each: one sentence, exit code 2 (or a note where it is a decision), no stack
// trace, no hang, and the files that can be read are still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, tempTree } from './cli-helpers';
import { nodeFs, type CliFs } from '../../src/cli/io';

const WRONG = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.\n';
const RIGHT = 'Run-rate revenue went from $1 billion to $5 billion, a 400% increase.\n';
const ROOT = path.resolve(__dirname, '../..');

function noStack(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  assert.doesNotMatch(text, /\bundefined\b|\[object Object\]/);
}

/** A Stats for a special file of the given kind, as lstat/stat would return for it. */
function specialStats(kind: 'fifo' | 'char' | 'socket'): fs.Stats {
  const st = nodeFs.stat(ROOT);
  return Object.assign(Object.create(Object.getPrototypeOf(st)), st, {
    size: 0,
    isFile: () => false,
    isDirectory: () => false,
    isFIFO: () => kind === 'fifo',
    isCharacterDevice: () => kind === 'char',
    isSocket: () => kind === 'socket',
  }) as fs.Stats;
}

test('a FIFO, a device or a socket named like a draft is refused without being read', () => {
  for (const kind of ['fifo', 'char', 'socket'] as const) {
    const root = tempTree({ 'ok.md': RIGHT, 'special.md': '' });
    let readSpecial = false;
    const special: CliFs = {
      ...nodeFs,
      stat: (p) => (p.endsWith('special.md') ? specialStats(kind) : nodeFs.stat(p)),
      readFile: (p) => {
        // Reading a FIFO with no writer blocks for ever; /dev/zero never ends.
        if (p.endsWith('special.md')) readSpecial = true;
        return nodeFs.readFile(p);
      },
    };
    const r = run(['special.md', 'ok.md'], { cwd: root, fs: special });
    assert.equal(readSpecial, false, `${kind}: the CLI tried to read it`);
    assert.equal(r.code, 2, kind);
    assert.match(r.stderr, /special\.md: not a regular file/, kind);
    assert.match(r.stdout, /in 1 file/, `${kind}: the readable file was not checked`);
    noStack(r.stderr);
  }
});

test('a real FIFO named draft.md: the CLI ends with a message (run in a child, killed if it hangs)', { skip: process.platform === 'win32' }, () => {
  const root = tempTree({ 'ok.md': RIGHT });
  const fifo = path.join(root, 'draft.md');
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) return; // no mkfifo here: the injected case above still holds
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), fifo, path.join(root, 'ok.md')], {
    cwd: ROOT,
    encoding: 'utf8',
    // A guard against a hang, not a timing assertion: a correct CLI never reads the FIFO.
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  assert.equal(r.signal, null, 'the CLI hung reading a FIFO and was killed');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /draft\.md: not a regular file/);
  noStack(r.stderr);
});

test('a folder deleted while the walk is in it: that folder is an error, the rest is checked', () => {
  const root = tempTree({ 'a.md': RIGHT, 'gone/b.md': RIGHT, 'gone/deeper/c.md': RIGHT, 'z/d.md': WRONG });
  const vanishing: CliFs = {
    ...nodeFs,
    readdir: (p) => {
      const entries = nodeFs.readdir(p);
      // The walk has listed "gone"; it disappears before the walk enters it.
      if (p === root) fs.rmSync(path.join(root, 'gone'), { recursive: true, force: true });
      return entries;
    },
  };
  const r = run(['.'], { cwd: root, fs: vanishing });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /gone: cannot read folder: no such file or directory/);
  assert.match(r.stdout, /percent-change/, 'z/d.md was not checked');
  noStack(r.stderr);
});

test('a file deleted between the walk and the read: one sentence, the rest checked', () => {
  const root = tempTree({ 'a.md': RIGHT, 'b.md': WRONG });
  const deleting: CliFs = {
    ...nodeFs,
    stat: (p) => {
      if (p.endsWith('a.md') && fs.existsSync(p) && !p.endsWith(path.join(root, 'a.md.keep'))) {
        // The walk is done; the file goes just before it is read.
        if (new Error().stack?.includes('readTextFile')) fs.rmSync(p);
      }
      return nodeFs.stat(p);
    },
  };
  const r = run(['a.md', 'b.md'], { cwd: root, fs: deleting });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /a\.md: no such file or directory/);
  assert.match(r.stdout, /percent-change/);
  noStack(r.stderr);
});

test('a file that grows between stat and read is still held to the size limit', () => {
  const root = tempTree({ 'grows.md': RIGHT });
  const big = Buffer.from(WRONG.repeat(100_000)); // 7 MB by the time it is read
  const growing: CliFs = { ...nodeFs, readFile: (p) => (p.endsWith('grows.md') ? big : nodeFs.readFile(p)) };
  const r = run(['grows.md', '--max-size', '1MB'], { cwd: root, fs: growing });
  assert.match(r.stderr, /grows\.md: skipped: .*limit/);
  assert.doesNotMatch(r.stdout, /percent-change/);
  noStack(r.stderr);
});

test('errors with unusual codes, or none: a sentence each, exit 2', () => {
  for (const [code, expect] of [
    ['EIO', /cannot read \(EIO\)/],
    ['EMFILE', /too many open files/],
    ['ENOTDIR', /not a directory/],
    ['ENAMETOOLONG', /cannot read \(ENAMETOOLONG\)/],
    [undefined, /disk on fire/],
  ] as const) {
    const root = tempTree({ 'a.md': RIGHT, 'b.md': RIGHT });
    const failing: CliFs = {
      ...nodeFs,
      readFile: (p) => {
        if (p.endsWith('a.md')) throw code ? Object.assign(new Error(`${code}: boom`), { code }) : new Error('disk on fire');
        return nodeFs.readFile(p);
      },
    };
    const r = run(['a.md', 'b.md'], { cwd: root, fs: failing });
    assert.equal(r.code, 2, String(code));
    assert.match(r.stderr, expect);
    assert.match(r.stdout, /in 1 file/);
    noStack(r.stderr);
  }
});

test('a thrown non-Error (a string, null) from the file system is still a sentence', () => {
  for (const thrown of ['plain string', null, 42]) {
    const root = tempTree({ 'a.md': RIGHT });
    const failing: CliFs = {
      ...nodeFs,
      readFile: () => {
        throw thrown;
      },
    };
    const r = run(['a.md'], { cwd: root, fs: failing });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^claimcheck: a\.md: /m);
    assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/);
  }
});

test('symbolic links: loops, dangling links and a link to a file outside, inside a walked folder', () => {
  const root = tempTree({ 'docs/a.md': RIGHT, 'outside.md': WRONG });
  const docs = path.join(root, 'docs');
  fs.symlinkSync('loop2.md', path.join(docs, 'loop1.md'));
  fs.symlinkSync('loop1.md', path.join(docs, 'loop2.md'));
  fs.symlinkSync('nowhere.md', path.join(docs, 'dangling.md'));
  fs.symlinkSync('.', path.join(docs, 'self'));
  fs.symlinkSync('../outside.md', path.join(docs, 'linked.md'));
  const r = run(['docs', '--format', 'json'], { cwd: root });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /loop1\.md: too many levels of symbolic links/);
  assert.match(r.stderr, /dangling\.md: no such file or directory/);
  const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath)).sort();
  // The link to a file outside the folder given is not followed unless asked.
  assert.deepEqual(files, ['a.md']);
  assert.match(r.stderr, /linked\.md: skipped, a symbolic link out of docs \(--follow-symlinks follows it\)/);
  const followed = run(['docs', '--format', 'json', '--follow-symlinks'], { cwd: root });
  assert.deepEqual((JSON.parse(followed.stdout) as { filePath: string }[]).map((f) => path.basename(f.filePath)).sort(), ['a.md', 'linked.md']);
  noStack(r.stderr);
});

test('a folder named like a draft is walked, not read as a file', () => {
  const root = tempTree({ 'notes.md/inner.md': WRONG });
  const r = run(['notes.md'], { cwd: root });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /percent-change/);
});

test('a path through a file ("a.md/b.md") and an empty path: a sentence, exit 2', () => {
  const root = tempTree({ 'a.md': RIGHT });
  const r = run(['a.md/b.md', 'a.md'], { cwd: root });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /a\.md\/b\.md: a part of the path is not a directory/);
  noStack(r.stderr);
});

test('dataset faults through the CLI: a folder, a file that vanishes, one read half-written', () => {
  const root = tempTree({ 'd.md': WRONG, 'data/x.json': '{}', 'half.json': '{"facts": [{"id": "x", "ent' });
  const folder = run(['d.md', '--dataset', 'data'], { cwd: root });
  assert.equal(folder.code, 2);
  assert.match(folder.stderr, /dataset data: is a folder, not a file/);
  assert.match(folder.stdout, /percent-change/, 'the check did not run on');
  noStack(folder.stderr);

  const missing = run(['d.md', '--dataset', 'gone.json'], { cwd: root });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /gone\.json: no such file or directory/);
  assert.match(missing.stdout, /percent-change/);

  const half = run(['d.md', '--dataset', 'half.json'], { cwd: root });
  assert.match(half.stderr, /half\.json:1:\d+ .*not valid JSON/);
  assert.match(half.stdout, /percent-change/);
  noStack(half.stderr);
});

test('file names with control characters and terminal escapes are not echoed raw', () => {
  const name = 'evil\u001b[31mred\u0007.md';
  const root = tempTree({ [name]: WRONG });
  const r = run([name], { cwd: root });
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout + r.stderr, /\u001b\[31m|\u0007/, 'a file name wrote escape codes to the terminal');
});

test('an escape sequence in a path cannot reach the terminal through stderr', async () => {
  const { processIO } = await import('../../src/cli/io');
  const written: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  (process.stderr as { write: unknown }).write = (chunk: string) => {
    written.push(String(chunk));
    return true;
  };
  try {
    processIO().stderr("claimcheck: '\u001b[31mnope.md': no such file or directory\n");
  } finally {
    (process.stderr as { write: unknown }).write = original;
  }
  assert.equal(written.join(''), "claimcheck: '\\x1b[31mnope.md': no such file or directory\n");
});

test('output written into a slow pipe arrives whole, and a reader that stops early ends the CLI quietly', async () => {
  const { spawn } = await import('node:child_process');
  const { resolve: resolvePath } = await import('node:path');
  const io = resolvePath(__dirname, '../../src/cli/io.ts');
  // 200 distinct pieces of 32 KB, written synchronously into a pipe read slowly.
  const script = `const { writeAllSync } = require(${JSON.stringify(io)}); for (let i = 0; i < 200; i++) writeAllSync(1, String(i).padEnd(32768, '.') + '\\n');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let bytes = 0;
  child.stdout.pause();
  await new Promise((r) => setTimeout(r, 300));
  child.stdout.on('data', (d: Buffer) => (bytes += d.length));
  child.stdout.resume();
  const code = await new Promise<number | null>((r) => child.on('close', r));
  assert.equal(code, 0);
  assert.equal(bytes, 200 * 32769);

  const early = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  early.stderr.on('data', (d: Buffer) => (stderr += d));
  early.stdout.once('data', () => early.stdout.destroy());
  const earlyCode = await new Promise<number | null>((r) => early.on('close', r));
  assert.equal(earlyCode, 0);
  assert.equal(stderr, '');
});
