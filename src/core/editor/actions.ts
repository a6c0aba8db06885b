// The edits behind the editor's code actions, as offsets into the document's text, for
// every adapter (the VS Code extension and the language server): fix-all, the disable
// comment, and "cite the source". Each adapter only turns them into its own edit type.
import type { DatasetIndex, LoadedFact } from '../dataset/lookup';
import type { AnalyzeResult, Finding, Fix, Span } from '../types';
import { figureAt } from '../figureAt';
import { assessCached } from '../dataset/match';
import { lineMap } from '../position';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export const FIX_ALL_TITLE = 'Fix all claimcheck problems with a certain fix';

/** Every certain fix at once, in document order, skipping any that overlaps one already taken. */
export function fixAllEdits(findings: readonly Finding[]): Fix[] {
  const fixes = findings.map((f) => f.fix).filter((f): f is Fix => !!f).sort((a, b) => a.span.start - b.span.start);
  const out: Fix[] = [];
  let end = -1;
  for (const f of fixes) {
    if (f.span.start < end) continue;
    out.push(f);
    end = f.span.end;
  }
  return out;
}

/**
 * A comment on its own line above works when the line starts a block; inside a paragraph,
 * a list or a table a new line would split it, so the comment goes at the end of the line.
 * `line` is 0-based.
 */
export function disableCommentEdit(text: string, line: number, ruleId: string): TextEdit {
  const lines = lineMap(text);
  const starts = lines.lineStarts;
  const lineText = (n: number) => {
    const s = starts[n];
    let e = n + 1 < starts.length ? starts[n + 1] : text.length;
    while (e > s && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
    return text.slice(s, e);
  };
  const current = lineText(line);
  const prevBlank = line === 0 || lineText(line - 1).trim() === '';
  const trimmed = current.trimStart();
  const startsBlock = prevBlank && !trimmed.startsWith('|') && !/^([-*+]|\d+[.)])\s/.test(trimmed);
  if (startsBlock) {
    const indent = current.slice(0, current.length - trimmed.length);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: starts[line], end: starts[line], text: `${indent}<!-- claimcheck-disable-next-line ${ruleId} -->${eol}` };
  }
  const end = starts[line] + current.length;
  return { start: end, end, text: ` <!-- claimcheck-disable-line ${ruleId} -->` };
}

// ---------------------------------------------------------------------------
// Cite the source

export type CitationStyle = 'link' | 'footnote';

/** The dataset fact a figure's claim rests on: one that confirms it, or the one a finding corrects it with. */
export interface Citable {
  figure: Span;
  figureText: string;
  fact: LoadedFact;
  relation: 'confirms' | 'corrects';
}

const DATASET_RULES = new Set(['dataset-mismatch', 'scale-slip', 'superseded']);
const ONE_SIDED: ReadonlySet<string> = new Set(['over', 'atLeast', 'under', 'upTo']);

/**
 * What the hover shows as the dataset's verdict, for the figure at `offset`: a dataset
 * finding's source (the figure is corrected), else the fact the dataset rules found it
 * agrees with (no finding is made for agreement, so the same assessment is asked again).
 */
export function citableAt(result: AnalyzeResult, offset: number, dataset: DatasetIndex): Citable | undefined {
  const fig = figureAt(result, offset);
  if (!fig) return undefined;
  const figure = fig.quantity.span;
  for (const f of fig.findings) {
    if (!DATASET_RULES.has(f.ruleId) || !f.sources.length) continue;
    // The source the fix's figure comes from (a superseded figure cites the revision).
    const preferred = f.fix ? f.sources.find((s) => s.reported === f.fix?.text) : undefined;
    const fact = dataset.byId((preferred ?? f.sources[f.sources.length - 1]).factId);
    if (fact) return { figure, figureText: fig.quantity.text, fact, relation: 'corrects' };
  }
  if (!fig.reading || !fig.claim) return undefined;
  const verdict = assessCached(fig.reading, dataset, { sentence: fig.claim.text, claim: fig.claim });
  if (verdict.kind !== 'agrees') return undefined;
  // Inside a one-sided bound ("up to $100 billion") a figure is not contradicted, but the
  // source does not state it either: citing it would lend the figure a source it lacks.
  if (ONE_SIDED.has(verdict.fact.bound) && fig.quantity.value !== verdict.fact.value) return undefined;
  return { figure, figureText: fig.quantity.text, fact: verdict.fact, relation: 'confirms' };
}

function linkText(s: string): string {
  return s.replace(/[\\[\]]/g, '\\$&');
}

function linkUrl(url: string): string {
  return url.replace(/[()\s<>]/g, encodeURIComponent);
}

const FOOTNOTE_LABEL = /\[\^claimcheck-(\d+)\]/g;

export function citationTitle(c: Citable, style: CitationStyle): string {
  return `Cite the source after ${c.figureText}: ${c.fact.source.outlet}, ${c.fact.source.date}${style === 'footnote' ? ' (footnote)' : ''}`;
}

/**
 * The edits that cite `fact` after the figure: a Markdown link ` ([Outlet, date](url))`,
 * or a footnote marker with its definition (outlet, title, date, URL) at the end of the
 * document, reusing the footnote already there for the same source.
 */
export function citeSourceEdits(text: string, figure: Span, fact: LoadedFact, style: CitationStyle): TextEdit[] {
  const { outlet, date, title, url } = fact.source;
  const web = url && /^https?:\/\//.test(url) ? url : undefined;
  if (style === 'link') {
    const label = `${linkText(outlet)}, ${date}`;
    const cite = web ? ` ([${label}](${linkUrl(web)}))` : ` (${label})`;
    return [{ start: figure.end, end: figure.end, text: cite }];
  }
  const definition = [outlet, title ? `“${title}”` : undefined, date, web ? `<${web}>` : undefined].filter(Boolean).join(', ');
  let highest = 0;
  let existing: string | undefined;
  for (const m of text.matchAll(FOOTNOTE_LABEL)) {
    highest = Math.max(highest, Number(m[1]));
    // A definition already written for the same source is reused.
    const lineEnd = text.indexOf('\n', m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    if (rest.startsWith(':') && rest.slice(1).trim() === definition) existing = m[1];
  }
  if (existing) return [{ start: figure.end, end: figure.end, text: `[^claimcheck-${existing}]` }];
  const n = highest + 1;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const endsWithEol = text.endsWith('\n');
  const lastLine = text.slice(text.lastIndexOf('\n', text.length - (endsWithEol ? 2 : 1)) + 1).trim();
  // Definitions go together at the end: a blank line before the first one only.
  const gap = (endsWithEol ? '' : eol) + (/^\[\^claimcheck-\d+\]:/.test(lastLine) ? '' : eol);
  return [
    { start: figure.end, end: figure.end, text: `[^claimcheck-${n}]` },
    { start: text.length, end: text.length, text: `${gap}[^claimcheck-${n}]: ${definition}${eol}` },
  ];
}

/** Applies offset edits (non-overlapping) to a text: for tests and for adapters without an edit type. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
