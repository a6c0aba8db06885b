// Loading a writer's own dataset files from their TEXT (the CLI and the extension read
// the bytes; this stays free of fs so it runs anywhere). A broken file never takes the
// check down: problems come back with file, entry, field, line and column, valid entries
// load, and the bundled dataset always comes first.
import { lineMap, type LineMap } from '../position';
import { parseJsonWithPositions, type JsonParseResult } from './jsonPositions';
import { buildIndex, type DatasetIndex, type DatasetPart } from './lookup';
import { validateDataset, type DatasetProblem } from './validate';
import { bundledParts } from './bundled';

export type { DatasetProblem } from './validate';

/** Above this many characters a dataset file is refused whole (a 50 MB file is a mistake, not data). */
export const MAX_DATASET_CHARS = 20_000_000;

export interface ParseDatasetOptions {
  /** Fact ids defined in other files that this file's revision links may point at. */
  knownIds?: (id: string) => boolean;
  maxChars?: number;
}

export function parseDatasetText(
  text: string,
  origin: string,
  options: ParseDatasetOptions = {},
): { part: DatasetPart | null; problems: DatasetProblem[] } {
  const maxChars = options.maxChars ?? MAX_DATASET_CHARS;
  if (text.length > maxChars) {
    const mb = (text.length / 1e6).toFixed(1);
    return {
      part: null,
      problems: [{ file: origin, entry: '', field: '', message: `file is ${mb} million characters, over the ${maxChars / 1e6} million limit for a dataset; nothing loaded from it`, line: 1, column: 1 }],
    };
  }
  // JSON.parse is some twenty times faster than the positional reader, so a valid file
  // never pays for positions: they are computed only when there is a problem to place.
  let value: unknown;
  let located: JsonParseResult | undefined;
  const positional = (): JsonParseResult => (located ??= parseJsonWithPositions(text));
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const parsed = positional();
    if (!parsed.ok) {
      const p = lineMap(text).position(parsed.offset);
      return { part: null, problems: [{ file: origin, entry: '', field: '', message: `not valid JSON: ${parsed.message}`, ...p }] };
    }
    value = parsed.value;
  }
  let lines: LineMap | undefined;
  return validateDataset(value, origin, {
    locate: (path) => {
      const parsed = positional();
      return parsed.ok ? parsed.locate(path) : undefined;
    },
    position: (o) => (lines ??= lineMap(text)).position(o),
    knownIds: options.knownIds,
  });
}

export interface LoadedDatasets {
  /** The bundled parts first, then each file's valid entries, later files overriding by id. */
  index: DatasetIndex;
  parts: DatasetPart[];
  problems: DatasetProblem[];
}

/**
 * Merges the bundled dataset with the writer's files, in order. Revision links in a file
 * may point at bundled facts, at facts of earlier files, or within the file itself.
 */
export function loadDatasets(files: readonly { origin: string; text: string }[], options: { includeBundled?: boolean } = {}): LoadedDatasets {
  const parts: DatasetPart[] = options.includeBundled === false ? [] : [...bundledParts()];
  const ids = new Set<string>();
  for (const p of parts) for (const f of p.file.facts) ids.add(f.id);
  const problems: DatasetProblem[] = [];
  for (const file of files) {
    const r = parseDatasetText(file.text, file.origin, { knownIds: (id) => ids.has(id) });
    problems.push(...r.problems);
    if (r.part) {
      parts.push(r.part);
      for (const f of r.part.file.facts) ids.add(f.id);
    }
  }
  return { index: buildIndex(parts), parts, problems };
}
