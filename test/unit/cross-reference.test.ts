import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Quantity, Relation } from '../../src/core/types';
import type { RuleContext } from '../../src/core/rules/rule';
import { parsePeriodString } from '../../src/core/read/periods/period';
import { crossReference } from '../../src/core/rules/cross-reference';
import { crossFileConflicts } from '../../src/core/crossFile';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import { q, type QOptions } from './rules-fixtures';

interface Fig {
  figure: string;
  entity: string;
  metric: string;
  period: string | null;
  opts?: QOptions;
}

/**
 * Claims for the sentences of `doc` (split at ". " and at line ends), each figure located
 * in its own sentence, read with the entity, metric and period given.
 */
function claimsOf(doc: string, figs: Fig[][], relations: (qs: Quantity[]) => Relation[][] = () => []): Claim[] {
  const sentences: { start: number; text: string }[] = [];
  const re = /[^\n.]+(?:\.(?!\s)[^\n.]*)*\.?/g;
  for (let m = re.exec(doc); m; m = re.exec(doc)) if (m[0].trim()) sentences.push({ start: m.index, text: m[0] });
  const claims = figs.map((list, i) => {
    const s = sentences[i];
    const quantities = list.map((f) => {
      const local = q(s.text, f.figure, f.opts);
      return { ...local, span: { start: local.span.start + s.start, end: local.span.end + s.start } };
    });
    return {
      span: { start: s.start, end: s.start + s.text.length },
      text: s.text,
      block: i,
      quantities,
      readings: quantities.map((quantity, k) => ({
        quantity,
        entity: list[k].entity,
        metric: list[k].metric,
        period: list[k].period ? parsePeriodString(list[k].period as string) : null,
      })),
      relations: [],
    } as Claim;
  });
  const rel = relations(claims.flatMap((c) => c.quantities));
  rel.forEach((r, i) => {
    if (claims[i]) claims[i].relations = r;
  });
  return claims;
}

const ctx = (doc: string, claims: Claim[]): RuleContext => ({ claims, dataset: EMPTY_INDEX, text: doc });
const burn = (figure: string, period: string | null = 'H1 2025', opts?: QOptions): Fig => ({ figure, entity: 'OpenAI', metric: 'cashBurn', period, opts });

test('cross-reference: a table figure that contradicts the text, on the later figure, pointing at the earlier', () => {
  const doc = 'OpenAI burned $2-3 billion in H1 2025.\n\n| OpenAI | H1 2025 cash burn | $9 billion |';
  const claims = claimsOf(doc, [[burn('$2-3 billion')], [burn('$9 billion')]]);
  const findings = crossReference.checkDocument!(ctx(doc, claims));
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.ruleId, 'cross-reference');
  assert.equal(f.severity, 'warning');
  assert.equal(doc.slice(f.span.start, f.span.end), '$9 billion');
  assert.equal(f.message, "This gives OpenAI's H1 2025 cash burn as $9 billion, but line 1 gives it as $2-3 billion.");
  assert.equal(f.fix, null);
  assert.equal(f.related.length, 1);
  assert.equal(doc.slice(f.related[0].span.start, f.related[0].span.end), '$2-3 billion');
});

test('cross-reference: silent when the figures agree once rounding is allowed for, or differ in period', () => {
  const doc = 'OpenAI burned $2.5 billion in H1 2025. Its H1 2025 burn was $2.46 billion. In H1 2024 it burned $1 billion.';
  const claims = claimsOf(doc, [[burn('$2.5 billion')], [burn('$2.46 billion')], [burn('$1 billion', 'H1 2024')]]);
  // "$2.5 billion" stands for 2.45–2.55 billion, which holds $2.46 billion.
  assert.deepEqual(crossReference.checkDocument!(ctx(doc, claims)), []);
});

