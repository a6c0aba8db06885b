// Command-line parsing: no library, since the grammar is small and every mistake must
// come back as one clear sentence (exit code 2), never a stack trace.
import type { RuleLevel } from '../core/types';
import { parseDateSetting } from '../core/read/documentDate';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  command: 'check';
  format: OutputFormat;
  datasets: string[];
  /** Rule ids are validated against the registry by the caller, which knows it. */
  rules: { id: string; level: RuleLevel }[];
  exitCode: boolean;
  maxSize: number;
  color: boolean | undefined;
  /** Walk into symbolic links that lead out of the folder given (off: the walk stays in its tree). */
  followSymlinks: boolean;
  paths: string[];
  /** The project file: the nearest .claimcheck.jsonc (default), a given one, or none. */
  config: { kind: 'nearest' } | { kind: 'file'; path: string } | { kind: 'none' };
  /** --date: the date every file is read as of ("now", "this year"), over the project file's and the files' own. */
  documentDate: string | undefined;
}

export interface DatasetListArgs {
  command: 'dataset-list';
  entity: string | undefined;
  format: 'text' | 'json';
  datasets: string[];
}

export interface DatasetStatsArgs {
  command: 'dataset-stats';
  format: 'text' | 'json';
  datasets: string[];
}

export interface DatasetCheckArgs {
  command: 'dataset-check';
  /** Empty: check the bundled dataset. */
  files: string[];
}

export type ParsedArgs =
  | CheckArgs
  | DatasetListArgs
  | DatasetCheckArgs
  | DatasetStatsArgs
  | { command: 'help'; topic: 'check' | 'dataset' }
  | { command: 'version' };

export class UsageError extends Error {}

/** Default size limit per file: above it a draft is skipped, and the output says so. */
export const DEFAULT_MAX_SIZE = 5_000_000;

const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** "5000000", "500k", "5MB", "2m" → bytes. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`--max-size needs a number of bytes (like 5000000 or 5MB), not "${s}"`);
  const unit = (m[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit === 'g' ? 1e9 : 1;
  const n = Math.floor(Number(m[1]) * factor);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--max-size must be a positive number of bytes, not "${s}"`);
  return n;
}

/** Splits "--name=value" and walks the list, taking an option's value from the next word when needed. */
class Words {
  private i = 0;
  private readonly list: string[] = [];
  endOfOptions = false;
  constructor(argv: readonly string[]) {
    for (const a of argv) {
      const eq = a.startsWith('--') ? a.indexOf('=') : -1;
      if (eq > 2) this.list.push(a.slice(0, eq), a.slice(eq + 1));
      else this.list.push(a);
    }
  }
  next(): string | undefined {
    return this.list[this.i++];
  }
  value(option: string): string {
    const v = this.list[this.i++];
    if (v === undefined) throw new UsageError(`${option} needs a value`);
    return v;
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv[0] === 'dataset') return parseDatasetArgs(argv.slice(1));
  const args: CheckArgs = {
    command: 'check',
    format: 'text',
    datasets: [],
    rules: [],
    exitCode: true,
    maxSize: DEFAULT_MAX_SIZE,
    color: undefined,
    followSymlinks: false,
    paths: [],
    config: { kind: 'nearest' },
    documentDate: undefined,
  };
  const w = new Words(argv);
  for (let a = w.next(); a !== undefined; a = w.next()) {
    if (w.endOfOptions || !a.startsWith('-') || a === '-') {
      args.paths.push(a);
      continue;
    }
    switch (a) {
      case '--':
        w.endOfOptions = true;
        break;
      case '-h':
      case '--help':
        return { command: 'help', topic: 'check' };
      case '-v':
      case '--version':
        return { command: 'version' };
      case '-f':
      case '--format': {
        const f = w.value(a);
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
        args.format = f;
        break;
      }
      case '--dataset':
        args.datasets.push(w.value(a));
        break;
      case '--rule': {
        const spec = w.value(a);
        const m = /^([a-z-]+)=([a-z]+)$/.exec(spec.trim());
        if (!m || !LEVELS.includes(m[2] as RuleLevel)) {
          throw new UsageError(`--rule needs ID=off|info|warning|error (like --rule cagr=off), not "${spec}"`);
        }
        args.rules.push({ id: m[1], level: m[2] as RuleLevel });
        break;
      }
      case '--no-exit-code':
        args.exitCode = false;
        break;
      case '--max-size':
        args.maxSize = parseSize(w.value(a));
        break;
      case '--color':
        args.color = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--follow-symlinks':
        args.followSymlinks = true;
        break;
      case '--config':
        args.config = { kind: 'file', path: w.value(a) };
        break;
      case '--no-config':
        args.config = { kind: 'none' };
        break;
      case '--date': {
        const d = w.value(a);
        const iso = parseDateSetting(d);
        if (!iso) throw new UsageError(`--date needs a date like 2025-10-06 (or a month, 2025-10), not "${d}"`);
        args.documentDate = iso;
        break;
      }
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  if (args.paths.length === 0) throw new UsageError('no files to check: give one or more Markdown files, folders or globs');
  return args;
}

function parseDatasetArgs(argv: readonly string[]): ParsedArgs {
  const sub = argv[0];
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return { command: 'help', topic: 'dataset' };
  const w = new Words(argv.slice(1));
  if (sub === 'list') {
    const args: DatasetListArgs = { command: 'dataset-list', entity: undefined, format: 'text', datasets: [] };
    for (let a = w.next(); a !== undefined; a = w.next()) {
      if (a === '--entity') args.entity = w.value(a);
      else if (a === '--format' || a === '-f') {
        const f = w.value(a);
        if (f !== 'text' && f !== 'json') throw new UsageError(`dataset list --format must be text or json, not "${f}"`);
        args.format = f;
      } else if (a === '--dataset') args.datasets.push(w.value(a));
      else if (a === '--help' || a === '-h') return { command: 'help', topic: 'dataset' };
      else throw new UsageError(`dataset list: unexpected ${a}`);
    }
    return args;
  }
  if (sub === 'stats') {
    const args: DatasetStatsArgs = { command: 'dataset-stats', format: 'text', datasets: [] };
    for (let a = w.next(); a !== undefined; a = w.next()) {
      if (a === '--format' || a === '-f') {
        const f = w.value(a);
        if (f !== 'text' && f !== 'json') throw new UsageError(`dataset stats --format must be text or json, not "${f}"`);
        args.format = f;
      } else if (a === '--dataset') args.datasets.push(w.value(a));
      else if (a === '--help' || a === '-h') return { command: 'help', topic: 'dataset' };
      else throw new UsageError(`dataset stats: unexpected ${a}`);
    }
    return args;
  }
  if (sub === 'check') {
    const files: string[] = [];
    for (let a = w.next(); a !== undefined; a = w.next()) {
      if (a === '--help' || a === '-h') return { command: 'help', topic: 'dataset' };
      if (a.startsWith('-') && a !== '-') throw new UsageError(`dataset check: unknown option ${a}`);
      files.push(a);
    }
    return { command: 'dataset-check', files };
  }
  throw new UsageError(`unknown dataset command "${sub}" (use "dataset list", "dataset stats" or "dataset check")`);
}
