import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankInline, parseMarkdown, splitBlocks } from '../../src/core/markdown';

/** The source slice of every segment must equal its text wherever the text was not blanked. */
function assertOffsetsExact(doc: string) {
  for (const s of parseMarkdown(doc).segments) {
    assert.equal(s.text.length, s.end - s.start);
    const src = doc.slice(s.start, s.end);
    for (let i = 0; i < s.text.length; i++) {
      if (s.text[i] !== ' ') assert.equal(s.text[i], src[i], `offset ${s.start + i} in ${JSON.stringify(src)}`);
    }
  }
}

test('paragraphs, headings and list items become segments at their exact offsets', () => {
  const doc = '# OpenAI made $13.1 billion\n\nRevenue rose 57% in 2025.\n\n- Burn was $8 billion\n- Users: 800 million\n';
  const { segments } = parseMarkdown(doc);
  assert.deepEqual(
    segments.map((s) => [s.kind, doc.slice(s.start, s.end)]),
    [
      ['heading', 'OpenAI made $13.1 billion'],
      ['prose', 'Revenue rose 57% in 2025.'],
      ['prose', 'Burn was $8 billion'],
      ['prose', 'Users: 800 million'],
    ],
  );
  assertOffsetsExact(doc);
});

test('code, front matter, HTML comments, link targets and URLs are not prose', () => {
  const doc = [
    '---',
    'title: $99 billion',
    '---',
    '',
    'See [the $5 billion report](https://example.com/2025/13-billion) and `$7 billion` here.',
    '',
    '```',
    'revenue = $40 billion',
    '',
    'more = 12%',
    '```',
    '',
    '<!-- $3 billion draft note -->',
    '',
    'Visit https://x.com/a/57% or ![chart 9%](img/50%.png).',
  ].join('\n');
  const { segments } = parseMarkdown(doc);
  const all = segments.map((s) => s.text).join(' | ');
  assert.ok(all.includes('the $5 billion report'), all);
  for (const hidden of ['$99', '$7 billion', '$40', '12%', '$3 billion', '13-billion', '57%', '50%']) {
    assert.ok(!all.includes(hidden), `${hidden} should be skipped: ${all}`);
  }
  assert.ok(all.includes('chart 9%'), 'image alt text is prose');
  assertOffsetsExact(doc);
});

test('table cells carry their row and column; the delimiter row is not a row', () => {
  const doc = '| Year | Revenue | Change |\n|---|---:|---|\n| 2024 | $3.7 billion | |\n| **Total** | `x` $9 billion | +23% |\n';
  const cells = parseMarkdown(doc).segments.filter((s) => s.kind === 'tableCell');
  assert.deepEqual(
    cells.map((c) => [c.cell!.row, c.cell!.column, c.cell!.header, doc.slice(c.start, c.end)]),
    [
      [0, 0, true, 'Year'],
      [0, 1, true, 'Revenue'],
      [0, 2, true, 'Change'],
      [1, 0, false, '2024'],
      [1, 1, false, '$3.7 billion'],
      [2, 0, false, '**Total**'],
      [2, 1, false, '`x` $9 billion'],
      [2, 2, false, '+23%'],
    ],
  );
  assert.equal(cells[6].text.trim(), '$9 billion');
  assertOffsetsExact(doc);
});

test('an escaped pipe does not split a cell; as in GFM, one in a code span does', () => {
  const doc = '| a | b | c |\n|---|---|---|\n| `x|y` | p \\| q 5% |\n';
  const body = parseMarkdown(doc).segments.filter((s) => s.cell && s.cell.row === 1);
  assert.deepEqual(
    body.map((s) => [s.cell!.column, doc.slice(s.start, s.end)]),
    [
      [0, '`x'],
      [1, 'y`'],
      [2, 'p \\| q 5%'],
    ],
  );
});

test('block quotes and wrapped lines keep exact offsets, CRLF and lone CR too', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const doc = ['> OpenAI burned', '> $8 billion in 2025.', '', 'Line one', 'line two 5%.'].join(eol);
    const { segments } = parseMarkdown(doc);
    assert.equal(segments.length, 2, JSON.stringify(eol));
    assert.match(segments[0].text, /^OpenAI burned\s+\$8 billion in 2025\.$/);
    assertOffsetsExact(doc);
  }
});

test('blank lines inside fences and comments do not split blocks; indented continuations stay', () => {
  const doc = 'a\n\n```\nx\n\ny\n```\n\n<!--\n\n$5\n-->\n\n- item\n\n    continued 5%\n\nz';
  const blocks = splitBlocks(doc).map((b) => doc.slice(b.start, b.end));
  assert.deepEqual(blocks, ['a', '```\nx\n\ny\n```', '<!--\n\n$5\n-->', '- item\n\n    continued 5%', 'z']);
  const texts = parseMarkdown(doc).segments.map((s) => s.text);
  assert.ok(texts.includes('continued 5%'));
});

