// A markdown-it plugin for VS Code's built-in Markdown preview (markdown.markdownItPlugins):
// after markdown-it has parsed the document, it analyses the same source, and wraps each
// checked figure in the rendered text in a span with its status class, a tooltip (the same
// message and recalculations as the hover) and a small badge. It only splits text tokens:
// code spans, code blocks, HTML and link destinations are never touched, and the text
// itself is left as it was. Any failure leaves the preview exactly as markdown-it made it.
import type MarkdownIt from 'markdown-it';
import type { AnalyzeResult, RuleId, RuleLevel } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import { createAnalyzer, type Analyzer } from '../analyze';
import { escapeHtml } from './escape';
import { buildReport, STATUS_BADGE, STATUS_LABEL, type ReportFigure } from './model';

export interface PreviewOptions {
  /** claimcheck.preview.enable (and claimcheck.enable). */
  enable: boolean;
  dataset: DatasetIndex;
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** Drafts longer than this (claimcheck.maxFileSize) are left unmarked. */
  maxLength?: number;
  /** Replaces the plugin's own analyzer (the extension may share its cached results). */
  analyze?: (text: string) => AnalyzeResult;
}

/** The most lines a tooltip holds: a tooltip is a glance. */
const MAX_TOOLTIP_LINES = 8;

type Token = ReturnType<MarkdownIt['parse']>[number];
type StateCore = Parameters<Parameters<MarkdownIt['core']['ruler']['push']>[1]>[0];

interface Mark {
  figure: ReportFigure;
  title: string;
}

export function claimcheckPreview(md: MarkdownIt, getOptions: () => PreviewOptions | undefined): MarkdownIt {
  let analyzer: Analyzer | undefined;
  let analyzerKey: { dataset: DatasetIndex; rules: PreviewOptions['rules']; maxLength: number | undefined } | undefined;
  // The preview re-renders on scroll and theme changes with the same text: keep the last marks.
  let last: { src: string; options: PreviewOptions; marks: Mark[] } | undefined;

  const marksFor = (src: string, options: PreviewOptions): Mark[] => {
    if (options.maxLength !== undefined && src.length > options.maxLength) return [];
    if (last && last.src === src && last.options.dataset === options.dataset && last.options.rules === options.rules && last.options.analyze === options.analyze) return last.marks;
    let result: AnalyzeResult;
    if (options.analyze) {
      result = options.analyze(src);
    } else {
      if (!analyzer || !analyzerKey || analyzerKey.dataset !== options.dataset || analyzerKey.rules !== options.rules || analyzerKey.maxLength !== options.maxLength) {
        analyzer = createAnalyzer({ dataset: options.dataset, rules: options.rules, maxLength: options.maxLength });
        analyzerKey = { dataset: options.dataset, rules: options.rules, maxLength: options.maxLength };
      }
      result = analyzer.analyze(src);
    }
    const model = buildReport(src, result, { dataset: options.dataset, rules: options.rules });
    const marks = model.figures.map((figure) => ({ figure, title: tooltip(figure) }));
    last = { src, options, marks };
    return marks;
  };

  md.core.ruler.push('claimcheck_preview', (state: StateCore) => {
    let options: PreviewOptions | undefined;
    try {
      options = getOptions();
    } catch {
      return;
    }
    if (!options?.enable) return;
    try {
      const marks = marksFor(state.src, options);
      if (marks.length) markTokens(state.tokens, marks, state);
    } catch {
      // The preview must render even when the check cannot.
    }
  });

  md.renderer.rules.claimcheck_open = (tokens, idx) => {
    const t = tokens[idx];
    const status = String(t.meta?.status ?? 'unknown');
    return `<span class="claimcheck claimcheck-${escapeHtml(status)}" title="${escapeHtml(String(t.meta?.title ?? ''))}">`;
  };
  md.renderer.rules.claimcheck_close = (tokens, idx) => {
    const status = String(tokens[idx].meta?.status ?? 'unknown') as keyof typeof STATUS_BADGE;
    const badge = STATUS_BADGE[status] ?? '?';
    return `<span class="claimcheck-badge" aria-label="${escapeHtml(STATUS_LABEL[status] ?? '')}">${escapeHtml(badge)}</span></span>`;
  };
  return md;
}

/** The hover's content as plain lines: status and why, the arithmetic, the recalculations. */
export function tooltip(f: ReportFigure): string {
  // The reasons for agrees/follows/contradicted already say so; the other two need the word.
  const lead = f.status === 'unknown' ? 'not verified. ' : f.status === 'info' ? 'note. ' : '';
  const lines = [`claimcheck: ${lead}${f.reason}`];
  for (const x of f.findings) {
    if (x.message !== f.reason) lines.push(`${x.ruleId}: ${x.message}`);
    if (x.derivation) lines.push(`  ${x.derivation}`);
    if (x.fix !== null) lines.push(`  Suggested: ${x.fix}`);
  }
  for (const r of f.recalculations) lines.push(`${r.label}: ${r.value} (${r.derivation})`);
  for (const s of f.sources) if (s.role !== 'agrees' || f.status !== 'agrees') lines.push(`Dataset: ${s.subject}: ${s.reported} (${s.outlet}, ${s.date})`);
  return lines.slice(0, MAX_TOOLTIP_LINES).join('\n');
}

/**
 * Places each figure in the inline tokens of the block it belongs to, by the block's
 * source lines (`map`) and the figure's text, in document order.
 */
