// Runs the CLI in-process with captured output, on a real or a doctored file system.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { nodeFs, type CliFs, type CliIO } from '../../src/cli/io';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(argv: string[], options: { cwd?: string; fs?: CliFs; isTTY?: boolean; env?: Record<string, string> } = {}): Run {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    fs: options.fs ?? nodeFs,
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder with the given files (relative path → content). */
export function tempTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

/** A file system that fails with `code` for any path ending in one of `failing`. */
export function failingFs(code: string, failing: string[]): CliFs {
  const fail = (p: string): void => {
    if (failing.some((f) => p.endsWith(f))) throw Object.assign(new Error(`${code}: ${p}`), { code });
  };
  return {
    readFile: (p) => (fail(p), nodeFs.readFile(p)),
    readdir: (p) => (fail(p), nodeFs.readdir(p)),
    stat: (p) => nodeFs.stat(p),
    realpath: (p) => nodeFs.realpath(p),
  };
}
