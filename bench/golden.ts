// Developer aid for optimisation work, not part of `npm run bench`: proves a change to the
// engine left its results byte for byte the same. `write` stores a digest of every result
// (claims, figures and findings, with every offset) for the sample drafts, the shared corpus
// and two benchmark drafts; `check` recomputes them and names each file whose result moved,
// with the first differing line of its JSON.
//   node --import tsx bench/golden.ts write [file.json]
//   node --import tsx bench/golden.ts check [file.json]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze';

const root = resolve(__dirname, '..');
const mode = process.argv[2];
const store = resolve(process.argv[3] ?? '/tmp/claimcheck-golden.json');

function inputs(): string[] {
  const md = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : []);
  const bench = ['draft-100000.md', 'draft-1000000.md'].map((f) => join(root, 'bench/corpus', f)).filter(existsSync);
  return [...md(join(root, 'samples')), ...md(resolve(root, '../shared/corpus')), ...bench];
}

function serialise(file: string): string {
  const r = analyze(readFileSync(file, 'utf8'));
  return JSON.stringify({ claims: r.claims, quantities: r.quantities, findings: r.findings, skipped: r.skipped ?? null }, null, 1);
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex');

if (mode === 'write') {
  const out: Record<string, { sha: string; json: string }> = {};
  for (const f of inputs()) {
    const json = serialise(f);
    out[f] = { sha: digest(json), json: f.includes('draft-1000000') ? '' : json };
  }
  writeFileSync(store, JSON.stringify(out));
  process.stdout.write(`wrote ${Object.keys(out).length} digests to ${store}\n`);
} else if (mode === 'check') {
  const before = JSON.parse(readFileSync(store, 'utf8')) as Record<string, { sha: string; json: string }>;
  let moved = 0;
  for (const [f, { sha, json }] of Object.entries(before)) {
    const now = serialise(f);
    if (digest(now) === sha) continue;
    moved++;
    let where = '';
    if (json) {
      const a = json.split('\n');
      const b = now.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      where = ` (line ${i + 1}: was ${JSON.stringify(a[i])}, now ${JSON.stringify(b[i])})`;
    }
    process.stdout.write(`MOVED ${f}${where}\n`);
  }
  process.stdout.write(moved ? `${moved} result(s) changed\n` : `all ${Object.keys(before).length} results identical\n`);
  process.exitCode = moved ? 1 : 0;
} else {
  process.stderr.write('usage: golden.ts write|check [file.json]\n');
  process.exitCode = 2;
}
