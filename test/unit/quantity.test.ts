import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../../src/core/types';
import { readQuantities } from '../../src/core/read/figures/quantity';

/** The figures read from `text`, as the exact slices of `text` their spans cover. */
function spans(text: string): string[] {
  return readQuantities(text).map((q) => text.slice(q.span.start, q.span.end));
}

/** The one figure in `text`, checking its span covers exactly `figure`. */
function only(text: string, figure: string): Quantity {
  const qs = readQuantities(text);
  assert.equal(qs.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  const q = qs[0];
  assert.equal(text.slice(q.span.start, q.span.end), figure);
  assert.equal(q.text, figure);
  return q;
}

test('money with scale words, letters and abbreviations', () => {
  const cases: [string, string, number, string, number][] = [
    ['revenue of $1.4 trillion in', '$1.4 trillion', 1.4e12, 'trillion', 1],
    ['about $13 billion.', '$13 billion', 13e9, 'billion', 0],
    ['made $13.1B last year', '$13.1B', 13.1e9, 'B', 1],
    ['a $600bn plan', '$600bn', 600e9, 'bn', 0],
    ['a $600 bn plan', '$600 bn', 600e9, 'bn', 0],
    ['costs $0.03 per query', '$0.03', 0.03, '', 2],
    ['raised $1,250 million', '$1,250 million', 1250e6, 'million', 0],
    ['a $5M seed', '$5M', 5e6, 'M', 0],
    ['a $2tn bet', '$2tn', 2e12, 'tn', 0],
    ['burned $8.5 Billion', '$8.5 Billion', 8.5e9, 'Billion', 1],
  ];
  for (const [text, figure, value, scaleText, decimals] of cases) {
    const q = only(text, figure);
    assert.equal(q.kind, 'money', text);
    assert.equal(q.unit, 'USD', text);
    assert.ok(Math.abs(q.value - value) < 1e-6 * value, `${text}: ${q.value}`);
    assert.equal(q.scaleText, scaleText, text);
    assert.equal(q.decimals, decimals, text);
    assert.equal(q.isRange, false);
  }
});

test('currencies: US$, €, £, ¥, USD before, dollars after', () => {
  assert.equal(only('spent US$2.5 billion', 'US$2.5 billion').unit, 'USD');
  assert.equal(only('spent €11.7 billion', '€11.7 billion').unit, 'EUR');
  assert.equal(only('spent £40 million', '£40 million').unit, 'GBP');
  assert.equal(only('spent ¥300 billion', '¥300 billion').unit, 'JPY');
  const usd = only('a USD 500 million round', 'USD 500 million');
  assert.equal(usd.value, 500e6);
  const dollars = only('a 500 million dollars round', '500 million dollars');
  assert.equal(dollars.kind, 'money');
  assert.equal(dollars.unit, 'USD');
  assert.equal(dollars.value, 500e6);
});

test('CJK magnitudes: 万 1e4, 亿 1e8, 万亿 1e12', () => {
  const a = only('承诺1.4万亿美元的算力', '1.4万亿美元');
  assert.equal(a.kind, 'money');
  assert.equal(a.unit, 'USD');
  assert.equal(a.value, 1.4e12);
  assert.equal(a.scaleText, '万亿');
  const b = only('约5000亿美元', '5000亿美元');
  assert.equal(b.value, 5e11);
  assert.equal(b.scale, 1e8);
  const c = only('用户300万', '300万');
  assert.equal(c.value, 3e6);
  assert.equal(c.kind, 'count');
});

test('ranges keep the writer\'s order and share or keep scales', () => {
  const a = only('revenue of $10-12 billion', '$10-12 billion');
  assert.deepEqual([a.isRange, a.low, a.high, a.value], [true, 10e9, 12e9, 11e9]);
  const b = only('costs of $300–500 million', '$300–500 million');
  assert.deepEqual([b.low, b.high], [300e6, 500e6]);
  const c = only('$10 billion-$12 billion', '$10 billion-$12 billion');
  assert.deepEqual([c.low, c.high], [10e9, 12e9]);
  const d = only('$10 to $12 billion', '$10 to $12 billion');
  assert.deepEqual([d.low, d.high], [10e9, 12e9]);
  const rev = only('$12-10 billion', '$12-10 billion');
  assert.deepEqual([rev.low, rev.high], [12e9, 10e9]);
  const pct = only('a 10-15% rise', '10-15%');
  assert.deepEqual([pct.kind, pct.low, pct.high], ['percent', 10, 15]);
  assert.deepEqual(spans('from 10 to 15% a year'), ['10', '15%']);
  assert.equal(readQuantities('from 10 to 15% a year')[0].kind, 'percent');
  assert.deepEqual(spans('from 2019 to 2024'), []);
});

test('"from A to B" is two figures, not a range', () => {
  assert.deepEqual(spans('went from $1 billion to $5 billion, a 500% increase'), ['$1 billion', '$5 billion', '500%']);
  assert.deepEqual(spans('widened from 40% to 52%'), ['40%', '52%']);
});

test('"between A and B" gives two figures; a bare first end borrows the second\'s scale or unit', () => {
  assert.deepEqual(spans('between $500 million and $1 billion'), ['$500 million', '$1 billion']);
  const qs = readQuantities('between $10 and $12 billion');
  assert.equal(qs.length, 2);
  assert.equal(qs[0].text, '$10');
  assert.equal(qs[0].value, 10e9);
  assert.equal(qs[0].kind, 'money');
  const p = readQuantities('between 10 and 15% of revenue');
  assert.deepEqual(p.map((q) => [q.text, q.kind, q.value]), [
    ['10', 'percent', 10],
    ['15%', 'percent', 15],
  ]);
  // A first end written out in full keeps its own value: $900,000, not $900,000 million.
  const full = readQuantities('between $900,000 and $2 million');
  assert.deepEqual(full.map((q) => [q.text, q.value]), [
    ['$900,000', 900_000],
    ['$2 million', 2e6],
  ]);
});

test('qualifiers: ~, trailing +, and the words before a figure', () => {
  const tilde = only('~$25 billion', '$25 billion');
  assert.equal(tilde.qualifier, 'about');
  assert.deepEqual(tilde.qualifierSpan, { start: 0, end: 1 });
  const plus = only('$1B+ in sales', '$1B');
  assert.equal(plus.qualifier, 'over');
  assert.deepEqual(plus.qualifierSpan, { start: 3, end: 4 });
  const cases: [string, string][] = [
    ['about', 'about'],
    ['approximately', 'about'],
    ['approx.', 'about'],
    ['roughly', 'about'],
    ['around', 'about'],
    ['some', 'about'],
    ['an estimated', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['over', 'over'],
    ['more than', 'over'],
    ['above', 'over'],
    ['upwards of', 'over'],
    ['exceeding', 'over'],
    ['exceeds', 'over'],
    ['exceed', 'over'],
    ['in excess of', 'over'],
    ['at least', 'atLeast'],
    ['no less than', 'atLeast'],
    ['under', 'under'],
    ['less than', 'under'],
    ['below', 'under'],
    ['up to', 'upTo'],
    ['at most', 'upTo'],
    ['as much as', 'upTo'],
    ['no more than', 'upTo'],
  ];
  for (const [words, qualifier] of cases) {
    const text = `it was ${words} 57% of sales`;
    const q = only(text, '57%');
    assert.equal(q.qualifier, qualifier, words);
    assert.ok(q.qualifierSpan, words);
    assert.equal(text.slice(q.qualifierSpan!.start, q.qualifierSpan!.end), words, words);
  }
  assert.equal(only('revenue of 57%', '57%').qualifier, null);
});

test('percentages: signs (ASCII and U+2212), words, per cent', () => {
  const cases: [string, string, number, '+' | '-' | null][] = [
    ['margin of 57% in', '57%', 57, null],
    ['grew +275% in', '+275%', 275, '+'],
    ['fell -33% in', '-33%', -33, '-'],
    ['fell −33% in', '−33%', -33, '-'],
    ['a 5 percent rise', '5 percent', 5, null],
    ['a five percent rise', 'five percent', 5, null],
    ['a 5 per cent rise', '5 per cent', 5, null],
    ['a 12.5% rise', '12.5%', 12.5, null],
    ['twenty-five percent of', 'twenty-five percent', 25, null],
  ];
  for (const [text, figure, value, sign] of cases) {
    const q = only(text, figure);
    assert.equal(q.kind, 'percent', text);
    assert.equal(q.unit, '%', text);
    assert.equal(q.value, value, text);
    assert.equal(q.sign, sign, text);
  }
  assert.equal(only('a five percent rise', 'five percent').words, true);
  assert.equal(only('a 12.5% rise', '12.5%').decimals, 1);
  assert.equal(only('over 95% of', '95%').qualifier, 'over');
  assert.equal(only('about 65% of', '65%').qualifier, 'about');
});

test('percentage points: pp, percentage points, pts; "points" alone is not one', () => {
  for (const [text, figure] of [
    ['up +25pp on', '+25pp'],
    ['up 25 pp on', '25 pp'],
    ['up 18 percentage points on', '18 percentage points'],
    ['up 1 percentage point on', '1 percentage point'],
    ['up 25 pts on', '25 pts'],
  ]) {
    const q = only(text, figure);
    assert.equal(q.kind, 'percentagePoints', text);
    assert.equal(q.unit, 'pp');
  }
  assert.deepEqual(spans('scored 3 points in the game'), []);
});

test('basis points are percentage points, a hundredth each, to two more decimals', () => {
  for (const [text, figure, value] of [
    ['margin expanded 460 basis points to', '460 basis points', 4.6],
    ['up 930 bps year over year', '930 bps', 9.3],
    ['down 50bp in the quarter', '50bp', 0.5],
    ['up 1 basis point on', '1 basis point', 0.01],
  ] as const) {
    const q = only(text, figure);
    assert.equal(q.kind, 'percentagePoints', text);
    assert.equal(q.unit, 'pp');
    assert.ok(Math.abs(q.value - value) < 1e-9, `${text}: ${q.value}`);
  }
  assert.equal(only('up 460 basis points', '460 basis points').decimals, 2);
  assert.equal(only('up 12.5 bps', '12.5 bps').decimals, 3);
  assert.deepEqual(spans('a basis of 30 points'), []);
});

test('multiples: Nx, N×, twice, N times, N-fold, fourfold', () => {
  const cases: [string, string, number, boolean][] = [
    ['grew 10x in', '10x', 10, false],
    ['grew 10× in', '10×', 10, false],
    ['grew 2.5x in', '2.5x', 2.5, false],
    ['grew twice as', 'twice', 2, true],
    ['grew ten times in', 'ten times', 10, true],
    ['grew 3 times in', '3 times', 3, false],
    ['a three-fold rise', 'three-fold', 3, true],
    ['a fourfold rise', 'fourfold', 4, true],
    ['a 4-fold rise', '4-fold', 4, false],
  ];
  for (const [text, figure, value, words] of cases) {
    const q = only(text, figure);
    assert.equal(q.kind, 'multiple', text);
    assert.equal(q.unit, 'x', text);
    assert.equal(q.value, value, text);
    assert.equal(q.words, words, text);
  }
});

test('counts: a number and a count noun within three words; the noun is not in the span', () => {
  const cases: [string, string, number, string][] = [
    ['ChatGPT has 800 million users now', '800 million', 8e8, 'users'],
    ['has 900 million weekly active users', '900 million', 9e8, 'users'],
    ['buys 100,000+ GPUs', '100,000', 1e5, 'gpus'],
    ['has 1 million paying business users', '1 million', 1e6, 'users'],
    ['hired 3,000 employees', '3,000', 3000, 'employees'],
    ['a 1.2 GW campus', '1.2', 1.2, 'gw'],
    ['a 500MW site', '500', 500, 'mw'],
    ['a 10 gigawatts deal', '10', 10, 'gw'],
    ['buys 5 million Nvidia H100 chips', '5 million', 5e6, 'chips'],
    ['with 1 GPU', '1', 1, 'gpus'],
  ];
  for (const [text, figure, value, unit] of cases) {
    const q = only(text, figure);
    assert.equal(q.kind, 'count', text);
    assert.equal(q.value, value, text);
    assert.equal(q.unit, unit, text);
  }
  assert.equal(only('buys 100,000+ GPUs', '100,000').qualifier, 'over');
  // A scaled number with no noun is still a count, of unknown things.
  const bare = only('weekly users reached 800 million.', '800 million');
  assert.equal(bare.kind, 'count');
  assert.equal(bare.unit, '');
});

test('vague figures are recognised, with the lower scale as value', () => {
  const a = only('spend hundreds of billions on chips', 'hundreds of billions');
  assert.deepEqual([a.vague, a.kind, a.value], [true, 'money', 1e11]);
  const b = only('worth billions of dollars', 'billions of dollars');
  assert.deepEqual([b.vague, b.kind, b.value], [true, 'money', 1e9]);
  const c = only('tens of millions of users', 'tens of millions');
  assert.deepEqual([c.vague, c.kind, c.value, c.unit], [true, 'count', 1e7, 'users']);
  assert.deepEqual(spans('billions in the bank'), []);
});

test('not quantities: years, dates, model names, versions, ordinals, list markers, bare numbers', () => {
  const negatives = [
    'In 2024 users grew quickly.',
    'On March 3, 2025 the company said',
    'GPT-4 and GPT-4o and GPT-5 launched',
    'Nvidia H100 and A100s and B200 GPUs',
    'results for Q3 2025 and H1 2026',
    'version 1.2.3 shipped; v2.0 next',
    'came 3rd and 2nd in 10th place',
    '1. First item\n2. Second item',
    'There were 12 of them in 2023-2024.',
    'open 24/7 users',
    'the 4o model',
    'Llama-3-70B weights',
  ];
  for (const text of negatives) assert.deepEqual(spans(text), [], text);
});

test('spans are document offsets: offset added, segment recorded', () => {
  const [q] = readQuantities('xx $5 billion', 100, 7);
  assert.deepEqual(q.span, { start: 103, end: 113 });
  assert.equal(q.segment, 7);
  assert.equal(q.text, '$5 billion');
  const [p] = readQuantities('~57%', 10);
  assert.deepEqual(p.qualifierSpan, { start: 10, end: 11 });
});

test('blanked code and URLs stay invisible; several figures keep their order', () => {
  assert.deepEqual(spans('From $1 billion          to $5 billion, a 500% increase (+400%) and 10x.'), [
    '$1 billion',
    '$5 billion',
    '500%',
    '+400%',
    '10x',
  ]);
});

test('odd digits and huge numbers: never NaN, never Infinity, never a throw', () => {
  const fw = only('增长５７％', '５７％');
  assert.equal(fw.value, 57);
  const ar = only('نمو ٥٧%', '٥٧%');
  assert.equal(ar.value, 57);
  assert.deepEqual(spans(`$${'9'.repeat(400)} billion`), []);
  assert.deepEqual(spans('$1' + '0'.repeat(320) + ' trillion'), []);
  for (const text of ['', '$', '%', '-', '$-', '1,2,3', '$1,2 billion', '1..2%', '\u0000\uFFFF\uD800', '$.5', '++5%', '5%%']) {
    for (const q of readQuantities(text)) {
      assert.ok(Number.isFinite(q.value) && Number.isFinite(q.low) && Number.isFinite(q.high), text);
      assert.ok(q.span.start >= 0 && q.span.end <= text.length && q.span.start < q.span.end, text);
    }
  }
});

test('a text without digits, symbols or number words is skipped cheaply and yields nothing', () => {
  assert.deepEqual(readQuantities('The company said it would invest heavily in compute.'), []);
});

test('hyphenated compounds: "$5-billion deal", "5-percent", "5-percentage-point", "100,000-GPU"', () => {
  const a = only('a $5-billion deal', '$5-billion');
  assert.deepEqual([a.kind, a.value, a.scaleText], ['money', 5e9, 'billion']);
  assert.equal(only('a 5-percent rise', '5-percent').kind, 'percent');
  assert.equal(only('a 5-percentage-point gain', '5-percentage-point').kind, 'percentagePoints');
  const g = only('a 100,000-GPU cluster', '100,000');
  assert.deepEqual([g.kind, g.unit], ['count', 'gpus']);
  const w = only('a 1-gigawatt campus', '1');
  assert.equal(w.unit, 'gw');
});

test('"a billion" and "a million" read as one of the scale', () => {
  const q = only('nearly a billion weekly users', 'a billion');
  assert.deepEqual([q.kind, q.value, q.unit, q.words, q.qualifier], ['count', 1e9, 'users', true, 'nearly']);
  const m = only('worth a billion dollars', 'a billion dollars');
  assert.deepEqual([m.kind, m.value], ['money', 1e9]);
  assert.deepEqual(spans('a few users'), []);
});

test('"half a trillion dollars" is half of the scale, not the whole of it', () => {
  const q = only('a run rate above half a trillion dollars', 'half a trillion dollars');
  assert.deepEqual([q.kind, q.value, q.words], ['money', 5e11, true]);
  assert.equal(only('Half a million users signed up', 'Half a million').value, 5e5);
  // "half" alone is no figure here.
  assert.deepEqual(spans('revenue fell by half'), []);
  assert.deepEqual(spans('half the size of AWS'), []);
});

test('a number that lost its leading zero is left alone rather than misread', () => {
  assert.deepEqual(spans('rose .5% on the day'), []);
});

test('European decimal commas are not misread as thousands', () => {
  assert.deepEqual(spans('€1,2 Mrd. Umsatz'), []);
});

test('property: any text reads without throwing; spans lie inside it and values are finite', async () => {
  const fc = (await import('fast-check')).default;
  const pieces = ['$', '€', '¥', '%', '-', '–', '+', '~', ' ', '1', '5', '0', ',', '.', 'x', 'B', 'bn', 'billion', 'million', 'to', 'and',
    'between', 'from', 'percent', 'per', 'cent', 'pp', 'users', 'GPUs', 'about', 'over', 'twice', 'five', 'fold', 'hundreds', 'of', 'a',
    '万', '亿', '美元', '\n', 'GPT', 'H', '2025', '×', '−', '％', '５'];
  const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a: string[]) => a.join('')));
  fc.assert(
    fc.property(text, fc.nat(1000), (t: string, offset: number) => {
      for (const q of readQuantities(t, offset)) {
        assert.ok(q.span.start >= offset && q.span.end <= offset + t.length && q.span.start < q.span.end);
        assert.equal(q.text, t.slice(q.span.start - offset, q.span.end - offset));
        assert.ok(Number.isFinite(q.value) && Number.isFinite(q.low) && Number.isFinite(q.high));
        assert.ok(Number.isFinite(q.scale) && q.scale >= 1);
        if (q.qualifierSpan) assert.ok(q.qualifierSpan.start >= offset && q.qualifierSpan.end <= offset + t.length);
      }
    }),
    { numRuns: 400 },
  );
});

