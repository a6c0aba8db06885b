// Compiler-style text output: `file:line:col severity rule message`, the arithmetic
// below it, and a summary line; written file by file as each is checked. Colour only
// when asked for or on a terminal, never with NO_COLOR set.
import { withoutControls } from './io';
import type { Severity } from '../core/types';
import { ChunkedWriter } from './chunks';
import { addCounts, emptyCounts, regionOf, type Counts, type FileResult, type OutputFormat } from './results';

export interface Paint {
  severity(s: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ESC = '\u001b[';
export const PLAIN: Paint = { severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };
export const COLOR: Paint = {
  severity: (s, t) => `${ESC}${s === 'error' ? '31' : s === 'warning' ? '33' : '36'}m${t}${ESC}39m`,
  dim: (t) => `${ESC}2m${t}${ESC}22m`,
  bold: (t) => `${ESC}1m${t}${ESC}22m`,
};

export function useColor(flag: boolean | undefined, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(c: Counts, files: number): string {
  return `${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.info} info in ${plural(files, 'file', 'files')}`;
}

// Messages, derivations and file names come from the draft and its repository: keep them
// to one line each so a line break cannot forge another output line, and show other
// control characters escaped (terminal.ts) so an escape sequence cannot drive the terminal.
function oneLine(s: string): string {
  return withoutControls(s.replace(/[\r\n\u2028\u2029]+/g, ' '));
}

/** Each file's findings written as soon as it is checked; the summary line at the end. */
export function textOutput(write: (text: string) => void, paint: Paint): OutputFormat {
  const out = new ChunkedWriter(write);
  const counts = emptyCounts();
  let files = 0;
  const print = (file: FileResult): void => {
    addCounts(counts, file);
    for (const f of file.findings) {
      const r = regionOf(file, f.span);
      out.push(`${paint.bold(`${oneLine(file.path)}:${r.line}:${r.column}`)} ${paint.severity(f.severity, f.severity)} ${paint.dim(f.ruleId)} ${oneLine(f.message)}\n`);
      if (f.derivation) out.push(`    ${paint.dim(oneLine(f.derivation))}\n`);
      for (const s of f.sources) {
        out.push(`    ${paint.dim(`source: ${oneLine(s.outlet)}, ${oneLine(s.date)}${s.title ? `, "${oneLine(s.title)}"` : ''} (${oneLine(s.factId)}, ${oneLine(s.origin)})`)}\n`);
      }
      if (f.fix) out.push(`    ${paint.dim(`fix: ${oneLine(f.fix.title)}`)}\n`);
    }
    out.flush();
  };
  return {
    file(file) {
      files++;
      print(file);
    },
    // Another file is named in the message ("but b.md:3 gives it as $9 billion").
    crossFile: print,
    end() {
      out.push(`${summaryLine(counts, files)}\n`);
      out.flush();
    },
  };
}
