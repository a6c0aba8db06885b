// Markdown text → segments of prose and table cells, each at its exact source offset.
//
// markdown-it (CommonMark + GFM tables) decides the block structure: what is a paragraph,
// a heading, a table, a fence, an HTML block. Its inline tokens carry no offsets, so the
// inline level is handled here on the source text itself: code spans, link destinations,
// autolinks, bare URLs and HTML are blanked to spaces, which keeps every offset in a
// segment's text equal to an offset in the document.
//
// The document is first cut into top-level blocks at blank lines (outside fences and
// comments), so the analyzer can cache each block by its text and re-read only the
// paragraph that changed.
import MarkdownIt from 'markdown-it';
import type { Segment } from './types';
import { splitBlocks, type Block } from './blocks';

export type { Block } from './blocks';
export { splitBlocks } from './blocks';

/** A `<!-- claimcheck-… -->` comment that turns rules off or on. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids named after the keyword; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

export interface ParsedMarkdown {
  blocks: Block[];
  segments: Segment[];
  directives: Directive[];
}

let parser: MarkdownIt | undefined;
function md(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
    // Only the block structure is used; inline parsing would be wasted work.
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  }
  return parser;
}

// ---------------------------------------------------------------------------
// Lines

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
}

/** Lines as markdown-it counts them: "\r\n", "\r" and "\n" each end one. */
function linesOf(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: to });
  return lines;
}

// ---------------------------------------------------------------------------
// Inline blanking

// Only the opening of each construct is matched; where it ends is found by hand below, so
// every pattern here is a plain alternation of literals and single-class runs (linear).
const BLANKABLE_START = /[`<\][*~]|https?:\/\/|www\./g;

/** The construct that opens at `i`, or null: a backtick or asterisk run, "<!--", "<x", "](", a URL scheme, "[^", "~~". */
function openerAt(s: string, i: number): string | null {
  const c = s[i];
  if (c === '`' || c === '*') {
    let k = i;
    while (k < s.length && s[k] === c) k++;
    return s.slice(i, k);
  }
  if (c === '<') {
    if (s.startsWith('<!--', i)) return '<!--';
    return /[A-Za-z/]/.test(s[i + 1] ?? '') ? s.slice(i, i + 2) : null;
  }
  if (c === ']') return s[i + 1] === '(' ? '](' : null;
  if (c === 'h') return s.startsWith('https://', i) ? 'https://' : s.startsWith('http://', i) ? 'http://' : null;
  if (c === 'w') return s.startsWith('www.', i) ? 'www.' : null;
  if (c === '[') return s[i + 1] === '^' ? '[^' : null;
  if (c === '~') return s[i + 1] === '~' ? '~~' : null;
  return null;
}

/** Index just past the first `close` within `limit` characters of `from` with none of `stop` before it, or -1. */
function scanTo(s: string, from: number, close: string, stop: string, limit: number): number {
  const end = Math.min(s.length, from + limit);
  for (let i = from; i < end; i++) {
    const c = s[i];
    if (c === close) return i + 1;
    if (stop.includes(c)) return -1;
  }
  return -1;
}

/**
 * Returns `s` with non-prose inline constructs replaced by spaces of the same length:
 * code spans, HTML comments and tags, autolinks, link/image destinations, bare URLs,
 * footnote references and emphasis markers.
 */
