// The one glob matcher for the project file's include/exclude/overrides, shared by the CLI,
// the extension and the language server so a pattern means the same everywhere. picomatch
// is the matcher markdownlint-cli2 and most of the Node tool chain use (no fs, no deps).
import picomatch from 'picomatch';

export type PathMatcher = (relPath: string) => boolean;

const NONE: PathMatcher = () => false;

/** Matches '/'-separated paths relative to the config file's folder; dotfiles count as files. */
export function compileGlobs(patterns: readonly string[] | undefined): PathMatcher {
  if (!patterns || patterns.length === 0) return NONE;
  const cleaned = patterns.map((p) => p.replace(/\\/g, '/').replace(/^\.\//, ''));
  return picomatch(cleaned, { dot: true });
}
