// Deterministic benchmark drafts: the project's sample drafts, re-cut and re-numbered by a
// seeded generator into realistic articles (prose with figures, tables, lists, quotes and
// code blocks) of a requested size. Same seed, same bytes, on every machine.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny, well-distributed 32-bit PRNG; enough for varying figures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = ['OpenAI', 'Anthropic', 'Google', 'Meta', 'Microsoft', 'Nvidia', 'CoreWeave', 'xAI', 'Mistral', 'Oracle'];
const METRICS = ['revenue', 'cash burn', 'capital expenditure', 'annualized revenue run rate', 'net loss', 'valuation'];
const SCALES = ['million', 'billion', 'trillion'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function money(r: () => number): string {
  const v = (1 + r() * 99).toFixed(r() < 0.5 ? 0 : 1);
  return `$${v} ${pick(r, SCALES)}`;
}

function paragraph(r: () => number): string {
  const e = pick(r, ENTITIES);
  const m = pick(r, METRICS);
  const year = 2022 + Math.floor(r() * 8);
  const a = 1 + Math.floor(r() * 40);
  const b = a + Math.floor(r() * 60);
  const pct = Math.round(((b - a) / a) * 100);
  const forms = [
    `${e}'s ${m} went from $${a} billion in ${year} to $${b} billion in ${year + 1}, a ${pct}% increase, according to people familiar with the figures.`,
    `Analysts expect ${e} to report ${m} of about ${money(r)} for ${year}, while its weekly active users passed ${100 + Math.floor(r() * 800)} million.`,
    `Only ${1 + Math.floor(r() * 9)}% of ${e}'s users pay, and its share of chatbot traffic moved from ${10 + Math.floor(r() * 50)}% to ${10 + Math.floor(r() * 50)}% over the year.`,
    `The company raised ${money(r)} at a valuation of ${money(r)}, roughly ${2 + Math.floor(r() * 30)}x its revenue, and committed to spend ${money(r)} on compute by ${year + 5}.`,
    `Gross margin widened from ${30 + Math.floor(r() * 20)}% to ${50 + Math.floor(r() * 20)}%, while the cost of a query fell by ${5 + Math.floor(r() * 40)} percent.`,
    `None of this is certain: the figures are estimates, the period is short and the comparison base is small, so readers should treat them with care.`,
  ];
  const n = 2 + Math.floor(r() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, forms));
  return out.join(' ');
}

function table(r: () => number): string {
  const rows = 3 + Math.floor(r() * 5);
  const lines = ['| Company | 2024 | 2025 | Change |', '|---|---:|---:|---:|'];
  for (let i = 0; i < rows; i++) {
    const a = 1 + Math.floor(r() * 30);
    const b = a + Math.floor(r() * 20);
    lines.push(`| ${pick(r, ENTITIES)} | $${a} billion | $${b} billion | +${Math.round(((b - a) / a) * 100)}% |`);
  }
  return lines.join('\n');
}

function list(r: () => number): string {
  const n = 2 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => `- ${pick(r, ENTITIES)} ${pick(r, METRICS)}: ${money(r)} (${2023 + Math.floor(r() * 4)})`).join('\n');
}

function code(r: () => number): string {
  return ['```python', `revenue = ${Math.floor(r() * 1e9)}  # $${Math.floor(r() * 99)} billion, not prose`, 'growth = revenue / base - 1', '```'].join('\n');
}

/** The project's own sample drafts, split into blocks, as raw material. */
function sampleBlocks(root: string): string[] {
  const dir = join(root, 'samples');
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.md') || f === 'README.md') continue;
    const text = readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (const b of text.split(/\n{2,}/)) if (b.trim()) out.push(b.trim());
  }
  return out;
}

/** A draft of at least `bytes` bytes (UTF-8), deterministic for a seed. */
export function generateDraft(bytes: number, seed: number, root: string): string {
  const r = rng(seed);
  const samples = sampleBlocks(root);
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const x = r();
    let block: string;
    if (x < 0.06) block = `## ${pick(r, ENTITIES)} and the ${pick(r, METRICS)} question, part ${++section}`;
    else if (x < 0.14) block = table(r);
    else if (x < 0.22) block = list(r);
    else if (x < 0.26) block = code(r);
    else if (x < 0.3) block = `> ${paragraph(r)}`;
    else if (x < 0.55 && samples.length) block = pick(r, samples);
    else block = paragraph(r);
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return `# Benchmark draft ${seed}\n\n${parts.join('\n\n')}\n`;
}
