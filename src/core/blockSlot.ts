// One block in one run of the analyzer: where it sits, what was carried into it, the line
// it starts on, and its work (shared with the cache and with the runs before and after).
// It moves the work to document offsets only when asked, and remembers what it moved.
import type { Claim, Finding, Quantity, Statement } from './types';
import type { Block } from './blocks';
import type { Directive } from './markdown';
import type { DocumentBlock } from './resultLayout';
import type { BlockWork } from './blockWork';
import { placeClaims, shiftDirective, shiftFinding } from './placeBlock';
import { collectStatements } from './rules/cross-reference';
import { compareFindings } from './findingOrder';

const NO_STATEMENTS: readonly Statement[] = [];
const NOTHING_PLACED: { findings: Finding[]; directives: Directive[] } = { findings: [], directives: [] };

/** A block of this run: where it is, what was carried into it, and its work (shared with the cache). */
export class Slot implements DocumentBlock {
  private placedClaims?: { claims: Claim[]; quantities: Quantity[] };
  constructor(
    readonly block: Block,
    /** Number of the block's first segment in the document. */
    readonly segment: number,
    /** The entity carried in ('' for none). */
    readonly entity: string,
    readonly work: BlockWork,
    /** The 0-based line the block starts on. */
    readonly line: number,
  ) {}
  get start(): number {
    return this.block.start;
  }
  get end(): number {
    return this.block.end;
  }
  get claims(): readonly Claim[] {
    return this.work.claims;
  }
  statements(): readonly Statement[] {
    const { work } = this;
    work.statements ??= work.claims.length ? collectStatements(work.claims) : NO_STATEMENTS;
    return work.statements;
  }
  /** The block's figures at document offsets, made for the caller and not kept (a streaming check). */
  figures(): Quantity[] {
    const relative = this.work.quantities;
    return relative.length ? placeClaims(relative, [], this.block.start, this.block.index, this.segment).quantities : [];
  }
  placed(): { claims: Claim[]; quantities: Quantity[] } {
    this.placedClaims ??= placeClaims(this.work.quantities, this.work.claims, this.block.start, this.block.index, this.segment);
    return this.placedClaims;
  }
  /** The findings and directives at document offsets; the same arrays while the block does not move. */
  placedFindings(): { findings: Finding[]; directives: Directive[] } {
    const { work } = this;
    const start = this.block.start;
    if (work.placedAt?.start === start) return work.placedAt;
    const placed = placeFindings(work, start);
    if (placed !== NOTHING_PLACED) work.placedAt = { start, ...placed };
    return placed;
  }
}

/**
 * A block's findings and directives moved to `start`, the findings in document order (so a
 * run can merge the blocks' findings rather than sort them all). New objects each time.
 */
export function placeFindings(work: BlockWork, start: number): { findings: Finding[]; directives: Directive[] } {
  if (work.findings.length === 0 && work.directives.length === 0) return NOTHING_PLACED;
  return { findings: work.findings.map((f) => shiftFinding(f, start)).sort(compareFindings), directives: work.directives.map((d) => shiftDirective(d, start)) };
}