test('cross-reference: a fixed figure no longer fires', () => {
  const before = 'OpenAI burned $2.5 billion in H1 2025. The table says $9 billion for H1 2025.';
  const after = 'OpenAI burned $2.5 billion in H1 2025. The table says $2.5 billion for H1 2025.';
  const c1 = claimsOf(before, [[burn('$2.5 billion')], [burn('$9 billion')]]);
  const c2 = claimsOf(after, [[burn('$2.5 billion')], [burn('$2.5 billion')]]);
  assert.equal(crossReference.checkDocument!(ctx(before, c1)).length, 1);
  assert.deepEqual(crossReference.checkDocument!(ctx(after, c2)), []);
});

test('cross-reference: only the odd one out is reported ($13B, $9B, $13B → the $9B)', () => {
  const rev = (figure: string): Fig => ({ figure, entity: 'OpenAI', metric: 'revenue', period: '2025' });
  const doc = 'Revenue was $13 billion in 2025. Revenue hit $9 billion in 2025. Again $13 billion in 2025.';
  const findings = crossReference.checkDocument!(ctx(doc, claimsOf(doc, [[rev('$13 billion')], [rev('$9 billion')], [rev('$13 billion')]])));
  assert.equal(findings.length, 1);
  assert.equal(doc.slice(findings[0].span.start, findings[0].span.end), '$9 billion');
});

test('cross-reference: sentences that contrast two values on purpose are left alone', () => {
  const doc = 'OpenAI projected a burn of $8.5 billion in 2025. It burned $8 billion in 2025.';
  const claims = claimsOf(doc, [[burn('$8.5 billion', '2025')], [burn('$8 billion', '2025')]]);
  assert.deepEqual(crossReference.checkDocument!(ctx(doc, claims)), []);
  // Two figures in one sentence are never compared with each other.
  const one = 'OpenAI burned $8 billion in 2025 and $2 billion in 2025.';
  const c = claimsOf(one, [[burn('$8 billion', '2025'), burn('$2 billion', '2025')]]);
  assert.deepEqual(crossReference.checkDocument!(ctx(one, c)), []);
});

test('cross-reference: levels need a month or a date; no period, entity or metric, no comparison', () => {
  const val = (figure: string, period: string | null): Fig => ({ figure, entity: 'OpenAI', metric: 'valuation', period });
  const doc = 'OpenAI was valued at $300 billion in 2025. OpenAI was valued at $500 billion in 2025.';
  assert.deepEqual(crossReference.checkDocument!(ctx(doc, claimsOf(doc, [[val('$300 billion', '2025')], [val('$500 billion', '2025')]]))), []);
  const doc2 = 'OpenAI was valued at $300 billion in October 2025. OpenAI was valued at $500 billion in October 2025.';
  assert.equal(crossReference.checkDocument!(ctx(doc2, claimsOf(doc2, [[val('$300 billion', '2025-10')], [val('$500 billion', '2025-10')]]))).length, 1);
  const doc3 = 'OpenAI burned $2 billion. OpenAI burned $9 billion.';
  assert.deepEqual(crossReference.checkDocument!(ctx(doc3, claimsOf(doc3, [[burn('$2 billion', null)], [burn('$9 billion', null)]]))), []);
});

