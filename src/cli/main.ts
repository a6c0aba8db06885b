// The `claimcheck` command. `main(argv, io)` is the whole program and returns the exit
// code, so tests run it in-process; the last lines run it when this is the entry point.
// The core never touches the file system: this reads the files and hands text to analyze().
import { RULES } from '../core/rules';
import type { RuleId, RuleLevel } from '../core/types';
import type { DatasetIndex } from '../core/dataset/lookup';
import { CliProjectConfig, type FileSettings } from './projectConfig';
import { prose } from '../core/mdx';
import { parseArgs, UsageError, type CheckArgs } from './args';
import { collectFiles, displayPath } from './files';
import { processIO, type CliIO } from './io';
import { loadDatasetFiles, readTextFile } from './read';
import { addCounts, emptyCounts, fileContext, type Counts, type FileResult, type OutputFormat } from './results';
import { crossFileConflicts, type WorkspaceDoc } from '../core/crossFile';
import type { StatementBlock } from '../core/types';
import { checkInto } from './checkText';
import { COLOR, PLAIN, textOutput, useColor } from './format-text';
import { jsonOutput } from './format-json';
import { sarifOutput, type SarifNotification } from './format-sarif';
import { datasetCheck, datasetList, datasetStatsCommand, formatProblem } from './dataset-command';
import { CHECK_USAGE, DATASET_USAGE } from './usage';
import { runReport } from './report';
import { VERSION, informationUri } from './version';
import { terminalSafe } from './terminal';

export type { CliIO } from './io';

function check(args: CheckArgs, io: CliIO, rawIO: CliIO): number {
  const known = new Set<string>(RULES.map((r) => r.id));
  const levels: Partial<Record<RuleId, RuleLevel>> = {};
  for (const r of args.rules) {
    if (!known.has(r.id)) throw new UsageError(`unknown rule "${r.id}" (rules: ${[...known].join(', ')})`);
    levels[r.id as RuleId] = r.level;
  }

  // Problems that fail the run (exit 2) and problems that only need saying.
  const errors: string[] = [];
  const notes: string[] = [];
  const notifications: SarifNotification[] = [];

  const datasets = loadDatasetFiles(args.datasets, io);
  errors.push(...datasets.errors);
  for (const p of datasets.problems) {
    notifications.push({ level: 'error', message: `${p.entry ? `${p.entry}: ` : ''}${p.field ? `${p.field}: ` : ''}${p.message}`, uri: p.file, line: p.line, column: p.column });
  }

  const collected = collectFiles(args.paths, io, { followSymlinks: args.followSymlinks });
  errors.push(...collected.errors);
  notes.push(...collected.notes);
  const project = new CliProjectConfig(args.config, levels, args.datasets, datasets.index, io, args.documentDate);

  // Each file's output is written (or, for SARIF, printed) as soon as it is checked and
  // its analysis dropped, so memory holds one file's result at a time, not all of them.
  const output = args.format === 'json'
    ? jsonOutput(io.stdout)
    : args.format === 'sarif'
      ? sarifOutput(io.stdout, RULES, { version: VERSION, informationUri: informationUri() }, () => notifications)
      : useColor(args.color, io.isTTY, io.env)
        ? textOutput(rawIO.stdout, COLOR)
        : textOutput(io.stdout, PLAIN);
  const counts = emptyCounts();
  let checked = 0;
  // Workspace-wide consistency, as the editor has it: each file's statements (entity,
  // metric, period, value) are kept, not its analysis, and compared once all are read.
  const compare = collected.files.length > 1 && levels['cross-reference'] !== 'off';
  const docs: { uri: string; text: string; blocks: StatementBlock[] }[] = [];
  let leftOut = 0;
  for (const abs of collected.files) {
    const shown = displayPath(abs, io.cwd);
    const settings = project.forFile(abs);
    if (!settings.config.included) {
      leftOut++;
      continue;
    }
    const blocks: StatementBlock[] = [];
    const file = checkFile(abs, shown, args, settings, io, errors, notes, output, compare ? (b) => blocks.push(b) : undefined);
    if (!file) continue;
    checked++;
    addCounts(counts, file);
    if (compare) docs.push({ uri: shown, text: file.text, blocks });
  }
  if (docs.length > 1) reportCrossFile(docs, levels, output, counts);
  if (leftOut) notes.push(`${leftOut} file${leftOut === 1 ? '' : 's'} left out by the project file's include/exclude`);
  errors.push(...project.errors);
  const configProblems = project.configProblems.map((p) => ({ ...p, file: displayPath(p.file, io.cwd) }));
  for (const p of configProblems) notifications.push({ level: 'error', message: p.message, uri: p.file, line: p.line, column: p.column });
  for (const p of project.datasetProblems) {
    notifications.push({ level: 'error', message: `${p.entry ? `${p.entry}: ` : ''}${p.field ? `${p.field}: ` : ''}${p.message}`, uri: p.file, line: p.line, column: p.column });
  }
  for (const e of errors) notifications.push({ level: 'error', message: e });
  for (const n of notes) notifications.push({ level: 'note', message: n });
  output.end();

  // Machine formats keep stdout parseable: everything else goes to stderr.
  for (const p of [...datasets.problems, ...project.datasetProblems]) io.stderr(`${formatProblem(p)}\n`);
  for (const p of configProblems) io.stderr(`${p.file}:${p.line}:${p.column} error ${p.message.replace(/[\r\n]+/g, ' ')}\n`);
  for (const n of notes) io.stderr(`claimcheck: ${n}\n`);
  for (const e of errors) io.stderr(`claimcheck: ${e}\n`);

  if (errors.length) return 2;
  if (checked === 0) {
    io.stderr('claimcheck: no Markdown files were checked\n');
    return 2;
  }
  if (!args.exitCode) return 0;
  const failing = datasets.problems.length > 0 || project.datasetProblems.length > 0 || configProblems.length > 0 || counts.error + counts.warning > 0;
  return failing ? 1 : 0;
}