test('a year is never the first end of a range: "from 52% in October 2024 to 70%"', () => {
  assert.deepEqual(spans("ChatGPT's share rose from 52% in October 2024 to 70% in October 2025."), ['52%', '70%']);
  assert.deepEqual(spans('It had planned $1 billion in 2024 to $5 billion by 2026.'), ['$1 billion', '$5 billion']);
  // Bare numbers on both ends stay a range.
  assert.deepEqual(spans('a cluster of 2000-3000 GPUs'), ['2000-3000']);
});

test('a threshold verb is a bound: "surpassed $75 billion" is over, "approaching $20 billion" nearly', () => {
  assert.equal(only('Azure revenue surpassed $75 billion.', '$75 billion').qualifier, 'over');
  assert.equal(only('revenue topped $10 billion', '$10 billion').qualifier, 'over');
  assert.equal(only('a run rate approaching $20 billion', '$20 billion').qualifier, 'nearly');
  assert.equal(only('revenue nearing $200 million', '$200 million').qualifier, 'nearly');
});

test('a lower-case word filter never turns away a word that lower-cases into its set', async () => {
  const { lowerWordFilter, mayLowerTo } = await import('../../src/core/read/figures/quantity');
  const fc = (await import('fast-check')).default;
  const vocabulary = ['percent', 'pct', 'x', 'billion', 'bn', 'users', 'of', 'than', 'dollars', 'approximately'];
  const filter = lowerWordFilter(vocabulary);
  const set = new Set(vocabulary);
  // Letters a word token may hold: ASCII, and Latin ones such as "É" and "İ" (which lower-cases to two units).
  const letter = fc.constantFrom(...'aAbBcCdDeEiIlLnNoOpPrRsStTuUxXyY', 'é', 'É', 'İ', 'ß', 'ſ', 'ǅ');
  const word = fc.oneof(
    fc.array(letter, { minLength: 1, maxLength: 14 }).map((cs) => cs.join('')),
    fc.tuple(fc.constantFrom(...vocabulary), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 })).map(([w, up]) => [...w].map((c, k) => (up[k] ? c.toUpperCase() : c)).join('')),
  );
  fc.assert(
    fc.property(word, fc.constantFrom('', 'the ', '$5 '), (w, before) => {
      const text = before + w + ' after';
      if (set.has(w.toLowerCase())) assert.ok(mayLowerTo(filter, text, before.length, w.length), w);
    }),
    { numRuns: 5000 },
  );
});

