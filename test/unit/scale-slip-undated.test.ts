// scale-slip for a figure that names no period: the same digits at another scale as a fact of
// its entity and metric reported just before the article's date (dataset/undatedSlip.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { significantDigits } from '../../src/core/dataset/undatedSlip';
import { readQuantities } from '../../src/core/read/figures/quantity';

const slips = (text: string, documentDate?: string) => analyze(text, documentDate ? { documentDate } : {}).findings.filter((f) => f.ruleId === 'scale-slip');

test('scale-slip: a figure with no period, the digits of the latest fact at another scale, is a slip', () => {
  const text = 'Alphabet reported strong results. Revenue was $102.3 million, the company said.\n';
  const [f] = slips(text, '2025-10-30');
  assert.ok(f, 'flagged');
  assert.equal(f.severity, 'warning');
  assert.equal(f.fix?.text, '$102.3 billion');
  assert.match(f.message, /names no period of its own/);
  assert.match(f.message, /Q3 2025 revenue, the latest before this article's date \(2025-10-30\), at \$102\.3 billion/);
});

test('scale-slip: silent without the date, far from it, for short mantissas, hedged, earlier or expected figures', () => {
  const text = 'Alphabet reported strong results. Revenue was $102.3 million, the company said.\n';
  assert.equal(slips(text).length, 0, 'no document date');
  assert.equal(slips(text, '2027-06-01').length, 0, 'the fact is long before the article');
  // Three significant digits are enough; one ("$100 million") may be a real, different figure.
  assert.equal(slips('Alphabet reported strong results. Revenue was $102 million, the company said.\n', '2025-10-30').length, 1);
  assert.equal(slips('Alphabet reported strong results. Revenue was $100 million, the company said.\n', '2025-10-30').length, 0);
  assert.equal(slips('Alphabet reported strong results. Revenue was over $102.3 million, the company said.\n', '2025-10-30').length, 0);
  assert.equal(slips('Alphabet reported strong results. Revenue is expected to reach $102.3 million, the company said.\n', '2025-10-30').length, 0);
  assert.equal(slips('Alphabet reported strong results. Revenue rose to $120 billion, up from $102.3 million.\n', '2025-10-30').length, 0);
  // A round figure is not the fact's digits at another scale: "$100 million" and $96.4 billion.
  assert.equal(slips('## Second quarter 2025 results\n\nAlphabet revenue was $100 million.\n', '2025-10-30').length, 0);
  // A section's heading that names another period than the fact's: another figure.
  assert.equal(slips('## Second quarter 2025 results\n\nAlphabet revenue was $102.3 million.\n', '2025-10-30').length, 0);
  assert.equal(slips('## Third quarter 2025 results\n\nAlphabet revenue was $102.3 million.\n', '2025-10-30').length, 1);
});

test('scale-slip: a short figure of a fast-moving level dated in the weeks before the article is a slip too', () => {
  const text = 'Scale AI was valued at $29 million after the investment.\n';
  const [f] = slips(text, '2025-06-20');
  assert.equal(f?.fix?.text, '$29 billion');
  assert.match(f.message, /valuation as of June 2025/);
  // Half a year on, a $29 million valuation may be another figure.
  assert.equal(slips(text, '2025-12-20').length, 0);
});

test('significantDigits counts the digits the writer wrote', () => {
  const sd = (s: string) => significantDigits(readQuantities(s)[0]);
  assert.equal(sd('$102.3 billion'), 4);
  assert.equal(sd('$400 billion'), 1);
  assert.equal(sd('$1.00 billion'), 3);
  assert.equal(sd('$872 million'), 3);
  assert.equal(sd('$18,015 million'), 5);
});
