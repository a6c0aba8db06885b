// The registry of rules: analyze() runs them in this order, the README and SARIF list
// them, settings name them by id.
import type { RuleId } from '../types';
import type { Rule } from './rule';
import { percentChangeRule } from './percent-change';
import { percentagePointsRule } from './percentage-points';
import { shareOfRule } from './share-of';
import { cagrRule } from './cagr';
import { tableTotalRule } from './table-total';
import { rangeOrderRule } from './range-order';
import { signRule } from './sign';
import { impossibleRule } from './impossible';
import { crossReference } from './cross-reference';
import { datasetMismatch } from './dataset-mismatch';
import { scaleSlip } from './scale-slip';
import { superseded } from './superseded';

export const RULES: readonly Rule[] = [
  percentChangeRule,
  percentagePointsRule,
  shareOfRule,
  cagrRule,
  tableTotalRule,
  rangeOrderRule,
  signRule,
  impossibleRule,
  crossReference,
  datasetMismatch,
  scaleSlip,
  superseded,
];

const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId | string): Rule | undefined {
  return byId.get(id);
}
