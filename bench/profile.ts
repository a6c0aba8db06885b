// Developer aid, not part of `npm run bench`: times analyze() on one corpus draft by CPU time
// (process.cpuUsage, so other load on a shared machine inflates it less than wall time) and
// prints how many claims and findings it produced. `node --cpu-prof --import tsx bench/profile.ts`
// adds a profile of the same work.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { bundledIndex } from '../src/core/dataset/bundled';

const file = resolve(process.argv[2] ?? 'bench/corpus/draft-1000000.md');
const runs = Number(process.argv[3] ?? 3);
const text = readFileSync(file, 'utf8');
const dataset = bundledIndex();
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let i = 0; i < runs; i++) {
  const t0 = cpuMs();
  const w0 = performance.now();
  const r = analyze(text, { dataset });
  const cpu = cpuMs() - t0;
  const wall = performance.now() - w0;
  process.stdout.write(
    `run ${i}: cpu ${cpu.toFixed(0)} ms, wall ${wall.toFixed(0)} ms, ${((text.length / 1e6) / (cpu / 1000)).toFixed(2)} MB/s by cpu; ` +
      `${r.claims.length} claims, ${r.findings.length} findings\n`,
  );
}

// `--recheck`: the extension's path, a one-paragraph edit in the same document, re-analysed.
if (process.argv.includes('--recheck')) {
  const { createAnalyzer } = require('../src/core/analyze') as typeof import('../src/core/analyze');
  const analyzer = createAnalyzer({ dataset });
  analyzer.analyze(text);
  let doc = text;
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const at = doc.indexOf('\n\n', Math.floor((doc.length * (i + 1)) / 23)) + 2;
    doc = `${doc.slice(0, at)}Revenue grew ${i + 10}% to $${i + 3} billion in 2025. ${doc.slice(at)}`;
    const t0 = cpuMs();
    analyzer.analyze(doc);
    times.push(cpuMs() - t0);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`re-check after an edit: median cpu ${times[times.length >> 1].toFixed(1)} ms, ${JSON.stringify(analyzer.lastRun())}\n`);
}
