// A small glob matcher, since Node 20 has no fs.glob: `*` and `?` within one path
// segment, `**` across segments, `{a,b}` alternatives and `[abc]` classes. Patterns are
// compiled to anchored regular expressions with no nested quantifiers (linear time).

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** The leading segments without glob characters: where a walk for the pattern starts. */
export function globBase(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0])) fixed.push(parts.shift() as string);
  const base = fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base: pattern.startsWith('/') && fixed.length === 1 ? '/' : base, rest: parts.join('/') };
}

function escapeChar(c: string): string {
  return /[.+^${}()|[\]\\*?]/.test(c) ? `\\${c}` : c;
}

/** Compiles a glob over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const slashAfter = glob[i + 2] === '/';
        if (atStart && slashAfter) {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += escapeChar(c);
    }
  }
  out += ')'.repeat(braces);
  return new RegExp(`^${out}$`);
}

/**
 * Which folders (relative to the glob's base, '/'-separated) can hold a match: a folder is
 * walked only when each of its names matches the pattern's segment at that depth, until a
 * `**` segment lets anything below match. "docs/2025/*.md" does not walk docs/2024.
 */
export function globDescends(glob: string): (dir: string) => boolean {
  // A brace alternative holding a "/" spans segments: no segment-wise answer, walk it all.
  if (glob.split('{').slice(1).some((part) => part.slice(0, part.includes('}') ? part.indexOf('}') : part.length).includes('/'))) return () => true;
  const segments = glob.split('/');
  const patterns = segments.map((seg) => (seg.includes('**') ? null : globToRegExp(seg)));
  return (dir) => {
    const names = dir.split('/');
    for (let i = 0; i < names.length; i++) {
      // The last segment names the files: a folder that deep cannot hold a match.
      if (i >= segments.length - 1) return false;
      const re = patterns[i];
      if (re === null) return true;
      if (!re.test(names[i])) return false;
    }
    return true;
  };
}
