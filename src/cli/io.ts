// What the CLI touches outside itself, passed in so tests run it in-process: output
// streams, the environment, and the file system calls it makes (a test can inject an
// EACCES or ELOOP that root could never provoke for real).
import * as fs from 'node:fs';
import { forTerminal } from './terminal';

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
 * Control characters (other than line feed and tab) shown escaped (terminal.ts): messages
 * on stderr quote file names and paths from someone else's repository, and an escape
 * sequence in a name must not drive the terminal.
 */
export function withoutControls(s: string): string {
  return forTerminal(s);
}

/** Blocks the thread for `ms` milliseconds (a full pipe that is not in blocking mode). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes all of `text` to `fd` before returning. process.stdout.write() into a pipe leaves
 * each piece with the event loop until its write is reported done, and the CLI, synchronous
 * from start to end, reaches the event loop only when it has finished: every piece of a
 * 59 MB JSON log stayed in memory (a 640 MB peak piped into another program, 196 MB into a
 * file). A reader that closes the pipe early (`claimcheck … | head`) ends the CLI quietly.
 */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause(1);
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw e;
    }
  }
}

export function processIO(): CliIO {
  return {
    stdout: (t) => writeAllSync(1, t),
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
