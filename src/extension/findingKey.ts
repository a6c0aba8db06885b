// Code actions receive copies of the diagnostics, not the objects we published, so what a
// fix needs is stored under a key both sides can compute from a diagnostic.
import type * as vscode from 'vscode';

export function diagnosticKey(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}|${String(code)}|${d.message}`;
}