/** The conflicts between files, each written to its file once every file was read. */
function reportCrossFile(docs: readonly WorkspaceDoc[], levels: Partial<Record<RuleId, RuleLevel>>, output: OutputFormat, counts: Counts): void {
  const byPath = crossFileConflicts(docs);
  const contexts = new Map(docs.map((d) => [d.uri, fileContext(d.uri, d.text)]));
  const level = levels['cross-reference'];
  for (const d of docs) {
    const found = byPath.get(d.uri) ?? [];
    const context = contexts.get(d.uri);
    if (!found.length || !context) continue;
    const file: FileResult = { ...context, findings: level && level !== 'off' ? found.map((f) => ({ ...f, severity: level })) : found };
    output.crossFile?.(file, (p) => contexts.get(p));
    addCounts(counts, file);
  }
}

/** Reads and checks one file; undefined (with the reason in `errors` or `notes`) when it cannot. */
function checkFile(
  abs: string,
  shown: string,
  args: CheckArgs,
  settings: FileSettings,
  io: CliIO,
  errors: string[],
  notes: string[],
  output: OutputFormat,
  statements?: (block: StatementBlock) => void,
): FileResult | undefined {
  const read = readTextFile(abs, io, args.maxSize);
  if (!read.ok) {
    // Too large is a decision, not a failure; anything else is an I/O error.
    if (read.tooLarge) notes.push(read.error);
    else errors.push(read.error);
    return undefined;
  }
  // MDX's import/export and JSX lines are code: blanked, offsets kept (core/mdx.ts).
  const text = prose(abs, read.text);
  const { file, skipped } = checkInto(output, shown, text, { dataset: settings.dataset, rules: settings.rules, maxLength: args.maxSize, documentDate: settings.documentDate }, statements);
  if (skipped) notes.push(`${shown}: skipped: ${skipped}`);
  return file;
}

/**
 * `claimcheck lsp --stdio`: hands the process to the language server, which reads requests
 * from stdin until the editor sends `exit`. Loaded only here (dist/lsp.js beside the CLI),
 * so checking files never parses the protocol library.
 */
function startLsp(argv: readonly string[], io: CliIO): number {
  if (argv.some((a) => a === '-h' || a === '--help')) {
    io.stdout('Usage: claimcheck lsp --stdio\n\nRuns the claimcheck language server over standard input and output.\n');
    return 0;
  }
  if (!argv.includes('--stdio')) {
    io.stderr('claimcheck: lsp needs --stdio (the only transport)\n');
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../lsp/server') as typeof import('../lsp/server')).startServer();
  return 0;
}

/** Runs the CLI on `argv` (without "node" and the script) and returns the exit code. */
export function main(argv: readonly string[], rawIO: CliIO = processIO()): number {
  // Every command's output goes through the one terminal sanitizer; the coloured text
  // output alone writes its own escape codes, around content it has sanitized itself.
  const io = terminalSafe(rawIO);
  // The fact-check report has its own arguments and help (report.ts).
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  if (argv[0] === 'lsp') return startLsp(argv.slice(1), io);
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(args.topic === 'dataset' ? DATASET_USAGE : CHECK_USAGE);
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'dataset-list':
        return datasetList(args, io);
      case 'dataset-check':
        return datasetCheck(args, io);
      case 'dataset-stats':
        return datasetStatsCommand(args, io);
      case 'check':
        return check(args, io, rawIO);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`claimcheck: ${e.message}\nRun "claimcheck --help" for usage.\n`);
      return 2;
    }
    io.stderr(`claimcheck: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (`claimcheck docs | head`) closes the pipe: end quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = main(process.argv.slice(2));
  // Let stdout drain before exiting (a pipe may still be writing a large SARIF log).
  process.exitCode = code;
}
