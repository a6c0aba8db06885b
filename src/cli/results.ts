// What one checked file hands to the formatters: its path as shown, its text (with a
// byte order mark removed, so columns match the editor's), the findings and figures of
// its analysis and a line map. Only what the output needs is kept: the claims and their
// readings (most of an analysis's memory) are left for the garbage collector, and the
// CLI drops each file's result once its output is written.
import type { AnalyzeResult, Finding, Quantity, Span } from '../core/types';
import { lineMap, type LineMap } from '../core/position';

export interface FileResult {
  /** Relative to the working folder, forward slashes. */
  path: string;
  text: string;
  findings: readonly Finding[];
  quantities: readonly Quantity[];
  lines: LineMap;
}

export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function makeFileResult(path: string, text: string, result: AnalyzeResult): FileResult {
  return { path, text, findings: result.findings, quantities: result.quantities, lines: lineMap(text) };
}

export function regionOf(file: FileResult, span: Span): Region {
  const a = file.lines.position(span.start);
  const b = file.lines.position(Math.max(span.start, span.end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

/** Adds a file's findings to running totals (the summary line and the exit code need only these). */
export function addCounts(c: Counts, file: FileResult): void {
  for (const x of file.findings) c[x.severity]++;
}

/**
 * How the CLI writes a format: each file as soon as it is checked (so earlier files'
 * results are not held while later ones are checked), then the end once all are done.
 */
export interface OutputFormat {
  file(file: FileResult): void;
  end(): void;
}
