import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Period, Quantity, Reading } from '../../src/core/types';
import { parsePeriodString } from '../../src/core/read/periods/period';
import { assess, findMatches, matchFacts, periodFit } from '../../src/core/dataset/match';
import { compare, factInterval, scaleSlipFactor } from '../../src/core/dataset/compare';
import { factFigure, factSubject } from '../../src/core/dataset/citation';
import { periodReliable } from '../../src/core/dataset/hedging';
import type { LoadedFact } from '../../src/core/dataset/lookup';
import { q } from './rules-fixtures';
import { fact, testIndex } from './dataset-fixtures';

const loaded = (id: string): LoadedFact => ({ ...fact(id), origin: 'bundled' });
const period = (s: string): Period => {
  const p = parsePeriodString(s);
  if (!p) throw new Error(s);
  return p;
};
const reading = (quantity: Quantity, entity: string | null, metric: string | null, p: string | null): Reading => ({
  quantity,
  entity,
  metric,
  period: p ? period(p) : null,
});
const money = (figure: string, opts: Parameters<typeof q>[2] = {}): Quantity => q(`x ${figure} y`, figure, opts);
const users = (figure: string, opts: Parameters<typeof q>[2] = {}): Quantity => q(`x ${figure} users`, figure, { unit: 'users', ...opts });

test('compare respects the rounding on both sides: "$13 billion" agrees with $13.1 billion, "$12 billion" does not', () => {
  const f = loaded('openai-revenue-2025');
  assert.equal(compare(money('$13 billion'), f), 'agrees');
  assert.equal(compare(money('$13.1 billion'), f), 'agrees');
  assert.equal(compare(money('$13.1B'), f), 'agrees');
  assert.equal(compare(money('$12 billion'), f), 'disagrees');
  assert.equal(compare(money('$13.3 billion'), f), 'disagrees');
});

test('compare reads a slip of scale as scaleSlip, but not for open bounds', () => {
  const f = loaded('openai-revenue-2025');
  assert.equal(compare(money('$13.1 million'), f), 'scaleSlip');
  assert.equal(scaleSlipFactor(money('$13.1 million'), f), 1000);
  const commitment = loaded('openai-computecommitment-1.4t');
  assert.equal(scaleSlipFactor(money('$1.4 billion'), commitment), 1000);
  assert.equal(scaleSlipFactor(money('$1,400 trillion'), commitment), 0.001);
  // "under $10 billion" times a thousand covers anything below $10 trillion: no evidence of a slip.
  assert.equal(compare(money('$10 billion', { qualifier: 'under' }), f), 'disagrees');
  assert.equal(scaleSlipFactor(money('$10 million', { qualifier: 'under' }), f), null);
  // Nor is a fact with an open bound ("surpassed 800 million"): a thousand times anything above it agrees.
  assert.equal(scaleSlipFactor(users('700 million'), loaded('chatgpt-weeklyactiveusers-2025-10')), null);
});

test('compare with bounded facts: "over 900 million" agrees with "more than"-style and exact facts', () => {
  const surpassed800 = loaded('chatgpt-weeklyactiveusers-2025-10'); // "surpassed 800 million"
  assert.equal(compare(users('800 million', { qualifier: 'over' }), surpassed800), 'agrees');
  assert.equal(compare(users('850 million'), surpassed800), 'agrees');
  assert.equal(compare(users('700 million'), surpassed800), 'disagrees');
  const nine = loaded('chatgpt-weeklyactiveusers-2026-02');
  assert.equal(compare(users('900 million', { qualifier: 'over' }), nine), 'agrees');
  const target = loaded('openai-revenuetarget-2030'); // "more than $280 billion"
  assert.equal(compare(money('$300 billion'), target), 'agrees');
  assert.equal(compare(money('$200 billion'), target), 'disagrees');
});

test('compare is unknown across units: euros against dollars, percent against users, vague figures', () => {
  const f = loaded('openai-revenue-2025');
  assert.equal(compare(money('€13 billion'), f), 'unknown');
  assert.equal(compare(q('x 13% y', '13%'), f), 'unknown');
  assert.equal(compare({ ...money('$13 billion'), vague: true }, f), 'unknown');
  assert.equal(compare(q('x 900 million GPUs', '900 million', { unit: 'gpus' }), loaded('chatgpt-weeklyactiveusers-2026-02')), 'unknown');
});

test('factInterval reads the precision and bound the source reported', () => {
  const i = factInterval(loaded('openai-revenue-2025'));
  assert.ok(Math.abs(i.low - 13.05e9) < 1 && Math.abs(i.high - 13.15e9) < 1);
  const over = factInterval(loaded('openai-revenuetarget-2030'));
  assert.equal(over.low, 280e9);
  assert.equal(over.high, Infinity);
  assert.equal(over.lowOpen, true);
});

