// What a fix may touch: only its figure (or the direction word its figures contradict). Checked on the samples and on known mistakes;
// the generated-draft version of the same guarantees is in properties.test.ts, and the
// refusal of a fix made for an older document version is in the in-host suite
// (test/vscode/suite/editor.test.ts, "a check for an older version offers no fix").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeResult, Fix } from '../../src/core/types';
import { oppositeWord } from '../../src/core/read/direction';

const ROOT = path.resolve(__dirname, '../..');

const MISTAKES = [
  'Revenue went from $1 billion to $5 billion, a 500% increase.',
  'Its share rose from 40% to 45%, up 5%.',
  'Revenue fell from $20 billion to $15 billion, a +25% change.',
  'OpenAI keeps 20% of $10 billion, about $3 billion.',
  'Revenue grew from $1 billion in 2020 to $16 billion in 2024, growing 50% a year.',
  'Analysts expect between $9 billion and $2 billion.',
  'Analysts expect $12-10 billion.',
  'Analysts expect between $1 and $0.1 million.',
  '| Lab | Revenue |\n|---|---|\n| A | $1 billion |\n| B | $2 billion |\n| Total | $4 billion |',
];

function texts(): { name: string; text: string }[] {
  const samples = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
  return [
    ...samples.map((f) => ({ name: f, text: fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8') })),
    ...MISTAKES.map((text, i) => ({ name: `mistake ${i}`, text })),
    { name: 'all mistakes, CRLF', text: MISTAKES.join('\r\n\r\n') },
  ];
}

function fixesOf(r: AnalyzeResult): { fix: Fix; findingSpan: { start: number; end: number } }[] {
  return r.findings.flatMap((f) => [f.fix, ...(f.alternatives ?? [])].filter((x): x is Fix => !!x).map((fix) => ({ fix, findingSpan: f.span })));
}

test('every fix replaces text inside its finding’s figure, and changes it', () => {
  let n = 0;
  for (const { name, text } of texts()) {
    const r = analyze(text);
    for (const { fix, findingSpan } of fixesOf(r)) {
      n++;
      const old = text.slice(fix.span.start, fix.span.end);
      assert.ok(fix.span.start >= findingSpan.start && fix.span.end <= findingSpan.end, `${name}: fix ${JSON.stringify(fix)} reaches outside its finding ${JSON.stringify(findingSpan)}`);
      // A figure, or a direction word the figures contradict, turned around ("dropped" → "jumped").
      const wordTurned = oppositeWord(old) === fix.text;
      assert.ok(/\d/.test(old) || /%|percent|point/i.test(old) || wordTurned, `${name}: the fix replaces "${old}", which holds no figure`);
      assert.notEqual(fix.text, old, `${name}: the fix "${fix.title}" changes nothing`);
      assert.ok(!/[\r\n]/.test(fix.text), `${name}: a fix may not add a line break`);
    }
  }
  assert.ok(n >= MISTAKES.length, `only ${n} fixes offered`);
});

test('fix all on each text: only the fix spans change, byte for byte', () => {
  for (const { name, text } of texts()) {
    const chosen: Fix[] = [];
    for (const f of analyze(text).findings) {
      const fix = f.fix;
      if (fix && !chosen.some((c) => c.span.start < fix.span.end && fix.span.start < c.span.end)) chosen.push(fix);
    }
    // Applied from the end so earlier offsets stay valid, as a workspace edit does.
    let out = text;
    for (const fix of [...chosen].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, fix.span.start) + fix.text + out.slice(fix.span.end);
    let at = 0;
    let pos = 0;
    for (const fix of [...chosen].sort((a, b) => a.span.start - b.span.start)) {
      const gap = text.slice(at, fix.span.start);
      assert.equal(out.slice(pos, pos + gap.length), gap, `${name}: text before ${fix.span.start} changed`);
      pos += gap.length + fix.text.length;
      at = fix.span.end;
    }
    assert.equal(out.slice(pos), text.slice(at), `${name}: the tail changed`);
  }
});

test('range fixes keep a borrowed scale with the numbers, and are not offered when unsure', () => {
  const borrowed = 'Analysts expect between $1 and $0.1 million.';
  const f = analyze(borrowed).findings.find((x) => x.ruleId === 'range-order');
  assert.ok(f?.fix);
  assert.equal(f.fix.text, '$0.1 and $1 million');
  const fixed = borrowed.slice(0, f.fix.span.start) + f.fix.text + borrowed.slice(f.fix.span.end);
  assert.equal(analyze(fixed).findings.filter((x) => x.ruleId === 'range-order').length, 0);
  // "$1 million and $2": swapping would make "$2 and $1 million", read as $2 million.
  const unsure = analyze('Analysts expect between $1 million and $2.').findings.find((x) => x.ruleId === 'range-order');
  if (unsure) assert.equal(unsure.fix, null);
  const own = analyze('Analysts expect between $9 billion and $2 billion.').findings.find((x) => x.ruleId === 'range-order');
  assert.equal(own?.fix?.text, '$2 billion and $9 billion');
});

test('a fix computed for one text no longer matches once the text before it changes', () => {
  // The core's half of the stale-fix refusal: offsets are exact, so the figure they point
  // at moves with any edit before it; the extension compares document versions.
  const text = MISTAKES[0];
  const f = analyze(text).findings.find((x) => x.fix);
  assert.ok(f?.fix);
  assert.equal(text.slice(f.fix.span.start, f.fix.span.end), '500%');
  const edited = `Draft: ${text}`;
  assert.notEqual(edited.slice(f.fix.span.start, f.fix.span.end), '500%');
  const again = analyze(edited).findings.find((x) => x.ruleId === f.ruleId);
  assert.equal(again?.fix && edited.slice(again.fix.span.start, again.fix.span.end), '500%');
});