function markTokens(tokens: Token[], marks: readonly Mark[], state: StateCore): void {
  const pending = [...marks].sort((a, b) => a.figure.location.start - b.figure.location.start);
  // next[i]: the first mark at or after i not yet placed (placed ones point past themselves,
  // compressed as followed). Each block starts where the last one left off instead of
  // filtering every mark for every block (blocks × figures).
  const next = Int32Array.from({ length: pending.length + 1 }, (_, i) => i);
  const open = (i: number): number => {
    let r = i;
    while (next[r] !== r) r = next[r];
    for (let k = i; next[k] !== r; ) [k, next[k]] = [next[k], r];
    return r;
  };
  let first = 0;
  let map: [number, number] | null = null;
  for (const token of tokens) {
    if (token.map) map = token.map;
    if (token.type !== 'inline' || !token.children || !map) continue;
    const [from, to] = token.map ?? map;
    // Lines are 0-based in markdown-it maps, 1-based in the report. Blocks come in document
    // order, so a mark on a line before this block's can no longer be placed.
    first = open(first);
    while (first < pending.length && pending[first].figure.location.line - 1 < from) first = open(first + 1);
    let at = first;
    const candidates = (): { mark: Mark; index: number } | undefined => {
      if (at >= pending.length || pending[at].figure.location.line - 1 >= to) return undefined;
      const index = at;
      at = open(at + 1);
      return { mark: pending[index], index };
    };
    token.children = markInline(token.children, candidates, (i) => (next[i] = i + 1), state);
  }
}

/**
 * When an inline token stops trying marks it cannot find: after 16 misses in a row, once
 * the misses have read more than 4 times its text (each miss reads the rest of it). A table
 * row of a thousand figures has a token per cell, and each cell trying every figure of the
 * row was quadratic; a paragraph with a few figures it cannot find (one broken across lines)
 * still gets the rest marked. Marks a token does not reach are tried by the next one.
 */
const MAX_MISSES = 16;
const MISS_READING = 4;
const LINE_BREAK = /[\r\n]/;

interface Hit {
  child: number;
  start: number;
  end: number;
  mark: Mark;
}

function markInline(children: Token[], candidates: () => { mark: Mark; index: number } | undefined, placed: (index: number) => void, state: StateCore): Token[] {
  const hits: Hit[] = [];
  let child = 0;
  let pos = 0;
  // Characters of text from each child to the end: what a miss from there reads.
  const after = new Array<number>(children.length + 1).fill(0);
  for (let i = children.length - 1; i >= 0; i--) after[i] = after[i + 1] + (children[i].type === 'text' ? children[i].content.length : 0);
  let misses = 0;
  let read = 0;
  for (let c = candidates(); c && !(misses >= MAX_MISSES && read > MISS_READING * after[0]); c = candidates()) {
    // A figure broken across lines spans a soft break: no text token holds it, and looking
    // would read the rest of the block for nothing.
    if (LINE_BREAK.test(c.mark.figure.bare)) continue;
    const found = find(children, child, pos, c.mark.figure);
    if (!found) {
      misses++;
      read += after[child] - pos + 1;
      continue;
    }
    misses = 0;
    hits.push({ ...found, mark: c.mark });
    placed(c.index);
    child = found.child;
    pos = found.end;
  }
  if (!hits.length) return children;

  const byChild = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byChild.get(h.child);
    if (list) list.push(h);
    else byChild.set(h.child, [h]);
  }
  const out: Token[] = [];
  children.forEach((tok, i) => {
    const mine = byChild.get(i);
    if (!mine) {
      out.push(tok);
      return;
    }
    let at = 0;
    for (const h of mine) {
      if (h.start > at) out.push(textToken(state, tok, tok.content.slice(at, h.start)));
      const open = new state.Token('claimcheck_open', 'span', 1);
      open.meta = { status: h.mark.figure.status, title: h.mark.title };
      out.push(open, textToken(state, tok, tok.content.slice(h.start, h.end)));
      const close = new state.Token('claimcheck_close', 'span', -1);
      close.meta = { status: h.mark.figure.status };
      out.push(close);
      at = h.end;
    }
    if (at < tok.content.length) out.push(textToken(state, tok, tok.content.slice(at)));
  });
  return out;
}

/** The first text token at or after (child, pos) holding the figure, with a word boundary on both sides. */
function find(children: readonly Token[], child: number, pos: number, f: ReportFigure): { child: number; start: number; end: number } | null {
  const needles = f.text !== f.bare ? [f.text, f.bare] : [f.bare];
  for (let i = child; i < children.length; i++) {
    const tok = children[i];
    if (tok.type !== 'text') continue;
    for (const needle of needles) {
      if (!needle) continue;
      let from = i === child ? pos : 0;
      for (let at = tok.content.indexOf(needle, from); at >= 0; at = tok.content.indexOf(needle, from)) {
        if (boundaryAt(tok.content, at, at + needle.length)) return { child: i, start: at, end: at + needle.length };
        from = at + 1;
      }
    }
  }
  return null;
}

/** Not inside a longer number or word: "5%" is not the end of "25%" or "1.5%". */
function boundaryAt(s: string, start: number, end: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  const digit = /\p{N}/u;
  const before = s[start - 1] ?? '';
  if (word.test(before)) return false;
  if ((before === '.' || before === ',') && digit.test(s[start - 2] ?? '')) return false;
  const after = s[end] ?? '';
  if (word.test(after)) return false;
  if ((after === '.' || after === ',') && digit.test(s[end + 1] ?? '')) return false;
  return true;
}

function textToken(state: StateCore, like: Token, content: string): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  t.level = like.level;
  return t;
}
