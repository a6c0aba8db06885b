// The JSON output: ESLint's result shape (filePath, messages with 1-based line/column)
// so existing tools can read it, plus each message's derivation and sources and the
// file's figures under "claims".
import { regionOf, type FileResult } from './results';

export function formatJson(files: readonly FileResult[]): string {
  const out = files.map((file) => ({
    filePath: file.path,
    messages: file.result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...regionOf(file, f.span),
      // `range` (document offsets of the replaced text) is what ESLint's own fixes carry.
      fix: f.fix ? { text: f.fix.text, range: [f.fix.span.start, f.fix.span.end] } : null,
      derivation: f.derivation,
      sources: f.sources,
    })),
    claims: file.result.quantities.map((q) => ({
      ...regionOf(file, q.span),
      text: q.text,
      kind: q.kind,
      value: Number.isFinite(q.value) ? q.value : null,
      unit: q.unit,
      qualifier: q.qualifier,
    })),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