test('endsInFold is a lower-cased slice compared to "fold", without the slice', async () => {
  const { endsInFold } = await import('../../src/core/read/figures/quantity');
  const fc = (await import('fast-check')).default;
  // Letters around "fold" in any case, and ones whose lower case is not one unit ("İ") or is ASCII from afar ("K", Kelvin).
  const letter = fc.constantFrom(...'fFoOlLdDaAeE', 'İ', '\u212a', 'ſ', 'é');
  fc.assert(
    fc.property(fc.array(letter, { minLength: 4, maxLength: 9 }), (cs) => {
      const w = cs.join('');
      assert.equal(endsInFold(w, w.length), w.slice(w.length - 4).toLowerCase() === 'fold', w);
    }),
    { numRuns: 5000 },
  );
  assert.ok(endsInFold('Tenfold', 7) && endsInFold('THREEFOLD', 9) && !endsInFold('tenfolds', 8));
});

test('fold verbs are multiples ("doubled", "set to triple", "halved"), not inside other words ("double-digit", "doubled down")', () => {
  const cases: [string, string, number][] = [
    ['revenue doubled in a year', 'doubled', 2],
    ['is set to triple by 2028', 'triple', 3],
    ['profit more than doubles to $16.6bln', 'doubles', 2],
    ['shares nearly quadrupled in value', 'quadrupled', 4],
    ['the loss was halved', 'halved', 0.5],
  ];
  for (const [text, figure, value] of cases) {
    const q = only(text, figure);
    assert.equal(q.kind, 'multiple', text);
    assert.equal(q.value, value, text);
    assert.equal(q.words, true, text);
  }
  for (const text of ['it posted double-digit growth', 'the company doubled down on AI', 'a triple-A rating']) {
    assert.deepEqual(readQuantities(text).map((q) => q.text), [], text);
  }
});

