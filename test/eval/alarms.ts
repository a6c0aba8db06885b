// Lists every false alarm on a split (the report shows three), to read them:
//   node --import tsx test/eval/alarms.ts --corpus DIR --split dev
import { loadCorpus, type Split } from './corpus';
import { evaluate } from './evaluate';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const { articles } = loadCorpus(arg('--corpus'));
const report = evaluate(articles, (arg('--split') ?? 'dev') as Split, { mutations: false, allAlarms: true });
for (const e of (report as unknown as { examples: { falseAlarms: { article: string; text: string }[] } }).examples.falseAlarms) console.log(`${e.article}: ${e.text}`);
console.log(`${report.falseAlarms} false alarms`);
