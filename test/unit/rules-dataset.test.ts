import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Finding, Quantity } from '../../src/core/types';
import type { Rule, RuleContext } from '../../src/core/rules/rule';
import type { DatasetIndex } from '../../src/core/dataset/lookup';
import { parsePeriodString } from '../../src/core/read/periods/period';
import { datasetMismatch } from '../../src/core/rules/dataset-mismatch';
import { scaleSlip } from '../../src/core/rules/scale-slip';
import { superseded } from '../../src/core/rules/superseded';
import { RULES } from '../../src/core/rules';
import { analyze } from '../../src/core/analyze';
import { applyFix, claim, q, type QOptions } from './rules-fixtures';
import { testIndex } from './dataset-fixtures';
import fc from 'fast-check';

const DATASET_RULES = [datasetMismatch, scaleSlip, superseded];

/** One sentence, one figure, read as the claim reader would: entity, metric, period. */
function sentence(doc: string, figure: string, entity: string, metric: string, period: string | null, opts: QOptions = {}): Claim {
  const quantity: Quantity = q(doc, figure, opts);
  const c = claim(doc, [quantity], []);
  c.readings = [{ quantity, entity, metric, period: period ? parsePeriodString(period) : null }];
  return c;
}

function run(rule: Rule, c: Claim, dataset: DatasetIndex = testIndex()): Finding[] {
  const ctx: RuleContext = { claims: [c], dataset, text: c.text };
  return rule.check ? rule.check(c, ctx) : [];
}

/** Every dataset rule's findings for the claim, by rule id. */
function all(c: Claim, dataset: DatasetIndex = testIndex()): string[] {
  return DATASET_RULES.flatMap((r) => run(r, c, dataset).map((f) => f.ruleId));
}

test('the four dataset rules are registered', () => {
  const ids = RULES.map((r) => r.id);
  for (const id of ['dataset-mismatch', 'scale-slip', 'superseded', 'cross-reference']) assert.ok(ids.includes(id as never), id);
});

// --- dataset-mismatch ---------------------------------------------------------

test('dataset-mismatch: a revenue figure the dataset contradicts, with source, and the dataset figure as fix', () => {
  const doc = 'OpenAI brought in $20 billion in revenue in 2025.';
  const c = sentence(doc, '$20 billion', 'OpenAI', 'revenue', '2025');
  const [f, ...rest] = run(datasetMismatch, c);
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'dataset-mismatch');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.span, c.quantities[0].span);
  assert.match(f.message, /^The dataset has OpenAI's 2025 revenue at \$13\.1 billion \(CreatiAI, “OpenAI's \$665 Billion Gamble[^)]*2026-02-22\)/);
  assert.match(f.message, /the draft says \$20 billion/);
  assert.equal(f.fix?.text, '$13.1 billion');
  assert.deepEqual(f.fix?.span, c.quantities[0].span);
  assert.deepEqual(f.sources.map((s) => [s.factId, s.outlet, s.date, s.origin]), [['openai-revenue-2025', 'CreatiAI', '2026-02-22', 'bundled']]);
  assert.match(f.derivation, /\$19 billion to \$21 billion.*\$13\.05 billion to \$13\.15 billion/);
  // Only one rule speaks about the figure.
  assert.deepEqual(all(c), ['dataset-mismatch']);
  // The fix applied and re-read is silent.
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, 'OpenAI brought in $13.1 billion in revenue in 2025.');
  assert.deepEqual(all(sentence(fixed, '$13.1 billion', 'OpenAI', 'revenue', '2025')), []);
});

test('dataset-mismatch: the fix keeps the writer\'s style ("$20B" → "$13.1B")', () => {
  const doc = 'OpenAI revenue hit $20B in 2025.';
  const [f] = run(datasetMismatch, sentence(doc, '$20B', 'OpenAI', 'revenue', '2025'));
  assert.equal(f.fix?.text, '$13.1B');
  // The source's precision, not the writer's: "$45.5B" → "$500B".
  const [g] = run(datasetMismatch, sentence('OpenAI was valued at $45.5B in October 2025.', '$45.5B', 'OpenAI', 'valuation', '2025-10'));
  assert.equal(g.fix?.text, '$500B');
});

