// Loads the labeled corpus: every article file in test/corpus/articles/, each line checked
// against corpusSchema.ts, each figure located in its passage by text and occurrence, each
// relation's figures checked to exist in the same passage. Problems are collected, never thrown,
// so `npm run corpus:check` can list all of them at once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleLine, FigureLine, PassageLine, RelationLine, type RelationLine as Relation } from './corpusSchema';
import type { Span } from '../../src/core/types';

export const ARTICLES_DIR = join(__dirname, '..', 'corpus', 'articles');

export type Split = 'dev' | 'test';

export interface LocatedFigure extends FigureLine {
  /** Where the figure's text stands in its passage. */
  span: Span;
}

export interface CorpusPassage {
  id: string;
  text: string;
  figures: LocatedFigure[];
  relations: Relation[];
}

export interface CorpusArticle {
  file: string;
  meta: ArticleLine;
  split: Split;
  passages: CorpusPassage[];
}

export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * One third of the articles, whole, chosen by a seeded hash of the URL: the test split. The
 * seed is fixed so that the split never moves; adding articles never moves an old one.
 */
export function splitOf(url: string): Split {
  const digest = createHash('sha256').update(`claimcheck-corpus-split-1|${url}`).digest();
  return digest.readUInt32BE(0) % 3 === 0 ? 'test' : 'dev';
}

/** The start of the n-th (1-based) occurrence of `needle` in `text`, or -1. */
function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function refsOf(r: Relation): string[] {
  const out: string[] = [];
  for (const v of Object.values(r.roles)) {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) out.push(...v);
  }
  return out;
}

function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
}

/** Reads one article file; problems go to `problems`, and what could be read is returned. */
export function readArticle(file: string, source: string, problems: CorpusProblem[]): CorpusArticle | null {
  const lines = source.split('\n');
  let meta: ArticleLine | null = null;
  const passages = new Map<string, CorpusPassage>();
  const figures = new Map<string, { figure: LocatedFigure; line: number }>();
  const ids = new Set<string>();
  const problem = (line: number, message: string) => problems.push({ file, line, message });

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      problem(line, `not JSON: ${(e as Error).message}`);
      return;
    }
    const type = (value as { type?: unknown }).type;
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string' && type !== 'article') {
      if (ids.has(id)) problem(line, `the id ${id} is used twice`);
      ids.add(id);
    }
    if (type === 'article') {
      const parsed = ArticleLine.safeParse(value);
      if (!parsed.success) return problem(line, `article: ${issuesOf(parsed.error)}`);
      if (meta) return problem(line, 'a second article line');
      if (line !== 1) problem(line, 'the article line comes first');
      meta = parsed.data;
      if (`${meta.id}.jsonl` !== file.split('/').pop()) problem(line, `the file is not named after the article id (${meta.id}.jsonl)`);
    } else if (type === 'passage') {
      const parsed = PassageLine.safeParse(value);
      if (!parsed.success) return problem(line, `passage: ${issuesOf(parsed.error)}`);
      passages.set(parsed.data.id, { id: parsed.data.id, text: parsed.data.text, figures: [], relations: [] });
    } else if (type === 'figure') {
      const parsed = FigureLine.safeParse(value);
      if (!parsed.success) return problem(line, `figure: ${issuesOf(parsed.error)}`);
      const f = parsed.data;
      const passage = passages.get(f.passage);
      if (!passage) return problem(line, `figure ${f.id}: no passage ${f.passage} above it`);
      const start = nthIndex(passage.text, f.text, f.occurrence);
      if (start < 0) return problem(line, `figure ${f.id}: "${f.text}" does not occur ${f.occurrence} time(s) in ${f.passage}`);
      if ((f.low === undefined) !== (f.high === undefined)) problem(line, `figure ${f.id}: a range needs both low and high`);
      const located: LocatedFigure = { ...f, span: { start, end: start + f.text.length } };
      for (const other of passage.figures) {
        if (other.span.start < located.span.end && located.span.start < other.span.end) problem(line, `figure ${f.id} overlaps ${other.id}`);
      }
      passage.figures.push(located);
      figures.set(f.id, { figure: located, line });
    } else if (type === 'relation') {
      const parsed = RelationLine.safeParse(value);
      if (!parsed.success) return problem(line, `relation: ${issuesOf(parsed.error)}`);
      const r = parsed.data as unknown as Relation;
      const passage = passages.get(r.passage);
      if (!passage) return problem(line, `relation ${r.id}: no passage ${r.passage} above it`);
      for (const ref of refsOf(r)) {
        const target = figures.get(ref);
        if (!target) problem(line, `relation ${r.id}: no figure ${ref} above it`);
        else if (target.figure.passage !== r.passage) problem(line, `relation ${r.id}: figure ${ref} is in another passage`);
      }
      passage.relations.push(r);
    } else {
      problem(line, `unknown line type ${JSON.stringify(type)}`);
    }
  });
  if (!meta) {
    problem(1, 'no article line');
    return null;
  }
  const article = meta as ArticleLine;
  return { file, meta: article, split: splitOf(article.url), passages: [...passages.values()] };
}

/** Every article of the corpus, in file-name order, and every problem found. */
export function loadCorpus(dir = ARTICLES_DIR): { articles: CorpusArticle[]; problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const articles: CorpusArticle[] = [];
  const urls = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const article = readArticle(name, readFileSync(join(dir, name), 'utf8'), problems);
    if (!article) continue;
    const seen = urls.get(article.meta.url);
    if (seen) problems.push({ file: name, line: 1, message: `the same URL as ${seen}` });
    urls.set(article.meta.url, name);
    articles.push(article);
  }
  return { articles, problems };
}
