// Property tests over generated drafts (fast-check, fixed seeds so a failure replays):
//  - analyze() never fails inside: no internal-error skip, no rule that throws on a claim;
//  - everything it returns lies in the text and reads as sense;
//  - a fix, applied and the draft analysed again, silences its rule at that figure;
//  - applying every offered fix, in any order, changes only the fixed spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/rules/index';
import { bundledIndex } from '../../src/core/dataset/bundled';
import type { AnalyzeResult, Fix } from '../../src/core/types';
import { assertSane } from './hostile-helpers';

/** Case counts, summed in the README's reliability table. */
export const RUNS = { grammar: 600, units: 400, fixSilences: 400, fixAll: 400 };

// ---------------------------------------------------------------------------
// Drafts from a small grammar: sentences with (often wrong) arithmetic, and Markdown noise.

const num = (min: number, max: number) => fc.integer({ min, max });
const money = fc
  .tuple(num(0, 99_999), fc.constantFrom(0, 1, 2), fc.constantFrom(' million', ' billion', 'B', 'bn', ' trillion', 'm', ''), fc.constantFrom('$', '€', '£', 'US$'))
  .map(([n, d, s, c]) => `${c}${(n / 10 ** d).toFixed(d)}${s}`);
const pct = fc.tuple(num(-500, 5_000), fc.constantFrom(0, 1)).map(([n, d]) => `${(n / 10 ** d).toFixed(d)}%`);
const year = num(2015, 2035).map(String);
const entity = fc.constantFrom('OpenAI', 'Anthropic', 'Nvidia', 'xAI', 'Mistral AI', 'ChatGPT', 'The company', 'It');
const metric = fc.constantFrom('revenue', 'annualized revenue', 'cash burn', 'valuation', 'weekly active users', 'capex', 'market share');
const verb = fc.constantFrom('rose', 'fell', 'grew', 'dropped', 'went', 'jumped', 'was cut');
const change = fc.constantFrom('increase', 'decrease', 'rise', 'drop', 'change', 'jump', 'fall');

const sentence = fc.oneof(
  fc.tuple(entity, metric, verb, money, money, pct, change).map(([e, m, v, a, b, c, w]) => `${e} ${m} ${v} from ${a} to ${b}, a ${c} ${w}.`),
  fc.tuple(entity, num(0, 100), num(0, 100), num(-100, 100), fc.constantFrom('%', ' percentage points', 'pp', ' points')).map(
    ([e, a, b, c, u]) => `${e}'s share moved from ${a}% to ${b}%, up ${c}${u}.`,
  ),
  fc.tuple(entity, pct, money, money).map(([e, r, w, x]) => `${e} keeps ${r} of ${w}, about ${x}.`),
  fc.tuple(entity, metric, money, year, money, year, pct).map(([e, m, a, y1, b, y2, r]) => `${e} ${m} grew from ${a} in ${y1} to ${b} in ${y2}, growing ${r} a year.`),
  fc.tuple(entity, metric, money, year).map(([e, m, a, y]) => `${e} ${m} was ${a} in ${y}.`),
  fc.tuple(entity, money, money).map(([e, a, b]) => `${e} expects between ${a} and ${b}; ${e} fell +20% and rose -15%.`),
  fc.tuple(entity, pct).map(([e, r]) => `${e} cut costs by ${r}, and ${e} accounts for ${r} of the market.`),
  fc.tuple(fc.array(money, { minLength: 2, maxLength: 6 }), money).map(
    ([rows, total]) => `| Lab | Revenue |\n|---|---|\n${rows.map((r, i) => `| L${i} | ${r} |`).join('\n')}\n| Total | ${total} |`,
  ),
);

const noise = fc.oneof(
  fc.constantFrom('# Heading', '## 2025 in numbers', '- ', '1. ', '> ', '```\n$1 billion\n```', '`$5B`', '[$3 billion](https://x.test/$1B)', '<!-- claimcheck-disable-next-line -->', '<!-- claimcheck-disable sign -->', '<!-- claimcheck-enable -->', '<b>$2B</b>', '***', '\\$5', '~~50%~~'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\n> ', '\n- ');

const draft = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 1, arbitrary: noise }), separator), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

// ---------------------------------------------------------------------------

const dataset = bundledIndex();