export function blankInline(s: string): string {
  if (!/[`<\]hw*~[]/.test(s)) return s;
  // Collect the ranges first and build the result once: most segments have none or few.
  const ranges: number[] = [];
  BLANKABLE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BLANKABLE_START.exec(s))) {
    const at = m.index;
    const tok = openerAt(s, at);
    if (tok === null) continue;
    let end = at + tok.length;
    if (tok[0] === '`') {
      // A code span closes at the next run of exactly as many backticks.
      let i = end;
      let closeAt = -1;
      while (i < s.length) {
        const j = s.indexOf('`', i);
        if (j < 0) break;
        let k = j;
        while (k < s.length && s[k] === '`') k++;
        if (k - j === tok.length) {
          closeAt = k;
          break;
        }
        i = k;
      }
      if (closeAt < 0) {
        BLANKABLE_START.lastIndex = end; // an unmatched backtick run is literal text
        continue;
      }
      end = closeAt;
    } else if (tok[0] === '<' && tok !== '<!--') {
      // An HTML tag or autolink: up to its ">" on the same line, else literal text.
      const close = scanTo(s, end, '>', '<\n', 1000);
      if (close < 0) continue;
      end = close;
    } else if (tok === '[^') {
      // A footnote reference "[^1]".
      const close = scanTo(s, end, ']', '[\n', 100);
      if (close < 0 || close === end + 1) continue;
      end = close;
    } else if (tok === '<!--') {
      const j = s.indexOf('-->', end);
      end = j < 0 ? s.length : j + 3;
    } else if (tok === '](') {
      // Link destination up to the matching ")": keep the "]" and "(" as spaces too.
      let depth = 1;
      let i = end;
      while (i < s.length && depth > 0) {
        const c = s[i];
        if (c === '\\') i++;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === '\n' && s[i + 1] === '\n') break;
        i++;
      }
      end = i;
    } else if (tok.startsWith('http') || tok === 'www.') {
      let i = end;
      while (i < s.length && !/[\s<>"')\]]/.test(s[i])) i++;
      end = i;
    }
    ranges.push(at, Math.min(end, s.length));
    BLANKABLE_START.lastIndex = end;
  }
  if (ranges.length === 0) return s;
  let out = '';
  let last = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    out += s.slice(last, ranges[r]) + s.slice(ranges[r], ranges[r + 1]).replace(NOT_LINE_BREAK, ' ');
    last = ranges[r + 1];
  }
  return out + s.slice(last);
}

/** Every character but a line break (blanking keeps the lines). */
const NOT_LINE_BREAK = /[^\r\n]/g;

// ---------------------------------------------------------------------------
// Blocks → segments

const DIRECTIVE_KINDS: readonly Directive['kind'][] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

/** `<!-- claimcheck-KIND rule, rule -->` comments, read by hand (no backtracking). */
function readDirectives(text: string, from: number, to: number): Directive[] {
  const out: Directive[] = [];
  // Search the block's own slice: indexOf on the whole text would scan to its end for
  // every block (quadratic on a long document without directives).
  const slice = text.slice(from, to);
  /** Where the next "-->" starts: -2 before the first search, -1 when the block has none left. */
  let nextClose = -2;
  for (let rel = slice.indexOf('claimcheck-'); rel >= 0; rel = slice.indexOf('claimcheck-', rel + 11)) {
    const at = from + rel;
    // The comment opener must come right before, with only white space between.
    let open = at - 1;
    while (open >= from && (text[open] === ' ' || text[open] === '\t')) open--;
    if (open < from + 3 || text.slice(open - 3, open + 1) !== '<!--') continue;
    const kindAt = at + 11;
    const kind = DIRECTIVE_KINDS.find((k) => text.startsWith(k, kindAt) && !/[a-z-]/.test(text[kindAt + k.length] ?? ''));
    if (!kind) continue;
    // The next "-->" in the block, searched again only once this directive starts past it:
    // each unclosed comment searching to the end of the text for its own was quadratic.
    if (nextClose === -2 || (nextClose >= 0 && nextClose < kindAt)) {
      const found = slice.indexOf('-->', kindAt - from);
      nextClose = found < 0 ? -1 : from + found;
    }
    const close = nextClose;
    if (close < 0 || close - kindAt > 500) continue;
    out.push({
      kind,
      rules: text
        .slice(kindAt + kind.length, close)
        .split(/[\s,]+/)
        .filter((r) => /^[a-z][a-z-]*$/.test(r)),
      start: open - 3,
      end: close + 3,
    });
  }
  return out;
}

/**
 * Every `<!-- claimcheck-… -->` comment of a document, without reading its prose: what a
 * whole-document check run after the blocks were read (workspace consistency) needs to honour
 * the writer's disable comments. One pass: readDirectives keeps its close search linear.
 */
export function documentDirectives(text: string): Directive[] {
  return text.includes('claimcheck-') ? readDirectives(text, 0, text.length) : [];
}

/**
 * Splits a table row's source into cells at unescaped pipes. As in GFM, a pipe inside a
 * code span still splits unless it is escaped.
 */