test('dataset-mismatch: silent on a figure that agrees once rounding is allowed for ("$13 billion in revenue")', () => {
  assert.deepEqual(all(sentence('OpenAI made $13 billion in revenue in 2025.', '$13 billion', 'OpenAI', 'revenue', '2025')), []);
  assert.deepEqual(all(sentence('OpenAI made $13.1 billion in revenue in 2025.', '$13.1 billion', 'OpenAI', 'revenue', '2025')), []);
  assert.deepEqual(all(sentence('It had $4.3 billion in revenue in H1 2025.', '$4.3 billion', 'OpenAI', 'revenue', 'H1 2025')), []);
});

test('dataset-mismatch: unknown is never wrong (no period, other period, unknown entity, no fact)', () => {
  assert.deepEqual(all(sentence('OpenAI makes $20 billion in revenue.', '$20 billion', 'OpenAI', 'revenue', null)), []);
  assert.deepEqual(all(sentence('OpenAI made $20 billion in revenue in 2024.', '$20 billion', 'OpenAI', 'revenue', '2024')), []);
  assert.deepEqual(all(sentence('Acme made $20 billion in revenue in 2025.', '$20 billion', 'Acme', 'revenue', '2025')), []);
  assert.deepEqual(all(sentence('OpenAI made $20 billion in revenue in 2025.', '$20 billion', 'OpenAI', 'revenue', '2025'), testIndex([])), []);
  // A half-year figure is never compared with the full year.
  assert.deepEqual(all(sentence('OpenAI made $13.1 billion in H2 2025.', '$13.1 billion', 'OpenAI', 'revenue', 'H2 2025')), []);
});

