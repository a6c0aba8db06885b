// The phrasings the reader covers, for the README: generated from the table, so the docs
// list what the code reads and nothing else (scripts/phrasings.ts prints it).
import { PHRASINGS, type Family } from './phrasings';

/** What each family's relation lets the rules check, in the README's words. */
const FAMILY_TITLES: Record<Family, string> = {
  change: 'Changes (percent-change, percentage-points, sign)',
  range: 'Ranges (range-order)',
  cagr: 'Growth rates over years (cagr)',
  share: 'Shares with their whole and part (share-of)',
  shareOfWhole: 'Shares of a whole (impossible)',
  direction: 'Direction words (sign, impossible)',
};

export interface CoveredPhrasing {
  family: Family;
  name: string;
  example: string;
}

/** Every phrasing of the table, in table order. */
export function coveredPhrasings(): CoveredPhrasing[] {
  return PHRASINGS.map((p) => ({ family: p.family, name: p.name, example: p.example }));
}

/** The covered phrasings as a Markdown list, one heading line per family. */
export function phrasingsMarkdown(): string {
  const lines: string[] = [];
  for (const family of Object.keys(FAMILY_TITLES) as Family[]) {
    const mine = coveredPhrasings().filter((p) => p.family === family);
    if (!mine.length) continue;
    lines.push(`- **${FAMILY_TITLES[family]}**`);
    for (const p of mine) lines.push(`  - ${p.name}: “${p.example}”`);
  }
  return lines.join('\n');
}
