// The re-check path: cutting only around an edit gives the same blocks as cutting the whole
// text, the analyzer's result after any sequence of edits equals a fresh analysis, claims
// and figures read one block at a time match the whole lists, and the interval log the
// cross-reference rule searches answers as a plain scan would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resplitBlocks, splitBlocks, commonPrefix, commonSuffix } from '../../src/core/blocks';
import { analyze, createAnalyzer } from '../../src/core/analyze';
import { blockAt, documentBlocks } from '../../src/core/resultLayout';
import { IntervalLog, firstDisjointByScan } from '../../src/core/firstDisjoint';
import type { Interval } from '../../src/core/tolerance';

// Lines chosen to exercise every way a block can end or continue.
const LINES = [
  '',
  '   ',
  'OpenAI revenue rose from $3.7 billion in 2024 to $13 billion in 2025, a 251% increase.',
  'Anthropic said its run rate hit $5 billion.',
  '  indented continuation of $2 billion',
  '    indented code $9 billion',
  '```',
  '~~~~',
  '<!-- a comment starts',
  'it ends -->',
  '<!-- claimcheck-disable-next-line -->',
  '- a list item: revenue up 50% to $3 billion from $1 billion',
  '| Year | Revenue |',
  '|---|---|',
  '| 2025 | $13 billion |',
  '| Total | $20 billion |',
  '# OpenAI in 2025',
  '> quoted: cash burn of $2.5 billion in H1 2025',
  '---',
  '+++',
];
const lineArb = fc.constantFrom(...LINES);
const breakArb = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const docArb = fc.array(fc.tuple(lineArb, breakArb), { maxLength: 40 }).map((parts) => parts.map(([l, b]) => l + b).join(''));
/** An edit: replace [at, at + remove) with `insert`, positions as fractions of the text. */
const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 80 }), insert: fc.oneof(docArb, lineArb, breakArb) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

test('cutting only around an edit gives exactly the blocks of cutting the whole text', () => {
  fc.assert(
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (doc, edits) => {
      let text = doc;
      let blocks = splitBlocks(text);
      for (const e of edits) {
        const next = applyEdit(text, e);
        const cut = resplitBlocks(text, blocks, next);
        assert.deepEqual(cut.blocks, splitBlocks(next));
        // What it says it kept and moved is true.
        for (let k = 0; k < cut.kept; k++) assert.equal(cut.blocks[k], blocks[k]);
        for (let k = cut.tailNew; k < cut.blocks.length; k++) {
          const old = blocks[k - cut.tailNew + cut.tailOld];
          assert.equal(next.slice(cut.blocks[k].start, cut.blocks[k].end), text.slice(old.start, old.end));
        }
        text = next;
        blocks = cut.blocks;
      }
    }),
    { numRuns: 400 },
  );
});

test('an edit in the middle of a long draft re-cuts a few blocks, not the draft', () => {
  const para = 'OpenAI revenue rose from $3.7 billion in 2024 to $13 billion in 2025, a 251% increase.';
  const text = Array.from({ length: 2000 }, (_, i) => `${para} (${i})`).join('\n\n');
  const blocks = splitBlocks(text);
  const at = text.indexOf('(1000)');
  const next = `${text.slice(0, at)}Cash burn was $2.5 billion. ${text.slice(at)}`;
  const cut = resplitBlocks(text, blocks, next);
  assert.ok(cut.kept >= 998, `kept ${cut.kept}`);
  assert.ok(cut.tailNew - cut.kept <= 3, `re-cut ${cut.tailNew - cut.kept} blocks`);
  assert.equal(cut.blocks.length, 2000);
});

test('common prefix and suffix agree with a character-by-character comparison', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 9000 }), fc.string({ maxLength: 50 }), fc.string({ maxLength: 9000 }), (a, mid, b) => {
      const x = a + mid + b;
      const y = a + b;
      let p = 0;
      while (p < Math.min(x.length, y.length) && x[p] === y[p]) p++;
      assert.equal(commonPrefix(x, y), p);
      const limit = Math.min(x.length, y.length) - p;
      let s = 0;
      while (s < limit && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
      assert.equal(commonSuffix(x, y, limit), s);
    }),
    { numRuns: 200 },
  );
});

test('a million blank lines are cut in one pass (a blank run is looked through once)', { timeout: 60_000 }, () => {
  const text = `OpenAI revenue was $13 billion.\n${'\n'.repeat(1_000_000)}Anthropic hit $5 billion.`;
  assert.deepEqual(
    splitBlocks(text).map((b) => text.slice(b.start, b.end)),
    ['OpenAI revenue was $13 billion.', 'Anthropic hit $5 billion.'],
  );
});

function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

test('after any sequence of edits the analyzer gives what a fresh analysis gives', () => {
  fc.assert(
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (doc, edits) => {
      const analyzer = createAnalyzer();
      let text = doc;
      analyzer.analyze(text);
      for (const e of edits) {
        text = applyEdit(text, e);
        const again = analyzer.analyze(text);
        const fresh = analyze(text);
        assert.deepEqual(plain({ c: again.claims, q: again.quantities, f: again.findings }), plain({ c: fresh.claims, q: fresh.quantities, f: fresh.findings }));
      }
    }),
    { numRuns: 150 },
  );
});