test('dataset-mismatch: a level (valuation) is contradicted for its month, never for a whole year', () => {
  const doc = 'OpenAI was valued at $300 billion in October 2025.';
  const [f] = run(datasetMismatch, sentence(doc, '$300 billion', 'OpenAI', 'valuation', '2025-10'));
  assert.match(f.message, /OpenAI's valuation as of October 2025 at \$500 billion/);
  assert.equal(f.fix?.text, '$500 billion');
  // For the whole of 2025 the dataset may lack the month meant: "$500 billion" agrees, "$300 billion" is unknown.
  assert.deepEqual(all(sentence('OpenAI was valued at $500 billion in 2025.', '$500 billion', 'OpenAI', 'valuation', '2025')), []);
  assert.deepEqual(all(sentence('OpenAI was valued at $300 billion in 2025.', '$300 billion', 'OpenAI', 'valuation', '2025')), []);
});

test('dataset-mismatch: users — "over 900 million weekly users" agrees; "600 million" in February 2026 does not', () => {
  const over = sentence('ChatGPT has over 900 million weekly users as of February 2026.', '900 million', 'ChatGPT', 'weeklyActiveUsers', '2026-02', { unit: 'users', qualifier: 'over' });
  assert.deepEqual(all(over), []);
  const low = sentence('ChatGPT had 600 million weekly users in February 2026.', '600 million', 'ChatGPT', 'weeklyActiveUsers', '2026-02', { unit: 'users' });
  const [f] = run(datasetMismatch, low);
  assert.match(f.message, /ChatGPT's weekly active users as of February 2026 at 900 million/);
  assert.equal(f.fix?.text, '900 million');
});

test('dataset-mismatch: no fix for a bounded dataset figure or a bounded draft figure', () => {
  const target = sentence('OpenAI targets $200 billion in revenue in 2030.', '$200 billion', 'OpenAI', 'revenueTarget', '2030');
  // The $200 billion forecast was superseded, so this is the superseded rule's.
  assert.deepEqual(all(target), ['superseded']);
  const low = sentence('OpenAI targets $100 billion in revenue by 2030.', '$100 billion', 'OpenAI', 'revenueTarget', 'by 2030');
  const [f] = run(datasetMismatch, low);
  assert.match(f.message, /more than \$280 billion/);
  assert.equal(f.fix, null);
  const over = sentence('OpenAI made over $20 billion in revenue in 2025.', '$20 billion', 'OpenAI', 'revenue', '2025', { qualifier: 'over' });
  const [g] = run(datasetMismatch, over);
  assert.equal(g.fix, null);
});

// --- scale-slip ----------------------------------------------------------------

test('scale-slip: million for billion is an error, fixed by the right scale in the writer\'s style', () => {
  const doc = 'OpenAI generated $13.1 million in revenue in 2025.';
  const c = sentence(doc, '$13.1 million', 'OpenAI', 'revenue', '2025');
  const [f, ...rest] = run(scaleSlip, c);
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^\$13\.1 million is a thousand times too small: the dataset has OpenAI's 2025 revenue at \$13\.1 billion \(CreatiAI/);
  assert.equal(f.fix?.text, '$13.1 billion');
  assert.match(f.derivation, /× 1,000 = \$13\.1 billion/);
  assert.deepEqual(all(c), ['scale-slip']);
  const fixed = applyFix(doc, f.fix!);
  assert.deepEqual(all(sentence(fixed, '$13.1 billion', 'OpenAI', 'revenue', '2025')), []);
});

test('scale-slip: million for billion in other styles ("$600 million" by 2030, "$4.3m" in H1 2025)', () => {
  const c2 = sentence('OpenAI expects compute spend of $600 million by 2030.', '$600 million', 'OpenAI', 'computeCommitment', 'by 2030');
  const [f] = run(scaleSlip, c2);
  assert.equal(f.fix?.text, '$600 billion');
  const c3 = sentence('OpenAI revenue was $4.3m in H1 2025.', '$4.3m', 'OpenAI', 'revenue', 'H1 2025');
  const [g] = run(scaleSlip, c3);
  assert.equal(g.fix?.text, '$4.3bn');
  const c4 = sentence('OpenAI made $4,300 billion in H1 2025.', '$4,300 billion', 'OpenAI', 'revenue', 'H1 2025');
  const [h] = run(scaleSlip, c4);
  assert.match(h.message, /a thousand times too large/);
  assert.equal(h.fix?.text, '$4,300 million');
});

test('scale-slip: a range keeps both ends and its dash ("$4-5 million" → "$4-5 billion"; "$4 million–$5 million" both words)', () => {
  const doc = 'OpenAI made $4-5 million in revenue in H1 2025.';
  const [f] = run(scaleSlip, sentence(doc, '$4-5 million', 'OpenAI', 'revenue', 'H1 2025'));
  assert.equal(f.fix?.text, '$4-5 billion');
  const doc2 = 'OpenAI made $4 million–$5 million in revenue in H1 2025.';
  const base = q(doc2.replace('$4 million–$5 million', '$4-5 million'), '$4-5 million');
  const spelled: Quantity = { ...base, text: '$4 million–$5 million', span: { start: base.span.start, end: base.span.start + '$4 million–$5 million'.length } };
  const c = claim(doc2, [spelled], []);
  c.readings = [{ quantity: spelled, entity: 'OpenAI', metric: 'revenue', period: parsePeriodString('H1 2025') }];
  const [g] = run(scaleSlip, c);
  assert.equal(g.fix?.text, '$4 billion–$5 billion');
});

test('scale-slip: silent on correct figures and on figures the dataset does not cover', () => {
  assert.deepEqual(run(scaleSlip, sentence('OpenAI generated $13.1 billion in revenue in 2025.', '$13.1 billion', 'OpenAI', 'revenue', '2025')), []);
  assert.deepEqual(run(scaleSlip, sentence('OpenAI generated $13.1 million in revenue.', '$13.1 million', 'OpenAI', 'revenue', null)), []);
});

// --- superseded ----------------------------------------------------------------

test('superseded: "$1.4 trillion in spending commitments" is information only, naming both figures and dates', () => {
  const doc = 'How does $13 billion in revenue justify $1.4 trillion in spending commitments?';
  const c = sentence(doc, '$1.4 trillion', 'OpenAI', 'computeCommitment', null);
  const [f, ...rest] = run(superseded, c);
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'info');
  assert.equal(f.fix, null);
  assert.match(f.message, /\$1\.4 trillion matches OpenAI's targeted compute commitment over 2025–2033 as first reported \(Fortune, /);
  assert.match(f.message, /2025-11-12/);
  assert.match(f.message, /around \$600 billion/);
  assert.match(f.message, /2026-02-20/);
  assert.deepEqual(f.sources.map((s) => s.factId), ['openai-computecommitment-1.4t', 'openai-computecommitment-2030']);
  assert.deepEqual(all(c), ['superseded']);
  // "$13 billion in revenue" with no period says nothing.
  assert.deepEqual(all(sentence(doc, '$13 billion', 'OpenAI', 'revenue', null)), []);
});

test('superseded: a projected figure later replaced by the actual; never also a mismatch', () => {
  const c = sentence('OpenAI was set to burn $8.5 billion in 2025.', '$8.5 billion', 'OpenAI', 'cashBurn', '2025');
  assert.deepEqual(all(c), ['superseded']);
  const [f] = run(superseded, c);
  assert.match(f.message, /\$8\.5 billion.*2025-09-30.*\$8 billion.*2026-02-21/);
  assert.match(f.derivation, /\$8\.5 billion \(2025-09-30\) → \$8 billion \(2026-02-21\)/);
});

test('superseded: silent when the figure also agrees with the revised one ("$13 billion" for 2025)', () => {
  assert.deepEqual(run(superseded, sentence('OpenAI made $13 billion in 2025.', '$13 billion', 'OpenAI', 'revenue', '2025')), []);
  assert.deepEqual(run(superseded, sentence('OpenAI burned $8 billion in 2025.', '$8 billion', 'OpenAI', 'cashBurn', '2025')), []);
});

test('superseded: silent when the revision was reported after the document was written (the figure was current then)', () => {
  const c = sentence('OpenAI was set to burn $8.5 billion in 2025.', '$8.5 billion', 'OpenAI', 'cashBurn', '2025');
  const withDate = (iso: string): Finding[] => {
    const ctx: RuleContext = { claims: [c], dataset: testIndex(), text: c.text, date: { year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10), iso } };
    return superseded.check!(c, ctx);
  };
  // The revision ($8 billion) was reported on 2026-02-21.
  assert.deepEqual(withDate('2025-10-15'), []);
  assert.equal(withDate('2026-03-01').length, 1);
  assert.equal(withDate('2026-02-21').length, 1);
  // The dataset's page may retell the news weeks later: a month before it, the revision may already have been out.
  assert.equal(withDate('2026-01-20').length, 1);
});

// --- end to end, through analyze() ------------------------------------------------


const DATASET_IDS = new Set(['dataset-mismatch', 'scale-slip', 'superseded', 'cross-reference']);
function datasetFindings(text: string): Finding[] {
  return analyze(text, { dataset: testIndex() }).findings.filter((f) => DATASET_IDS.has(f.ruleId));
}
const ids = (fs: Finding[]): string[] => fs.map((f) => f.ruleId);

test('analyze: a contradicted revenue figure gets dataset-mismatch and a fix that re-analyses silent', () => {
  const text = 'OpenAI brought in $20 billion in revenue in 2025.';
  const [f, ...rest] = datasetFindings(text);
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'dataset-mismatch');
  assert.equal(text.slice(f.span.start, f.span.end), '$20 billion');
  assert.match(f.message, /OpenAI's 2025 revenue at \$13\.1 billion \(CreatiAI/);
  assert.equal(f.fix?.text, '$13.1 billion');
  assert.deepEqual(datasetFindings(applyFix(text, f.fix!)), []);
});

test('analyze: "$13.1 million" for 2025 revenue is a scale slip, fixed to "$13.1 billion"', () => {
  const text = 'OpenAI generated $13.1 million in revenue in 2025.';
  const found = datasetFindings(text);
  assert.deepEqual(ids(found), ['scale-slip']);
  assert.equal(found[0].fix?.text, '$13.1 billion');
  assert.deepEqual(datasetFindings(applyFix(text, found[0].fix!)), []);
});

test('analyze: correct sentences stay silent ("$13 billion in revenue" for 2025, "over 900 million weekly users" now)', () => {
  assert.deepEqual(datasetFindings('OpenAI made $13 billion in revenue in 2025.'), []);
  assert.deepEqual(datasetFindings('ChatGPT now has over 900 million weekly active users.'), []);
  assert.deepEqual(datasetFindings('OpenAI burned $8 billion in 2025.'), []);
});

test('analyze: a level stated as current is compared with the latest figure, without a fix', () => {
  const [f, ...rest] = datasetFindings('ChatGPT now has 500 million weekly active users.');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'dataset-mismatch');
  assert.match(f.message, /900 million/);
  assert.equal(f.fix, null);
});

