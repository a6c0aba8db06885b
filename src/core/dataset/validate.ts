// Validation of a dataset value entry by entry, so one broken fact never hides the
// others: every problem is named by file, entry and field, and every valid entry loads.
// Shared by load.ts (a writer's file, with positions from its text) and bundled.ts
// (the statically imported bundled files, without).
import type { z } from 'zod';
import { Entity, Fact, type DatasetFile } from './schema';
import type { DatasetPart } from './lookup';
import type { JsonPath } from './jsonPositions';

export interface DatasetProblem {
  /** The dataset file ("bundled:frontier-labs.json" or the path the writer gave). */
  file: string;
  /** The fact's id, or "facts[12]" / "entities[3]" when it has none; "" for the file as a whole. */
  entry: string;
  /** Dotted path of the field inside the entry ("source.date"), "" for the entry as a whole. */
  field: string;
  message: string;
  /** 1-based position of the entry or field in the file's text when findable, else 1:1. */
  line: number;
  column: number;
}

export interface ValidateOptions {
  /** Offset of a value in the text, for positions; absent for values with no text. */
  locate?: (path: JsonPath) => number | undefined;
  /** Converts an offset to a 1-based line and column. */
  position?: (offset: number) => { line: number; column: number };
  /** Fact ids defined elsewhere (the bundled dataset, earlier files) that links may point at. */
  knownIds?: (id: string) => boolean;
}

export interface ValidateResult {
  part: DatasetPart | null;
  problems: DatasetProblem[];
}

