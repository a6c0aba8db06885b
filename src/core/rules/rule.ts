// The contract every rule file implements. A rule is pure: given the claims of a
// document and the dataset, it returns findings; it never throws (analyze() guards it
// anyway) and never looks at anything outside its arguments.
import type { Claim, Finding, RuleId, Severity, StatementBlock } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import type { DocumentDate } from '../read/documentDate';

/**
 * What a rule sees. In `check()` the claims and text are those of the claim's own block
 * (paragraph, list, table): that is what lets analyze() cache per-claim findings by block
 * text and re-run only the edited paragraph. In `checkDocument()` they are the whole
 * document's.
 */
export interface RuleContext {
  /** The claims in scope, in order (the block's in check(), the document's in checkDocument()). */
  claims: readonly Claim[];
  /** The bundled dataset merged with the writer's own files. */
  dataset: DatasetIndex;
  /**
   * checkDocument() only: the document's blocks, each with its claims relative to its start.
   * Reading these rather than `claims` (which moves every claim to document offsets) keeps
   * a re-check after an edit from copying the whole document.
   */
  blocks?: readonly StatementBlock[];
  /** checkDocument() only: the 1-based line of a document offset, without a line table of the whole text. */
  lineOf?: (offset: number) => number;
  /** check() only: the document's date (read/documentDate.ts), against which a figure that names no period is read. */
  date?: DocumentDate | null;
  /** The text in scope: the block's in check() (claim spans are then relative to the block; analyze() shifts the findings), the document's in checkDocument(). */
  text: string;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for listings, SARIF's shortDescription and settings. */
  summary: string;
  /** A paragraph for the README and SARIF's help text: what it checks, an example, the fix. */
  docs: string;
  /** Per-claim check. Findings carry `severity: defaultSeverity`; analyze() applies the writer's levels. */
  check?(claim: Claim, ctx: RuleContext): Finding[];
  /** Whole-document check, for rules that compare claims with each other (cross-reference). */
  checkDocument?(ctx: RuleContext): Finding[];
}