test('analyze: "$1.4 trillion in spending commitments" (the corpus sentence) is superseded, information only', () => {
  const text =
    'OpenAI is planning massive AI infrastructure spending. During an interview with investor Brad Gerstner, CEO Sam Altman became defensive when questioned about how $13 billion in revenue justifies $1.4 trillion in spending commitments.';
  const found = datasetFindings(text);
  assert.deepEqual(ids(found), ['superseded']);
  assert.equal(found[0].severity, 'info');
  assert.equal(text.slice(found[0].span.start, found[0].span.end), '$1.4 trillion');
  assert.equal(found[0].fix, null);
  assert.match(found[0].message, /2025-11-12.*around \$600 billion.*2026-02-20/);
});

test('analyze: the $8.5 billion burn projection, quoted as a projection, is a note; stated as what happened, a mismatch', () => {
  assert.deepEqual(ids(datasetFindings('OpenAI was expected to burn $8.5 billion in 2025.')), ['superseded']);
  assert.deepEqual(ids(datasetFindings('OpenAI burned $8.5 billion in 2025.')), ['dataset-mismatch']);
});

test('analyze: "revenue in 2025 was $11 billion" is a mismatch against the $13.1 billion actual, not the $10 billion projection', () => {
  const [f, ...rest] = datasetFindings("OpenAI's revenue in 2025 was $11 billion.");
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'dataset-mismatch');
  assert.deepEqual(f.sources.map((s) => s.factId), ['openai-revenue-2025']);
  assert.equal(f.fix?.text, '$13.1 billion');
});

