// The project file for the CLI: per checked file, the nearest .claimcheck.jsonc (or the one
// --config names; none with --no-config), resolved through the shared core module, with
// the dataset index for its `datasets` built once per distinct list of files.
import * as nodePath from 'node:path';
import type { DatasetIndex } from '../core/dataset/lookup';
import type { DatasetProblem } from '../core/dataset/load';
import { ProjectConfigs, loadProjectConfig, resolveFor, toSlashes, type ConfigProblem, type LoadedProjectConfig, type ResolvedConfig } from '../core/config';
import type { RuleId, RuleLevel } from '../core/types';
import type { CheckArgs } from './args';
import type { CliIO } from './io';
import { loadDatasetFiles } from './read';
import { displayPath } from './files';

export interface FileSettings {
  config: ResolvedConfig;
  rules: Partial<Record<RuleId, RuleLevel>>;
  dataset: DatasetIndex;
  /** The date to read the file as of: --date, else the project file's `documentDate`, else none (the file's own front matter or dateline). */
  documentDate: string | undefined;
}

export type ConfigChoice = CheckArgs['config'];

/** A reader over the CLI's file system: a missing file is no project file. */
export function cliReader(io: CliIO): (path: string) => string | undefined {
  return (p) => {
    try {
      const st = io.fs.stat(p);
      if (!st.isFile()) return undefined;
      return new TextDecoder('utf-8').decode(io.fs.readFile(p));
    } catch {
      return undefined;
    }
  };
}

export class CliProjectConfig {
  private readonly configs: ProjectConfigs;
  private readonly fixed: LoadedProjectConfig | undefined;
  private readonly indexes = new Map<string, DatasetIndex>();
  private readonly reported = new Set<string>();
  /** Problems in project files and their datasets, each file's once. */
  readonly configProblems: ConfigProblem[] = [];
  readonly datasetProblems: DatasetProblem[] = [];
  readonly errors: string[] = [];

  constructor(
    private readonly choice: ConfigChoice,
    private readonly flagRules: Partial<Record<RuleId, RuleLevel>>,
    private readonly flagDatasets: readonly string[],
    private readonly baseIndex: DatasetIndex,
    private readonly io: CliIO,
    /** --date, which wins over the project file's `documentDate` as flags win over it for rules. */
    private readonly flagDate: string | undefined = undefined,
  ) {
    const read = cliReader(io);
    this.configs = new ProjectConfigs(read);
    if (choice.kind === 'file') {
      const abs = nodePath.resolve(io.cwd, choice.path);
      const text = read(abs);
      if (text === undefined) this.errors.push(`${choice.path}: --config file not found`);
      this.fixed = loadProjectConfig(abs, text ?? '{}');
    }
  }

  forFile(abs: string): FileSettings {
    const path = toSlashes(abs);
    const config =
      this.choice.kind === 'none'
        ? resolveFor(undefined, path)
        : this.fixed
          ? resolveFor(this.fixed, path)
          : this.configs.resolve(path);
    if (config.file && !this.reported.has(config.file)) {
      this.reported.add(config.file);
      this.configProblems.push(...config.problems);
    }
    // Flags win over the project file, as on every linter's command line.
    const rules = { ...config.rules, ...this.flagRules };
    return { config, rules, dataset: this.datasetFor(config.datasets), documentDate: this.flagDate ?? config.documentDate };
  }

  private datasetFor(configDatasets: readonly string[]): DatasetIndex {
    if (!configDatasets.length) return this.baseIndex;
    const key = configDatasets.join('\n');
    let index = this.indexes.get(key);
    if (!index) {
      // --dataset files last, so their facts win by id over the project file's, as flags win over it for rules.
      const loaded = loadDatasetFiles([...configDatasets, ...this.flagDatasets], this.io);
      index = loaded.index;
      this.indexes.set(key, index);
      // The --dataset files' own problems were reported with the base index.
      const flagged = new Set(this.flagDatasets.map((d) => displayPath(nodePath.resolve(this.io.cwd, d), this.io.cwd)));
      for (const p of loaded.problems) if (!flagged.has(p.file) && !this.datasetProblems.some((q) => q.file === p.file && q.line === p.line && q.message === p.message)) this.datasetProblems.push(p);
      for (const e of loaded.errors) if (!this.errors.includes(e)) this.errors.push(e);
    }
    return index;
  }
}