test('a re-check after a one-paragraph edit reads that paragraph only', () => {
  const paras = Array.from({ length: 300 }, (_, i) => `OpenAI revenue rose ${i + 1}% to $${i + 2} billion in 2025.`);
  const analyzer = createAnalyzer();
  analyzer.analyze(paras.join('\n\n'));
  paras[150] = 'OpenAI revenue rose 10% to $5 billion in 2025, it said.';
  analyzer.analyze(paras.join('\n\n'));
  assert.deepEqual(analyzer.lastRun(), { blocksRead: 1, blocksReused: 299 });
});

test('one block at a time: blockAt and placed() give the same claims and figures as the whole lists', () => {
  const text = [
    '# OpenAI',
    'Revenue went from $3.7 billion in 2024 to $13 billion in 2025, a 251% increase.',
    '| Year | Revenue |\n|---|---|\n| 2024 | $3.7 billion |\n| 2025 | $13 billion |',
    'Anthropic’s run rate rose from $1 billion to $5 billion, up 400%.',
  ].join('\n\n');
  const r = analyze(text);
  const blocks = documentBlocks(r);
  assert.equal(blocks.length, 4);
  assert.deepEqual(plain(blocks.flatMap((b) => b.placed().quantities)), plain(r.quantities));
  assert.deepEqual(plain(blocks.flatMap((b) => b.placed().claims)), plain(r.claims));
  for (const q of r.quantities) {
    const b = blockAt(r, q.span.start);
    assert.ok(b && b.start <= q.span.start && q.span.end <= b.end, `block of "${q.text}"`);
    assert.ok(b.placed().quantities.some((p) => p.span.start === q.span.start && p.text === q.text));
  }
  assert.equal(blockAt(r, -1), undefined);
});

const intervalArb: fc.Arbitrary<Interval> = fc
  .record({
    low: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-Infinity, Infinity, NaN)),
    width: fc.integer({ min: -1, max: 4 }),
    lowOpen: fc.boolean(),
    highOpen: fc.boolean(),
  })
  .map(({ low, width, lowOpen, highOpen }) => ({ low, high: Number.isFinite(low) ? low + width : low, lowOpen, highOpen }));

test('the interval log finds the first interval that shares no value, as a scan does', () => {
  fc.assert(
    fc.property(fc.array(intervalArb, { maxLength: 30 }), fc.array(fc.tuple(intervalArb, fc.nat({ max: 35 })), { maxLength: 10 }), (list, questions) => {
      const log = new IntervalLog();
      for (const i of list) log.add(i);
      for (const [x, limit] of questions) assert.equal(log.firstDisjoint(x, limit), firstDisjointByScan(list, x, limit), JSON.stringify({ list, x, limit }));
    }),
    { numRuns: 2000 },
  );
});

test('two intervals are the same exactly when their text (both ends and both open sides) is', async () => {
  const { sameInterval } = await import('../../src/core/rules/cross-reference');
  // The text repeated intervals were told apart by before: the numeric comparison must agree with it.
  const asText = (i: Interval): string => `${i.lowOpen ? '(' : '['}${i.low},${i.high}${i.highOpen ? ')' : ']'}`;
  const end = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom(-0, 0.1, 1e21, -Infinity, Infinity, NaN), fc.double());
  const arb = fc.record({ low: end, high: end, lowOpen: fc.boolean(), highOpen: fc.boolean() });
  fc.assert(
    fc.property(arb, arb, (a, b) => {
      assert.equal(sameInterval(a, b), asText(a) === asText(b), JSON.stringify([asText(a), asText(b)]));
      assert.equal(sameInterval(a, { ...a }), true);
    }),
    { numRuns: 5000 },
  );
});

test('the statement log, keeping a repeated interval once, pairs every statement as comparing with all earlier ones does', async () => {
  const { StatementLog } = await import('../../src/core/rules/cross-reference');
  type St = import('../../src/core/types').Statement;
  // Blocks of statements: a key from a few, a claim number, an interval (often repeated). A
  // block's statements come claim by claim, as collectStatements gives them.
  const stArb = fc.record({ key: fc.constantFrom('a', 'b', 'c'), claimIndex: fc.nat({ max: 2 }), interval: intervalArb });
  fc.assert(
    fc.property(fc.array(fc.array(stArb, { maxLength: 5 }), { maxLength: 12 }), (raw) => {
      const blocks = raw.map((list, b) => ({
        start: b * 100,
        statements: [...list].sort((x, y) => x.claimIndex - y.claimIndex).map((x) => ({ ...x, reading: null }) as unknown as St),
      }));
      const got: [St, number, St, number][] = [];
      const log = new StatementLog();
      for (const block of blocks) log.add(block.start, block.statements, (s, other) => got.push([s.s, s.at, other.s, other.at]));
      // The plain rule: every statement not in conflict is kept, and each one is compared with
      // the first kept earlier one of its key that shares no value, its own claim's left out.
      const want: [St, number, St, number][] = [];
      const kept = new Map<string, { st: St; at: number; b: number }[]>();
      blocks.forEach((block, b) => {
        for (const st of block.statements) {
          const list = kept.get(st.key) ?? [];
          kept.set(st.key, list);
          let limit = list.length;
          while (limit > 0 && list[limit - 1].st.claimIndex === st.claimIndex && list[limit - 1].b === b) limit--;
          const k = firstDisjointByScan(list.map((e) => e.st.interval), st.interval, limit);
          if (k >= 0) want.push([st, block.start, list[k].st, list[k].at]);
          else list.push({ st, at: block.start, b });
        }
      });
      assert.equal(got.length, want.length);
      got.forEach((pair, i) => pair.forEach((x, j) => assert.equal(x, want[i][j])));
    }),
    { numRuns: 2000 },
  );
});

