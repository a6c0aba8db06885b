// How an analysis result is laid out by block, for the readers that need only part of it.
//
// analyze() keeps each block's claims and figures with offsets relative to the block (that
// is what lets a re-check after an edit reuse every other block untouched) and moves them to
// document offsets only when `result.claims` or `result.quantities` is read. The hover, the
// code actions and the consistency checks need one block, or only the statements, so they
// go through here instead and never move the whole document.
import type { AnalyzeResult, Claim, Quantity, Statement, StatementBlock } from './types';
import { blockStatements } from './rules/cross-reference';
import { lastStartingBy } from './lineIndex';

/** One top-level block of an analysed document. */
export interface DocumentBlock extends StatementBlock {
  /** Where the block starts and ends in the document. */
  readonly start: number;
  readonly end: number;
  /** The 0-based line it starts on. */
  readonly line: number;
  /** Its claims, with spans relative to `start`. */
  readonly claims: readonly Claim[];
  /** The figures that state one entity's metric for one period (cross-reference), relative to `start`. */
  statements(): readonly Statement[];
  /** Its claims and figures at document offsets (made once per result and block). */
  placed(): { claims: readonly Claim[]; quantities: readonly Quantity[] };
}


const layouts = new WeakMap<AnalyzeResult, readonly DocumentBlock[]>();

export function setLayout(result: AnalyzeResult, blocks: readonly DocumentBlock[]): void {
  layouts.set(result, blocks);
}

/** The result's blocks in document order; a result built elsewhere counts as one block at 0. */
export function documentBlocks(result: AnalyzeResult): readonly DocumentBlock[] {
  const known = layouts.get(result);
  if (known) return known;
  return [{ start: 0, end: Number.MAX_SAFE_INTEGER, line: 0, claims: result.claims, statements: () => blockStatements(result.claims), placed: () => ({ claims: result.claims, quantities: result.quantities }) }];
}

/**
 * The block that holds `offset` (a figure's qualifier may start it, so its start counts),
 * else the nearest one before it; undefined before the first block.
 */
export function blockAt(result: AnalyzeResult, offset: number): DocumentBlock | undefined {
  return lastStartingBy(documentBlocks(result), offset);
}