function tableCells(text: string, line: Line): { start: number; end: number }[] {
  let i = line.start;
  // Skip indentation and block-quote markers in front of a nested table.
  while (i < line.end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 62) break;
    i++;
  }
  const cells: { start: number; end: number }[] = [];
  let cellStart = i;
  if (text.charCodeAt(i) === 124) cellStart = ++i;
  for (; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    }
  }
  let end = line.end;
  while (end > cellStart && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end > cellStart) cells.push({ start: cellStart, end });
  return cells;
}

/** Whether a UTF-16 code unit is what the regular expression `\s` matches (same set, no regex per character). */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Trims a span to its non-space content. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Whether `s` has a character other than white space. */
function hasNonSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceUnit(s.charCodeAt(i))) return true;
  return false;
}

function pushSegment(out: Segment[], text: string, start: number, end: number, seg: Omit<Segment, 'start' | 'end' | 'text'>): void {
  const t = trimSpan(text, start, end);
  if (t.end <= t.start) return;
  const blanked = blankInline(text.slice(t.start, t.end));
  if (!hasNonSpace(blanked)) return;
  // Literal objects, keys in the order a spread of `seg` gave: a spread here cost more than the rest of the block's reading.
  out.push(
    seg.cell === undefined
      ? { kind: seg.kind, block: seg.block, start: t.start, end: t.end, text: blanked }
      : { kind: seg.kind, block: seg.block, cell: seg.cell, start: t.start, end: t.end, text: blanked },
  );
}

/**
 * A block that can only be a paragraph: every line starts with a letter (so no list,
 * heading, quote, fence, HTML or indented code, and no setext underline), and no pipe
 * (so no table). One pass over the line starts.
 */
function isPlainParagraph(source: string): boolean {
  if (source.includes('|')) return false;
  if (source.includes('\r')) {
    let prev = 10; // as if after a line break: the first character starts a line
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if ((prev === 10 || (prev === 13 && c !== 10)) && !startsWithLetter(source, i)) return false;
      prev = c;
    }
    return true;
  }
  // "\n" only: jump from line start to line start.
  for (let i = 0; i < source.length; ) {
    if (!startsWithLetter(source, i)) return false;
    const nl = source.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return true;
}

function startsWithLetter(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  const folded = c | 0x20;
  if (folded >= 97 && folded <= 122) return true;
  return c >= 128 && LETTER.test(source[i]);
}
const LETTER = /\p{L}/u;

/**
 * Segments and directives of one block, with document offsets. The block is parsed on its
 * own, so its result depends only on its text and start offset (what the cache keys on).
 */
export function readBlock(text: string, block: Block): { segments: Segment[]; directives: Directive[] } {
  const directives = readDirectives(text, block.start, block.end);
  const source = text.slice(block.start, block.end);
  const segments: Segment[] = [];
  if (isPlainParagraph(source)) {
    // Most blocks of a draft are plain paragraphs: no need to ask the parser.
    pushSegment(segments, text, block.start, block.end, { kind: 'prose', block: block.index });
    return { segments, directives };
  }
  if (isPlainTable(source)) {
    // Tables are most of the rest: their rows are the lines themselves.
    readPlainTable(text, block, segments);
    return { segments, directives };
  }
  const content = plainHeadingContent(source);
  if (content !== undefined) {
    // Then one-line headings: their content is cut as markdown-it cuts it.
    pushInline(segments, text, block, linesOf(text, block.start, block.end), 0, content, true);
    return { segments, directives };
  }
  if (isPlainBulletList(source)) {
    // And bullet lists of one line per item: each item's content is the rest of its line.
    const lines = linesOf(text, block.start, block.end);
    for (let k = 0; k < lines.length; k++) pushInline(segments, text, block, lines, k, itemContent(text, lines[k]), false);
    return { segments, directives };
  }
  readParsed(text, block, source, segments);
  return { segments, directives };
}

/**
 * The segments markdown-it's reading of a block gives (readBlock's general case; exported
 * for the test that holds the plain paths to it).
 */