test('the figure under the cursor: found in its block, with its claim, reading and findings, after an edit too', async () => {
  const { figureAt } = await import('../../src/core/figureAt');
  const para = 'OpenAI revenue went from $3.7 billion in 2024 to $13 billion in 2025, a 200% increase.';
  const text = ['# OpenAI', para, 'Anthropic hit about $5 billion.'].join('\n\n');
  const analyzer = createAnalyzer();
  analyzer.analyze(text);
  const edited = `Intro line.\n\n${text}`;
  const r = analyzer.analyze(edited);
  const at = edited.indexOf('200%');
  const fig = figureAt(r, at + 1);
  assert.ok(fig);
  assert.equal(fig.quantity.text, '200%');
  assert.equal(fig.quantity.span.start, at);
  assert.equal(fig.claim?.text, para);
  assert.equal(fig.reading?.quantity.span.start, at);
  assert.deepEqual(fig.findings.map((f) => f.ruleId), ['percent-change']);
  // The qualifier counts as part of the figure; the end of the figure too.
  const about = edited.indexOf('about');
  assert.equal(figureAt(r, about)?.quantity.text, '$5 billion');
  assert.equal(figureAt(r, edited.indexOf('$5 billion') + '$5 billion'.length)?.quantity.text, '$5 billion');
  assert.equal(figureAt(r, edited.indexOf('Intro')), undefined);
});

test('streaming check: the same findings as analyze(), and every figure once, block by block, in order', async () => {
  const { analyzeStreaming } = await import('../../src/core/analyze');
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = `${__dirname}/../../samples`;
  const repeated = 'OpenAI revenue went from $3.7 billion in 2024 to $13 billion in 2025, a 200% increase.';
  const texts = [
    ...readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
    // A paragraph repeated (the streaming check has no cache: it reads it again), and a
    // figure that contradicts an earlier block's, found as its block is read.
    [repeated, 'OpenAI revenue was $13 billion in 2025.', '# Anthropic', repeated, 'OpenAI revenue was $13 billion in 2025.', 'OpenAI revenue was $9 billion in 2025.'].join('\n\n'),
    // A conflict within one block, on its second line: the line named is counted in the block.
    ['# Revenue', 'Intro.\nOpenAI revenue was $13 billion in 2025.\nOpenAI revenue was $9 billion in 2025.'].join('\n\n'),
  ];
  for (const text of texts) {
    for (const options of [{}, { rules: { 'cross-reference': 'off' as const } }]) {
      const whole = analyze(text, options);
      const batches: unknown[][] = [];
      const streamed = analyzeStreaming(text, options, (figures) => batches.push(figures));
      assert.deepEqual(plain(streamed.findings), plain(whole.findings));
      assert.deepEqual(plain(batches.flat()), plain(whole.quantities));
      assert.ok(batches.every((b) => b.length > 0));
    }
  }
  for (const text of texts.slice(-2)) assert.ok(analyzeStreaming(text).findings.some((f) => f.ruleId === 'cross-reference'));
  assert.match(analyzeStreaming(texts[texts.length - 1]).findings.find((f) => f.ruleId === 'cross-reference')?.message ?? '', /line 4 gives it as \$13 billion/);
  assert.ok(!analyzeStreaming(texts[texts.length - 1], { rules: { 'cross-reference': 'off' } }).findings.some((f) => f.ruleId === 'cross-reference'));
});

test('a text without carriage returns is cut and counted by the fast path exactly as by the general one', async () => {
  const { countBreaks } = await import('../../src/core/lineIndex');
  const lfDoc = fc.array(lineArb, { maxLength: 40 }).map((lines) => lines.join('\n'));
  fc.assert(
    fc.property(lfDoc, fc.nat(), fc.nat(), (text, a, b) => {
      // The same text with CRLF line ends goes the general way; its blocks are these, each
      // offset moved by the line feeds before it.
      const crlf = text.replace(/\n/g, '\r\n');
      const moved = (o: number) => o + text.slice(0, o).split('\n').length - 1;
      assert.deepEqual(
        splitBlocks(crlf),
        splitBlocks(text).map((b) => ({ index: b.index, start: moved(b.start), end: moved(b.end) })),
      );
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      assert.equal(countBreaks(text, from, to, true), countBreaks(text, from, to, false));
    }),
    { numRuns: 300 },
  );
});
