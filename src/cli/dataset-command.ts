// `claimcheck dataset list`, `claimcheck dataset stats` and `claimcheck dataset check`.
import { loadDatasets, type DatasetProblem } from '../core/dataset/load';
import { BUNDLED_FILES, bundledProblems } from '../core/dataset/bundled';
import type { LoadedFact } from '../core/dataset/lookup';
import type { CliIO } from './io';
import type { DatasetCheckArgs, DatasetListArgs, DatasetStatsArgs } from './args';
import { datasetStats } from '../core/dataset/stats';
import { parsePeriodString } from '../core/read/periods/period';
import { loadDatasetFiles, readDatasetFiles } from './read';

export function formatProblem(p: DatasetProblem): string {
  return `${p.file}:${p.line}:${p.column} error ${p.entry || '-'} ${p.field || '-'} ${p.message.replace(/[\r\n]+/g, ' ')}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

export function datasetList(args: DatasetListArgs, io: CliIO): number {
  const loaded = loadDatasetFiles(args.datasets, io);
  for (const e of loaded.errors) io.stderr(`claimcheck: ${e}\n`);
  for (const p of loaded.problems) io.stderr(`${formatProblem(p)}\n`);

  let facts: readonly LoadedFact[] = loaded.index.facts;
  if (args.entity !== undefined) {
    const name = loaded.index.resolveEntity(args.entity);
    if (!name) {
      io.stderr(`claimcheck: no entity named "${args.entity}" in the dataset\n`);
      return 2;
    }
    const products = new Set(loaded.index.entities.filter((e) => e.parent === name).map((e) => e.name));
    facts = facts.filter((f) => f.entity === name || products.has(f.entity));
  }
  const sorted = [...facts].sort((a, b) => a.entity.localeCompare(b.entity) || a.metric.localeCompare(b.metric) || a.period.localeCompare(b.period) || a.id.localeCompare(b.id));
  const counts = new Map<string, number>();
  for (const f of sorted) counts.set(f.entity, (counts.get(f.entity) ?? 0) + 1);

  if (args.format === 'json') {
    // A fiscal period says so in its own field too, for a reader that does not parse periods.
    const listed = sorted.map((f) => (parsePeriodString(f.period)?.fiscal ? { ...f, fiscal: true } : f));
    io.stdout(`${JSON.stringify({ facts: listed, counts: Object.fromEntries(counts), total: sorted.length }, null, 2)}\n`);
  } else {
    const rows = [['ID', 'ENTITY', 'METRIC', 'PERIOD', 'REPORTED', 'SOURCE']];
    for (const f of sorted) {
      const flag = f.supersededBy ? ' (superseded)' : '';
      rows.push([f.id, f.entity, f.metric, f.period, `${f.reported}${flag}`, `${f.source.outlet}, ${f.source.date}${f.origin.startsWith('bundled:') ? '' : ` [${f.origin}]`}`]);
    }
    io.stdout(`${table(rows)}\n\n`);
    const countRows = [['ENTITY', 'FACTS'], ...[...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([e, n]) => [e, String(n)])];
    io.stdout(`${table(countRows)}\n\n${sorted.length} facts about ${counts.size} entities\n`);
  }
  return loaded.errors.length ? 2 : 0;
}

export function datasetStatsCommand(args: DatasetStatsArgs, io: CliIO): number {
  const loaded = loadDatasetFiles(args.datasets, io);
  for (const e of loaded.errors) io.stderr(`claimcheck: ${e}\n`);
  for (const p of loaded.problems) io.stderr(`${formatProblem(p)}\n`);
  const stats = datasetStats(loaded.index.facts);
  if (args.format === 'json') {
    io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
  } else {
    const pct = (n: number): string => `${((100 * n) / Math.max(1, stats.total)).toFixed(1)}%`;
    const block = (title: string, counts: Record<string, number>): string =>
      table([[title, 'FACTS', 'SHARE'], ...Object.entries(counts).map(([k, n]) => [k, String(n), pct(n)])]);
    io.stdout(`${block('TIER', stats.byTier)}\n\n${block('KIND', stats.byKind)}\n\n${block('ENTITY', stats.byEntity)}\n\n`);
    io.stdout(
      `${stats.total} facts; ${(100 * stats.strongShare).toFixed(1)}% cite a filing, the company or a news organisation; dataset as of ${stats.newestSource ?? 'no date'} (newest source)\n`,
    );
  }
  return loaded.errors.length ? 2 : 0;
}

export function datasetCheck(args: DatasetCheckArgs, io: CliIO): number {
  const problems: DatasetProblem[] = [];
  let checked = 0;
  if (args.files.length === 0) {
    problems.push(...bundledProblems());
    checked = BUNDLED_FILES.length;
  } else {
    const read = readDatasetFiles(args.files, io);
    for (const e of read.errors) io.stderr(`claimcheck: ${e}\n`);
    if (read.errors.length) return 2;
    // Each file on its own, links to the bundled facts allowed: the same view the checker gets.
    const loaded = loadDatasets(read.files);
    problems.push(...read.problems, ...loaded.problems);
    checked = read.files.length;
  }
  for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
  io.stdout(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${checked} dataset file${checked === 1 ? '' : 's'}${args.files.length ? '' : ' (bundled)'}\n`);
  return problems.length ? 1 : 0;
}
