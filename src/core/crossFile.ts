// Workspace-wide consistency: the same entity, metric and period stated differently in
// two Markdown files of a publication. Each file gets a finding on its own figure that
// points at the other file's, so whichever draft the writer has open shows the conflict.
import type { AnalyzeResult, Claim, Finding, Statement, StatementBlock } from './types';
import { blockStatements, conflictDerivation, subjectOf } from './rules/cross-reference';
import { IntervalLog } from './firstDisjoint';
import { lineMap, type LineMap } from './position';
import { applyDirectives } from './directives';
import { documentDirectives } from './markdown';
import { documentBlocks } from './resultLayout';

/** A document's claims: its analysis (read block by block, nothing moved), or claims at document offsets. */
export type WorkspaceDoc = { uri: string; text: string } & ({ result: AnalyzeResult } | { claims: readonly Claim[] } | { blocks: readonly StatementBlock[] });

interface Located extends Statement {
  doc: number;
  /** Where the statement's block starts (its spans are relative to it). */
  at: number;
}

function blocksOf(doc: WorkspaceDoc): readonly StatementBlock[] {
  if ('blocks' in doc) return doc.blocks;
  return 'result' in doc ? documentBlocks(doc.result) : [{ start: 0, statements: () => blockStatements(doc.claims) }];
}

/**
 * The offsets (in `offsets`) at which a disable comment of the document silences
 * cross-reference; null when it has no disable comment. One pass over all of them.
 */
function silencedOffsets(text: string, offsets: readonly number[]): Set<number> | null {
  const directives = documentDirectives(text);
  if (!directives.length || !offsets.length) return null;
  const probes: Finding[] = offsets.map((start) => ({ ruleId: 'cross-reference', severity: 'warning', span: { start, end: start + 1 }, message: '', derivation: '', fix: null, related: [], sources: [] }));
  const standing = new Set(applyDirectives(text, directives, probes));
  return new Set(probes.filter((p) => !standing.has(p)).map((p) => p.span.start));
}

/** The last path segment of a URI, for messages ("drafts/q3.md" → "q3.md"). */
function shortName(uri: string): string {
  // Up to the first "?" or "#" (a search, not a pattern with a run to the end).
  const cut = uri.search(/[?#]/);
  const clean = cut < 0 ? uri : uri.slice(0, cut);
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
  // Per key (entity, metric, period, unit), per document in the order given: its statements
  // in document order and their intervals, searchable for the first disjoint one. A
  // statement asks each other document holding its key once (a search, not a scan): a
  // scan of every statement of the key per statement was quadratic on a repeated sentence.
  const byKey = new Map<string, Map<number, DocStatements>>();
  const statements: Located[] = [];
  docs.forEach((doc, i) => {
    result.set(doc.uri, []);
    const mine: Located[] = [];
    for (const block of blocksOf(doc)) for (const s of block.statements()) mine.push({ ...s, doc: i, at: block.start });
    // A figure the writer silenced for this rule ("<!-- claimcheck-disable -->" over a quoted
    // mistake) is neither reported nor held against another file's figure.
    const silenced = silencedOffsets(doc.text, mine.map((s) => s.reading.quantity.span.start + s.at));
    for (const located of mine) {
      if (silenced?.has(located.reading.quantity.span.start + located.at)) continue;
      statements.push(located);
      let perDoc = byKey.get(located.key);
      if (!perDoc) byKey.set(located.key, (perDoc = new Map()));
      let ofDoc = perDoc.get(i);
      if (!ofDoc) perDoc.set(i, (ofDoc = { list: [], log: new IntervalLog() }));
      ofDoc.list.push(located);
      ofDoc.log.add(located.interval);
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
  for (const s of statements) {
    const perDoc = byKey.get(s.key);
    if (!perDoc || perDoc.size < 2) continue;
    const other = firstConflict(perDoc, s);
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
  for (const findings of result.values()) findings.sort((a, b) => a.span.start - b.span.start);
  return result;
}

/** One document's statements of one key, in document order, with their intervals. */
interface DocStatements {
  list: Located[];
  log: IntervalLog;
}

/** The first statement of another document (documents in the order given) that `s` conflicts with. */
function firstConflict(perDoc: ReadonlyMap<number, DocStatements>, s: Located): Located | undefined {
  // A Map keeps insertion order: documents were added in the order given.
  for (const [doc, mine] of perDoc) {
    if (doc === s.doc) continue;
    const k = mine.log.firstDisjoint(s.interval);
    if (k >= 0) return mine.list[k];
  }
  return undefined;
}
