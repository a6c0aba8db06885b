// Offsets ↔ 1-based line/column, shared by the CLI, the report and the extension so they
// all point at the same place. Columns count UTF-16 code units (what JavaScript strings,
// VS Code and SARIF's default "utf16CodeUnits" column kind count). A line ends at "\r\n",
// "\n" or a lone "\r", the same line ends editors recognise.

export interface LineCol {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface LineMap {
  /** Position of a UTF-16 offset; offsets outside the text are clamped to it. */
  position(offset: number): LineCol;
  /** Offset of a 1-based line/column; clamped to the line's content and to the text. */
  offset(line: number, column: number): number;
  /** Number of lines (an empty text has one). */
  readonly lineCount: number;
  /** Offset where each line starts, 0-based line index. */
  readonly lineStarts: readonly number[];
}

/** Builds the line table once per text, in one linear pass; each look-up is a binary search. */
export function lineMap(text: string): LineMap {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }

  const lineIndexOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // End of a line's content, before its line break.
  const contentEnd = (index: number): number => {
    if (index + 1 >= starts.length) return text.length;
    let end = starts[index + 1];
    if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };

  return {
    lineCount: starts.length,
    lineStarts: starts,
    position(offset) {
      const o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
      const index = lineIndexOf(o);
      return { line: index + 1, column: o - starts[index] + 1 };
    },
    offset(line, column) {
      const index = Math.max(0, Math.min(Math.floor(line) - 1, starts.length - 1));
      const start = starts[index];
      const col = Math.max(1, Math.floor(column));
      return Math.min(start + col - 1, contentEnd(index));
    },
  };
}

/** One-off conversion; build a lineMap() when converting many offsets of one text. */
export function positionAt(text: string, offset: number): LineCol {
  return lineMap(text).position(offset);
}
