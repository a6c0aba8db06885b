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