test('periodFit: a year and its fiscal year are one; a half is never the year for a flow', () => {
  assert.equal(periodFit(period('2025'), period('FY2025'), true, 'actual'), 'exact');
  assert.equal(periodFit(period('2025'), period('2025'), true, 'actual'), 'exact');
  assert.equal(periodFit(period('2025'), period('H1 2025'), true, 'actual'), null);
  assert.equal(periodFit(period('H1 2025'), period('2025'), true, 'actual'), null);
  assert.equal(periodFit(period('2024'), period('2025'), true, 'actual'), null);
});

test('periodFit: a level (valuation, users) dated inside the stated period fits; targets fit "by" their year', () => {
  assert.equal(periodFit(period('2025'), period('2025-10'), false, 'actual'), 'within');
  assert.equal(periodFit(period('2025-10-06'), period('2025-10'), false, 'actual'), 'within');
  assert.equal(periodFit(period('2026'), period('2025-10'), false, 'actual'), null);
  assert.equal(periodFit(period('2030'), period('by 2030'), true, 'target'), 'within');
  assert.equal(periodFit(period('2030'), period('by 2030'), true, 'actual'), null);
  // "by 2030" has no start: 2025 is not inside it.
  assert.equal(periodFit(period('2025'), period('by 2030'), false, 'target'), null);
});

test('matchFacts: same entity, metric and period; superseded facts included, other periods not', () => {
  const ds = testIndex();
  const ids = matchFacts(reading(money('$13 billion'), 'OpenAI', 'revenue', '2025'), ds).map((f) => f.id).sort();
  assert.deepEqual(ids, ['openai-revenue-2025', 'openai-revenue-2025-gerstner', 'openai-revenue-2025-projection-10b', 'openai-revenue-2025-projection-13b']);
  assert.deepEqual(matchFacts(reading(money('$4.3 billion'), 'OpenAI', 'revenue', 'H1 2025'), ds).map((f) => f.id), ['openai-revenue-h1-2025']);
  assert.deepEqual(matchFacts(reading(money('$4.3 billion'), 'OpenAI', 'revenue', 'Q3 2025'), ds), []);
  assert.deepEqual(matchFacts(reading(money('$8 billion'), 'OpenAI', 'netLoss', '2025'), ds), []);
  assert.deepEqual(matchFacts(reading(money('$8 billion'), null, 'cashBurn', '2025'), ds), []);
});

test('matchFacts: no period, no match (unknown is never wrong) — unless the draft says "now" for a level', () => {
  const ds = testIndex();
  assert.deepEqual(matchFacts(reading(money('$13 billion'), 'OpenAI', 'revenue', null), ds), []);
  assert.deepEqual(matchFacts(reading(money('$500 billion'), 'OpenAI', 'valuation', null), ds), []);
  const now = findMatches(reading(money('$500 billion'), 'OpenAI', 'valuation', null), ds, { sentence: 'OpenAI is now valued at $500 billion.' });
  assert.deepEqual(now.map((m) => [m.fact.id, m.fit]), [['openai-valuation-2026-02', 'current']]);
  // "now" never applies to a flow such as revenue.
  assert.deepEqual(matchFacts(reading(money('$13 billion'), 'OpenAI', 'revenue', null), ds, { sentence: 'OpenAI now makes $13 billion in revenue.' }), []);
});

test('matchFacts: a level within a year lists the latest as-of first', () => {
  const ds = testIndex();
  const ids = matchFacts(reading(money('$500 billion'), 'OpenAI', 'valuation', '2025'), ds).map((f) => f.id);
  assert.deepEqual(ids, ['openai-valuation-2025-10']);
  const users2026 = matchFacts(reading(users('900 million'), 'ChatGPT', 'weeklyActiveUsers', '2026'), ds).map((f) => f.id);
  assert.deepEqual(users2026, ['chatgpt-weeklyactiveusers-2026-02']);
});

test('matchFacts: a company reaches its product for product-level metrics only', () => {
  const ds = testIndex();
  assert.deepEqual(
    matchFacts(reading(users('800 million'), 'OpenAI', 'weeklyActiveUsers', '2025-10'), ds).map((f) => f.id),
    ['chatgpt-weeklyactiveusers-2025-10'],
  );
  assert.deepEqual(matchFacts(reading(money('$13.1 billion'), 'ChatGPT', 'revenue', '2025'), ds), []);
});

