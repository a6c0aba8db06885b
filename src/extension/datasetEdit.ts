// "Add figure to dataset" as an edit of the dataset file's text, not a rewrite of it: the
// file is parsed with jsonc-parser only to find where the new fact goes, and the fact is
// inserted there; everything else (the writer's formatting, comments, key order, duplicate
// keys, integers too large for a JavaScript number) stays byte for byte. The extension
// applies the edits to the open document through a WorkspaceEdit, so unsaved changes in
// it are kept too.
import { applyEdits, findNodeAtLocation, modify, parseTree, type Edit, type ParseError } from 'jsonc-parser';

/** A new dataset file's text, before the first fact goes in. */
export const EMPTY_DATASET = '{\n  "entities": [],\n  "facts": []\n}\n';

export type FactInsertion = { ok: true; id: string; edits: Edit[] } | { ok: false; reason: string };

/** The indentation unit the file already uses (a tab, or the spaces of its first indented line), and its line ends. */
function formattingOf(text: string): { unit: string; eol: string } {
  const indent = firstIndent(text) ?? '  ';
  return { unit: indent.startsWith('\t') ? '\t' : ' '.repeat(Math.min(8, indent.length)), eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The white space of the first indented line that holds more than white space. */
function firstIndent(text: string): string | undefined {
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let k = nl + 1;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if (k > nl + 1 && k < text.length && text[k] !== '\n' && text[k] !== '\r') return text.slice(nl + 1, k);
  }
  return undefined;
}

/** The white space a line starts with, for the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/**
 * The edits that append a fact to the file's "facts" array (creating the array when the
 * file has none). `makeFact` is given a test for ids already in the file, so the new id
 * is unique; it returns null when the figure cannot be a fact. The fact is written in the
 * file's own indentation right after the last one; nothing before or after it is touched
 * (jsonc-parser's formatter would re-lay the neighbouring entries).
 */
export function factInsertion<F extends { id: string }>(text: string, makeFact: (taken: (id: string) => boolean) => F | null): FactInsertion {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length || root.type !== 'object') return { ok: false, reason: 'it is not a JSON object' };
  const factsNode = findNodeAtLocation(root, ['facts']);
  if (factsNode && factsNode.type !== 'array') return { ok: false, reason: 'its "facts" is not an array' };
  const ids = new Set<string>();
  for (const fact of factsNode?.children ?? []) {
    const id = findNodeAtLocation(fact, ['id']);
    if (id && typeof id.value === 'string') ids.add(id.value);
  }
  const fact = makeFact((id) => ids.has(id));
  if (!fact) return { ok: false, reason: 'the figure has no entity, metric, period or unit the dataset can hold' };
  const { unit, eol } = formattingOf(text);
  const printed = (indent: string): string => JSON.stringify(fact, null, unit).replace(/\n/g, `${eol}${indent}`);
  if (!factsNode) {
    return { ok: true, id: fact.id, edits: modify(text, ['facts'], [fact], { formattingOptions: { insertSpaces: unit !== '\t', tabSize: unit.length, eol } }) };
  }
  const last = factsNode.children?.[factsNode.children.length - 1];
  if (last) {
    const indent = indentAt(text, last.offset);
    return { ok: true, id: fact.id, edits: [{ offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${printed(indent)}` }] };
  }
  // An empty array: laid out one level deeper than the line "facts" is on.
  const outer = indentAt(text, factsNode.offset);
  const inner = outer + unit;
  return { ok: true, id: fact.id, edits: [{ offset: factsNode.offset, length: factsNode.length, content: `[${eol}${inner}${printed(inner)}${eol}${outer}]` }] };
}

/** The text after the edits (for tests and for a file not open in the editor). */
export function withEdits(text: string, edits: readonly Edit[]): string {
  return applyEdits(text, [...edits]);
}
