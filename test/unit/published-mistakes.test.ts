// The mistakes in published writing that the README shows ("Mistakes it finds in published
// writing"), each checked by hand. If one of these stops being found, or is found with another
// message or fix, the README's proof is no longer true: this test fails first.
//
// The passages are short quotes from their publishers, kept only to test claimcheck, each with
// its source. They are not covered by the project's license (see test/corpus/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import type { RuleId } from '../../src/core/types';

interface Published {
  source: string;
  /** The article's date where the copy checked gives it (analysis option documentDate); the passage is checked without the dataset. */
  date?: string;
  passage: string;
  rule: RuleId;
  message: string;
  /** The quoted text the finding sits on. */
  on: string;
  /** The replacement offered, or null when none is. */
  fix: string | null;
}

const PUBLISHED: Published[] = [
  {
    source: 'Rebruit, "Broadcom Reports Strong Q4 Earnings with AI Revenue Growth", 2024-12-12 (the day its text reports; the page shows none), https://rebruit.com/broadcom-reports-strong-q4-earnings-with-ai-revenue-growth/',
    date: '2024-12-12',
    passage: '- Semiconductor Solutions Group Revenue: Increased 12% to $8.23 billion from $8.03 billion a year ago, driven by demand for AI chips.',
    rule: 'percent-change',
    message: 'Going from $8.03 billion to $8.23 billion is a rise of 2%, not 12%.',
    on: '12%',
    fix: '2%',
  },
  {
    source: 'RTO Insider, "Berkeley Lab: Data Centers Could Need 12% of US Power by 2028", 2024-12-22, https://rtoinsider.com/94520-berkeley-lab-data-centers-us-power-2028',
    date: '2024-12-22',
    passage:
      'Data centers’ voracious appetite for electricity could spike more than threefold over the next four years, rising from 4.4% of U.S. power demand in 2023 to as high as 12% in 2028, according to the Lawrence Berkeley National Laboratory.',
    rule: 'percent-change',
    message: 'Going from 4.4% to 12% is 2.7-fold, not threefold.',
    on: 'threefold',
    fix: null,
  },
  {
    source: 'Tomasz Tunguz, "The AI Revenue Rocket Ship – What 5x Growth in Six Months Means for Everyone", 2025 (after July), https://www.tomtunguz.com/ai-revenue-rocket-ship/',
    passage:
      'Google’s infrastructure tells a parallel story of unprecedented demand. Their token consumption exploded from 480 trillion tokens in May to 918 trillion in July – a 104% increase in just two months.',
    rule: 'percent-change',
    message: 'Going from 480 trillion to 918 trillion is a rise of 91%, not 104%.',
    on: '104%',
    fix: '91%',
  },
  {
    source: 'Gitnux, "Machine Learning And Statistics" (undated page), https://gitnux.org/machine-learning-and-statistics',
    passage: 'The global machine learning market is expected to grow from $21.17 billion in 2023 to $209.91 billion by 2029, at a CAGR of 42.2%',
    rule: 'cagr',
    message: 'Growing from $21.17 billion to $209.91 billion over 6 years takes about 46.6% a year, not 42.2%.',
    on: '42.2%',
    fix: '46.6%',
  },
];

for (const p of PUBLISHED) {
  test(`found in published writing: ${p.source}`, () => {
    const findings = analyze(p.passage, p.date ? { dataset: EMPTY_INDEX, documentDate: p.date } : { dataset: EMPTY_INDEX }).findings;
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => [f.ruleId, f.message])));
    const [f] = findings;
    assert.equal(f.ruleId, p.rule);
    assert.equal(f.message, p.message);
    assert.equal(p.passage.slice(f.span.start, f.span.end), p.on);
    assert.equal(f.fix?.text ?? null, p.fix);
  });
}
