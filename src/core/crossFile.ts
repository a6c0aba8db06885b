// Workspace-wide consistency: the same entity, metric and period stated differently in
// two Markdown files of a publication. Each file gets a finding on its own figure that
// points at the other file's, so whichever draft the writer has open shows the conflict.
import type { Claim, Finding } from './types';
import { collectStatements, conflict, conflictDerivation, subjectOf, type Statement } from './rules/cross-reference';
import { lineMap, type LineMap } from './position';

export interface WorkspaceDoc {
  uri: string;
  text: string;
  claims: Claim[];
}

interface Located extends Statement {
  doc: number;
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
    for (const s of collectStatements(doc.claims)) {
      const list = byKey.get(s.key) ?? [];
      list.push({ ...s, doc: i });
      byKey.set(s.key, list);
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
      const otherUri = docs[other.doc].uri;
      const where = `${shortName(otherUri)}:${lines(other.doc).position(oq.span.start).line}`;
      result.get(docs[s.doc].uri)?.push({
        ruleId: 'cross-reference',
        severity: 'warning',
        span: { ...q.span },
        message: `This gives ${subjectOf(s.reading)} as ${q.text}, but ${where} gives it as ${oq.text}.`,
        derivation: conflictDerivation(q, 'here', oq, `in ${where}`),
        fix: null,
        related: [{ span: { ...oq.span }, message: `${subjectOf(other.reading)} stated as ${oq.text} in ${where}`, uri: otherUri }],
        sources: [],
      });
    }
  }
  for (const findings of result.values()) findings.sort((a, b) => a.span.start - b.span.start);
  return result;
}
