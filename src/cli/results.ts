// What one checked file hands to the formatters: its path as shown, its text (with a
// byte order mark removed, so columns match the editor's), a line map, and the findings
// of its analysis. The figures are not kept: a format that prints them receives each
// block's as the block is read (`figures`), so the claims and figures of a 10 MB draft
// never live at once; the CLI drops each file's result once its output is written.
import type { Finding, Quantity, Span } from '../core/types';
import { lineMap, type LineMap } from '../core/position';
import type { FigureReading } from '../core/readingOf';

/** A file about to be checked. */
export interface FileContext {
  /** Relative to the working folder, forward slashes. */
  path: string;
  text: string;
  lines: LineMap;
}

export interface FileResult extends FileContext {
  findings: readonly Finding[];
}

export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function fileContext(path: string, text: string): FileContext {
  return { path, text, lines: lineMap(text) };
}

export function regionOf(file: FileContext, span: Span): Region {
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
 * A format that prints the figures is told a file is starting (`begin`), then given each
 * block's figures in document order while the file is checked, then the file's findings.
 */
export interface OutputFormat {
  begin?(file: FileContext): void;
  /** `readings[i]` is `figures[i]`'s (readingOf.ts), its relations numbered through the file. */
  figures?(file: FileContext, figures: readonly Quantity[], readings: readonly FigureReading[]): void;
  file(file: FileResult): void;
  /**
   * Findings about a file known only once every file was read: the same entity, metric and
   * period stated differently in another file (workspace-wide consistency, as the editor
   * has it). `contextOf` gives the other files by path, for where their figures are.
   */
  crossFile?(file: FileResult, contextOf: (path: string) => FileContext | undefined): void;
  end(): void;
}

/** The other-file figures a finding points at, each with its file and place there. */
export function otherFileLocations(f: Finding, contextOf: (path: string) => FileContext | undefined): { file: FileContext; region: Region; message: string }[] {
  const out: { file: FileContext; region: Region; message: string }[] = [];
  for (const r of f.related) {
    const other = r.uri === undefined ? undefined : contextOf(r.uri);
    if (other) out.push({ file: other, region: regionOf(other, r.span), message: r.message });
  }
  return out;
}