test('analyze: a table that contradicts the text is a cross-reference on the table figure', () => {
  const text = 'OpenAI burned $2-3 billion in the first half of 2025.\n\n| Company | H1 2025 cash burn |\n|---|---|\n| OpenAI | $9 billion |\n';
  const cross = datasetFindings(text).filter((f) => f.ruleId === 'cross-reference');
  assert.equal(cross.length, 1);
  assert.equal(text.slice(cross[0].span.start, cross[0].span.end), '$9 billion');
  assert.equal(text.slice(cross[0].related[0].span.start, cross[0].related[0].span.end), '$2-3 billion');
  assert.match(cross[0].message, /line 1 gives it as \$2-3 billion/);
});

test('analyze: a period carried into a sentence about a part of the year, or two figures for one period, are not compared', () => {
  assert.deepEqual(datasetFindings('In 2025, OpenAI burned $8 billion. In the first half alone, it burned $2.5 billion.'), []);
  assert.deepEqual(datasetFindings("OpenAI's revenue tripled in 2025 to $13 billion from $3.7 billion a year earlier."), []);
  assert.deepEqual(
    datasetFindings('OpenAI booked $4.3 billion in revenue in the first half of 2025. For the full year, revenue was $13.1 billion.'),
    [],
  );
});

test('dataset-mismatch: a projection contradicts only a figure the draft presents as expected', () => {
  // The dataset has "over $17 billion" projected for 2026.
  assert.deepEqual(all(sentence('OpenAI burned $10 billion in 2026.', '$10 billion', 'OpenAI', 'cashBurn', '2026')), []);
  const expected = sentence('OpenAI expects to burn $10 billion in 2026.', '$10 billion', 'OpenAI', 'cashBurn', '2026');
  const [f] = run(datasetMismatch, expected);
  assert.match(f.message, /OpenAI's 2026 projected cash burn at over \$17 billion/);
  assert.equal(f.fix, null);
});

test('property: at most one dataset rule speaks about a figure, and every fix re-analyses silent', () => {
  const TEMPLATES = [
    (f: string) => `OpenAI made ${f} in revenue in 2025.`,
    (f: string) => `OpenAI booked ${f} in revenue in the first half of 2025.`,
    (f: string) => `OpenAI burned ${f} in 2025.`,
    (f: string) => `OpenAI expects to burn ${f} in 2026.`,
    (f: string) => `OpenAI was valued at ${f} in October 2025.`,
    (f: string) => `OpenAI expects compute spend of ${f} by 2030.`,
  ];
  const figure = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(0, 1), fc.constantFrom(' million', ' billion', ' trillion', 'B', 'bn', 'm'))
    .map(([n, d, scale]) => `$${d ? (n / 10).toFixed(1) : String(n)}${scale}`);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: TEMPLATES.length - 1 }), figure, (t, fig) => {
      const text = TEMPLATES[t](fig);
      const found = datasetFindings(text).filter((f) => f.ruleId !== 'cross-reference');
      const spans = found.map((f) => `${f.span.start}:${f.span.end}`);
      assert.equal(new Set(spans).size, spans.length, `two dataset rules on one figure: ${text}`);
      for (const f of found) {
        if (!f.fix) continue;
        const fixed = applyFix(text, f.fix);
        const again = datasetFindings(fixed).filter((g) => g.ruleId === 'dataset-mismatch' || g.ruleId === 'scale-slip');
        assert.deepEqual(ids(again), [], `after the fix: ${fixed}`);
      }
    }),
    { numRuns: 150 },
  );
});