const TOP_LEVEL_KEYS = new Set(['$schema', 'description', 'entities', 'facts']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function show(v: unknown): string {
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    // Nested deeper than the stack allows: a sketch is enough for the message.
    s = Array.isArray(v) ? '[...]' : '{...}';
  }
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A zod issue rewritten as a sentence a writer understands. */
function describeIssue(issue: z.core.$ZodIssue, entryValue: unknown): string {
  const got = valueAt(entryValue, issue.path);
  if (issue.code === 'invalid_type' && got === undefined) return `is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') return `must be a ${issue.expected}, not ${show(got)}`;
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => String(v)).join(', ');
    return got === undefined ? `is missing (use one of: ${allowed})` : `${show(got)} is not allowed; use one of: ${allowed}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  if (got !== undefined && typeof got !== 'object') return `${show(got)}: ${issue.message}`;
  return issue.message;
}

/**
 * Validates `raw` (the parsed content of one dataset file). Valid entries load; each
 * invalid entry is left out with every one of its problems reported. Cross-entry checks:
 * duplicate ids and names, links to facts that exist nowhere, revisions linked one way only.
 */
export function validateDataset(raw: unknown, origin: string, options: ValidateOptions = {}): ValidateResult {
  const problems: DatasetProblem[] = [];
  const pos = (path: JsonPath): { line: number; column: number } => {
    if (!options.locate || !options.position) return { line: 1, column: 1 };
    // The exact field may be missing from the text: fall back to its nearest ancestor.
    for (let n = path.length; n >= 0; n--) {
      const at = options.locate(path.slice(0, n));
      if (at !== undefined) return options.position(at);
    }
    return { line: 1, column: 1 };
  };
  const report = (entry: string, field: string, message: string, path: JsonPath): void => {
    problems.push({ file: origin, entry, field, message, ...pos(path) });
  };

  if (!isRecord(raw)) {
    report('', '', 'a dataset file must be a JSON object with "entities" and "facts" arrays', []);
    return { part: null, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.has(key)) report('', key, `unknown top-level field "${key}" (allowed: $schema, description, entities, facts)`, [key]);
  }
  for (const key of ['$schema', 'description'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') report('', key, `must be a string, not ${show(raw[key])}`, [key]);
  }

  const list = (key: 'entities' | 'facts'): unknown[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      report('', key, `must be an array, not ${show(v)}`, [key]);
      return [];
    }
    return v;
  };

  const entities: Entity[] = [];
  const entityNames = new Map<string, number>();
  list('entities').forEach((value, index) => {
    const entry = `entities[${index}]`;
    const parsed = Entity.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report(entry, fieldName(issue.path), describeIssue(issue, value), ['entities', index, ...(issue.path as (string | number)[])]);
      }
      return;
    }
    const key = parsed.data.name.toLowerCase();
    const first = entityNames.get(key);
    if (first !== undefined) {
      report(entry, 'name', `duplicate entity "${parsed.data.name}", already declared as entities[${first}]`, ['entities', index, 'name']);
      return;
    }
    entityNames.set(key, index);
    entities.push(parsed.data);
  });

  interface Loaded {
    fact: Fact;
    index: number;
    entry: string;
  }
  const facts: Loaded[] = [];
  const factIndexById = new Map<string, number>();
  list('facts').forEach((value, index) => {
    const id = isRecord(value) && typeof value.id === 'string' && value.id.trim() ? value.id : undefined;
    const entry = id ?? `facts[${index}]`;
    const parsed = Fact.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report(entry, fieldName(issue.path), describeIssue(issue, value), ['facts', index, ...(issue.path as (string | number)[])]);
      }
      return;
    }
    const first = factIndexById.get(parsed.data.id);
    if (first !== undefined) {
      report(entry, 'id', `duplicate id, already used by facts[${first}]`, ['facts', index, 'id']);
      return;
    }
    factIndexById.set(parsed.data.id, index);
    facts.push({ fact: parsed.data, index, entry });
  });

  // Revision links. A dangling link is dropped from the loaded fact so no rule ever
  // follows it; a one-way link is reported but kept (both facts are still real figures).
  const byId = new Map(facts.map((l) => [l.fact.id, l]));
  const exists = (id: string): boolean => byId.has(id) || (options.knownIds?.(id) ?? false);
  for (const l of facts) {
    const f = l.fact;
    if (f.supersededBy !== undefined) {
      const path = ['facts', l.index, 'supersededBy'];
      if (f.supersededBy === f.id) {
        report(l.entry, 'supersededBy', 'a fact cannot supersede itself', path);
        l.fact = { ...l.fact, supersededBy: undefined };
      } else if (!exists(f.supersededBy)) {
        report(l.entry, 'supersededBy', `points at "${f.supersededBy}", which no dataset file defines`, path);
        l.fact = { ...l.fact, supersededBy: undefined };
      } else {
        const newer = byId.get(f.supersededBy);
        if (newer && !(newer.fact.supersedes ?? []).includes(f.id)) {
          report(newer.entry, 'supersedes', `revises "${f.id}" (its supersededBy says so) but does not list it in supersedes`, ['facts', newer.index, 'supersedes']);
        }
      }
    }
    if (f.supersedes !== undefined) {
      const kept: string[] = [];
      f.supersedes.forEach((older, k) => {
        const path = ['facts', l.index, 'supersedes', k];
        if (older === f.id) report(l.entry, `supersedes[${k}]`, 'a fact cannot supersede itself', path);
        else if (!exists(older)) report(l.entry, `supersedes[${k}]`, `points at "${older}", which no dataset file defines`, path);
        else {
          kept.push(older);
          const o = byId.get(older);
          if (o && o.fact.supersededBy !== f.id) {
            report(o.entry, 'supersededBy', `was revised by "${f.id}" but has no supersededBy link to it`, ['facts', o.index, 'supersededBy']);
          }
        }
      });
      if (kept.length !== f.supersedes.length) l.fact = { ...l.fact, supersedes: kept };
    }
  }

  const file: DatasetFile = {
    ...(typeof raw.$schema === 'string' ? { $schema: raw.$schema } : {}),
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    entities,
    facts: facts.map((l) => l.fact),
  };
  return { part: { origin, file }, problems };
}
