// Which project file applies to a document, and what it says for that document. The file
// is found by walking up from the document's folder, as markdownlint and cSpell do; the
// nearest one wins (no merging across levels: what you see in the file is what applies).
// Paths are '/'-separated strings: the adapters normalise theirs, and reading is injected
// (the core touches no file system).
import type { RuleId, RuleLevel } from '../types';
import { compileGlobs, type PathMatcher } from './glob';
import { parseProjectConfig, type ConfigProblem } from './parse';
import { CONFIG_FILE_NAMES, type ProjectConfig } from './schema';

export type CitationStyle = 'link' | 'footnote';

export interface LoadedProjectConfig {
  /** The config file, '/'-separated. */
  file: string;
  /** Its folder, the base of every relative path and glob in it. */
  dir: string;
  config: ProjectConfig;
  problems: ConfigProblem[];
  include: PathMatcher | undefined;
  exclude: PathMatcher;
  overrides: { matches: PathMatcher; rules: Partial<Record<RuleId, RuleLevel>> }[];
}

/** What applies to one document. */
export interface ResolvedConfig {
  /** The file it came from, or undefined when none was found (the defaults). */
  file: string | undefined;
  /** False when the project file's include/exclude leave the document out. */
  included: boolean;
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Dataset files, absolute ('/'-separated). */
  datasets: string[];
  documentDate: string | undefined;
  citationStyle: CitationStyle | undefined;
  problems: ConfigProblem[];
}

export function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  // "C:/" stays a root.
  if (/^[A-Za-z]:$/.test(p.slice(0, i))) return p.slice(0, i + 1);
  return p.slice(0, i);
}

function join(dir: string, rel: string): string {
  const r = toSlashes(rel);
  if (r.startsWith('/') || /^[A-Za-z]:\//.test(r)) return r;
  const parts = (dir.endsWith('/') ? dir.slice(0, -1) : dir).split('/');
  for (const seg of r.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/') || '/';
}

/** `file` relative to `dir`, or undefined when it is not inside it. */
export function relativeTo(dir: string, file: string): string | undefined {
  const d = dir.endsWith('/') ? dir : `${dir}/`;
  return file.startsWith(d) ? file.slice(d.length) : undefined;
}

export function loadProjectConfig(file: string, text: string): LoadedProjectConfig {
  const f = toSlashes(file);
  const { config, problems } = parseProjectConfig(text, file);
  return {
    file: f,
    dir: dirname(f),
    config,
    problems,
    include: config.include?.length ? compileGlobs(config.include) : undefined,
    exclude: compileGlobs(config.exclude),
    overrides: (config.overrides ?? []).map((o) => ({ matches: compileGlobs(o.files), rules: o.rules as Partial<Record<RuleId, RuleLevel>> })),
  };
}

/** Reads a file's text, or undefined when there is none. */
export type ReadText = (path: string) => string | undefined;

/**
 * Finds and loads project files, remembering each folder's answer until `clear()` (the
 * adapters clear it when a project file changes).
 */
export class ProjectConfigs {
  private readonly byDir = new Map<string, LoadedProjectConfig | null>();

  constructor(private readonly read: ReadText, private readonly stopAt?: (dir: string) => boolean) {}

  /** The nearest project file above (or beside) `documentPath`, if any. */
  nearest(documentPath: string): LoadedProjectConfig | undefined {
    const visited: string[] = [];
    let dir = dirname(toSlashes(documentPath));
    let found: LoadedProjectConfig | null = null;
    for (;;) {
      const known = this.byDir.get(dir);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(dir);
      found = this.readIn(dir);
      if (found) break;
      const up = dirname(dir);
      if (up === dir || this.stopAt?.(dir)) break;
      dir = up;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found ?? undefined;
  }

  private readIn(dir: string): LoadedProjectConfig | null {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      let text: string | undefined;
      try {
        text = this.read(file);
      } catch {
        text = undefined;
      }
      if (text !== undefined) return loadProjectConfig(file, text);
    }
    return null;
  }

  resolve(documentPath: string): ResolvedConfig {
    return resolveFor(this.nearest(documentPath), documentPath);
  }

  clear(): void {
    this.byDir.clear();
  }
}

/** What a loaded project file (or none) says for one document. */
export function resolveFor(loaded: LoadedProjectConfig | undefined, documentPath: string): ResolvedConfig {
  if (!loaded) return { file: undefined, included: true, rules: {}, datasets: [], documentDate: undefined, citationStyle: undefined, problems: [] };
  const rel = relativeTo(loaded.dir, toSlashes(documentPath));
  const included = rel === undefined ? true : (!loaded.include || loaded.include(rel)) && !loaded.exclude(rel);
  const rules: Partial<Record<RuleId, RuleLevel>> = { ...(loaded.config.rules as Partial<Record<RuleId, RuleLevel>> | undefined) };
  if (rel !== undefined) for (const o of loaded.overrides) if (o.matches(rel)) Object.assign(rules, o.rules);
  return {
    file: loaded.file,
    included,
    rules,
    datasets: (loaded.config.datasets ?? []).map((d) => join(loaded.dir, d)),
    documentDate: loaded.config.documentDate,
    citationStyle: loaded.config.citationStyle,
    problems: loaded.problems,
  };
}