test('dataset-mismatch: sources name every dataset figure the warning relied on', () => {
  const c = sentence("ChatGPT's share of chatbot traffic was 30% in January 2026.", '30%', 'ChatGPT', 'trafficShare', '2026-01');
  const [f] = run(datasetMismatch, c);
  assert.deepEqual(
    f.sources.map((s) => s.factId),
    ['chatgpt-trafficshare-2026-01-02', 'chatgpt-marketshare-us-2026-01'],
  );
  assert.equal(f.fix, null);
});

test('analyze: an entity carried into a sentence about a rival is not compared', () => {
  assert.deepEqual(datasetFindings('OpenAI made $13.1 billion in revenue in 2025. Its closest rival made $4.5 billion in revenue in 2025.'), []);
  assert.deepEqual(datasetFindings('OpenAI made $13.1 billion in revenue in 2025. A smaller competitor made $2 billion in revenue in 2025.'), []);
  // Carried into a sentence about the same company, it still is.
  assert.deepEqual(ids(datasetFindings('OpenAI had a big year. It made $20 billion in revenue in 2025.')), ['dataset-mismatch']);
});

test('messages read aloud: human periods, the bound worded as a figure, derivations that add rather than repeat', () => {
  const users = datasetFindings('ChatGPT had 80 million weekly active users in October 2025. ChatGPT had 800 million weekly active users in October 2025.');
  const mismatch = users.find((f) => f.ruleId === 'dataset-mismatch');
  assert.ok(mismatch);
  assert.match(mismatch.message, /^The dataset has ChatGPT's weekly active users as of October 2025 at more than 800 million \(/);
  assert.equal(mismatch.derivation, "80 million covers 76 million to 84 million, all below the dataset's figure of more than 800 million.");
  const cross = users.find((f) => f.ruleId === 'cross-reference');
  assert.ok(cross);
  assert.equal(cross.message, "This gives ChatGPT's weekly active users in October 2025 as 800 million, but line 1 gives it as 80 million.");
  assert.doesNotMatch(cross.message + cross.derivation, /2025-10/);
  assert.match(cross.derivation, /80 million on line 1 \(76 million to 84 million\) and 800 million here \(760 million to 840 million\)/);
  const [rev] = datasetFindings("OpenAI's revenue in 2025 was $11 billion.");
  assert.equal(rev.derivation, "$11 billion covers $10.5 billion to $11.5 billion, all below the dataset's figure of $13.1 billion ($13.05 billion to $13.15 billion).");
  const [slip] = datasetFindings('OpenAI generated $13.1 million in revenue in 2025.');
  assert.equal(slip.derivation, "$13.1 million × 1,000 = $13.1 billion, the dataset's figure.");
});

test('messages: a count keeps its noun, an interval end keeps its digits, a bound is not spelled out twice', async () => {
  const { bundledIndex } = await import('../../src/core/dataset/bundled');
  const dataset = bundledIndex();
  const found = (text: string): Finding[] => analyze(text, { dataset }).findings.filter((f) => f.ruleId === 'dataset-mismatch');
  const [gw] = found('AMD will supply 60 gigawatts of chips to OpenAI under its October 2025 deal.');
  assert.match(gw.message, /at 6 GW \(.*\); the draft says 60 gigawatts\.$/);
  assert.equal(gw.derivation, "60 gigawatts covers 57 GW to 63 GW, all above the dataset's figure of 6 GW (5.7 GW to 6.3 GW).");
  const [loss] = found('OpenAI lost $1.15 billion in the third quarter of 2025.');
  assert.equal(loss.derivation, "$1.15 billion covers $1.145 billion to $1.155 billion, all below the dataset's figure of $11.5 billion or more.");
});

test('analyze: a period carried from the sentence before gives a warning without a fix', () => {
  const found = datasetFindings("In 2025, OpenAI's revenue was $13.1 billion. Its cash burn was $2.5 billion.");
  assert.deepEqual(ids(found), ['dataset-mismatch']);
  assert.equal(found[0].fix, null);
  // The same figure with its own period keeps the fix.
  assert.equal(datasetFindings('OpenAI burned $2.5 billion in 2025.')[0].fix?.text, '$8 billion');
});

test('analyze: a figure whose period is in doubt is not matched against facts of other periods', () => {
  // Two figures read as OpenAI's H1 2025 revenue cannot both be right, so neither period is
  // trusted; the $13.5 billion must not then be taken for the superseded 2025 estimate of $13 billion.
  const text = "OpenAI's net loss in the first half of 2025 was $13.5 billion, on revenue of $4.3 billion.";
  const claims = analyze(text, { dataset: testIndex() }).claims;
  const c = claims.find((x) => x.text.includes('$13.5 billion'));
  assert.ok(c);
  const r = c.readings.find((x) => x.quantity.text === '$13.5 billion');
  assert.ok(r);
  const asRevenue: Claim = { ...c, readings: c.readings.map((x) => ({ ...x, entity: 'OpenAI', metric: 'revenue', period: parsePeriodString('H1 2025') })) };
  const ctx: RuleContext = { text, claims: [asRevenue], dataset: testIndex() };
  assert.deepEqual([...superseded.check!(asRevenue, ctx), ...datasetMismatch.check!(asRevenue, ctx)], []);
});

test('superseded: a forecast replaced by the outcome says the actual was reported, a revised figure says revised', () => {
  const [burn] = datasetFindings('OpenAI was expected to burn $8.5 billion in 2025.');
  assert.match(burn.message, /; the actual has since been reported: the dataset has OpenAI's 2025 cash burn at \$8 billion \(/);
  const [commit] = datasetFindings('OpenAI has $1.4 trillion in compute commitments.');
  assert.match(commit.message, /; since revised, the dataset now has OpenAI's targeted compute commitment by 2030 at around \$600 billion \(/);
});

test('scale-slip derivation: the rescaled figure is "the dataset\'s figure" whatever the source\'s style', () => {
  return import('../../src/core/dataset/bundled').then(({ bundledIndex }) => {
    const dataset = bundledIndex();
    assert.equal(dataset.byId('openai-valuation-2024-10')?.reported, '$157bn');
    const [slip] = analyze('OpenAI was valued at $157 million in October 2024.', { dataset }).findings;
    assert.equal(slip.ruleId, 'scale-slip');
    assert.equal(slip.derivation, "$157 million × 1,000 = $157 billion, the dataset's figure.");
  });
});

test('a scale slip is offered only when the rescaled figure agrees with the fact, bound included', () => {
  // The dataset has OpenAI's 2026 projected cash burn at "over $17 billion".
  const slipped = 'OpenAI expects to burn $17 million in 2026.';
  const [f] = datasetFindings(slipped).filter((x) => x.ruleId === 'scale-slip');
  assert.equal(f?.fix?.text, '$17 billion');
  assert.deepEqual(ids(datasetFindings(applyFix(slipped, f.fix!)).filter((g) => g.ruleId !== 'cross-reference')), []);
  // $16.5 billion rounds to the 17 but is not over $17 billion: no slip, and no fix that fires again.
  assert.deepEqual(ids(datasetFindings('OpenAI expects to burn $16.5 million in 2026.').filter((g) => g.ruleId === 'scale-slip')), []);
});
