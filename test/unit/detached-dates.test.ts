// Dates that belong to another phrase (read/detached.ts): "since 1992", "founded in 2015",
// "founded by ex-OpenAI researchers in 2021". Each is the date of an event, never the
// period of a figure in the same sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function periodOf(text: string, figure: string): string | null {
  for (const c of analyze(text).claims) for (const r of c.readings) if (r.quantity.text === figure) return r.period?.canonical ?? null;
  throw new Error(`no reading of ${figure}`);
}

test('a founding, launch or acquisition date is no figure\'s period, with or without who did it', () => {
  const cases: [string, string][] = [
    ['Anthropic, founded in 2021, raised $65 billion.', '$65 billion'],
    ['Anthropic, the AI lab founded by ex-OpenAI researchers in 2021, had completed a $65 billion funding round.', '$65 billion'],
    ['LinkedIn, acquired by Microsoft in 2016, made $17 billion in revenue.', '$17 billion'],
    ['ChatGPT, launched by OpenAI in late 2022, now has 800 million weekly users.', '800 million'],
    ['Nvidia has grown revenue every year since 2016, to $130 billion.', '$130 billion'],
  ];
  for (const [text, figure] of cases) assert.equal(periodOf(text, figure), null, text);
});

test('a date after other words stays the figure\'s: "by 2030", "in 2025", "raised by investors in 2025"', () => {
  assert.equal(periodOf('OpenAI made $13 billion in revenue in 2025.', '$13 billion'), '2025');
  assert.equal(periodOf('The $40 billion was raised by SoftBank in 2025.', '$40 billion'), '2025');
});
