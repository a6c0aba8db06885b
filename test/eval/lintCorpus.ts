// Hints for a second reader of the labels, not errors: places where a label is probably
// missing. A percent right after a direction word ("increased 10%") is a change the writer
// stated, so it should carry a direction relation (and a change relation when the passage
// gives both figures it moves between).
import type { CorpusArticle } from './corpus';
import { refsOf } from './corpus';

const DIRECTION_BEFORE = /\b(?:up|down|rose|rise|rises|rising|fell|fall|falls|falling|increased?|increases|increasing|decreased?|decreases|declined?|declines|declining|grew|grow|grows|growing|growth of|gained|jumped|jump of|surged|soared|climbed|dropped|drop of|slid|plunged|plummeted|tumbled|shrank|expanded|advanced|higher|lower)(?:\s+(?:by|about|nearly|almost|roughly|some|around|more than|over|just|an?|a whopping))*\s*$/i;

export interface LintHint {
  file: string;
  message: string;
}

export function lintArticle(article: CorpusArticle): LintHint[] {
  const out: LintHint[] = [];
  for (const p of article.passages) {
    const inDirection = new Set<string>();
    for (const r of p.relations) if (r.kind === 'direction' || r.kind === 'change' || r.kind === 'points') for (const id of refsOf(r)) inDirection.add(id);
    for (const f of p.figures) {
      if (f.unit !== '%' && f.unit !== 'pp' && f.unit !== 'bp') continue;
      const before = p.text.slice(Math.max(0, f.span.start - 40), f.span.start);
      if (DIRECTION_BEFORE.test(before) && !inDirection.has(f.id)) {
        out.push({ file: article.file, message: `${p.id} ${f.id} "${f.text}" follows a direction word ("…${before.slice(-20).trim()}") but no direction or change relation names it` });
      }
    }
  }
  return out;
}
