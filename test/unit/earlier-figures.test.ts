// A figure the writer marks as earlier ("up from", "from … to", "previously", "initially") is
// compared with the earlier fact, never reported as superseded (issue 15, part 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Reading } from '../../src/core/types';
import { earlierMark, mayMarkEarlier } from '../../src/core/read/earlier';

function read(text: string): { readings: Reading[]; rules: string[] } {
  const r = analyze(text, { documentDate: '2026-04-01' });
  return { readings: r.claims.flatMap((c) => c.readings), rules: r.findings.map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`) };
}

const figure = (rs: Reading[], text: string): Reading => rs.find((r) => r.quantity.text === text)!;

test('a figure marked as earlier is never reported as superseded', () => {
  for (const text of [
    'OpenAI was valued at $852 billion in March 2026, up from $840 billion.',
    "OpenAI's valuation rose to $852 billion, up from $840 billion in February.",
    'OpenAI previously expected revenue of $10 billion in 2025.',
    'OpenAI initially projected 2025 revenue of $10 billion; it now expects $13 billion.',
  ]) {
    const { rules } = read(text);
    assert.deepEqual(rules.filter((r) => r.startsWith('superseded')), [], text);
  }
});

test('an earlier statement for the same period ("previously", "an initial forecast of", "cut … from") keeps that period; "up from" steps back a year', () => {
  for (const text of [
    'OpenAI expects to burn $8 billion in 2025, down from $8.5 billion previously.',
    'OpenAI now expects to burn $8 billion in 2025, down from an initial forecast of $8.5 billion.',
    'OpenAI cut its 2025 cash burn forecast from $8.5 billion to $8 billion.',
    'OpenAI cut its cash burn forecast for 2025 to $8 billion, down from $8.5 billion.',
  ]) {
    const r = figure(read(text).readings, '$8.5 billion');
    assert.equal(r.period?.canonical, '2025', text);
    assert.equal(r.earlier, 'revision', text);
    assert.equal(r.kind, 'guidance', text);
  }
  const growth = figure(read('OpenAI made $13 billion in 2025, up from $3.7 billion.').readings, '$3.7 billion');
  assert.equal(growth.period?.canonical, '2024');
  assert.equal(growth.earlier, 'before');
});

test('an earlier statement no fact agrees with is not held against the current fact', () => {
  const { rules } = read('OpenAI now expects to burn $8 billion in 2025, down from $9.7 billion previously.');
  assert.deepEqual(rules.filter((r) => r.includes('$9.7 billion')), []);
});

// read/earlier.ts skips a sentence without any cue word (mayMarkEarlier) before trying its
// phrases figure by figure: that list must cover every phrase, or a marked figure goes unread.
test('every sentence with a figure marked as earlier passes the cue-word test first', () => {
  const SENTENCES = [
    'Revenue rose to $13 billion, up from $3.7 billion.',
    'Revenue went from $4 billion to $13 billion in 2025.',
    'It was valued at $300 billion previously and $500 billion now.',
    'The company initially reported $8.5 billion of burn for 2025.',
    'OpenAI cut its forecast from $8.5 billion to $8 billion.',
    'It expects $8 billion, down from $8.5 billion previously.',
    'An initial forecast of $8.5 billion was later lowered.',
    'Sales were $20 billion compared with $15 billion in 2024.',
    'Margins were 40% versus 42% a year earlier.',
    'The prior guidance of $10 billion was raised to $12 billion.',
    'It stood at $5 billion before the revision, $6 billion after.',
  ];
  let marked = 0;
  for (const claim of analyze(SENTENCES.join('\n\n')).claims) {
    for (const r of claim.readings) {
      if (earlierMark(claim, r) === null) continue;
      marked++;
      assert.ok(mayMarkEarlier(claim.text), claim.text);
    }
  }
  assert.ok(marked >= SENTENCES.length - 2, `only ${marked} figures were marked as earlier`);
});
