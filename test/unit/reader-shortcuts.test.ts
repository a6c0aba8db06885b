// Shortcuts the readers take to skip work, held to the searches they stand for: a gate must
// never skip a text its pattern reads, and a place worked out without match indices must be
// the one the indices give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VALUE_AT, VALUE_WORD } from '../../src/core/read/metricReading';
import { MOVEMENT_PHRASINGS } from '../../src/core/read/movements';

test('a sentence without the valuation word gate has no lead VALUE_AT reads', () => {
  const words = ['values', 'value', 'valuing', 'VALUES', 'Value', 'valu', 'val', 'ue', 'xAI', 'the', 'company', 'at', 'about', 'more than', 'ſ', '\u212A', ' ', '  ', '-', "'"];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(fc.oneof(text, fc.string()), (t) => {
      if (!VALUE_WORD.test(t)) assert.equal(VALUE_AT.test(t), false, t);
    }),
    { numRuns: 4000 },
  );
  assert.ok(VALUE_AT.test('would value Perplexity at '));
  assert.ok(VALUE_WORD.test('would value Perplexity at '));
});

test("a movement lead's direction word starts where its match starts", () => {
  const words = ['rose', 'fell', 'grew', 'moved', 'going', 'year-over-year', 'sharply', 'from', 'to', 'about', 'more than', 'a record low of', '10%', 'by', 'é', 'ſ', '-'];
  const lead = fc.array(fc.constantFrom(...words), { maxLength: 10 }).map((w) => w.join(' ') + ' ');
  for (const p of MOVEMENT_PHRASINGS) {
    if (p.wordIn !== 'lead') continue;
    const withIndices = new RegExp(p.lead!.source, p.lead!.flags + 'd');
    fc.assert(
      fc.property(fc.oneof(lead, fc.string()), (t) => {
        const m = p.lead!.exec(t);
        const d = withIndices.exec(t);
        assert.equal(m?.index, d?.index, t);
        if (m && d) assert.equal(m.index, d.indices!.groups!.word[0], t);
      }),
      { numRuns: 3000 },
    );
  }
});
