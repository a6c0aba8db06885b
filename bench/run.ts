// `npm run bench`: claimcheck against markdownlint-cli2 and cspell on the same drafts, in
// the same run, alternating, median of repeated runs after a warm-up; then the in-process
// figures (analyze() throughput, re-check after an edit, activation, memory, bundle size).
// Writes BENCHMARKS.md. Ratios, not absolute timings, are what compare across machines.
// Each process also reports its CPU time (bench/rss.cjs): on a machine shared with other
// work, wall time includes waiting for a core, so both ratios are published.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDraft } from './corpus';
import type * as CoreModule from '../src/extension/core';

const root = resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
// `--smoke`: tiny drafts and 2 runs, printed but not written to BENCHMARKS.md; checks that
// the harness itself works before a run of many minutes.
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 2 : quick ? 3 : 5;
const SIZES: { label: string; bytes: number }[] = smoke
  ? [
      { label: '10 KB', bytes: 10_000 },
      { label: '30 KB', bytes: 30_000 },
      { label: '100 KB', bytes: 100_000 },
    ]
  : [
      { label: '100 KB', bytes: 100_000 },
      { label: '1 MB', bytes: 1_000_000 },
      { label: '10 MB', bytes: 10_000_000 },
    ];
/** The draft the goals name "1 MB" and "10 MB" (the middle and the largest size). */
const MID = SIZES[1].label;
const BIG = SIZES[2].label;

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

/** One timed process run; its peak memory and CPU time come from the preload, the same for every tool. */
function timeRun(tool: Tool, file: string): { ms: number; rssKb: number; cpuMs: number } {
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
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpuMs: number }) : null;
  return { ms, rssKb: usage?.maxRssKb ?? NaN, cpuMs: usage?.cpuMs ?? NaN };
}

function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

function fmt(n: number, d = 2): string {
  return Number.isFinite(n) ? n.toFixed(d) : 'n/a';
}

