// Lists the misses of one reading aspect on a split, to read them:
//   node --import tsx test/eval/misses.ts --corpus DIR --split dev --aspect period [--grep WORD]
// One line per miss: article, expected, read, and the figure in its context.
import { loadCorpus, type Split } from './corpus';
import { articleDocument } from './document';
import { readDocument } from './toolReading';
import { emptyReadingTally, scoreReading, type Aspect } from './scoreReading';
import type { AnalyzeOptions } from '../../src/core/analyze';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const split = (arg('--split') ?? 'dev') as Split;
const aspect = (arg('--aspect') ?? 'period') as Aspect;
const grep = arg('--grep');
const { articles } = loadCorpus(arg('--corpus'));
const tally = emptyReadingTally();
for (const article of articles) {
  if (article.split !== split) continue;
  const doc = articleDocument(article);
  scoreReading(doc, readDocument(doc.text, { documentDate: article.meta.date } as AnalyzeOptions), tally);
}
const misses = tally.misses.filter((m) => m.aspect === aspect && (!grep || `${m.expected} ${m.got} ${m.context}`.includes(grep)));
for (const m of misses) console.log(`${m.article}\n  expected ${m.expected} · read ${m.got}\n  ${m.context}`);
console.log(`${misses.length} ${aspect} misses of ${tally.figures} figures`);
