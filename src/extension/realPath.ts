// Whether a dataset path, links followed, stays inside its workspace folder. The setting's
// text is checked first (no "..", no absolute path); this catches what the text cannot
// show: a symbolic link named in claimcheck.datasets that points out of the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The real path of `p`, or of its nearest existing ancestor with the rest joined on (a file not yet created). */
async function realOrNearest(p: string): Promise<string> {
  const rest: string[] = [];
  let probe = p;
  for (;;) {
    try {
      return path.join(await fs.promises.realpath(probe), ...rest.reverse());
    } catch (e) {
      const parent = path.dirname(probe);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || parent === probe) throw e;
      rest.push(path.basename(probe));
      probe = parent;
    }
  }
}

/** True when `file` resolves, every link followed, to `folder` or a path inside it. */
export async function realPathInside(folder: string, file: string): Promise<boolean> {
  try {
    const root = await realOrNearest(folder);
    const real = await realOrNearest(file);
    const rel = path.relative(root, real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  } catch {
    // A link loop or an unreadable path: not provably inside.
    return false;
  }
}