export function readParsed(text: string, block: Block, source: string, segments: Segment[]): void {
  const lines = linesOf(text, block.start, block.end);
  let tokens: ReturnType<MarkdownIt['parse']>;
  try {
    tokens = md().parse(source, {});
  } catch {
    return;
  }

  let headingOpen = false;
  let inTable = false;
  let headerRow = false;
  let row = -1;
  for (const tok of tokens) {
    switch (tok.type) {
      case 'heading_open':
        headingOpen = true;
        break;
      case 'heading_close':
        headingOpen = false;
        break;
      case 'table_open':
        inTable = true;
        row = -1;
        break;
      case 'table_close':
        inTable = false;
        break;
      case 'thead_open':
        headerRow = true;
        break;
      case 'thead_close':
        headerRow = false;
        break;
      case 'tr_open': {
        if (!tok.map) break;
        row++;
        const line = lines[tok.map[0]];
        if (!line) break;
        const cells = tableCells(text, line);
        for (let column = 0; column < cells.length; column++) {
          pushSegment(segments, text, cells[column].start, cells[column].end, {
            kind: 'tableCell',
            block: block.index,
            cell: { table: block.index, row, column, header: headerRow },
          });
        }
        break;
      }
      case 'inline': {
        if (inTable || !tok.map) break;
        pushInline(segments, text, block, lines, tok.map[0], tok.content, headingOpen);
        break;
      }
      default:
        break;
    }
  }
}

/**
 * The segment of an inline token: its `content`, which starts on line `firstLine` of the
 * block, found in the source and blanked.
 */
function pushInline(segments: Segment[], text: string, block: Block, lines: Line[], firstLine: number, content: string, heading: boolean): void {
  // Each content line is a suffix of its source line (markers and indentation removed).
  // Cut at its line breaks by indexOf, not split: content of one line (most) makes no array
  // and no copy (a slice or trimEnd that keeps the whole string returns it).
  const multiLine = content.includes('\n');
  let segStart = -1;
  let segEnd = -1;
  for (let k = 0, from = 0; from <= content.length; k++) {
    const line = lines[firstLine + k];
    if (!line) break;
    const nl = content.indexOf('\n', from);
    const to = nl < 0 ? content.length : nl;
    const want = content.slice(from, to).trimEnd();
    from = to + 1;
    const src = text.slice(line.start, line.end);
    const at = want === '' ? -1 : src.lastIndexOf(want);
    if (at < 0) continue;
    if (segStart < 0) segStart = line.start + at;
    segEnd = line.start + at + want.length;
  }
  if (segStart < 0) return;
  // The lines between are kept as they are: their markers (">", indentation) are
  // blanked so a sentence that wraps across lines reads as one. (One line has none.)
  const raw = text.slice(segStart, segEnd);
  const spliced = multiLine ? raw.replace(LINE_START_MARKERS, blankKeepingLineBreaks) : raw;
  const blanked = blankInline(spliced);
  if (hasNonSpace(blanked)) {
    segments.push({ start: segStart, end: segEnd, text: blanked, kind: heading ? 'heading' : 'prose', block: block.index });
  }
}

/** Space or tab: what markdown-it's block rules skip. */
function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * The content markdown-it gives a block that is one ATX heading line and nothing else ("## Revenue
 * ###"): one to six "#" at the very start, then a space or tab, no line break, no NUL (which
 * markdown-it would replace). Cut as markdown-it's heading rule cuts it: an optional closing run
 * of "#" after a space or tab goes, then spaces and tabs are trimmed. `undefined` for any other block.
 */
function plainHeadingContent(source: string): string | undefined {
  let level = 0;
  while (level < source.length && source.charCodeAt(level) === 35) level++;
  if (level === 0 || level > 6 || level === source.length || !isSpaceOrTab(source.charCodeAt(level))) return undefined;
  if (source.includes('\n') || source.includes('\r') || source.includes('\0')) return undefined;
  const pos = level;
  let max = source.length;
  while (max > pos && isSpaceOrTab(source.charCodeAt(max - 1))) max--;
  let closing = max;
  while (closing > pos && source.charCodeAt(closing - 1) === 35) closing--;
  if (closing > pos && isSpaceOrTab(source.charCodeAt(closing - 1))) max = closing;
  // markdown-it trims only ASCII white space here (of which a single line has spaces and tabs).
  let start = pos;
  while (start < max && isSpaceOrTab(source.charCodeAt(start))) start++;
  while (max > start && isSpaceOrTab(source.charCodeAt(max - 1))) max--;
  return source.slice(start, max);
}

/**
 * A block markdown-it reads as bullet list items of one line each, each holding one paragraph:
 * every line is "-", "*" or "+", one space, then a letter (so no line is indented, blank, a
 * thematic break, or the start of another block inside its item), and no "\r" or NUL.
 */