test('assess: agrees with the current fact beats everything; an old figure is superseded, not a mismatch', () => {
  const ds = testIndex();
  assert.equal(assess(reading(money('$13 billion'), 'OpenAI', 'revenue', '2025'), ds).kind, 'agrees');
  const v = assess(reading(money('$8.5 billion'), 'OpenAI', 'cashBurn', '2025'), ds, { sentence: 'OpenAI projected it would burn $8.5 billion in 2025.' });
  assert.equal(v.kind, 'superseded');
  if (v.kind === 'superseded') {
    assert.equal(v.fact.id, 'openai-cashburn-2025-projection-8.5b');
    assert.equal(v.current?.id, 'openai-cashburn-2025');
  }
  const t = assess(reading(money('$1.4 trillion'), 'OpenAI', 'computeCommitment', null), ds);
  assert.equal(t.kind, 'superseded');
  if (t.kind === 'superseded') assert.equal(t.current?.id, 'openai-computecommitment-2030');
});

test('assess: mismatch is certain only for one current fact of exactly the stated period', () => {
  const ds = testIndex();
  const m = assess(reading(money('$20 billion'), 'OpenAI', 'revenue', '2025'), ds);
  assert.deepEqual(m.kind === 'mismatch' ? [m.fact.id, m.certain] : m.kind, ['openai-revenue-2025', true]);
  const within = assess(reading(money('$300 billion'), 'OpenAI', 'valuation', '2025-10-15'), ds);
  assert.deepEqual(within.kind === 'mismatch' ? [within.fact.id, within.certain] : within.kind, ['openai-valuation-2025-10', false]);
  // A level for a whole year: the dataset may lack the month the draft means (OpenAI was valued
  // at $300 billion earlier in 2025), so a disagreement is unknown.
  assert.equal(assess(reading(money('$300 billion'), 'OpenAI', 'valuation', '2025'), ds).kind, 'unknown');
  const slip = assess(reading(money('$13.1 million'), 'OpenAI', 'revenue', '2025'), ds);
  assert.deepEqual(slip.kind === 'scaleSlip' ? [slip.fact.id, slip.factor] : slip.kind, ['openai-revenue-2025', 1000]);
  assert.equal(assess(reading(money('$20 billion'), 'OpenAI', 'revenue', null), ds).kind, 'unknown');
  assert.equal(assess(reading(money('$20 billion'), 'Anthropic', 'revenue', '2025'), ds).kind, 'unknown');
});

test('every bundled fact, stated as its source reported it, agrees with the dataset or is noted as superseded', async () => {
  const { bundledIndex } = await import('../../src/core/dataset/bundled');
  const ds = bundledIndex();
  const wrong: string[] = [];
  for (const f of ds.facts) {
    const kind: Quantity['kind'] = f.unit === 'percent' ? 'percent' : ['USD', 'EUR', 'GBP', 'CNY', 'JPY'].includes(f.unit) ? 'money' : 'count';
    const quantity: Quantity = {
      kind,
      span: { start: 0, end: 1 },
      text: f.reported,
      value: f.value,
      low: f.low ?? f.value,
      high: f.high ?? f.value,
      isRange: f.low !== undefined,
      unit: kind === 'money' ? f.unit : kind === 'percent' ? '%' : f.unit.toLowerCase(),
      scale: 1,
      scaleText: '',
      decimals: 6,
      sign: null,
      qualifier: f.bound === 'exact' ? null : f.bound,
      vague: false,
      words: false,
      segment: 0,
    };
    // A forecast is stated as one: "was expected to reach …".
    const sentence = f.kind === 'projection' || f.kind === 'target' || f.kind === 'guidance' ? `It was expected to reach ${f.reported}.` : undefined;
    const v = assess({ quantity, entity: f.entity, metric: f.metric, period: parsePeriodString(f.period) }, ds, { sentence });
    const expected = f.supersededBy ? ['superseded', 'agrees'] : ['agrees'];
    if (!expected.includes(v.kind)) wrong.push(`${f.id}: ${v.kind}${'fact' in v ? ` (${v.fact.id})` : ''}`);
  }
  assert.deepEqual(wrong, []);
});

test('share metrics: "market share" may be the traffic share or the app-usage share; either agrees, no certain fix', () => {
  const ds = testIndex();
  const share = (figure: string): Quantity => q(`x ${figure} y`, figure);
  assert.equal(assess(reading(share('52.9%'), 'ChatGPT', 'trafficShare', '2026-01'), ds).kind, 'agrees');
  assert.equal(assess(reading(share('64.5%'), 'ChatGPT', 'marketShare', '2026-01'), ds).kind, 'agrees');
  const v = assess(reading(share('30%'), 'ChatGPT', 'trafficShare', '2026-01'), ds);
  assert.deepEqual(v.kind === 'mismatch' ? [v.fact.id, v.certain] : v.kind, ['chatgpt-trafficshare-2026-01-02', false]);
});

