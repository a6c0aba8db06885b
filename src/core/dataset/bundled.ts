// The dataset that ships inside the extension and the CLI. The JSON files are imported
// statically so esbuild bundles them (no fs at run time, works in a web build). They are
// validated with the same entry-by-entry code as a writer's file: a bad bundled entry is
// left out and reported by `claimcheck dataset check --bundled` and the tests, never thrown.
import frontierLabs from '../../data/frontier-labs.json';
import platformsAndChips from '../../data/platforms-and-chips.json';
import { buildIndex, type DatasetIndex, type DatasetPart } from './lookup';
import { validateDataset, type DatasetProblem } from './validate';

/** The bundled files, by the origin name hovers and messages show. */
export const BUNDLED_FILES: readonly { origin: string; value: unknown }[] = [
  { origin: 'bundled:frontier-labs.json', value: frontierLabs as unknown },
  { origin: 'bundled:platforms-and-chips.json', value: platformsAndChips as unknown },
];

interface Bundled {
  parts: DatasetPart[];
  problems: DatasetProblem[];
  index: DatasetIndex;
}

let cached: Bundled | undefined;

function load(): Bundled {
  if (!cached) {
    const parts: DatasetPart[] = [];
    const problems: DatasetProblem[] = [];
    const ids = new Set<string>();
    for (const f of BUNDLED_FILES) {
      const raw = f.value as { facts?: unknown };
      if (Array.isArray(raw?.facts)) for (const x of raw.facts) if (typeof (x as { id?: unknown })?.id === 'string') ids.add((x as { id: string }).id);
    }
    for (const f of BUNDLED_FILES) {
      const r = validateDataset(f.value, f.origin, { knownIds: (id) => ids.has(id) });
      problems.push(...r.problems);
      if (r.part) parts.push(r.part);
    }
    cached = { parts, problems, index: buildIndex(parts) };
  }
  return cached;
}

/** The bundled files' valid entries, one part per file. */
export function bundledParts(): readonly DatasetPart[] {
  return load().parts;
}

/** The bundled dataset, indexed once and cached. */
export function bundledIndex(): DatasetIndex {
  return load().index;
}

/** Problems in the bundled files (expected to be empty; the tests and `dataset check` say so). */
export function bundledProblems(): readonly DatasetProblem[] {
  return load().problems;
}
