// One text checked and written through a format: the format is told the file begins, gets
// each block's figures (with their readings) as the block is read, then the findings. Shared by the CLI and the
// output tests so both drive a format the same way.
import { analyzeStreaming, type AnalyzeOptions, type StreamedBlock } from '../core/analyze';
import { readingsOf } from '../core/readingOf';
import type { Quantity } from '../core/types';
import type { StatementBlock } from '../core/types';
import { fileContext, type FileResult, type OutputFormat } from './results';

export function checkInto(
  output: OutputFormat,
  path: string,
  text: string,
  options: AnalyzeOptions,
  statements?: (block: StatementBlock) => void,
): { file: FileResult; skipped?: string } {
  const context = fileContext(path, text);
  output.begin?.(context);
  // Each block's figures with their readings, numbered through the file (a relation's `with`).
  let count = 0;
  const figures =
    output.figures &&
    ((f: readonly Quantity[], block: StreamedBlock) => {
      const readings = readingsOf(block.quantities, block.claims, count);
      count += f.length;
      output.figures?.(context, f, readings);
    });
  // analyzeStreaming() never throws (an internal error is reported as a skip), so a format
  // that has begun a file always gets to finish it.
  const result = analyzeStreaming(text, options, figures, statements && ((start, list) => statements({ start, statements: () => list })));
  const file: FileResult = { ...context, findings: result.findings };
  output.file(file);
  return result.skipped === undefined ? { file } : { file, skipped: result.skipped };
}