test('crossFileConflicts: the same entity, metric and period stated differently in two files is a finding in both', () => {
  const a = 'Intro line.\nOpenAI burned $2.5 billion in H1 2025.';
  const b = 'OpenAI burned $9 billion in H1 2025.';
  const c = 'OpenAI burned $2.5 billion in H1 2025.';
  const docs = [
    { uri: 'file:///ws/drafts/a.md', text: a, claims: claimsOf(a, [[], [burn('$2.5 billion')]]).slice(1) },
    { uri: 'file:///ws/drafts/b.md', text: b, claims: claimsOf(b, [[burn('$9 billion')]]) },
    { uri: 'file:///ws/drafts/c.md', text: c, claims: claimsOf(c, [[burn('$2.5 billion')]]) },
  ];
  const out = crossFileConflicts(docs);
  const fa = out.get('file:///ws/drafts/a.md') ?? [];
  const fb = out.get('file:///ws/drafts/b.md') ?? [];
  const fc = out.get('file:///ws/drafts/c.md') ?? [];
  assert.equal(fa.length, 1);
  assert.equal(fb.length, 1);
  assert.equal(fc.length, 1);
  assert.equal(a.slice(fa[0].span.start, fa[0].span.end), '$2.5 billion');
  assert.equal(fa[0].message, "This gives OpenAI's H1 2025 cash burn as $2.5 billion, but b.md:1 gives it as $9 billion.");
  assert.equal(fa[0].related[0].uri, 'file:///ws/drafts/b.md');
  assert.equal(b.slice(fa[0].related[0].span.start, fa[0].related[0].span.end), '$9 billion');
  // b points at the first conflicting figure elsewhere: a.md, line 2.
  assert.equal(fb[0].message, "This gives OpenAI's H1 2025 cash burn as $9 billion, but a.md:2 gives it as $2.5 billion.");
  assert.equal(fb[0].related[0].uri, 'file:///ws/drafts/a.md');
  assert.equal(fb[0].ruleId, 'cross-reference');
});

test('crossFileConflicts: agreeing files, and conflicts inside one file, give nothing', () => {
  const a = 'OpenAI burned $2.5 billion in H1 2025. Later: OpenAI burned $9 billion in H1 2025.';
  const b = 'OpenAI burned about $2.5 billion in H1 2025.';
  const out = crossFileConflicts([
    { uri: 'a.md', text: a, claims: claimsOf(a, [[burn('$2.5 billion')]]) },
    { uri: 'b.md', text: b, claims: claimsOf(b, [[burn('$2.5 billion', 'H1 2025', { qualifier: 'about' })]]) },
  ]);
  assert.deepEqual(out.get('a.md'), []);
  assert.deepEqual(out.get('b.md'), []);
  const alone = crossFileConflicts([{ uri: 'a.md', text: a, claims: claimsOf(a, [[burn('$2.5 billion')], [burn('$9 billion')]]) }]);
  assert.deepEqual(alone.get('a.md'), []);
});

test('crossFileConflicts end to end: claims from analyze() of two drafts', async () => {
  const { analyze } = await import('../../src/core/analyze');
  const { testIndex } = await import('./dataset-fixtures');
  const a = '# Draft A\n\nOpenAI burned $8 billion in 2025.\n';
  const b = '# Draft B\n\nSome context first.\n\nOpenAI burned $5 billion in 2025.\n';
  const docs = [a, b].map((text, i) => ({ uri: `file:///ws/${i ? 'b' : 'a'}.md`, text, claims: analyze(text, { dataset: testIndex() }).claims }));
  const out = crossFileConflicts(docs);
  const [fa] = out.get('file:///ws/a.md') ?? [];
  const [fb] = out.get('file:///ws/b.md') ?? [];
  assert.equal(a.slice(fa.span.start, fa.span.end), '$8 billion');
  assert.match(fa.message, /b\.md:5 gives it as \$5 billion/);
  assert.equal(b.slice(fb.span.start, fb.span.end), '$5 billion');
  assert.match(fb.message, /a\.md:3 gives it as \$8 billion/);
  // The same figure in both: nothing.
  const same = [a, a.replace('Draft A', 'Draft C')].map((text, i) => ({ uri: `c${i}.md`, text, claims: analyze(text, { dataset: testIndex() }).claims }));
  assert.deepEqual([...crossFileConflicts(same).values()].flat(), []);
  // Given the analyses themselves (what the extension passes: read block by block, nothing
  // moved into place), the same findings.
  const byResult = [a, b].map((text, i) => ({ uri: `file:///ws/${i ? 'b' : 'a'}.md`, text, result: analyze(text, { dataset: testIndex() }) }));
  assert.deepEqual(crossFileConflicts(byResult), out);
});

