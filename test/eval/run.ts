// `npm run eval`: how claimcheck reads published writing, on both splits of the labeled
// corpus. `--json` prints { "splits": { "dev": {...}, "test": {...} } }; `--split dev` scores
// one split only (what a contributor reads while working: the test split is for judging);
// `--corpus DIR` reads another folder of article files; `--write-floors` records the dev split's
// figures in floors.json, which test/unit/eval-floor.test.ts holds the reader to. `--all` lists
// every miss instead of three per kind (use it with `--split dev` or a dev-only `--corpus`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Split } from './corpus';
import { evaluate, type SplitReport } from './evaluate';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--split') ? (args[args.indexOf('--split') + 1] as Split) : null;
const splits: Split[] = only ? [only] : ['dev', 'test'];

const dir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
const { articles, problems } = loadCorpus(dir);
if (problems.length) {
  for (const p of problems) console.error(`test/corpus/articles/${p.file}:${p.line}: ${p.message}`);
  console.error(`${problems.length} problem(s) in the corpus: fix them first (npm run corpus:check).`);
  process.exit(2);
}

const reports: Partial<Record<Split, SplitReport>> = {};
for (const split of splits) reports[split] = evaluate(articles, split, { allExamples: args.includes('--all') });

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(split: Split, r: SplitReport): void {
  const lines: string[] = [];
  lines.push(`== ${split}: ${r.articles} articles, ${r.outlets} outlets, ${r.words} words, ${r.figures} figures, ${r.relations} relations`);
  lines.push(`reading   value ${pct(r.reading.value)} · entity ${pct(r.reading.entity)} · metric ${pct(r.reading.metric)} · period ${pct(r.reading.period)}`);
  lines.push(`relations recall ${pct(r.relationRecall)} · precision ${pct(r.relationPrecision)}`);
  for (const [kind, k] of Object.entries(r.relationsByKind)) {
    if (!k.labeled && !k.read) continue;
    lines.push(`  ${kind.padEnd(10)} found ${k.found}/${k.labeled}  right ${k.right}/${k.read}`);
  }
  lines.push('mutations (caught with the right fix / made; noisy = the unedited passage already had that finding there)');
  for (const [rule, t] of Object.entries(r.mutations)) {
    if (!t) continue;
    lines.push(`  ${rule.padEnd(18)} ${pct(r.mutationRecall[rule as keyof typeof r.mutationRecall] ?? 0).padStart(6)}  caught ${t.caught}, wrong fix ${t.wrongFix}, missed ${t.missed}, noisy ${t.noisy} of ${t.made}`);
  }
  lines.push(`false alarms ${r.falseAlarms} (${r.falseAlarmsPerKWords} per 1,000 words; plus ${r.notes} info notes)`);
  lines.push(`dataset   ${r.datasetCovered} figures covered by a fact, ${pct(r.datasetCompared)} of them compared`);
  lines.push('examples of misses:');
  for (const [aspect, misses] of Object.entries(r.examples.reading)) {
    for (const m of misses) lines.push(`  ${aspect}: ${m.article} ${m.context} — expected ${m.expected}, read ${m.got}`);
  }
  for (const [kind, misses] of Object.entries(r.examples.relationsMissed)) for (const m of misses ?? []) lines.push(`  ${kind} not read: ${m.article} ${m.text}`);
  for (const [kind, misses] of Object.entries(r.examples.relationsWrong)) for (const m of misses ?? []) lines.push(`  ${kind} read, not labeled: ${m.article} ${m.text}`);
  for (const [rule, misses] of Object.entries(r.examples.mutationsMissed)) for (const m of misses ?? []) lines.push(`  ${rule}: ${m.article} ${m.text}`);
  for (const m of r.examples.falseAlarms) lines.push(`  false alarm: ${m.article} ${m.text}`);
  console.log(lines.join('\n'));
}

// The dev split's figures become the floors the unit test holds the reader to (never the test split's).
if (args.includes('--write-floors')) {
  const dev = reports.dev ?? evaluate(articles, 'dev');
  const floors = { dev: { reading: dev.reading, relationRecall: dev.relationRecall, relationPrecision: dev.relationPrecision, mutationRecall: dev.mutationRecall, falseAlarmsPerKWords: dev.falseAlarmsPerKWords } };
  writeFileSync(join(__dirname, 'floors.json'), `${JSON.stringify(floors, null, 2)}\n`);
}

if (json) console.log(JSON.stringify({ splits: reports }, null, 2));
else for (const split of splits) print(split, reports[split] as SplitReport);