function isPlainBulletList(source: string): boolean {
  if (source.includes('\r') || source.includes('\0')) return false;
  for (let i = 0; i < source.length; ) {
    const marker = source.charCodeAt(i);
    if ((marker !== 45 && marker !== 42 && marker !== 43) || source.charCodeAt(i + 1) !== 32 || !startsWithLetter(source, i + 2)) return false;
    const nl = source.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return true;
}

/** A plain bullet item's content: its line after the marker and space, without trailing spaces and tabs (as markdown-it trims it). */
function itemContent(text: string, line: Line): string {
  let end = line.end;
  while (end > line.start + 2 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return text.slice(line.start + 2, end);
}

/** A table's cells, each row's line split at its pipes as readParsed splits the rows markdown-it finds. */
function readPlainTable(text: string, block: Block, segments: Segment[]): void {
  const lines = linesOf(text, block.start, block.end);
  for (let k = 0; k < lines.length; k++) {
    if (k === 1) continue; // the delimiter row is no row
    const row = k === 0 ? 0 : k - 1;
    const cells = tableCells(text, lines[k]);
    for (let column = 0; column < cells.length; column++) {
      pushSegment(segments, text, cells[column].start, cells[column].end, {
        kind: 'tableCell',
        block: block.index,
        cell: { table: block.index, row, column, header: k === 0 },
      });
    }
  }
}

/**
 * A block markdown-it reads as one GFM table and nothing else, in its plainest form: every
 * line opens with "|" (so no line is indented, empty or the start of another block), the
 * second is a delimiter row (only "|", "-", ":", spaces and tabs; each inner column
 * `:?-+:?`) with as many columns as the first, and no character that markdown-it rewrites
 * or that splits cells otherwise ("\r", NUL, "\\", "`"). Too few rows for markdown-it's
 * cap on missing cells to matter.
 */
function isPlainTable(source: string): boolean {
  if (source.charCodeAt(0) !== 124) return false;
  const nl1 = source.indexOf('\n');
  if (nl1 < 0) return false;
  let lineCount = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 13 || c === 0 || c === 92 || c === 96) return false;
    if (c === 10) {
      if (source.charCodeAt(i + 1) !== 124) return false;
      lineCount++;
    }
  }
  const nl2 = source.indexOf('\n', nl1 + 1);
  const delimiter = source.slice(nl1 + 1, nl2 < 0 ? source.length : nl2);
  for (let i = 0; i < delimiter.length; i++) {
    const c = delimiter.charCodeAt(i);
    if (c !== 124 && c !== 45 && c !== 58 && c !== 32 && c !== 9) return false;
  }
  const parts = delimiter.split('|');
  let aligns = 0;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i].trim();
    if (!t) {
      if (i === 0 || i === parts.length - 1) continue;
      return false;
    }
    if (!DELIMITER_CELL.test(t)) return false;
    aligns++;
  }
  const header = source.slice(0, nl1).trim().split('|');
  let columns = header.length;
  if (header[0] === '') columns--;
  if (columns > 0 && header[header.length - 1] === '') columns--;
  if (columns === 0 || columns !== aligns) return false;
  return lineCount * columns <= MAX_PLAIN_TABLE_CELLS;
}

const DELIMITER_CELL = /^:?-+:?$/;
/** markdown-it stops a table once 65,536 cells are missing from its rows: far more than this many cells in all. */
const MAX_PLAIN_TABLE_CELLS = 0x10000;

/** A line break and the indentation and quote markers after it. */
const LINE_START_MARKERS = /([\r\n])[ \t]*(?:>[ \t]?)*/g;

function blankKeepingLineBreaks(m0: string): string {
  return m0.replace(NOT_LINE_BREAK, ' ');
}

/** The whole document at once (what the CLI and a first analysis use). */
export function parseMarkdown(text: string): ParsedMarkdown {
  const blocks = splitBlocks(text);
  const segments: Segment[] = [];
  const directives: Directive[] = [];
  for (const b of blocks) {
    const r = readBlock(text, b);
    for (const s of r.segments) segments.push(s);
    for (const d of r.directives) directives.push(d);
  }
  return { blocks, segments, directives };
}
