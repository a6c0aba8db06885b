// Reading a project file: JSONC (comments, trailing commas) through jsonc-parser, checked by
// the zod schema. Every problem comes back with its line and column; a broken file never
// stops a check: what is valid is kept, the rest falls back to the defaults.
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ProjectConfigSchema, type ProjectConfig } from './schema';
import { lineMap } from '../position';

export interface ConfigProblem {
  /** The config file's path as given. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParsedConfig {
  config: ProjectConfig;
  problems: ConfigProblem[];
}

/** Parses and validates; invalid top-level keys are dropped (and reported), valid ones kept. */
export function parseProjectConfig(text: string, file: string): ParsedConfig {
  const lines = lineMap(text);
  const at = (offset: number, message: string): ConfigProblem => {
    const p = lines.position(offset);
    return { file, line: p.line, column: p.column, message };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !root) {
    const problems = errors.map((e) => at(e.offset, `not valid JSON: ${printParseErrorCode(e.error)}`));
    if (!problems.length) problems.push(at(0, 'the file is empty; expected an object'));
    return { config: {}, problems };
  }
  if (root.type !== 'object') return { config: {}, problems: [at(root.offset, 'expected an object at the top level')] };
  const value = nodeValue(root) as Record<string, unknown>;
  const first = ProjectConfigSchema.safeParse(value);
  if (first.success) return { config: first.data, problems: [] };
  const problems: ConfigProblem[] = [];
  const dropped = new Set<string>();
  for (const issue of first.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // An unknown key is reported at the key itself, not at the object holding it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const full = key === undefined ? path : [...path, key];
      const node = nodeAt(root, full, key !== undefined);
      const where = full.length ? `${full.join('.')}: ` : '';
      problems.push(at(node?.offset ?? root.offset, `${where}${issue.message}`));
      dropped.add(String(full[0] ?? ''));
    }
  }
  const kept = Object.fromEntries(Object.entries(value).filter(([k]) => !dropped.has(k)));
  const second = ProjectConfigSchema.safeParse(kept);
  return { config: second.success ? second.data : {}, problems };
}

/** The node at `path` (or its nearest ancestor); for an unknown key, the property itself. */
function nodeAt(root: Node, path: (string | number)[], key: boolean): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (!node) continue;
    return key && n === path.length && node.parent?.type === 'property' ? node.parent : node;
  }
  return undefined;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out[String(k.value)] = nodeValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
