// Keeps the generated parts of README.md in step with the code: the rules (from each
// rule's own id, severity, summary and docs paragraph) and the dataset coverage (from the
// bundled files). `npm run docs` rewrites them; test/unit/readme.test.ts fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/core/rules';
import { bundledParts } from '../src/core/dataset/bundled';
import { metricById } from '../src/core/dataset/metrics';
import { phrasingsMarkdown } from '../src/core/read/relations/families';
import { MOVEMENT_PHRASINGS } from '../src/core/read/movements';
import { LIST_PHRASINGS } from '../src/core/read/proseTotals';

export const README = join(__dirname, '..', 'README.md');

export function rulesSection(): string {
  const lines = ['| rule | default | what it catches |', '|---|---|---|'];
  for (const r of RULES) lines.push(`| [\`${r.id}\`](#${r.id}) | ${r.defaultSeverity} | ${r.summary} |`);
  lines.push('');
  for (const r of RULES) lines.push(`### ${r.id}`, '', r.docs, '');
  return lines.join('\n');
}

export function datasetSection(): string {
  const parts = bundledParts();
  const facts = parts.flatMap((p) => p.file.facts);
  const entities = new Map<string, { n: number; metrics: Set<string> }>();
  for (const f of facts) {
    const e = entities.get(f.entity) ?? { n: 0, metrics: new Set<string>() };
    e.n++;
    e.metrics.add(metricById(f.metric)?.label ?? f.metric);
    entities.set(f.entity, e);
  }
  const dates = facts.map((f) => f.source.date).sort();
  const revised = facts.filter((f) => f.supersededBy).length;
  const tiers = new Map<string, number>();
  const kinds = new Map<string, number>();
  for (const f of facts) {
    tiers.set(f.source.tier ?? 'unstated', (tiers.get(f.source.tier ?? 'unstated') ?? 0) + 1);
    kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  }
  const strong = (tiers.get('filing') ?? 0) + (tiers.get('company') ?? 0) + (tiers.get('major') ?? 0);
  const list = (m: Map<string, number>, order: string[]): string => order.filter((k) => m.has(k)).map((k) => `${k} ${m.get(k)}`).join(', ');
  const lines = [
    `${facts.length} facts over ${entities.size} entities, ${revised} of them revised by later reporting; sources published from ${dates[0]} to ${dates[dates.length - 1]}.`,
    '',
    `By source: ${list(tiers, ['filing', 'company', 'major', 'trade', 'secondary', 'unstated'])} (${((100 * strong) / Math.max(1, facts.length)).toFixed(0)}% from a filing, the company or a news organisation). By kind: ${list(kinds, ['actual', 'guidance', 'projection', 'target', 'estimate'])}.`,
    '',
    '| entity | facts | metrics |',
    '|---|---:|---|',
  ];
  for (const [name, e] of [...entities].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) {
    lines.push(`| ${name} | ${e.n} | ${[...e.metrics].sort().join(', ')} |`);
  }
  return lines.join('\n') + '\n';
}

/** The phrasings the reader covers, from its tables: what a contributor extends to cover a new one. */
export function phrasingsSection(): string {
  const names = (list: readonly { name: string }[]) => list.map((p) => `“${p.name}”`).join(', ');
  return [
    phrasingsMarkdown(),
    `- **Direction words against the figures they join (sign)**, from \`read/movements.ts\`: ${names(MOVEMENT_PHRASINGS)}`,
    `- **Parts of a whole stated in prose (table-total)**, from \`read/proseTotals.ts\`: ${names(LIST_PHRASINGS)}, and a release's segment lines under the whole they open with`,
    '',
  ].join('\n');
}

const SECTIONS: Record<string, () => string> = { rules: rulesSection, phrasings: phrasingsSection, dataset: datasetSection };

/** README text with every generated section replaced by its current content. */
export function regenerate(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} … ${end} markers`);
    out = `${out.slice(0, a + start.length)}\n${make()}${out.slice(b)}`;
  }
  return out;
}

if (require.main === module) {
  writeFileSync(README, regenerate(readFileSync(README, 'utf8')));
}
