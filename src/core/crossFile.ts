// Workspace-wide consistency: the same entity, metric and period stated differently in
// two Markdown files of a publication. Each file gets a finding on its own figure that
// points at the other file's, so whichever draft the writer has open shows the conflict.
import type { AnalyzeResult, Claim, Finding } from './types';
import { blockStatements, conflict, conflictDerivation, subjectOf, type Statement } from './rules/cross-reference';
import { lineMap, type LineMap } from './position';
import { documentBlocks, type StatementBlock } from './resultLayout';

/** A document's claims: its analysis (read block by block, nothing moved), or claims at document offsets. */
export type WorkspaceDoc = { uri: string; text: string } & ({ result: AnalyzeResult } | { claims: readonly Claim[] });

interface Located extends Statement {
  doc: number;
  /** Where the statement's block starts (its spans are relative to it). */
  at: number;
}

function blocksOf(doc: WorkspaceDoc): readonly StatementBlock[] {
  return 'result' in doc ? documentBlocks(doc.result) : [{ start: 0, statements: () => blockStatements(doc.claims) }];
}

/** The last path segment of a URI, for messages ("drafts/q3.md" → "q3.md"). */
function shortName(uri: string): string {
  const clean = uri.replace(/[?#].*$/, '');
  const i = clean.lastIndexOf('/');
  try {
    return decodeURIComponent(i >= 0 ? clean.slice(i + 1) : clean);
  } catch {
    return i >= 0 ? clean.slice(i + 1) : clean;
  }
}

/**
 * For each document, the figures that conflict with a figure in another document: one
 * finding per figure, pointing at the first conflicting figure elsewhere (documents in the
 * order given, figures in document order). Conflicts inside one document are the
 * cross-reference rule's, not repeated here.
 */
export function crossFileConflicts(docs: readonly WorkspaceDoc[]): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>();
  const byKey = new Map<string, Located[]>();
  docs.forEach((doc, i) => {
    result.set(doc.uri, []);
    for (const block of blocksOf(doc)) {
      for (const s of block.statements()) {
        const list = byKey.get(s.key) ?? [];
        list.push({ ...s, doc: i, at: block.start });
        byKey.set(s.key, list);
      }
    }
  });
  const maps = new Map<number, LineMap>();
  const lines = (i: number): LineMap => {
    let m = maps.get(i);
    if (!m) {
      m = lineMap(docs[i].text);
      maps.set(i, m);
    }
    return m;
  };
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const s of list) {
      const other = list.find((o) => o.doc !== s.doc && conflict(o, s));
      if (!other) continue;
      const q = s.reading.quantity;
      const oq = other.reading.quantity;
      const otherSpan = { start: oq.span.start + other.at, end: oq.span.end + other.at };
      const otherUri = docs[other.doc].uri;
      const where = `${shortName(otherUri)}:${lines(other.doc).position(otherSpan.start).line}`;
      result.get(docs[s.doc].uri)?.push({
        ruleId: 'cross-reference',
        severity: 'warning',
        span: { start: q.span.start + s.at, end: q.span.end + s.at },
        message: `This gives ${subjectOf(s.reading)} as ${q.text}, but ${where} gives it as ${oq.text}.`,
        derivation: conflictDerivation(q, 'here', oq, `in ${where}`),
        fix: null,
        related: [{ span: otherSpan, message: `${subjectOf(other.reading)} stated as ${oq.text} in ${where}`, uri: otherUri }],
        sources: [],
      });
    }
  }
  for (const findings of result.values()) findings.sort((a, b) => a.span.start - b.span.start);
  return result;
}
