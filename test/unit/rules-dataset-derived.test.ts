// dataset-mismatch on a rate whose base the draft leaves out, recomputed from the dataset's base.
// Read end to end (analyze with a small dataset of its own), so the reader's strictness is
// what is tested: each silent case is one a looser reading would turn into a false alarm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { derive } from '../../src/core/derive';
import { buildIndex, type DatasetIndex } from '../../src/core/dataset/lookup';
import type { Fact } from '../../src/core/dataset/schema';
import type { Finding } from '../../src/core/types';
import { RULES } from '../../src/core/rules';
import { applyFix, claim, q } from './rules-fixtures';
import { impliedBases } from '../../src/core/read/impliedBase';
import { parsePeriodString } from '../../src/core/read/periods/period';
import { rateMismatches } from '../../src/core/rules/rateFromDataset';

function fact(id: string, entity: string, metric: string, period: string, value: number, reported: string, kind: Fact['kind'] = 'actual', extra: Partial<Fact> = {}): Fact {
  return {
    id,
    entity,
    metric,
    value,
    unit: 'USD',
    bound: 'exact',
    reported,
    period,
    kind,
    source: { outlet: 'Wire', title: `${entity} ${metric} ${period}`, date: '2026-02-01' },
    ...extra,
  } as Fact;
}

const DATASET: DatasetIndex = buildIndex([
  {
    origin: 'test',
    file: {
      entities: [
        { name: 'Acme', aliases: ['Acme AI'], kind: 'company' },
        { name: 'Acme Cloud', aliases: [], kind: 'product', parent: 'Acme' },
        { name: 'Borealis', aliases: [], kind: 'company' },
      ],
      facts: [
        fact('acme-revenue-2023-projection', 'Acme', 'revenue', '2023', 5e9, '$5 billion', 'projection'),
        fact('acme-revenue-2024', 'Acme', 'revenue', '2024', 10e9, '$10 billion'),
        fact('acme-revenue-2025', 'Acme', 'revenue', '2025', 13e9, '$13 billion'),
        fact('acme-revenue-q3-2025', 'Acme', 'revenue', 'Q3 2025', 10e9, '$10 billion'),
        fact('acme-cloud-revenue-q3-2024', 'Acme Cloud', 'revenue', 'Q3 2024', 3e9, '$3 billion'),
        fact('acme-cloud-revenue-q3-2025', 'Acme Cloud', 'revenue', 'Q3 2025', 4e9, '$4 billion'),
        fact('acme-valuation-2025-03', 'Acme', 'valuation', '2025-03', 100e9, '$100 billion'),
        fact('acme-valuation-2025-09', 'Acme', 'valuation', '2025-09', 150e9, '$150 billion'),
        fact('borealis-revenue-2025', 'Borealis', 'revenue', '2025', 2e9, '$2 billion'),
      ] as Fact[],
    },
  },
]);

/** The dataset-mismatch findings on rates (percent or multiple figures), or on every figure for `everyFigure`. */
function findings(text: string, everyFigure = false): Finding[] {
  const result = analyze(text, { dataset: DATASET, documentDate: '2026-03-01' });
  const isRate = (f: Finding): boolean => result.quantities.some((q) => q.span.start === f.span.start && (q.kind === 'percent' || q.kind === 'multiple'));
  return result.findings.filter((f) => f.ruleId === 'dataset-mismatch' && (everyFigure || isRate(f)));
}

/** The hover's recalculations for `figure` in `text`. */
function recalculations(text: string, figure: string): { label: string; value: string; derivation: string }[] {
  const result = analyze(text, { dataset: DATASET, documentDate: '2026-03-01' });
  const q = result.quantities.find((x) => x.text === figure);
  assert.ok(q, figure);
  return derive(result, q, DATASET).filter((r) => r.label.startsWith('Recomputed'));
}

test('dataset-mismatch documents the rates it recomputes', () => {
  const rule = RULES.find((r) => r.id === 'dataset-mismatch');
  assert.ok(rule);
  assert.match(rule.docs, /year before/);
  assert.match(rule.docs, /previous valuation/);
});

test('dataset-mismatch on growth for a year, off from the dataset\'s year before: warned, with the source and the recomputed rate as fix', () => {
  const text = 'Acme AI reported revenue of $13 billion for 2025, implying 50% growth.';
  const [f, ...rest] = findings(text);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f.span.start, f.span.end), '50%');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^The dataset has Acme's 2024 revenue at \$10 billion \(Wire, “Acme revenue 2024”, 2026-02-01; from test\); \$13 billion is a rise of 30% on that, not 50%\.$/);
  assert.equal(f.derivation, '$13B ÷ $10B − 1 = 30%');
  assert.deepEqual(f.sources.map((s) => s.factId), ['acme-revenue-2024']);
  assert.equal(f.fix?.text, '30%');
  assert.equal(text.slice(f.related[0].span.start, f.related[0].span.end), '$13 billion');
  // The fix applied, the sentence is silent.
  assert.deepEqual(findings(applyFix(text, f.fix!)), []);
});

