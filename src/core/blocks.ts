// Cutting a document into top-level blocks, and cutting again only around an edit.
//
// A block is a run of lines between blank lines. A blank line followed by an indented line
// does not split (list continuations and indented code stay with their block), nor does a
// blank line inside a fence or an open HTML comment. Where one block ends and the next
// begins, the scanner's state is empty (no fence, no comment), so the blocks from any block
// start onward depend only on the text from there: that is what lets `resplitBlocks` cut
// only the edited stretch and take the rest from the previous cut.

import { lineEnd, nextLine } from './lineIndex';

export interface Block {
  index: number;
  start: number;
  end: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** Fence and comment markers are only looked for this far into a line. */
const MARKER_REACH = 2000;

function blankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** End of YAML/TOML front matter at the very start of the document, or 0 (also when it is never closed). */
function frontMatterEnd(text: string): number {
  const firstEnd = lineEnd(text, 0);
  if (firstEnd >= text.length) return 0;
  const first = text.slice(0, firstEnd).replace(/^\uFEFF/, '').trimEnd();
  if (first !== '---' && first !== '+++') return 0;
  const closers = first === '---' ? ['---', '...'] : ['+++'];
  for (let start = nextLine(text, firstEnd); start <= text.length; ) {
    const end = lineEnd(text, start);
    if (closers.includes(text.slice(start, end).trimEnd())) return Math.min(nextLine(text, end), text.length);
    start = nextLine(text, end);
  }
  return 0;
}

/**
 * Cuts `text` into blocks from `from`, which must be 0 or a block start, skipping lines
 * before `skipTo` (front matter). `emit` receives each block. `stopAt`, when given, is asked
 * at each block start after the first whether the scan can stop there; the block starting
 * there is then not emitted. Linear: a run of blank lines is looked through once.
 */
function scan(text: string, from: number, skipTo: number, emit: (start: number, end: number) => void, stopAt?: (start: number) => boolean): void {
  const crFree = text.indexOf('\r') === -1;
  let blockStart = -1;
  let blockEnd = 0;
  let fence: string | null = null;
  let inComment = false;
  let first = true;
  const close = () => {
    if (blockStart >= 0) emit(blockStart, blockEnd);
    blockStart = -1;
  };
  let start = from;
  while (start <= text.length) {
    const end = lineEnd(text, start, crFree);
    if (start < skipTo) {
      start = nextLine(text, end);
      continue;
    }
    if (!fence && !inComment && blankBetween(text, start, end)) {
      // Look through the blank run once: it splits unless the next line is indented.
      let next = nextLine(text, end);
      let nextEnd = next <= text.length ? lineEnd(text, next, crFree) : next;
      while (next <= text.length && blankBetween(text, next, nextEnd)) {
        next = nextLine(text, nextEnd);
        nextEnd = next <= text.length ? lineEnd(text, next, crFree) : next;
      }
      if (next > text.length || (text.charCodeAt(next) !== 32 && text.charCodeAt(next) !== 9)) close();
      start = next;
      continue;
    }
    if (blockStart < 0) {
      if (!first && stopAt?.(start)) return;
      first = false;
      blockStart = start;
    }
    blockEnd = end;

    // Fences and comments keep their blank lines inside the block.
    const content = text.slice(start, Math.min(end, start + MARKER_REACH));
    if (fence) {
      const m = FENCE_OPEN.exec(content);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && content.slice(m[0].length).trim() === '') fence = null;
    } else if (!inComment) {
      const m = FENCE_OPEN.exec(content);
      if (m && !(m[1][0] === '`' && content.slice(m[0].length).includes('`'))) fence = m[1];
    }
    // Both comment markers hold "--": a line without it (most lines) needs no backward scans.
    if (!fence && content.includes('--')) {
      const open = content.lastIndexOf('<!--');
      const shut = content.lastIndexOf('-->');
      if (open >= 0 && shut < open + 4) inComment = true;
      else if (inComment && shut >= 0) inComment = false;
    }
    start = nextLine(text, end);
  }
  close();
}

/** The top-level blocks of a whole document. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  scan(text, 0, frontMatterEnd(text), (start, end) => blocks.push({ index: blocks.length, start, end }));
  return blocks;
}

/** How a new cut relates to the previous one. */
export interface Resplit {
  blocks: Block[];
  /** Blocks [0, kept) are the previous cut's own objects: same text, same place. */
  kept: number;
  /** Blocks from `tailNew` on are the previous cut's blocks from `tailOld` on, moved by `delta`. */
  tailNew: number;
  tailOld: number;
  delta: number;
}

/** Length of the common prefix of two strings; compares in chunks before characters. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 16; step >>= 4) {
    while (i + step <= n && a.substr(i, step) === b.substr(i, step)) i += step;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of two strings, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let k = 0;
  for (let step = 4096; step >= 16; step >>= 4) {
    while (k + step <= limit && a.substr(a.length - k - step, step) === b.substr(b.length - k - step, step)) k += step;
  }
  while (k < limit && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

function whole(text: string): Resplit {
  const blocks = splitBlocks(text);
  return { blocks, kept: 0, tailNew: blocks.length, tailOld: Number.MAX_SAFE_INTEGER, delta: 0 };
}

/**
 * The blocks of `text`, given the blocks `before` of `previous`: the blocks before the
 * edit are kept, the edited stretch is cut again from the block before it (a blank line or
 * an indent there can join two blocks), and the cut stops at the first block start past the
 * edit that was also a block start before; the rest are the old blocks moved. The result is
 * always what `splitBlocks(text)` would give (a property test checks it).
 */
export function resplitBlocks(previous: string, before: readonly Block[], text: string): Resplit {
  // Front matter that is not closed can be closed by any later line: cut everything.
  if (before.length < 3 || /^\uFEFF?(---|\+\+\+)/.test(text) || /^\uFEFF?(---|\+\+\+)/.test(previous)) return whole(text);
  const prefix = commonPrefix(previous, text);
  if (prefix === previous.length && prefix === text.length) {
    return { blocks: before as Block[], kept: before.length, tailNew: before.length, tailOld: before.length, delta: 0 };
  }
  const suffix = commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix);
  const delta = text.length - previous.length;
  const editEnd = text.length - suffix; // the first unchanged character after the edit, in `text`

  // The first block the edit touches (an edit in the blank lines before a block touches it).
  let lo = 0;
  let hi = before.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before[mid].end >= prefix) hi = mid;
    else lo = mid + 1;
  }
  const restart = lo - 1;
  if (restart < 1) return whole(text);

  const blocks: Block[] = before.slice(0, restart);
  let old = restart;
  let tailOld = Number.MAX_SAFE_INTEGER;
  scan(
    text,
    before[restart].start,
    0,
    (start, end) => blocks.push({ index: blocks.length, start, end }),
    (start) => {
      if (start < editEnd) return false;
      while (old < before.length && before[old].start + delta < start) old++;
      if (old < before.length && before[old].start + delta === start) {
        tailOld = old;
        return true;
      }
      return false;
    },
  );
  const tailNew = blocks.length;
  for (let i = tailOld; i < before.length; i++) {
    blocks.push({ index: blocks.length, start: before[i].start + delta, end: before[i].end + delta });
  }
  return { blocks, kept: restart, tailNew, tailOld: Math.min(tailOld, before.length), delta };
}
