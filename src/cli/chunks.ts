// Output written in pieces of about 32K characters as it is produced, so the CLI never
// holds a whole JSON or SARIF log (59 MB pretty-printed for the 10 MB draft) as one string.
// Pieces are kept small so each is a short-lived string a minor collection frees (strings
// over ~128 KB are allocated straight into V8's old generation).
// Also the helpers that make pretty-printing piece by piece give exactly the bytes
// `JSON.stringify(whole, null, 2)` would.

const FLUSH_AT = 1 << 15;

export class ChunkedWriter {
  private buffer = '';
  constructor(private readonly write: (text: string) => void) {}

  push(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (!this.buffer) return;
    const text = this.buffer;
    this.buffer = '';
    this.write(text);
  }
}

/**
 * `value` as `JSON.stringify(value, null, 2)` prints it when it sits `depth` levels deep
 * in a larger pretty-printed document: JSON strings never hold a raw line break, so every
 * line break is one the printer put there and gets the enclosing indentation.
 */
export function prettyAt(value: unknown, depth: number): string {
  const s = JSON.stringify(value, null, 2);
  return depth === 0 ? s : s.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * A pretty-printed array whose own line sits at `depth`, written one element at a time as
 * the elements come (each already printed at depth `depth + 1`), in the layout
 * `JSON.stringify(array, null, 2)` uses (`[]` when empty).
 */
export class StreamedArray {
  private count = 0;
  private readonly pad: string;
  constructor(
    private readonly out: ChunkedWriter,
    private readonly depth: number,
  ) {
    this.pad = '  '.repeat(depth + 1);
  }

  push(printed: string): void {
    this.out.push(`${this.count++ ? ',' : '['}\n${this.pad}${printed}`);
  }

  end(): void {
    this.out.push(this.count ? `\n${'  '.repeat(this.depth)}]` : '[]');
  }
}

/**
 * Writes a pretty-printed array whose own line sits at `depth`, one element at a time.
 * `element` turns an item into the object printed for it (an object, never undefined),
 * built only when written.
 */
export function pushArray<T>(out: ChunkedWriter, items: readonly T[], depth: number, element: (item: T) => unknown): void {
  const array = new StreamedArray(out, depth);
  for (const item of items) array.push(prettyAt(element(item), depth + 1));
  array.end();
}
