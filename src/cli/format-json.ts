// The JSON output: ESLint's result shape (filePath, messages with 1-based line/column)
// so existing tools can read it, plus each message's derivation and sources and the
// file's figures under "claims". Written file by file and element by element, with the
// bytes `JSON.stringify(all, null, 2)` of the whole array would give: the 10 MB draft's
// output is 59 MB of text, and holding it (and an object per figure) at once dominated
// the CLI's memory.
import type { Finding, Quantity } from '../core/types';
import { ChunkedWriter, prettyAt, pushArray } from './chunks';
import { regionOf, type FileResult, type OutputFormat } from './results';

function message(file: FileResult, f: Finding): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...regionOf(file, f.span),
    // `range` (document offsets of the replaced text) is what ESLint's own fixes carry.
    fix: f.fix ? { text: f.fix.text, range: [f.fix.span.start, f.fix.span.end] } : null,
    derivation: f.derivation,
    sources: f.sources,
  };
}

function claim(file: FileResult, q: Quantity): object {
  return {
    ...regionOf(file, q.span),
    text: q.text,
    kind: q.kind,
    value: Number.isFinite(q.value) ? q.value : null,
    unit: q.unit,
    qualifier: q.qualifier,
  };
}

/** The JSON array of files, streamed to `write`. */
export function jsonOutput(write: (text: string) => void): OutputFormat {
  const out = new ChunkedWriter(write);
  let count = 0;
  return {
    file(file) {
      // Each file is an element of the top-level array (depth 1): its keys at depth 2.
      out.push(`${count++ ? ',' : '['}\n  {\n    "filePath": ${prettyAt(file.path, 0)},\n    "messages": `);
      pushArray(out, file.findings, 2, (f) => message(file, f));
      out.push(',\n    "claims": ');
      pushArray(out, file.quantities, 2, (q) => claim(file, q));
      out.push('\n  }');
      // Out before the next file is read, so a reader sees progress and nothing waits in memory.
      out.flush();
    },
    end() {
      out.push(count ? '\n]\n' : '[]\n');
      out.flush();
    },
  };
}
