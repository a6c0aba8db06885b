// One article as claimcheck sees it: a Markdown document with the article's title and date in
// its front matter (where a writer's draft keeps them) and the passages as paragraphs, in
// order. Each labeled figure gets its span in that document.
import type { Span } from '../../src/core/types';
import type { CorpusArticle, LocatedFigure } from './corpus';

export interface ArticleDocument {
  article: CorpusArticle;
  text: string;
  /** Where each passage starts in `text`, by passage id. */
  passageStart: Map<string, number>;
  /** Every labeled figure with its span in `text`, by figure id. */
  figures: Map<string, DocFigure>;
  /** Words of the passages (not the front matter), for false alarms per 1,000 words. */
  words: number;
}

export interface DocFigure {
  label: LocatedFigure;
  passage: string;
  span: Span;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function articleDocument(article: CorpusArticle): ArticleDocument {
  let text = `---\ntitle: ${yamlString(article.meta.title)}\ndate: ${article.meta.date}\n---\n\n`;
  const passageStart = new Map<string, number>();
  const figures = new Map<string, DocFigure>();
  let words = 0;
  for (const p of article.passages) {
    const start = text.length;
    passageStart.set(p.id, start);
    text += `${p.text}\n\n`;
    words += p.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    for (const f of p.figures) figures.set(f.id, { label: f, passage: p.id, span: { start: start + f.span.start, end: start + f.span.end } });
  }
  return { article, text, passageStart, figures, words };
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The labeled figure a span of the document falls on, or null. */
export function figureAtSpan(doc: ArticleDocument, span: Span): DocFigure | null {
  let best: DocFigure | null = null;
  let bestOverlap = 0;
  for (const f of doc.figures.values()) {
    const o = overlap(f.span, span);
    if (o > bestOverlap) {
      best = f;
      bestOverlap = o;
    }
  }
  return best;
}
