// What the language server knows about each open document: its text (kept by the
// connection's TextDocuments), one incremental analyzer per document (re-reads only the
// paragraphs that changed, as in the extension), the project file that applies to it
// (the shared core module, read from disk like the CLI does) and the dataset its
// `datasets` name. Results are kept with the document version they were made for.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../core/analyze';
import { ProjectConfigs, type ResolvedConfig } from '../core/config';
import { bundledIndex } from '../core/dataset/bundled';
import { loadDatasets, type DatasetProblem } from '../core/dataset/load';
import type { DatasetIndex } from '../core/dataset/lookup';
import { prose } from '../core/mdx';
import type { AnalyzeResult, RuleId, RuleLevel } from '../core/types';
import type { CitationStyle } from '../core/editor/actions';

export interface Checked {
  version: number;
  text: string;
  result: AnalyzeResult;
  dataset: DatasetIndex;
  config: ResolvedConfig;
  citationStyle: CitationStyle;
}

/** Settings an editor may pass in initializationOptions; the project file wins over them. */
export interface ClientOptions {
  rules?: Partial<Record<RuleId, RuleLevel>>;
  citationStyle?: CitationStyle;
}

type Analyzer = ReturnType<typeof createAnalyzer>;

function readLocal(path: string): string | undefined {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function mtime(path: string): number {
  try {
    return fs.statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export class ServerWorkspace {
  readonly configs = new ProjectConfigs(readLocal);
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly checked = new Map<string, Checked>();
  private readonly indexes = new Map<string, { index: DatasetIndex; problems: DatasetProblem[] }>();
  private readonly mtimes = new Map<string, number>();

  constructor(public options: ClientOptions = {}) {}

  /** The project file for a document; one whose modification time changed is read again. */
  configFor(uri: string): ResolvedConfig {
    const path = pathOf(uri);
    if (!path) return this.configs.resolve('/nonexistent/untitled.md');
    let resolved = this.configs.resolve(path);
    if (resolved.file) {
      const now = mtime(resolved.file);
      const seen = this.mtimes.get(resolved.file);
      this.mtimes.set(resolved.file, now);
      // Not every editor reports watched files: one stat per check notices an edit anyway.
      if (seen !== undefined && seen !== now) {
        this.reset();
        this.mtimes.set(resolved.file, now);
        resolved = this.configs.resolve(path);
      }
    }
    return resolved;
  }

  /** Analyses this version of the document (or returns the stored result for it). */
  check(uri: string, version: number, raw: string): Checked | undefined {
    const stored = this.checked.get(uri);
    if (stored && stored.version === version) return stored;
    const config = this.configFor(uri);
    if (!config.included) {
      this.forget(uri);
      return undefined;
    }
    const dataset = this.datasetFor(config.datasets).index;
    const rules = { ...this.options.rules, ...config.rules };
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) {
      analyzer = createAnalyzer({ dataset, rules, documentDate: config.documentDate });
      this.analyzers.set(uri, analyzer);
    } else analyzer.setOptions({ dataset, rules, documentDate: config.documentDate });
    const text = prose(pathOf(uri) ?? uri, raw);
    const result = analyzer.analyze(text);
    const checked: Checked = { version, text: raw, result, dataset, config, citationStyle: config.citationStyle ?? this.options.citationStyle ?? 'link' };
    this.checked.set(uri, checked);
    return checked;
  }

  /** The stored result when it is for exactly this version. */
  resultFor(uri: string, version: number): Checked | undefined {
    const c = this.checked.get(uri);
    return c && c.version === version ? c : undefined;
  }

  datasetProblems(config: ResolvedConfig): DatasetProblem[] {
    return this.datasetFor(config.datasets).problems;
  }

  private datasetFor(files: readonly string[]): { index: DatasetIndex; problems: DatasetProblem[] } {
    if (!files.length) return { index: bundledIndex(), problems: [] };
    const key = files.join('\n');
    let hit = this.indexes.get(key);
    if (!hit) {
      const texts = files.flatMap((f) => {
        const text = readLocal(f);
        return text === undefined ? [] : [{ origin: f, text }];
      });
      const loaded = loadDatasets(texts);
      hit = { index: loaded.index, problems: loaded.problems };
      this.indexes.set(key, hit);
    }
    return hit;
  }

  /** Folders may have gained a project file: look again (documents opened later). */
  rescan(): void {
    this.configs.clear();
  }

  /** A project or dataset file changed: read everything again on the next check. */
  reset(): void {
    this.configs.clear();
    this.indexes.clear();
    this.checked.clear();
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.checked.delete(uri);
  }
}
