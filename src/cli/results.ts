// What one checked file hands to the formatters: its path as shown, its text (with a
// byte order mark removed, so columns match the editor's), the analysis and a line map.
import type { AnalyzeResult, Span } from '../core/types';
import { lineMap, type LineMap } from '../core/position';

export interface FileResult {
  /** Relative to the working folder, forward slashes. */
  path: string;
  text: string;
  result: AnalyzeResult;
  lines: LineMap;
}

export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function makeFileResult(path: string, text: string, result: AnalyzeResult): FileResult {
  return { path, text, result, lines: lineMap(text) };
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

export function countFindings(files: readonly FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of files) for (const x of f.result.findings) c[x.severity]++;
  return c;
}