test('a figure that agrees with the fact once its sign is flipped is unknown, not wrong ("negative 94 percent")', () => {
  const f = loaded('anthropic-grossmargin-2024');
  assert.equal(compare(q('x 94 percent y', '94 percent', { kind: 'percent' }), f), 'unknown');
  assert.equal(compare(q('x -94% y', '-94%'), f), 'agrees');
  assert.equal(compare(q('x 60% y', '60%'), f), 'disagrees');
});

test('assess: a figure revised by a figure for a later period is still right for its own period', () => {
  const ds = testIndex();
  // The $1.4 trillion (2025–2033) was cut to about $600 billion by 2030: stated "by 2030", still superseded.
  assert.equal(assess(reading(money('$1.4 trillion'), 'OpenAI', 'computeCommitment', 'by 2030'), ds).kind, 'superseded');
  // Stated for a period neither fact covers: nothing to say.
  assert.equal(assess(reading(money('$1.4 trillion'), 'OpenAI', 'computeCommitment', '2024'), ds).kind, 'unknown');
});

test('compare: figures fifty times apart are unknown (a misread metric), unless a thousandfold slip explains them', () => {
  const f = loaded('openai-revenue-2025');
  assert.equal(compare(money('$20'), f), 'unknown');
  assert.equal(compare(money('$200 million'), f), 'unknown');
  assert.equal(compare(money('$1.3 billion'), f), 'disagrees');
  assert.equal(compare(money('$13.1 million'), f), 'scaleSlip');
});

test('periodReliable: doubts a period carried into a sentence about a part of a year, and two conflicting figures for one period', () => {
  const doc = 'In 2025, OpenAI burned $8 billion. In the first half alone, it burned $2.5 billion.';
  const second = { start: doc.indexOf('In the first'), end: doc.length };
  const carried = { ...period('2025'), span: { start: 3, end: 7 } };
  const qty = q(doc, '$2.5 billion');
  const r: Reading = { quantity: qty, entity: 'OpenAI', metric: 'cashBurn', period: carried };
  const claim = { span: second, text: doc.slice(second.start), block: 0, quantities: [qty], readings: [r], relations: [] };
  assert.equal(periodReliable(r, claim), false);
  // The same period read in the sentence itself is trusted.
  const own = { ...r, period: { ...period('2025'), span: { start: second.start + 5, end: second.start + 9 } } };
  assert.equal(periodReliable(own, { ...claim, readings: [own] }), true);
  // Two figures for one period that cannot both be right: neither period is trusted.
  const t = "OpenAI's revenue tripled in 2025 to $13 billion from $3.7 billion a year earlier.";
  const a: Reading = { quantity: q(t, '$13 billion'), entity: 'OpenAI', metric: 'revenue', period: period('2025') };
  const b: Reading = { quantity: q(t, '$3.7 billion'), entity: 'OpenAI', metric: 'revenue', period: period('2025') };
  const c2 = { span: { start: 0, end: t.length }, text: t, block: 0, quantities: [a.quantity, b.quantity], readings: [a, b], relations: [] };
  assert.equal(periodReliable(a, c2), false);
  assert.equal(periodReliable(b, c2), false);
  assert.equal(periodReliable(a, { ...c2, readings: [a] }), true);
  // Among many statements of one thing, only the figures that clash with some other are doubted,
  // whichever of the others it is (the check compares with the tightest ends of the group).
  const u = 'OpenAI revenue: $13 billion, $13.1 billion, $12.9 billion, $13 billion, $20 billion in 2025.';
  const figs = ['$13 billion', '$13.1 billion', '$12.9 billion', '$20 billion'].map((f) => q(u, f));
  const rs: Reading[] = figs.map((quantity) => ({ quantity, entity: 'OpenAI', metric: 'revenue', period: period('2025') }));
  const c3 = { span: { start: 0, end: u.length }, text: u, block: 0, quantities: figs, readings: rs, relations: [] };
  assert.deepEqual(rs.map((x) => periodReliable(x, c3)), [false, false, false, false]);
  const agreeing = rs.slice(0, 3);
  const c4 = { ...c3, quantities: agreeing.map((x) => x.quantity), readings: agreeing };
  // $12.9 billion (12.85–12.95) and $13.1 billion (13.05–13.15) do not overlap; $13 billion overlaps both.
  assert.deepEqual(agreeing.map((x) => periodReliable(x, c4)), [true, false, false]);
});

