// `npm run corpus:check`: lists every problem in the corpus files and its size, by split.
// Exit 1 when there is a problem, so a label that no longer finds its figure is caught.
import { loadCorpus } from './corpus';

const { articles, problems } = loadCorpus();
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
process.exitCode = problems.length ? 1 : 0;
