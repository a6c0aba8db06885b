import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordPhraseBefore } from '../../src/core/read/relations/wordBefore';
import { entriesOf } from '../../src/core/read/relations/phrasings';

const BEFORE = entriesOf('direction').find((e) => e.where === 'before')!.pattern;
const leftmost = wordPhraseBefore(BEFORE);

test('wordPhraseBefore finds the match an unanchored search finds, at the same place', () => {
  const texts = [
    'Revenue fell ', 'Shares fell by about ', 'it saw a drop of ', 'sales rose 5% and costs re-rose approx. ',
    'up ~', 'Ca. $5 billion, grew ', 'Straße wuchs um ', 'the ſhares ro', 'down', '', ' ', '12, ',
    'a 𝐀𝐁 rise of ', 'costs-cut by roughly ', 'Umsatz stieg über ', 'revenue of 2024 increased more than ',
  ];
  for (const t of texts) {
    const want = new RegExp(BEFORE.source, BEFORE.flags).exec(t);
    const got = leftmost(t);
    assert.deepEqual(got && [got.index, [...got]], want && [want.index, [...want]], t);
  }
});