function noInternalFailure(text: string, r: AnalyzeResult): void {
  assert.ok(!/internal error/.test(r.skipped ?? ''), `analyze failed inside on: ${JSON.stringify(text)}`);
  // analyze() swallows a rule that throws; ask each rule directly so a throw is seen.
  const ctx = { claims: r.claims, dataset, text };
  for (const rule of RULES) {
    for (const claim of r.claims) {
      try {
        rule.check?.(claim, ctx);
      } catch (e) {
        assert.fail(`rule ${rule.id} threw ${e instanceof Error ? e.message : String(e)} on: ${JSON.stringify(claim.text)}`);
      }
    }
    try {
      rule.checkDocument?.(ctx);
    } catch (e) {
      assert.fail(`rule ${rule.id} (document) threw ${e instanceof Error ? e.message : String(e)} on: ${JSON.stringify(text)}`);
    }
  }
}

test('generated drafts: no internal failure, no rule throws, everything in the text and sensible', () => {
  fc.assert(
    fc.property(draft, (text) => {
      const r = analyze(text);
      assertSane(text, r);
      noInternalFailure(text, r);
    }),
    { numRuns: RUNS.grammar, seed: 20261127 },
  );
});

test('arbitrary UTF-16 (lone surrogates, controls, any plane) mixed with figures: same guarantees', () => {
  const unit = fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c));
  const text = fc.array(fc.oneof(unit, unit, fc.constantFrom('$', '%', '5', '.', ',', ' billion', ' from ', ' to ', '\n', '|', '-', '1e308', '٥', '５')), { maxLength: 200 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const r = analyze(t);
      assertSane(t, r);
      noInternalFailure(t, r);
    }),
    { numRuns: RUNS.units, seed: 6 },
  );
});

function apply(text: string, fix: Fix): string {
  return text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
}

test('a fix, applied and analysed again, no longer fires its rule at that figure', (t) => {
  let fixes = 0;
  fc.assert(
    fc.property(draft, (text) => {
      const r = analyze(text);
      for (const f of r.findings) {
        if (!f.fix) continue;
        fixes++;
        const fixed = apply(text, f.fix);
        const again = analyze(fixed);
        const still = again.findings.filter((g) => g.ruleId === f.ruleId && g.span.start === f.fix!.span.start);
        assert.deepEqual(
          still.map((g) => g.message),
          [],
          `${f.ruleId}: "${text.slice(f.fix.span.start, f.fix.span.end)}" → "${f.fix.text}" in ${JSON.stringify(text)}`,
        );
      }
    }),
    { numRuns: RUNS.fixSilences, seed: 99 },
  );
  assert.ok(fixes > 50, `only ${fixes} fixes were generated: the grammar no longer makes mistakes`);
  t.diagnostic(`${fixes} fixes applied and re-checked`);
});

test('applying every offered fix, in any order, leaves everything outside the fix spans byte-for-byte', (t) => {
  let applied = 0;
  fc.assert(
    fc.property(draft, fc.infiniteStream(fc.nat()), (text, order) => {
      const r = analyze(text);
      // One fix per figure: overlapping fixes are alternatives, a writer picks one.
      const chosen: Fix[] = [];
      for (const f of r.findings) {
        const fix = f.fix;
        if (!fix) continue;
        if (chosen.some((c) => c.span.start < fix.span.end && fix.span.start < c.span.end)) continue;
        chosen.push(fix);
      }
      if (!chosen.length) return;
      // Apply in a shuffled order, shifting spans after each edit as an editor would.
      const pending = chosen.map((f) => ({ ...f, span: { ...f.span } }));
      const it = order[Symbol.iterator]();
      let out = text;
      while (pending.length) {
        const k = (it.next().value as number) % pending.length;
        const [fix] = pending.splice(k, 1);
        out = apply(out, fix);
        const delta = fix.text.length - (fix.span.end - fix.span.start);
        for (const p of pending) if (p.span.start >= fix.span.end) p.span = { start: p.span.start + delta, end: p.span.end + delta };
        applied++;
      }
      // Walk the original: every gap between fix spans must appear unchanged, in order.
      const sorted = [...chosen].sort((a, b) => a.span.start - b.span.start);
      let at = 0;
      let pos = 0;
      for (const f of sorted) {
        const gap = text.slice(at, f.span.start);
        assert.equal(out.slice(pos, pos + gap.length), gap, `text before ${f.span.start} changed`);
        pos += gap.length;
        assert.equal(out.slice(pos, pos + f.text.length), f.text);
        pos += f.text.length;
        at = f.span.end;
      }
      assert.equal(out.slice(pos), text.slice(at), 'the text after the last fix changed');
    }),
    { numRuns: RUNS.fixAll, seed: 2026 },
  );
  assert.ok(applied > 50, `only ${applied} fixes were applied`);
  t.diagnostic(`${applied} fixes applied in shuffled orders`);
});
