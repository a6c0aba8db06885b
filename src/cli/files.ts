// Turning the paths a writer gives into the Markdown files to check: files, folders
// (recursively, skipping node_modules and .git) and globs. Every path that cannot be
// read becomes one sentence in `errors` (exit code 2); a folder visited twice through a
// symbolic link is noted and skipped, never walked forever. A walk stays in the tree it
// was given: a link leading out of it (`docs/x -> /`) is noted and skipped unless
// --follow-symlinks is passed, and a glob walks only the folders that can hold a match.
import * as nodePath from 'node:path';
import { describeFsError, type CliIO } from './io';
import { UsageError } from './args';
import { globBase, globDescends, globToRegExp, isGlob } from './glob';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdx', '.mdown', '.mkd', '.qmd', '.rmd'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export function isMarkdownPath(p: string): boolean {
  const lower = p.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((e) => lower.endsWith(e));
}

export interface CollectedFiles {
  /** Absolute paths, in a stable order, each real file once. */
  files: string[];
  /** Problems that make the run fail with exit code 2. */
  errors: string[];
  /** Things worth saying that do not fail the run. */
  notes: string[];
}

/** A path as the output shows it: relative to the working folder, with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  const rel = nodePath.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !nodePath.isAbsolute(rel) ? rel : abs;
  return shown.split(nodePath.sep).join('/');
}

export interface CollectOptions {
  /** Follow symbolic links that lead out of the folder being walked. */
  followSymlinks?: boolean;
}

/** Whether `real` is `root` or inside it (both real paths). */
function inside(root: string, real: string): boolean {
  const rel = nodePath.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

export function collectFiles(paths: readonly string[], io: CliIO, options: CollectOptions = {}): CollectedFiles {
  const out: CollectedFiles = { files: [], errors: [], notes: [] };
  const seenFiles = new Set<string>();
  const shown = (abs: string): string => displayPath(abs, io.cwd);

  const addFile = (abs: string): void => {
    let real = abs;
    try {
      real = io.fs.realpath(abs);
    } catch {
      // Keep the given path; reading it will report the problem.
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.files.push(abs);
  };

  /** Walks a folder; `accept` decides on each Markdown file by its path relative to the root. */
  const walk = (root: string, accept: (rel: string) => boolean, descend: (relDir: string) => boolean = () => true): number => {
    let found = 0;
    const visited = new Set<string>();
    let rootReal = root;
    try {
      rootReal = io.fs.realpath(root);
    } catch {
      // Reading the root below reports the problem.
    }
    const stack: string[] = [root];
    while (stack.length) {
      const dir = stack.pop() as string;
      let real: string;
      let entries;
      try {
        real = io.fs.realpath(dir);
        if (visited.has(real)) {
          out.notes.push(`${shown(dir)}: skipped, a symbolic link back to a folder already checked`);
          continue;
        }
        visited.add(real);
        entries = io.fs.readdir(dir);
      } catch (e) {
        out.errors.push(`${shown(dir)}: cannot read folder: ${describeFsError(e)}`);
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const entry of entries) {
        const full = nodePath.join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const st = io.fs.stat(full);
            isDir = st.isDirectory();
            isFile = st.isFile();
            if ((isDir || (isFile && isMarkdownPath(entry.name))) && !options.followSymlinks && !inside(rootReal, io.fs.realpath(full))) {
              out.notes.push(`${shown(full)}: skipped, a symbolic link out of ${shown(root)} (--follow-symlinks follows it)`);
              continue;
            }
          } catch (e) {
            // A dangling or looping link only matters when it claims to be a draft.
            if (isMarkdownPath(entry.name)) out.errors.push(`${shown(full)}: ${describeFsError(e)}`);
            continue;
          }
        }
        if (isDir) {
          if (!SKIPPED_DIRS.has(entry.name) && descend(nodePath.relative(root, full).split(nodePath.sep).join('/'))) subdirs.push(full);
        } else if (isFile && isMarkdownPath(entry.name)) {
          const rel = nodePath.relative(root, full).split(nodePath.sep).join('/');
          if (accept(rel)) {
            addFile(full);
            found++;
          }
        }
      }
      // Reverse so the stack pops folders in name order.
      for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]);
    }
    return found;
  };

  for (const given of paths) {
    const abs = nodePath.resolve(io.cwd, given);
    let st;
    try {
      st = io.fs.stat(abs);
    } catch (e) {
      const code = (e as { code?: string })?.code;
      if (code === 'ENOENT' && isGlob(given)) {
        const { base, rest } = globBase(given.split(nodePath.sep).join('/'));
        let re: RegExp;
        let descend: (relDir: string) => boolean;
        try {
          re = globToRegExp(rest);
          descend = globDescends(rest);
        } catch (e) {
          // "[z-a].md": the pattern cannot be read, which is the writer's to fix (exit 2).
          throw new UsageError(`bad glob pattern "${given}": ${e instanceof Error ? e.message.split(': ').pop() : String(e)}`);
        }
        const baseAbs = nodePath.resolve(io.cwd, base);
        let baseOk = true;
        try {
          baseOk = io.fs.stat(baseAbs).isDirectory();
        } catch {
          baseOk = false;
        }
        const n = baseOk ? walk(baseAbs, (rel) => re.test(rel), descend) : 0;
        if (n === 0) out.errors.push(`${given}: no Markdown files match this pattern`);
        continue;
      }
      out.errors.push(`${given}: ${describeFsError(e)}`);
      continue;
    }
    if (st.isDirectory()) {
      if (walk(abs, () => true) === 0) out.notes.push(`${shown(abs)}: no Markdown files in this folder`);
    } else if (!isMarkdownPath(abs)) {
      out.errors.push(`${given}: not a Markdown file (claimcheck reads ${MARKDOWN_EXTENSIONS.join(' ')})`);
    } else {
      addFile(abs);
    }
  }
  return out;
}