test('a rate within both sides\' rounding: nothing said, the hover shows the arithmetic and the source', () => {
  const text = 'Acme AI reported revenue of $13 billion for 2025, implying 30% growth.';
  assert.deepEqual(findings(text), []);
  const [r] = recalculations(text, '30%');
  assert.ok(r);
  assert.equal(r.label, "Recomputed from Acme's 2024 revenue (dataset)");
  assert.equal(r.value, '30%');
  assert.equal(r.derivation, '$13B ÷ $10B − 1 = 30%, from Wire, 2026-02-01');
  // "$13 billion" covers $12.5–13.5 billion and the source's "$10 billion" $9.5–10.5 billion:
  // anything from 19% to 42.1% fits, 44% does not.
  assert.deepEqual(findings('Acme AI reported revenue of $13 billion for 2025, implying 42% growth.'), []);
  assert.equal(findings('Acme AI reported revenue of $13 billion for 2025, implying 44% growth.').length, 1);
});

test('a quarter against the same quarter a year before, when the words say "year over year"', () => {
  const text = 'Acme Cloud revenue was $4 billion in Q3 2025, up 60% year over year.';
  const [f] = findings(text);
  assert.ok(f);
  assert.match(f.message, /Acme Cloud's Q3 2024 revenue at \$3 billion/);
  assert.equal(f.fix?.text, '33%');
  assert.deepEqual(findings('Acme Cloud revenue was $4 billion in Q3 2025, up 33% year over year.'), []);
  // The rate running on to its figure: "rose 60% year over year to $4 billion".
  assert.equal(findings('In Q3 2025, Acme Cloud revenue rose 60% year over year to $4 billion.').length, 1);
});

test('the year before named as such: "from 2024", "than Q3 2024"', () => {
  const [f] = findings('Acme AI reported revenue of $13 billion for 2025, up 50% from 2024.');
  assert.ok(f);
  assert.equal(f.fix?.text, '30%');
  assert.deepEqual(findings('Acme AI reported revenue of $13 billion for 2025, up 30% from 2024.'), []);
  assert.equal(findings('Acme Cloud revenue was $4 billion in Q3 2025, up 60% from Q3 2024.').length, 1);
  assert.equal(findings('Acme Cloud revenue was $4 billion in Q3 2025, up 60% from the third quarter of 2024.').length, 1);
  // Another year named as the base is not the year before: silent.
  assert.deepEqual(findings('Acme AI reported revenue of $13 billion for 2025, up 50% from 2023.'), []);
});

test('period unclear: a quarter\'s growth without "year over year" may be on the quarter before: silent', () => {
  assert.deepEqual(findings('Acme Cloud revenue was $4 billion in Q3 2025, up 60%.'), []);
  assert.deepEqual(findings('Acme Cloud revenue was $4 billion in Q3 2025, up 60% sequentially.'), []);
});

test('forecast base: a base the dataset holds only as a projection is never used: silent', () => {
  // 2023 is a projection in the dataset; $10 billion over $5 billion would be 100%.
  assert.deepEqual(findings('Acme AI reported revenue of $10 billion for 2024, implying 80% growth.'), []);
  assert.deepEqual(recalculations('Acme AI reported revenue of $10 billion for 2024, implying 80% growth.', '80%'), []);
});

test('a forecast figure is not grown from an actual: silent', () => {
  assert.deepEqual(findings('Acme AI expects revenue of $20 billion in 2026, implying 90% growth.'), []);
});

test('other entity: a rate about another company, or an entity with no base, is silent', () => {
  assert.deepEqual(findings('Acme AI reported revenue of $13 billion for 2025, while Borealis grew 50%.'), []);
  assert.deepEqual(findings('Borealis reported revenue of $2 billion for 2025, implying 50% growth.'), []);
});

test('another base named near the rate is silent: since a year, expectations, constant currency, a figure given', () => {
  for (const text of [
    'Acme AI reported revenue of $13 billion for 2025, up 50% since 2023.',
    'Acme AI reported revenue of $13 billion for 2025, 50% above expectations.',
    'Acme AI reported revenue of $13 billion for 2025, up 50% in constant currency.',
    'Acme AI reported revenue of $13 billion for 2025, up 50% from $8.7 billion.',
    // Another year anywhere in the sentence may be what the rate is measured against.
    'In its 2023 plan, Acme AI reported revenue of $13 billion for 2025, implying 50% growth.',
  ]) {
    assert.deepEqual(findings(text), [], text);
  }
});

test('a figure the dataset contradicts is dataset-mismatch\'s, and its rate is not held against the base', () => {
  const text = 'Acme AI reported revenue of $15 billion for 2025, implying 80% growth.';
  const all = findings(text, true);
  assert.equal(all.length, 1);
  assert.equal(text.slice(all[0].span.start, all[0].span.end), '$15 billion');
});

test('a rate whose size fits with the other sign is a direction in question, not a rate to replace: silent', () => {
  assert.deepEqual(findings('Acme AI reported revenue of $13 billion for 2025, down 30% year over year.'), []);
});

test('a valuation against the previous round the dataset holds', () => {
  const text = 'Acme AI was valued at $150 billion in September 2025, a 90% jump from its last round.';
  const [f] = findings(text);
  assert.ok(f);
  assert.match(f.message, /Acme's valuation as of March 2025 at \$100 billion/);
  assert.equal(f.fix?.text, '50%');
  assert.deepEqual(findings('Acme AI was valued at $150 billion in September 2025, a 50% jump from its last round.'), []);
  // A round the dataset does not know: its "last round" may be one the dataset lacks.
  assert.deepEqual(findings('Acme AI was valued at $200 billion in December 2025, a 90% jump from its last round.'), []);
});

test('a segment\'s share of the total, against its company\'s figure for the same period', () => {
  const text = 'Acme Cloud revenue was $4 billion in Q3 2025, 60% of the total.';
  const [f] = findings(text);
  assert.ok(f);
  assert.match(f.message, /Acme's Q3 2025 revenue at \$10 billion.*\$4 billion is 40% of that, not 60%\./);
  assert.equal(f.fix?.text, '40%');
  assert.deepEqual(findings('Acme Cloud revenue was $4 billion in Q3 2025, 40% of the total.'), []);
  // A share of something named ("of Acme's cloud backlog") is another whole: silent.
  assert.deepEqual(findings('Acme Cloud revenue was $4 billion in Q3 2025, 60% of the backlog.'), []);
  assert.deepEqual(findings('Acme Cloud revenue was $4 billion in Q3 2025, 60% of total revenue growth.'), []);
});

test('a multiple on the year before', () => {
  const text = 'Acme AI reported revenue of $13 billion for 2025, 2x year over year.';
  const [f] = findings(text);
  assert.ok(f);
  assert.equal(f.derivation, '$13B ÷ $10B = 1.3x');
  assert.match(f.message, /; \$13 billion is 1\.3x that, not 2x\.$/);
  assert.equal(f.fix?.text, '1.3x');
});

test('a base given in the draft is percent-change\'s question, not the dataset\'s', () => {
  const text = 'Acme AI revenue rose from $10 billion in 2024 to $13 billion in 2025, a 50% increase.';
  assert.deepEqual(findings(text), []);
});

test('the reader: a rate read with another entity or metric than its figure is not the figure\'s', () => {
  const doc = 'Acme AI reported revenue of $13 billion for 2025, implying 50% growth.';
  const amount = q(doc, '$13 billion');
  const rate = q(doc, '50%');
  const c = claim(doc, [amount, rate], []);
  const at = (s: string) => ({ start: doc.indexOf(s), end: doc.indexOf(s) + s.length });
  Object.assign(c.readings[0], { entity: 'Acme', entitySpan: at('Acme AI'), metric: 'revenue', metricSpan: at('revenue'), period: { ...parsePeriodString('2025')!, span: at('2025') }, kind: 'actual' });
  assert.equal(impliedBases(c).length, 1);
  assert.equal(impliedBases(c)[0].base, 'yearBefore');
  c.readings[1].entity = 'Borealis';
  assert.deepEqual(impliedBases(c), []);
  c.readings[1].entity = 'Acme';
  c.readings[1].metric = 'netIncome';
  assert.deepEqual(impliedBases(c), []);
});

test('a rate written in words is reported without a fix (no digits put in the writer\'s words)', () => {
  const [f] = findings('Acme AI reported revenue of $13 billion for 2025, two times the year before.');
  assert.ok(f);
  assert.equal(f.derivation, '$13B ÷ $10B = 1.3x');
  assert.equal(f.fix, null);
});

test('a rate the dataset already speaks of as a figure of its own gets no second finding', () => {
  const text = 'Acme AI reported revenue of $13 billion for 2025, implying 50% growth.';
  const [c] = analyze(text, { dataset: DATASET, documentDate: '2026-03-01' }).claims;
  const at = c.readings.findIndex((r) => r.quantity.text === '50%');
  const verdicts = c.readings.map(() => ({ kind: 'unknown' }));
  assert.equal(rateMismatches(c, DATASET, verdicts).length, 1);
  verdicts[at] = { kind: 'mismatch' };
  assert.deepEqual(rateMismatches(c, DATASET, verdicts), []);
});
