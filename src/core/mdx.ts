// MDX is Markdown with JavaScript in it: `import`/`export` blocks, JSX elements and `{…}`
// expressions. Those lines are code, not prose, so they are blanked (every character but
// line breaks turned into a space) before analysis: offsets, lines and columns stay those
// of the file, and no figure in `<Chart data={[1, 2]} />` is read as a claim. Prose inside
// a JSX element (`<Note>` … `</Note>`) is still read. Fenced code is left as it is (the
// Markdown reader skips it anyway).

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ESM = /^(import|export)\b/;
const JSX_OPEN = /^\s{0,3}<\/?([A-Z][\w.]*|>)/;
const EXPRESSION = /^\s{0,3}\{/;

/** Whether a file name is MDX (the adapters decide; the core sees only text). */
export function isMdxPath(path: string): boolean {
  return /\.mdx$/i.test(path);
}

function blank(line: string): string {
  return line.replace(/[^\r\n]/g, ' ');
}

export function blankMdxSyntax(text: string): string {
  const lines = text.split(/(?<=\n)/);
  let fence: string | null = null;
  let esm = false;
  let jsxUntilClose = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const f = FENCE.exec(line);
    if (f && !esm && !jsxUntilClose) {
      fence = f[1];
      continue;
    }
    let mask = false;
    if (esm) {
      // An import/export block runs to the next blank line, as MDX reads it.
      if (trimmed === '') esm = false;
      else mask = true;
    } else if (jsxUntilClose) {
      mask = true;
      if (line.includes('>')) jsxUntilClose = false;
    } else if (ESM.test(line)) {
      esm = true;
      mask = true;
    } else if (JSX_OPEN.test(line)) {
      mask = true;
      // A tag whose attributes run over several lines ends at its closing ">".
      if (!line.includes('>', line.indexOf('<') + 1)) jsxUntilClose = true;
    } else if (EXPRESSION.test(line)) {
      mask = true;
    }
    if (mask) {
      lines[i] = blank(line);
      changed = true;
    }
  }
  return changed ? lines.join('') : text;
}

/** The text to analyse for a file: MDX blanked, anything else as it is. */
export function prose(path: string, text: string): string {
  return isMdxPath(path) ? blankMdxSyntax(text) : text;
}
