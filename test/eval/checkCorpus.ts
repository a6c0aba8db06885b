// `npm run corpus:check`: lists every problem in the corpus files and its size, by split
// (`--hints` lists where a label is probably missing; `--corpus DIR` reads another folder).
// Exit 1 when there is a problem, so a label that no longer finds its figure is caught.
import { bundledIndex } from '../../src/core/dataset/bundled';
import { loadCorpus } from './corpus';
import { RELATION_KINDS } from './corpusSchema';
import { lintArticle } from './lintCorpus';

const args = process.argv.slice(2);
const dir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
const { articles, problems } = loadCorpus(dir);
for (const p of problems) console.log(`test/corpus/articles/${p.file}:${p.line}: ${p.message}`);

for (const split of ['dev', 'test'] as const) {
  const mine = articles.filter((a) => a.split === split);
  const outlets = new Set(mine.map((a) => a.meta.outlet));
  const passages = mine.flatMap((a) => a.passages);
  const figures = passages.reduce((n, p) => n + p.figures.length, 0);
  const relations = passages.reduce((n, p) => n + p.relations.length, 0);
  console.log(`${split}: ${mine.length} articles, ${outlets.size} outlets, ${passages.length} passages, ${figures} figures, ${relations} relations`);
}
const outlets = new Set(articles.map((a) => a.meta.outlet));
console.log(`all: ${articles.length} articles from ${outlets.size} outlets; ${problems.length} problem(s)`);

// What the corpus must cover: the dataset's twenty entities with the most facts, and every kind of relation.
const index = bundledIndex();
const factsPer = new Map<string, number>();
for (const f of index.facts) factsPer.set(f.entity, (factsPer.get(f.entity) ?? 0) + 1);
const top20 = [...factsPer.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20).map(([e]) => e);
const labeled = new Map<string, number>();
for (const a of articles) for (const p of a.passages) for (const f of p.figures) {
  const e = f.entity && index.resolveEntity(f.entity);
  if (e) labeled.set(e, (labeled.get(e) ?? 0) + 1);
}
console.log(`top-20 dataset entities: ${top20.map((e) => `${e} ${labeled.get(e) ?? 0}`).join(', ')}`);
const kinds = new Map<string, number>();
for (const a of articles) for (const p of a.passages) for (const r of p.relations) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
console.log(`relations by kind: ${RELATION_KINDS.map((k) => `${k} ${kinds.get(k) ?? 0}`).join(', ')}`);
const uncovered = top20.filter((e) => !labeled.has(e));
if (uncovered.length) console.log(`not yet covered: ${uncovered.join(', ')}`);
const hints = articles.flatMap(lintArticle);
if (args.includes('--hints')) for (const h of hints) console.log(`hint: test/corpus/articles/${h.file}: ${h.message}`);
if (hints.length) console.log(`${hints.length} hint(s) for a second reader of the labels (--hints lists them)`);
process.exitCode = problems.length ? 1 : 0;