test('"points" are percentage points in a sentence of percentages, and nothing beside an index or a score', () => {
  const pp = (text: string, figure: string) => {
    const q = readQuantities(text).find((x) => x.text === figure);
    assert.ok(q, `${figure} in ${JSON.stringify(text)}`);
    assert.equal(q.kind, 'percentagePoints');
  };
  pp('Gross margin percentage was 70% and decreased 2 points year-over-year.', '2 points');
  pp('The gap widened to 2.2 percentage points last quarter from 1.7 points three months earlier.', '1.7 points');
  pp('Still on a non-GAAP basis, gross margin (+22 points to 40%) improved.', '+22 points');
  pp('Its share grew from 20% to 25%, a 5-point gain.', '5-point');
  // Index points, a score, and points in a sentence with no percentage.
  assert.deepEqual(spans('The S&P 500 rose 24.49 points, or 0.4%, to 6,740.28.'), ['0.4%']);
  assert.deepEqual(spans('The model scored 90 points, 5% more than its rival.'), ['5%']);
  assert.deepEqual(spans('The team scored 90 points.'), []);
  // Basis points of a yield, and more points than any share could move.
  assert.deepEqual(spans('The 10-year yield climbed 25 points to 4.5%.'), ['4.5%']);
  assert.deepEqual(spans('Bitcoin fell 5%, or 3,000 points.'), ['5%']);
  // The sentence before does not count: "1.7" ends no sentence.
  assert.deepEqual(spans('Margins were 40%. It won 3 points.').includes('3 points'), false);
});
