// Rewrites a percentage's unit between "%" and "percentage points", keeping the number
// exactly as written: "12%" ↔ "12 percentage points", "+25pp" → "+25%".
import type { Quantity } from '../types';

const UNIT = /^(.*?\d)(\s*)(%|per ?cent|percentage[- ]points?|pp|pts?\.?|points?)$/i;

export function rewritePercentUnit(q: Quantity): { text: string; title: string } | null {
  if (q.kind !== 'percent' && q.kind !== 'percentagePoints') return null;
  if (q.isRange || q.words) return null;
  const m = UNIT.exec(q.text);
  if (!m) return null;
  const number = m[1];
  if (q.kind === 'percent') {
    const text = `${number} percentage points`;
    return { text, title: `Write as percentage points: “${text}”` };
  }
  const text = `${number}%`;
  return { text, title: `Write as a percent: “${text}”` };
}
