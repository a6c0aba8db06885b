import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordPhraseBefore } from '../../src/core/read/relations/wordBefore';
import { entriesOf, VERB_BEFORE } from '../../src/core/read/relations/phrasings';

const PATTERNS = [entriesOf('direction').find((e) => e.where === 'before')!.pattern, VERB_BEFORE.from, VERB_BEFORE.to];

test('wordPhraseBefore finds the match an unanchored search finds, at the same place', () => {
  const texts = [
    'Revenue fell ', 'Shares fell by about ', 'it saw a drop of ', 'sales rose 5% and costs re-rose approx. ',
    'up ~', 'Ca. $5 billion, grew ', 'Straße wuchs um ', 'the ſhares ro', 'down', '', ' ', '12, ',
    'a 𝐀𝐁 rise of ', 'costs-cut by roughly ', 'Umsatz stieg über ', 'revenue of 2024 increased more than ',
    'fell sharply from ', 'was cut all the way to about ', 'x-fell from ~', 'rose 5% to ', 'grew, from ',
  ];
  for (const pattern of PATTERNS) {
    const leftmost = wordPhraseBefore(pattern);
    for (const t of texts) {
      const want = new RegExp(pattern.source, pattern.flags).exec(t);
      const got = leftmost(t);
      assert.deepEqual(got && [got.index, [...got]], want && [want.index, [...want]], `${pattern.source.slice(0, 40)} on ${t}`);
    }
  }
});