test('claimcheck directives are read from HTML comments', () => {
  const doc = 'a\n\n<!-- claimcheck-disable-next-line percent-change, sign -->\nRose 5%.\n\n<!-- claimcheck-disable -->\n';
  const { directives } = parseMarkdown(doc);
  assert.deepEqual(
    directives.map((d) => [d.kind, d.rules]),
    [
      ['disable-next-line', ['percent-change', 'sign']],
      ['disable', []],
    ],
  );
  assert.equal(doc.slice(directives[0].start, directives[0].end).startsWith('<!-- claimcheck'), true);
});

test('blankInline keeps length and blanks only non-prose', () => {
  const s = 'Up **57%** per `code 5%` [link](http://a.b/5%) <b>x</b> see https://t.co/9 ok';
  const b = blankInline(s);
  assert.equal(b.length, s.length);
  assert.ok(b.includes('57%') && b.includes('link') && b.includes('ok'));
  assert.ok(!b.includes('code') && !b.includes('a.b') && !b.includes('t.co') && !b.includes('<b>'));
  assert.equal(blankInline('an `unclosed tick 5%'), 'an `unclosed tick 5%');
});

test('front matter only at the very start is skipped', () => {
  const doc = '---\nx: $1\n---\nBody $2 billion.';
  const t = parseMarkdown(doc).segments.map((s) => s.text);
  assert.deepEqual(t, ['Body $2 billion.']);
});

/**
 * A shortcut of readBlock is held to markdown-it: each generated block source, alone or after
 * a paragraph, gives the segments markdown-it's own reading (readParsed) gives.
 */
async function assertReadsAsMarkdownIt(source: import('fast-check').Arbitrary<string>, numRuns: number): Promise<void> {
  const { readBlock, readParsed } = await import('../../src/core/markdown');
  const fc = (await import('fast-check')).default;
  fc.assert(
    fc.property(source, fc.constantFrom('', 'Intro.\n\n'), (source, before) => {
      const text = before + source + '\n\nAfter.';
      const block = { index: 3, start: before.length, end: before.length + source.length };
      const segments: import('../../src/core/types').Segment[] = [];
      readParsed(text, block, source, segments);
      assert.deepEqual(readBlock(text, block).segments, segments, JSON.stringify(source));
    }),
    { numRuns },
  );
}

test('a plain table is read as markdown-it reads it: the same cells, rows and header, or no shortcut at all', async () => {
  const fc = (await import('fast-check')).default;
  const cellText = fc.constantFrom('', ' ', 'OpenAI', ' $12 billion ', '+58%', '2025', 'a b', '-', ':', '---', ':--:', '|', '\\|', '`x|y`', '\t', 'é', '>', '#', '\r');
  const delimiterCell = fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-', '', ':', 'x', '- -', '--\t');
  const row = fc.array(cellText, { minLength: 0, maxLength: 5 }).map((cells) => `|${cells.join('|')}${cells.length % 2 ? '|' : ''}`);
  const table = fc
    .tuple(row, fc.array(delimiterCell, { minLength: 0, maxLength: 5 }), fc.array(row, { maxLength: 4 }), fc.constantFrom('', '|', ' |', '\n| tail |', '\nplain text', '\n  | indented |'))
    .map(([header, delimiter, body, tail]) => [header, `|${delimiter.join('|')}|`, ...body].join('\n') + tail);
  await assertReadsAsMarkdownIt(table, 3000);
});

test('a one-line heading is read as markdown-it reads it: the same segment, or no shortcut at all', async () => {
  const fc = (await import('fast-check')).default;
  const piece = fc.constantFrom('#', '##', '###', ' ', '\t', '  ', 'Revenue', '$12 billion', '+58%', 'é', '\u00a0', '\u2003', '`x`', '*a*', '[l](u)', '<!-- c -->', '\\#', '\r', '\n', '\0', '-', '>', '|', 'x');
  const heading = fc.tuple(fc.constantFrom('#', '##', '###', '####', '#####', '######', '#######', ' #', '    #'), fc.array(piece, { maxLength: 8 })).map(([marks, rest]) => marks + rest.join(''));
  await assertReadsAsMarkdownIt(heading, 5000);
});

test('a plain bullet list is read as markdown-it reads it: the same segments, or no shortcut at all', async () => {
  const fc = (await import('fast-check')).default;
  const piece = fc.constantFrom(' ', '\t', '  ', 'Revenue', 'x', '$12 billion', '+58%', 'é', 'É', '\u00a0', '`x`', '*a*', '[l](u)', '<b>', '#', '\\', '\r', '\0', '-', '>', '|', ':', '---');
  // Mostly lines the shortcut takes, so that lists of several such lines are common.
  const marker = fc.oneof({ arbitrary: fc.constantFrom('- ', '* ', '+ '), weight: 8 }, fc.constantFrom('-  ', '-', ' - ', '1. ', '- - ', '-\t', ''));
  const first = fc.oneof({ arbitrary: fc.constantFrom('Revenue', 'x', 'é', 'É'), weight: 8 }, piece);
  const line = fc.tuple(marker, first, fc.array(piece, { maxLength: 6 })).map(([m, f, rest]) => m + f + rest.join(''));
  const list = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n'));
  await assertReadsAsMarkdownIt(
    // A letter first takes the plain-paragraph path, tested elsewhere.
    list.filter((source) => /^[-*+]/.test(source)),
    5000,
  );
});