/** CPU time of this process so far, in ms (user + system). */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The same characters in one flat string. */
function flatten(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function main(): void {
  const loadBefore = loadavg()[0];
  execFileSync(node, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
  // The in-process figures measure the bundle the extension ships (minified by esbuild), not
  // the sources through tsx, whose per-closure name helpers cost several percent.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyze, createAnalyzer, bundledIndex } = require(join(root, 'dist/core.js')) as typeof CoreModule;
  const dir = join(root, 'bench/corpus');
  mkdirSync(dir, { recursive: true });
  const files = SIZES.map((s, i) => {
    // Smoke drafts get their own names: they must not replace the real corpus, which other tools read.
    const file = join(dir, `${smoke ? "smoke" : "draft"}-${s.bytes}.md`);
    writeFileSync(file, generateDraft(s.bytes, 20261127 + i, root));
    return { ...s, file, actualBytes: statSync(file).size };
  });

  // 1. Whole processes, alternating tools within each round so drift hits all alike.
  const proc: Record<string, Record<string, { ms: number[]; rss: number[]; cpu: number[] }>> = {};
  for (const f of files) {
    proc[f.label] = {};
    for (const t of TOOLS) proc[f.label][t.name] = { ms: [], rss: [], cpu: [] };
    for (const t of TOOLS) timeRun(t, f.file); // warm-up: file cache, module compile cache
    for (let i = 0; i < RUNS; i++) {
      for (const t of i % 2 ? [...TOOLS].reverse() : TOOLS) {
        const r = timeRun(t, f.file);
        proc[f.label][t.name].ms.push(r.ms);
        proc[f.label][t.name].rss.push(r.rssKb);
        proc[f.label][t.name].cpu.push(r.cpuMs);
      }
      process.stderr.write('.');
    }
    process.stderr.write(` ${f.label}\n`);
  }

  // 2. In process: analyze() throughput at each size (median of runs after a warm-up).
  // No size limit here either (analyze() skips texts over 5,000,000 characters by default).
  const dataset = bundledIndex();
  const opts = { dataset, maxLength: Number.MAX_SAFE_INTEGER };
  // Warm the JIT on the middle draft first, so the smallest size is not measured cold (a
  // single run left the 100 KB draft measured at half its warm speed).
  for (let i = 0; i < 3; i++) analyze(readFileSync(files[1].file, 'utf8'), opts);
  const throughput: Record<string, number> = {};
  const throughputCpu: Record<string, number> = {};
  for (const f of files) {
    const text = readFileSync(f.file, 'utf8');
    const skipped = analyze(text, opts).skipped;
    if (skipped) throw new Error(`analyze() skipped ${f.label}: ${skipped}`);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    // More runs than for whole processes: single in-process runs vary by ±25% on a shared VM.
    for (let i = 0; i < (f.bytes >= 10_000_000 ? 3 : 2 * RUNS + 1); i++) {
      const c0 = cpuNow();
      const t0 = performance.now();
      analyze(text, opts);
      times.push(performance.now() - t0);
      cpuTimes.push(cpuNow() - c0);
    }
    throughput[f.label] = mbps(f.actualBytes, median(times));
    throughputCpu[f.label] = mbps(f.actualBytes, median(cpuTimes));
  }
  // analyze() moves claims and figures to document offsets only when they are read; the
  // same 1 MB analysis with every claim and figure read, for the whole cost.
  const withClaims: number[] = [];
  {
    const text = readFileSync(files[1].file, 'utf8');
    for (let i = 0; i < 2 * RUNS + 1; i++) {
      const c0 = cpuNow();
      const r = analyze(text, opts);
      if (r.claims.length + r.quantities.length === 0) throw new Error('no claims read');
      withClaims.push(cpuNow() - c0);
    }
  }
  const throughputAllCpu = mbps(files[1].actualBytes, median(withClaims));

  // 3. The extension's path: a 1 MB document analysed once, then one paragraph edited.
  const oneMb = readFileSync(files[1].file, 'utf8');
  const analyzer = createAnalyzer({ dataset });
  analyzer.analyze(oneMb);
  const editTimes: number[] = [];
  const editCpu: number[] = [];
  let doc = oneMb;
  for (let i = 0; i < 61; i++) {
    const at = doc.indexOf('\n\n', Math.floor((doc.length * ((i % 21) + 1)) / 23)) + 2;
    // A flat string, as VS Code's getText() hands the extension (a concatenation would make
    // the first read of it copy the whole megabyte, a cost of building the test, not of the check).
    doc = flatten(`${doc.slice(0, at)}Revenue grew ${i + 10}% to $${i + 3} billion in 2025. ${doc.slice(at)}`);
    const c0 = cpuNow();
    const t0 = performance.now();
    analyzer.analyze(doc);
    editTimes.push(performance.now() - t0);
    editCpu.push(cpuNow() - c0);
  }
  const recheckMs = median(editTimes.slice(1));
  const recheckCpuMs = median(editCpu.slice(1));

  // 4. Activation (module load + activate) in a fresh process, median of runs.
  // Also timed: loading dist/core.js, which the extension defers to its first check.
  const act: number[] = [];
  const coreLoad: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const out = execFileSync(node, [join(root, 'bench/activation.cjs'), join(root, 'dist/extension.js')], { cwd: root }).toString();
    const r = JSON.parse(out) as { totalMs?: number; coreLoadMs?: number; error?: string };
    if (r.error) throw new Error(`activation failed: ${r.error}`);
    if (i > 0) {
      act.push(r.totalMs ?? NaN);
      coreLoad.push(r.coreLoadMs ?? NaN);
    }
  }
  const activationMs = median(act);
  const coreLoadMs = median(coreLoad);
  const bundleBytes = statSync(join(root, 'dist/extension.js')).size;
  const lazyBytes = (f: string) => (existsSync(join(root, 'dist', f)) ? `${fmt(statSync(join(root, 'dist', f)).size / 1024, 0)} KB` : 'n/a');
  const loadAfter = loadavg()[0];

  // 5. The report.
  const ratioRows: string[] = [];
  const timeRows: string[] = [];
  for (const f of files) {
    const m = (t: string) => median(proc[f.label][t].ms);
    const cc = m('claimcheck');
    const c = (t: string) => median(proc[f.label][t].cpu);
    const ccCpu = c('claimcheck');
    ratioRows.push(
      `| ${f.label} | ${fmt(cc / m('markdownlint-cli2'))} | ${fmt(cc / m('cspell'))} | ${fmt(ccCpu / c('markdownlint-cli2'))} | ${fmt(ccCpu / c('cspell'))} |`,
    );
    timeRows.push(
      `| ${f.label} | ${TOOLS.map((t) => `${fmt(m(t.name), 0)} ms (CPU ${fmt(c(t.name), 0)} ms) / ${fmt(Math.max(...proc[f.label][t.name].rss) / 1024, 0)} MB`).join(' | ')} |`,
    );
  }
  const peak10 = Math.max(...proc[BIG].claimcheck.rss) / 1024;
  const ratio = (t: string, k: 'ms' | 'cpu') => median(proc[MID].claimcheck[k]) / median(proc[MID][t][k]);
  const goals = [
    ['CLI vs markdownlint-cli2 on 1 MB (ratio)', '≤ 1.0', `${fmt(ratio('markdownlint-cli2', 'ms'))} wall, ${fmt(ratio('markdownlint-cli2', 'cpu'))} CPU`],
    ['CLI vs cspell on 1 MB (ratio)', '< 1.0', `${fmt(ratio('cspell', 'ms'))} wall, ${fmt(ratio('cspell', 'cpu'))} CPU`],
    ['analyze() throughput, 1 MB', '≥ 5 MB/s', `${fmt(throughput[MID], 2)} MB/s wall, ${fmt(throughputCpu[MID], 2)} MB/s CPU (${fmt(throughputAllCpu, 2)} MB/s CPU with every claim read)`],
    ['re-check after a one-paragraph edit, 1 MB', '≤ 5 ms', `${fmt(recheckMs, 1)} ms wall, ${fmt(recheckCpuMs, 1)} ms CPU`],
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
    'the three tools alternating in each round; each peer with its defaults. Peak memory is each process’s maxRSS;',
    'CPU time is user + system time of the process (all its threads), from the same preload (`bench/rss.cjs`).',
    `One-minute load average: ${fmt(loadBefore, 1)} at the start, ${fmt(loadAfter, 1)} at the end, on ${cpus().length} cores: when it is above`,
    'the core count the machine was shared with other work, wall times include waiting for a core, and the CPU columns are the fairer comparison.',
    '',
    '## Goals',
    '',
    '| what | goal | measured |',
    '|---|---|---|',
    ...goals.map((g) => `| ${g.join(' | ')} |`),
    '',
    '## Whole process, ratio claimcheck ÷ peer (below 1 is faster)',
    '',
    '| draft | ÷ markdownlint-cli2, wall | ÷ cspell, wall | ÷ markdownlint-cli2, CPU | ÷ cspell, CPU |',
    '|---|---:|---:|---:|---:|',
    ...ratioRows,
    '',
    '## Whole process, median wall time (CPU time) / peak memory',
    '',
    `| draft | ${TOOLS.map((t) => t.name).join(' | ')} |`,
    `|---|${TOOLS.map(() => '---:').join('|')}|`,
    ...timeRows,
    '',
    '## How cost grows: analyze() in process',
    '',
    '| draft | throughput, wall | throughput, CPU |',
    '|---|---:|---:|',
    ...files.map((f) => `| ${f.label} | ${fmt(throughput[f.label], 2)} MB/s | ${fmt(throughputCpu[f.label], 2)} MB/s |`),
    '',
    '## What the extension loads, and when',
    '',
    '| file | loaded | size |',
    '|---|---|---:|',
    `| dist/extension.js | on activation (${fmt(activationMs, 1)} ms with \`activate\`) | ${fmt(bundleBytes / 1024, 0)} KB |`,
    `| dist/core.js | on the first check (${fmt(coreLoadMs, 1)} ms to load) | ${lazyBytes('core.js')} |`,
    '| dist/compromise.js | only when a sentence needs compromise | ' + lazyBytes('compromise.js') + ' |',
    '',
  ];
  const notesFile = join(root, 'bench/NOTES.md');
  if (existsSync(notesFile)) md.push(readFileSync(notesFile, 'utf8'));
  if (!smoke) writeFileSync(join(root, 'BENCHMARKS.md'), md.join('\n'));
  process.stdout.write(md.join('\n') + '\n');
}

main();
