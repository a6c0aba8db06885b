// The contract every rule file implements. A rule is pure: given the claims of a
// document and the dataset, it returns findings; it never throws (analyze() guards it
// anyway) and never looks at anything outside its arguments.
import type { Claim, Finding, RuleId, Severity } from '../types';
import type { DatasetIndex } from '../dataset/lookup';

export interface RuleContext {
  /** Every claim of the document, in order (for rules that look across sentences). */
  claims: readonly Claim[];
  /** The bundled dataset merged with the writer's own files. */
  dataset: DatasetIndex;
  /** The whole document text. */
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
