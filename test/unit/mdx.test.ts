// MDX: import/export blocks, JSX lines and {expressions} are blanked before analysis, keeping
// every offset; prose (inside JSX elements too) and fenced code are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankMdxSyntax, isMdxPath } from '../../src/core/mdx';
import { analyze } from '../../src/core/analyze';

const DOC = `import { Chart } from './chart'
export const meta = {
  growth: '150%',
}

# Costs

<Chart
  data={[13.1, 150]}
  label="cut costs by 150%"
/>

<Note>
The company cut costs by 150%.
</Note>

{/* cut costs by 150% */}

\`\`\`js
import x from 'y'
\`\`\`
`;

test('MDX syntax is blanked, prose and offsets kept', () => {
  const out = blankMdxSyntax(DOC);
  assert.equal(out.length, DOC.length);
  assert.equal(out.split('\n').length, DOC.split('\n').length);
  assert.ok(!out.includes('import {'));
  assert.ok(!out.includes('Chart'));
  assert.ok(!out.includes('{/*'));
  assert.ok(out.includes('The company cut costs by 150%.'));
  assert.ok(out.includes("import x from 'y'"), 'fenced code is untouched');
  const findings = analyze(out).findings;
  assert.equal(findings.length, 1);
  assert.equal(DOC.slice(findings[0].span.start, findings[0].span.end), '150%');
  assert.ok(DOC.lastIndexOf('The company') < findings[0].span.start);
});

test('plain Markdown comes back unchanged; .mdx is recognised by name', () => {
  const md = '# Title\n\nRevenue rose 10%.\n';
  assert.equal(blankMdxSyntax(md), md);
  assert.ok(isMdxPath('a/b.MDX'));
  assert.ok(!isMdxPath('a/b.md'));
});
