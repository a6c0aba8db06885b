// Relations: each relation claimcheck read is matched to a labeled one of the same kind whose
// roles are filled by the same labeled figures. Recall is over the labeled relations,
// precision over the relations read (one whose figures are not all labeled cannot match).
import type { Span } from '../../src/core/types';
import { RELATION_KINDS, type RelationKind, type RelationLine } from './corpusSchema';
import { figureAtSpan, type ArticleDocument } from './document';
import type { ToolReading, ToolRelation } from './toolReading';

export interface RelationMiss {
  article: string;
  kind: RelationKind;
  text: string;
}

export interface RelationTally {
  labeled: Record<RelationKind, number>;
  found: Record<RelationKind, number>;
  read: Record<RelationKind, number>;
  right: Record<RelationKind, number>;
  missed: RelationMiss[];
  wrong: RelationMiss[];
}

function zeros(): Record<RelationKind, number> {
  return Object.fromEntries(RELATION_KINDS.map((k) => [k, 0])) as Record<RelationKind, number>;
}

export function emptyRelationTally(): RelationTally {
  return { labeled: zeros(), found: zeros(), read: zeros(), right: zeros(), missed: [], wrong: [] };
}

/** The tool relation's roles as labeled figure ids (null where a role falls on no labeled figure). */
function rolesAsIds(doc: ArticleDocument, r: ToolRelation): Record<string, string | string[] | null> {
  const id = (s: Span) => figureAtSpan(doc, s)?.label.id ?? null;
  const out: Record<string, string | string[] | null> = {};
  for (const [role, value] of Object.entries(r.roles)) {
    if (Array.isArray(value)) {
      const ids = value.map(id);
      out[role] = ids.includes(null) ? null : (ids as string[]);
    } else out[role] = id(value);
  }
  return out;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function matches(label: RelationLine, tool: ToolRelation, ids: Record<string, string | string[] | null>): boolean {
  if (label.kind !== tool.kind) return false;
  if (label.kind === 'direction') return ids.figure === label.roles.figure && tool.direction === label.roles.direction;
  if (label.kind === 'total') {
    const parts = ids.parts;
    return Array.isArray(parts) && sameSet(parts, label.roles.parts as string[]) && ids.total === label.roles.total;
  }
  for (const [role, want] of Object.entries(label.roles)) {
    if (typeof want !== 'string') continue; // years: a number, not a figure
    if (ids[role] !== want) return false;
  }
  return true;
}

function describeLabel(doc: ArticleDocument, r: RelationLine): string {
  const roles = Object.entries(r.roles)
    .map(([role, v]) => {
      const text = (id: unknown) => (typeof id === 'string' ? (doc.figures.get(id)?.label.text ?? id) : String(id));
      return `${role}=${Array.isArray(v) ? v.map(text).join('+') : text(v)}`;
    })
    .join(', ');
  return `${r.kind} (${roles}) in "${doc.article.passages.find((p) => p.id === r.passage)?.text.slice(0, 160).replace(/\s+/g, ' ')}…"`;
}

function describeTool(doc: ArticleDocument, r: ToolRelation): string {
  const roles = Object.entries(r.roles)
    .map(([role, v]) => `${role}=${(Array.isArray(v) ? v : [v]).map((s) => doc.text.slice(s.start, s.end)).join('+')}`)
    .join(', ');
  return `${r.kind}${r.direction ? ` ${r.direction}` : ''} (${roles})`;
}

export function scoreRelations(doc: ArticleDocument, tool: ToolReading, tally: RelationTally): void {
  const labels = doc.article.passages.flatMap((p) => p.relations);
  const used = new Set<RelationLine>();
  for (const r of tool.relations) {
    tally.read[r.kind]++;
    const ids = rolesAsIds(doc, r);
    const hit = labels.find((l) => !used.has(l) && matches(l, r, ids));
    if (hit) {
      used.add(hit);
      tally.right[r.kind]++;
    } else tally.wrong.push({ article: doc.article.meta.id, kind: r.kind, text: describeTool(doc, r) });
  }
  for (const l of labels) {
    tally.labeled[l.kind]++;
    if (used.has(l)) tally.found[l.kind]++;
    else tally.missed.push({ article: doc.article.meta.id, kind: l.kind, text: describeLabel(doc, l) });
  }
}
