// `claimcheck report FILE --format md|html [--dataset FILE]...`: the fact-check sheet of one
// draft on stdout, the same report the editor's "Fact-check report" command exports. Like
// the rest of the CLI it returns an exit code instead of exiting: 0 when the report was
// written (whatever it says), 2 for a usage error or a file that could not be read.
import * as nodePath from 'node:path';
import { reportFromText } from '../core/report/fromText';
import { renderHtml } from '../core/report/html';
import { renderMarkdown } from '../core/report/markdown';
import { formatProblem } from './dataset-command';
import { displayPath } from './files';
import type { CliIO } from './io';
import { loadDatasetFiles, readTextFile } from './read';

export const REPORT_USAGE = `Usage: claimcheck report FILE [--format md|html] [--dataset FILE]...

Writes the fact-check sheet of one Markdown draft to stdout: every figure in
order with its reading (entity, metric, period, value), its status (contradicted,
note, agrees with the dataset, arithmetic follows, not verified), the
recalculation or dataset figure behind it with source and date, and its line.

Options:
  -f, --format md|html   Markdown (default) or a self-contained HTML page
      --dataset FILE     add a dataset file (JSON); repeatable
  -h, --help             show this help

Set SOURCE_DATE_EPOCH to stamp the report with a fixed date.
Exit codes: 0 report written, 2 usage error or a file that could not be read.
`;

interface ReportArgs {
  file: string;
  format: 'md' | 'html';
  datasets: string[];
}

class ReportUsageError extends Error {}

function parseReportArgs(argv: readonly string[]): ReportArgs | 'help' {
  const files: string[] = [];
  const args: ReportArgs = { file: '', format: 'md', datasets: [] };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new ReportUsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        return 'help';
      case '-f':
      case '--format': {
        const v = value().toLowerCase();
        if (v === 'md' || v === 'markdown') args.format = 'md';
        else if (v === 'html') args.format = 'html';
        else throw new ReportUsageError(`--format must be md or html, not "${v}"`);
        break;
      }
      case '--dataset':
        args.datasets.push(value());
        break;
      case '--':
        files.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') throw new ReportUsageError(`unknown option "${raw}" for report`);
        files.push(raw);
    }
  }
  if (files.length === 0) throw new ReportUsageError('report needs the Markdown FILE to report on');
  if (files.length > 1) throw new ReportUsageError(`report takes one FILE, not ${files.length} (${files.join(', ')})`);
  args.file = files[0];
  return args;
}

/** The report's date: SOURCE_DATE_EPOCH when set (reproducible builds), else today, UTC. */
function reportDate(io: CliIO): string {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

/** Runs `claimcheck report` with the words after "report"; returns the exit code. */
export function runReport(argv: readonly string[], io: CliIO): number {
  let args: ReportArgs | 'help';
  try {
    args = parseReportArgs(argv);
  } catch (e) {
    if (!(e instanceof ReportUsageError)) throw e;
    io.stderr(`claimcheck: ${e.message}\nRun "claimcheck report --help" for usage.\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout(REPORT_USAGE);
    return 0;
  }

  const datasets = loadDatasetFiles(args.datasets, io);
  for (const p of datasets.problems) io.stderr(`${formatProblem(p)}\n`);
  if (datasets.errors.length) {
    for (const e of datasets.errors) io.stderr(`claimcheck: ${e}\n`);
    return 2;
  }

  const abs = nodePath.resolve(io.cwd, args.file);
  const shown = displayPath(abs, io.cwd);
  const read = readTextFile(abs, io);
  if (!read.ok) {
    io.stderr(`claimcheck: ${read.error}\n`);
    return 2;
  }
  const loaded = datasets.loadedFiles;
  const model = reportFromText(read.text, {
    dataset: datasets.index,
    fileName: shown,
    generatedAt: reportDate(io),
    datasetLabel: loaded > 0 ? `bundled + ${loaded} file${loaded === 1 ? '' : 's'}` : 'bundled',
  });
  if (model.skipped) io.stderr(`claimcheck: ${shown}: not analysed: ${model.skipped}\n`);
  io.stdout(args.format === 'html' ? renderHtml(model) : renderMarkdown(model));
  return 0;
}
