// Line numbers of document offsets without a line table of the whole document. The analyzer
// knows the line each block starts on (carried over from the previous run for the blocks an
// edit did not touch), so a line number costs a binary search over the blocks and a count
// of the line breaks between the block's start and the offset.

/**
 * End of the line that starts at `start`, before its line break ("\r\n", "\r" or "\n").
 * `crFree`: the text has no carriage return, so the engine's search for "\n" finds it (far
 * quicker than a loop over every character).
 */
export function lineEnd(text: string, start: number, crFree = false): number {
  if (crFree) {
    const at = text.indexOf('\n', start);
    return at === -1 ? text.length : at;
  }
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    i++;
  }
  return i;
}

/** Start of the line after the one ending at `end`; past the text when it was the last. */
export function nextLine(text: string, end: number): number {
  if (end >= text.length) return text.length + 1;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/**
 * Line breaks in text[from, to): "\r\n", a lone "\r" and "\n" each count once. `crFree`: the
 * text has no carriage return, so hopping from "\n" to "\n" with the engine's search counts them.
 */
export function countBreaks(text: string, from: number, to: number, crFree = false): number {
  let n = 0;
  if (crFree) {
    for (let at = text.indexOf('\n', Math.max(0, from)); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) n++;
    return n;
  }
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** Something that starts at a known offset on a known 0-based line. */
export interface Anchor {
  readonly start: number;
  readonly line: number;
}

/** The last of `items` (in order of start) that starts at or before `offset`, or undefined. */
export function lastStartingBy<T extends { readonly start: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const DOCUMENT_START: Anchor = { start: 0, line: 0 };

/** The 1-based line of an offset, counted from the nearest anchor at or before it (anchors in order). */
export function lineFinder(text: string, anchors: readonly Anchor[], crFree = false): (offset: number) => number {
  return (offset) => {
    const from = lastStartingBy(anchors, offset) ?? DOCUMENT_START;
    return from.line + countBreaks(text, from.start, Math.min(offset, text.length), crFree) + 1;
  };
}
