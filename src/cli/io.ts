// What the CLI touches outside itself, passed in so tests run it in-process: output
// streams, the environment, and the file system calls it makes (a test can inject an
// EACCES or ELOOP that root could never provoke for real).
import * as fs from 'node:fs';

export interface CliFs {
  readFile(path: string): Buffer;
  readdir(path: string): fs.Dirent[];
  stat(path: string): fs.Stats;
  realpath(path: string): string;
}

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour only then). */
  isTTY: boolean;
  fs: CliFs;
}

export const nodeFs: CliFs = {
  readFile: (p) => fs.readFileSync(p),
  readdir: (p) => fs.readdirSync(p, { withFileTypes: true }),
  stat: (p) => fs.statSync(p),
  realpath: (p) => fs.realpathSync.native(p),
};

/**
 * Control characters (other than line feed and tab) shown as U+FFFD: messages on stderr
 * quote file names and paths from someone else's repository, and an escape sequence in a
 * name must not drive the terminal.
 */
export function withoutControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(withoutControls(t)),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    fs: nodeFs,
  };
}

/** A file system error as a sentence ("permission denied"), never a stack trace. */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: string })?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a link loop)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `cannot read (${code})` : e instanceof Error ? e.message : String(e);
  }
}