test('factFigure: the source\'s words when they read as a figure, else the figure rebuilt from bound and value', () => {
  assert.equal(factFigure(loaded('openai-revenue-2025')), '$13.1 billion');
  assert.equal(factFigure(loaded('openai-revenuetarget-2030')), 'more than $280 billion');
  assert.equal(factFigure(loaded('chatgpt-weeklyactiveusers-2025-10')), 'more than 800 million'); // "surpassed 800 million"
  assert.equal(factFigure(loaded('anthropic-grossmargin-2024')), '-94%'); // "negative 94 percent"
});

test('assess: a figure stated as what happened is checked against the actual, never matched to an old projection', () => {
  const ds = testIndex();
  // "$11 billion" neither agrees with the $10 billion projection (their rounding only touches
  // at 10.5) nor is it that projection restated: it contradicts the $13.1 billion actual.
  const actual = assess(reading(money('$11 billion'), 'OpenAI', 'revenue', '2025'), ds, { sentence: "OpenAI's revenue in 2025 was $11 billion." });
  assert.deepEqual(actual.kind === 'mismatch' ? [actual.fact.id, actual.certain] : actual.kind, ['openai-revenue-2025', true]);
  assert.equal(compare(money('$11 billion'), loaded('openai-revenue-2025-projection-10b')), 'disagrees');
  // The old projection's own figure, stated as what happened, is a mismatch too...
  const burn = assess(reading(money('$8.5 billion'), 'OpenAI', 'cashBurn', '2025'), ds, { sentence: 'OpenAI burned $8.5 billion in 2025.' });
  assert.deepEqual(burn.kind === 'mismatch' ? burn.fact.id : burn.kind, 'openai-cashburn-2025');
  // ...while a target revised by a later target is still an old figure quoted.
  assert.equal(assess(reading(money('$1.4 trillion'), 'OpenAI', 'computeCommitment', null), ds, { sentence: 'OpenAI has $1.4 trillion in commitments.' }).kind, 'superseded');
});

test('scale-slip against a fact with a lower bound: "$11.5 million" for "$11.5 billion or more"', async () => {
  const { bundledIndex } = await import('../../src/core/dataset/bundled');
  const f = bundledIndex().byId('openai-netloss-q3-2025');
  assert.ok(f && f.bound === 'atLeast');
  assert.equal(scaleSlipFactor(money('$11.5 million'), f), 1000);
  assert.equal(compare(money('$11.5 million'), f), 'scaleSlip');
  // A thousandfold figure far above the bound is no evidence of a slip.
  assert.equal(scaleSlipFactor(money('$40 million'), f), null);
  // A figure that agrees is not a slip.
  assert.equal(scaleSlipFactor(money('$12 billion'), f), null);
});

test('megawatts against gigawatt facts: may agree, never contradict or slip', async () => {
  const { bundledIndex } = await import('../../src/core/dataset/bundled');
  const f = bundledIndex().byId('openai-computecapacity-2025'); // "about 1.9 GW"
  assert.ok(f && f.unit === 'GW');
  const mw = (figure: string): Quantity => q(`x ${figure} megawatts`, figure, { kind: 'count', unit: 'megawatts' });
  assert.equal(compare(mw('1,900'), f), 'agrees');
  assert.equal(compare(mw('20-50'), f), 'unknown');
  assert.equal(compare(mw('900'), f), 'unknown');
  assert.equal(scaleSlipFactor(mw('1.9'), f), null);
});

test('factFigure and factSubject read as a sentence: "10-gigawatt commitment" is 10 GW, a count keeps its noun, a target is "by" its year', async () => {
  const { bundledIndex } = await import('../../src/core/dataset/bundled');
  const ds = bundledIndex();
  const goal = ds.byId('stargate-computecapacity-target-10gw');
  assert.ok(goal && goal.reported === '10-gigawatt commitment');
  assert.equal(factFigure(goal), '10 GW');
  const gpus = ds.byId('xai-gpucount-colossus-2025');
  assert.ok(gpus && gpus.reported === '200,000 Nvidia Hopper GPUs');
  assert.equal(factFigure(gpus), '200,000 GPUs');
  assert.equal(factSubject(loaded('openai-revenuetarget-2030')), "OpenAI's revenue target by 2030");
  assert.equal(factSubject(loaded('chatgpt-weeklyactiveusers-2025-10')), "ChatGPT's weekly active users as of October 2025");
});
