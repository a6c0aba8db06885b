// `npm run bench`: claimcheck against markdownlint-cli2 and cspell on the same drafts, in
// the same run, alternating, median of repeated runs after a warm-up; then the in-process
// figures (analyze() throughput, re-check after an edit, activation, memory, bundle size).
// Writes BENCHMARKS.md. Ratios, not absolute timings, are what compare across machines.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDraft } from './corpus';
import { analyze, createAnalyzer } from '../src/core/analyze';
import { bundledIndex } from '../src/core/dataset/bundled';

const root = resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 5;
const SIZES: { label: string; bytes: number }[] = [
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '10 MB', bytes: 10_000_000 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Tool {
  name: string;
  args: (file: string) => string[];
}

const node = process.execPath;
const rss = join(root, 'bench/rss.cjs');
const TOOLS: Tool[] = [
  { name: 'claimcheck', args: (f) => [join(root, 'dist/cli.js'), '--format', 'json', '--max-size', '50MB', f] },
  { name: 'markdownlint-cli2', args: (f) => [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), f] },
  { name: 'cspell', args: (f) => [join(root, 'node_modules/cspell/bin.mjs'), '--no-progress', '--no-summary', f] },
];

/** One timed process run; its peak memory comes from the preload, the same for every tool. */
function timeRun(tool: Tool, file: string): { ms: number; rssKb: number } {
  const rssFile = join(tmpdir(), `claimcheck-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(node, ['--require', rss, ...tool.args(file)], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status === null || r.status > 1) throw new Error(`${tool.name} failed on ${file}: ${r.stderr?.toString().slice(0, 500)}`);
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { ms, rssKb };
}

function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

function fmt(n: number, d = 2): string {
  return Number.isFinite(n) ? n.toFixed(d) : 'n/a';
}

function main(): void {
  execFileSync(node, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
  const dir = join(root, 'bench/corpus');
  mkdirSync(dir, { recursive: true });
  const files = SIZES.map((s, i) => {
    const file = join(dir, `draft-${s.bytes}.md`);
    writeFileSync(file, generateDraft(s.bytes, 20261127 + i, root));
    return { ...s, file, actualBytes: statSync(file).size };
  });

  // 1. Whole processes, alternating tools within each round so drift hits all alike.
  const proc: Record<string, Record<string, { ms: number[]; rss: number[] }>> = {};
  for (const f of files) {
    proc[f.label] = {};
    for (const t of TOOLS) proc[f.label][t.name] = { ms: [], rss: [] };
    for (const t of TOOLS) timeRun(t, f.file); // warm-up: file cache, module compile cache
    const runs = f.bytes >= 10_000_000 && !quick ? RUNS : RUNS;
    for (let i = 0; i < runs; i++) {
      for (const t of i % 2 ? [...TOOLS].reverse() : TOOLS) {
        const r = timeRun(t, f.file);
        proc[f.label][t.name].ms.push(r.ms);
        proc[f.label][t.name].rss.push(r.rssKb);
      }
      process.stderr.write('.');
    }
    process.stderr.write(` ${f.label}\n`);
  }

  // 2. In process: analyze() throughput at each size (median of runs after a warm-up).
  const dataset = bundledIndex();
  const throughput: Record<string, number> = {};
  for (const f of files) {
    const text = readFileSync(f.file, 'utf8');
    analyze(text, { dataset });
    const times: number[] = [];
    for (let i = 0; i < (f.bytes >= 10_000_000 ? 3 : RUNS); i++) {
      const t0 = performance.now();
      analyze(text, { dataset });
      times.push(performance.now() - t0);
    }
    throughput[f.label] = mbps(f.actualBytes, median(times));
  }

  // 3. The extension's path: a 1 MB document analysed once, then one paragraph edited.
  const oneMb = readFileSync(files[1].file, 'utf8');
  const analyzer = createAnalyzer({ dataset });
  analyzer.analyze(oneMb);
  const editTimes: number[] = [];
  let doc = oneMb;
  for (let i = 0; i < 21; i++) {
    const at = doc.indexOf('\n\n', Math.floor((doc.length * (i + 1)) / 23)) + 2;
    doc = `${doc.slice(0, at)}Revenue grew ${i + 10}% to $${i + 3} billion in 2025. ${doc.slice(at)}`;
    const t0 = performance.now();
    analyzer.analyze(doc);
    editTimes.push(performance.now() - t0);
  }
  const recheckMs = median(editTimes.slice(1));

  // 4. Activation (module load + activate) in a fresh process, median of runs.
  const act: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const out = execFileSync(node, [join(root, 'bench/activation.cjs'), join(root, 'dist/extension.js')], { cwd: root }).toString();
    const r = JSON.parse(out) as { totalMs?: number; error?: string };
    if (r.error) throw new Error(`activation failed: ${r.error}`);
    if (i > 0) act.push(r.totalMs ?? NaN);
  }
  const activationMs = median(act);
  const bundleBytes = statSync(join(root, 'dist/extension.js')).size;

  // 5. The report.
  const ratioRows: string[] = [];
  const timeRows: string[] = [];
  for (const f of files) {
    const m = (t: string) => median(proc[f.label][t].ms);
    const cc = m('claimcheck');
    ratioRows.push(`| ${f.label} | ${fmt(cc / m('markdownlint-cli2'))} | ${fmt(cc / m('cspell'))} |`);
    timeRows.push(
      `| ${f.label} | ${TOOLS.map((t) => `${fmt(m(t.name), 0)} ms / ${fmt(Math.max(...proc[f.label][t.name].rss) / 1024, 0)} MB`).join(' | ')} |`,
    );
  }
  const peak10 = Math.max(...proc['10 MB'].claimcheck.rss) / 1024;
  const goals = [
    ['CLI vs markdownlint-cli2 on 1 MB (ratio)', '≤ 1.0', fmt(median(proc['1 MB'].claimcheck.ms) / median(proc['1 MB']['markdownlint-cli2'].ms))],
    ['CLI vs cspell on 1 MB (ratio)', '< 1.0', fmt(median(proc['1 MB'].claimcheck.ms) / median(proc['1 MB'].cspell.ms))],
    ['analyze() throughput, 1 MB', '≥ 5 MB/s', `${fmt(throughput['1 MB'], 1)} MB/s`],
    ['re-check after a one-paragraph edit, 1 MB', '≤ 5 ms', `${fmt(recheckMs, 2)} ms`],
    ['activation (load + activate)', '≤ 50 ms', `${fmt(activationMs, 1)} ms`],
    ['dist/extension.js', '≤ 1 MB', `${fmt(bundleBytes / 1024, 0)} KB`],
    ['CLI peak memory, 10 MB', '≤ 150 MB', `${fmt(peak10, 0)} MB`],
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const md = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}.`,
    `Drafts generated from \`samples/\` by \`bench/corpus.ts\` (seeded, deterministic). Whole processes: median of ${RUNS} runs after a warm-up,`,
    'the three tools alternating in each round; each peer with its defaults. Peak memory is each process’s maxRSS.',
    '',
    '## Goals',
    '',
    '| what | goal | measured |',
    '|---|---|---|',
    ...goals.map((g) => `| ${g.join(' | ')} |`),
    '',
    '## Whole process, ratio claimcheck ÷ peer (below 1 is faster)',
    '',
    '| draft | ÷ markdownlint-cli2 | ÷ cspell |',
    '|---|---:|---:|',
    ...ratioRows,
    '',
    '## Whole process, median time / peak memory',
    '',
    `| draft | ${TOOLS.map((t) => t.name).join(' | ')} |`,
    `|---|${TOOLS.map(() => '---:').join('|')}|`,
    ...timeRows,
    '',
    '## How cost grows: analyze() in process',
    '',
    '| draft | throughput |',
    '|---|---:|',
    ...files.map((f) => `| ${f.label} | ${fmt(throughput[f.label], 1)} MB/s |`),
    '',
  ];
  const notesFile = join(root, 'bench/NOTES.md');
  if (existsSync(notesFile)) md.push(readFileSync(notesFile, 'utf8'));
  writeFileSync(join(root, 'BENCHMARKS.md'), md.join('\n'));
  process.stdout.write(md.join('\n') + '\n');
}

main();