test('cross-reference messages: a human period, a derivation with each figure\'s rounding, no raw URI', () => {
  const val = (figure: string, period: string | null): Fig => ({ figure, entity: 'OpenAI', metric: 'valuation', period });
  const doc = 'OpenAI was valued at $300 billion in October 2025. OpenAI was valued at $500 billion in October 2025.';
  const [f] = crossReference.checkDocument!(ctx(doc, claimsOf(doc, [[val('$300 billion', '2025-10')], [val('$500 billion', '2025-10')]])));
  assert.equal(f.message, "This gives OpenAI's valuation in October 2025 as $500 billion, but line 1 gives it as $300 billion.");
  assert.equal(f.derivation, '$300 billion on line 1 ($285 billion to $315 billion) and $500 billion here ($475 billion to $525 billion) share no value, allowing for rounding.');
  const a = 'OpenAI burned $2.5 billion in H1 2025.';
  const b = 'OpenAI burned $9 billion in H1 2025.';
  const out = crossFileConflicts([
    { uri: 'file:///ws/drafts/a.md', text: a, claims: claimsOf(a, [[burn('$2.5 billion')]]) },
    { uri: 'file:///ws/drafts/b.md', text: b, claims: claimsOf(b, [[burn('$9 billion')]]) },
  ]);
  const [fa] = out.get('file:///ws/drafts/a.md') ?? [];
  assert.equal(fa.derivation, '$2.5 billion here ($2.45 billion to $2.55 billion) and $9 billion in b.md:1 ($8.55 billion to $9.45 billion) share no value, allowing for rounding.');
});

test('cross-reference: the line named for the earlier figure counts LF, CRLF and CR line ends', () => {
  for (const nl of ['\n', '\r\n', '\r']) {
    const doc = `# Burn${nl}${nl}OpenAI burned $2-3 billion in H1 2025.${nl}${nl}OpenAI burned $9 billion in H1 2025.`;
    // claimsOf splits sentences at "\n" only: give it the LF text, whose offsets differ, then move the spans.
    const lf = doc.split(nl).join('\n');
    const claims = claimsOf(lf.slice(lf.indexOf('OpenAI')), [[burn('$2-3 billion')], [burn('$9 billion')]]);
    const shift = (c: Claim, by: number): void => {
      c.span = { start: c.span.start + by, end: c.span.end + by };
      for (const x of c.quantities) x.span = { start: x.span.start + by, end: x.span.end + by };
    };
    const firstAt = doc.indexOf('OpenAI');
    shift(claims[0], firstAt);
    shift(claims[1], doc.lastIndexOf('OpenAI') - (lf.lastIndexOf('OpenAI') - lf.indexOf('OpenAI')));
    const [f] = crossReference.checkDocument!(ctx(doc, claims));
    assert.ok(f, JSON.stringify(nl));
    assert.equal(doc.slice(f.related[0].span.start, f.related[0].span.end), '$2-3 billion');
    assert.match(f.message, /but line 3 gives it/, JSON.stringify(nl));
  }
});

test('cross-reference: two levels dated only by the document\'s month are not set against each other (two rounds, neither said to be now)', async () => {
  const { analyze } = await import('../../src/core/analyze');
  const text = 'OpenAI is valued at $500 billion after a share sale.\n\nInvestors bought into OpenAI at a $300 billion valuation, the company said.\n';
  const result = analyze(text, { documentDate: '2025-10-06' });
  assert.ok(result.claims.every((c) => c.readings.every((r) => r.period?.inferred === 'documentMonth')), 'both are dated by the document only');
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'cross-reference'), []);
  // Written months are still compared.
  const written = 'OpenAI was valued at $500 billion in October 2025.\n\nIn October 2025 investors valued OpenAI at $300 billion.\n';
  assert.equal(analyze(written).findings.filter((f) => f.ruleId === 'cross-reference').length, 1);
});
