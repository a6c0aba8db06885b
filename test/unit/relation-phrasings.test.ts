// One row per phrasing of src/core/read/relations/phrasings.ts, in the manner of ESLint's
// RuleTester: sentences it must read (with the figure that fills each role) and sentences in
// which it must read nothing of its family. A new phrasing gets a row here; the last test
// fails for an entry without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { PHRASINGS, type Family } from '../../src/core/read/relations/phrasings';
import { phrasingsMarkdown } from '../../src/core/read/relations/families';
import type { Relation } from '../../src/core/types';

type Roles = Record<string, string | number>;
interface Row {
  valid: { text: string; roles: Roles }[];
  invalid: string[];
}

/** A relation as its family and the text of the figure in each role. */
function rolesOf(text: string, r: Relation): { family: Family; roles: Roles } | null {
  const t = (q: { span: { start: number; end: number } }) => text.slice(q.span.start, q.span.end);
  switch (r.kind) {
    case 'change':
      return { family: 'change', roles: { start: t(r.from), end: t(r.to), change: t(r.stated) } };
    case 'range':
      return { family: 'range', roles: { low: t(r.low), high: t(r.high) } };
    case 'cagr':
      return { family: 'cagr', roles: { start: t(r.from), end: t(r.to), rate: t(r.rate), years: r.years } };
    case 'share':
      return { family: 'share', roles: { share: t(r.rate), whole: t(r.whole), part: t(r.result) } };
    case 'shareOfWhole':
      return { family: 'shareOfWhole', roles: { share: t(r.rate) } };
    case 'direction':
      return { family: 'direction', roles: { figure: t(r.quantity), word: r.word.text, direction: r.word.direction } };
    default:
      return null;
  }
}

function read(text: string): { family: Family; roles: Roles }[] {
  const out: { family: Family; roles: Roles }[] = [];
  for (const c of analyze(text).claims) for (const r of c.relations) {
    const x = rolesOf(text, r);
    if (x) out.push(x);
  }
  return out;
}

export const ROWS: Record<string, Row> = {
  'range-from-to': {
    valid: [
      { text: 'Estimates range from $5 billion to $8 billion.', roles: { low: '$5 billion', high: '$8 billion' } },
      { text: 'Analysts estimated from 20% to 30%.', roles: { low: '20%', high: '30%' } },
    ],
    invalid: ['Revenue rose from $5 billion to $8 billion.', 'Estimates went from $5 billion in 2024 to $8 billion.'],
  },
  'from-to': {
    valid: [
      { text: 'Revenue rose from $5 billion to $8 billion, a 60% increase.', roles: { start: '$5 billion', end: '$8 billion', change: '60%' } },
      { text: 'Its share went from 52% to 70%, or 18 percentage points.', roles: { start: '52%', end: '70%', change: '18 percentage points' } },
      // The end praised or called a record is still the level reached.
      { text: 'Gross margin jumped from 22% in 2024 to an impressive 40% in 2025, up 18 percentage points.', roles: { start: '22%', end: '40%', change: '18 percentage points' } },
      { text: 'Revenue rose from $40 billion to a record $51.6 billion, up 29%.', roles: { start: '$40 billion', end: '$51.6 billion', change: '29%' } },
      { text: 'Vacancy fell from 3.3% to a record low of 2.8%, down 0.5 percentage points.', roles: { start: '3.3%', end: '2.8%', change: '0.5 percentage points' } },
    ],
    invalid: ['Revenue rose from $5 billion to $8 billion; margins rose 60%.', 'Revenue rose from $5 billion to a record in May, and 60% came from ads.', 'Revenue went from $5 billion to $8 billion, and 60% of it came from ads.'],
  },
  'to-from': {
    valid: [
      { text: 'Revenue grew 60% to $8 billion from $5 billion.', roles: { start: '$5 billion', end: '$8 billion', change: '60%' } },
      { text: 'Revenue grew 29% to a record $51.6 billion from $40 billion.', roles: { start: '$40 billion', end: '$51.6 billion', change: '29%' } },
    ],
    invalid: [
      'Revenue grew to $8 billion from $5 billion.',
      'Revenue grew to $8 billion from $5 billion, and 60% came from ads.',
      // Another clause's "from": the loss widened from $130 million, revenue did not.
      'Revenue increased 20% to $980 million, while net losses widened from $130 million.',
      'Revenue increased 20% to $980 million, but the loss grew from $130 million.',
    ],
  },
  'between-and': {
    valid: [
      { text: 'The round could value it between $100 billion and $150 billion.', roles: { low: '$100 billion', high: '$150 billion' } },
      { text: 'It could use between 6.7% to 12% of the power.', roles: { low: '6.7%', high: '12%' } },
    ],
    invalid: ['Between $100 billion in bonds, and a loan, it raised enough.'],
  },
  'the-a-to-b-range': {
    valid: [
      { text: 'Its forecast is a sharp step up from the $60 billion to $65 billion range it gave in January.', roles: { low: '$60 billion', high: '$65 billion' } },
      { text: 'Capex stayed in the 16% to 18% range.', roles: { low: '16%', high: '18%' } },
    ],
    // No "range" after the pair: the change words before it decide, as for "A to B".
    invalid: ['It cut the $60 billion to $65 billion plan.', 'It moved from the $60 billion to $65 billion level.'],
  },
  'a-to-b': {
    valid: [
      { text: 'It guided for revenue of $1.9 billion to $2 billion.', roles: { low: '$1.9 billion', high: '$2 billion' } },
      { text: 'It expects capital expenditure in the range of $115 billion to $135 billion.', roles: { low: '$115 billion', high: '$135 billion' } },
    ],
    invalid: [
      'Revenue rose from $5 billion to $8 billion.',
      'It announced an increase of $5 billion to $20 billion.',
      'It cut the budget $5 billion to $3 billion.',
      'Revenue grew 10% to $5 billion to lead the market.',
    ],
  },
  'up-from': {
    valid: [
      { text: 'It is valued at $500 billion, up from $300 billion, a 67% rise.', roles: { start: '$300 billion', end: '$500 billion', change: '67%' } },
      { text: 'It is valued at $500 billion (up from $300 billion), a 67% rise.', roles: { start: '$300 billion', end: '$500 billion', change: '67%' } },
    ],
    invalid: ['It is valued at $500 billion, and rivals at $300 billion, a 67% gap.', 'It is valued at $500 billion (and rivals at $300 billion), a 67% gap.'],
  },
  'arrow': {
    valid: [
      { text: '• Valuation Growth: $500M → $20B in 20 months = 40x', roles: { start: '$500M', end: '$20B', change: '40x' } },
      { text: 'Revenue: $1B -> $3B (+200%)', roles: { start: '$1B', end: '$3B', change: '+200%' } },
    ],
    // A dash or a colon is no arrow.
    invalid: ['Revenue: $1B - $3B (+200%)', 'Revenue: $1B: $3B (+200%)'],
  },
  'dated-and': {
    valid: [{ text: 'It lost $5 billion in 2024 and $8 billion in 2025, a 60% increase.', roles: { start: '$5 billion', end: '$8 billion', change: '60%' } }],
    invalid: ['It lost $8 billion in 2025 and $5 billion in 2024, a 60% increase.'],
  },
  'pair-then-change': {
    valid: [{ text: 'Revenue went from $5 billion to $8 billion, up 60%.', roles: { start: '$5 billion', end: '$8 billion', change: '60%' } }],
    invalid: ['Revenue went from $5 billion to $8 billion, while costs rose 60%.', 'Revenue went from $5 billion to $8 billion, 60% of it from ads.'],
  },
  'change-then-pair': {
    valid: [
      { text: 'Revenue rose 60% from $5 billion to $8 billion.', roles: { start: '$5 billion', end: '$8 billion', change: '60%' } },
      { text: 'Revenue grew 60% to $8 billion from $5 billion.', roles: { start: '$5 billion', end: '$8 billion', change: '60%' } },
    ],
    invalid: ['It kept 60% from $5 billion to $8 billion.'],
  },
  'level-change-from': {
    valid: [
      { text: 'Revenue reached $13 billion in 2025, up 20% from $10.8 billion.', roles: { start: '$10.8 billion', end: '$13 billion', change: '20%' } },
      { text: 'First-quarter revenue was $981.6 million, a year-on-year increase of 420% compared to $188.7 million last year.', roles: { start: '$188.7 million', end: '$981.6 million', change: '420%' } },
      { text: 'Net income was $4.32 billion, or 90 cents per share, up 23% from $3.52 billion, or 83 cents per share.', roles: { start: '$3.52 billion', end: '$4.32 billion', change: '23%' } },
      { text: 'Revenue was $14.05 billion, up 51% versus $9.3 billion a year ago.', roles: { start: '$9.3 billion', end: '$14.05 billion', change: '51%' } },
      // The verb right after the level.
      { text: 'Data center revenue of $4.3 billion increased 22% from $3.5 billion a year earlier.', roles: { start: '$3.5 billion', end: '$4.3 billion', change: '22%' } },
      { text: 'Operating income of $8.8 billion was up 53% from $5.75 billion.', roles: { start: '$5.75 billion', end: '$8.8 billion', change: '53%' } },
    ],
    invalid: [
      'Revenue reached $13 billion, but margins were up 20% from $10.8 billion.',
      'Net income was $4.32 billion, or 90 cents per share, while costs were up 23% from $3.52 billion.',
      'Revenue was $9.2 billion, and costs increased 22% from $3.5 billion.',
      'Revenue was $981.6 million, a year-on-year increase of 420%, and costs were compared to $188.7 million.',
    ],
  },
  'level-a-change-from': {
    valid: [
      { text: 'Revenue reached $35.1 billion, a 94% increase from $18.1 billion a year ago.', roles: { start: '$18.1 billion', end: '$35.1 billion', change: '94%' } },
      { text: 'Revenue grew to $57 billion, 62% more than the $35.1 billion a year earlier.', roles: { start: '$35.1 billion', end: '$57 billion', change: '62%' } },
    ],
    invalid: [
      'Revenue reached $35.1 billion, a 94% share of the $37.3 billion market.',
      'Revenue reached $35.1 billion, but a 94% increase from $18.1 billion was expected.',
    ],
  },
  'compared-with': {
    valid: [
      { text: 'Revenue was $9.2 billion, compared with $6.8 billion a year ago, an increase of 36%.', roles: { start: '$6.8 billion', end: '$9.2 billion', change: '36%' } },
      { text: 'Revenue totaled $14.9 billion versus $13.3 billion last year, up 12%.', roles: { start: '$13.3 billion', end: '$14.9 billion', change: '12%' } },
      { text: 'Gross margin came in at 74.6%, compared with 75.1% in the prior quarter, down 0.5 percentage points.', roles: { start: '75.1%', end: '74.6%', change: '0.5 percentage points' } },
    ],
    // An estimate, a forecast or a consensus is no earlier level.
    invalid: [
      "Revenue was $9.2 billion, compared with analysts' estimates of $9.0 billion, up 36%.",
      'Revenue was $9.2 billion versus $9.0 billion expected, up 36%.',
      'Revenue was $9.2 billion versus the $9.0 billion consensus, up 36%.',
      'Revenue was $9.2 billion, compared with $6.8 billion for its rival, and margins rose 36%.',
    ],
  },
  'change-to-compared': {
    valid: [
      {
        text: 'Net sales increased 9% to $155.7 billion in the first quarter, compared with $143.3 billion in first quarter 2024.',
        roles: { start: '$143.3 billion', end: '$155.7 billion', change: '9%' },
      },
      {
        text: 'The effective tax rate would have decreased by 17 percentage points to 13%, compared to the reported effective tax rate of 30%.',
        roles: { start: '30%', end: '13%', change: '17 percentage points' },
      },
    ],
    invalid: [
      'Net sales were 9% of revenue, $155.7 billion in the first quarter, compared with $143.3 billion a year earlier.',
      'Net sales increased 9% to $155.7 billion in the first quarter; costs were $143.3 billion.',
    ],
  },
  'up-from-list': {
    valid: [
      { text: 'Its revenue run rate passed $20 billion in 2025, up from about $6 billion in 2024 and $2 billion in 2023, which is roughly 10 times increase in two years.', roles: { start: '$2 billion', end: '$20 billion', change: '10 times' } },
    ],
    invalid: [
      // The span named is not the years between the earliest level and the latest.
      'Its revenue run rate passed $20 billion in 2025, up from $6 billion in 2024 and $2 billion in 2023, which is a 10 times increase in three years.',
      // No span named: which earlier level the change runs from is not said.
      'Its revenue run rate passed $20 billion in 2025, up from $6 billion in 2024 and $2 billion in 2023, a 10 times increase.',
    ],
  },
  'fold-reaching': {
    valid: [
      { text: 'In 2024, organizations are projected to spend $235 billion on AI, a figure that is expected to nearly triple, reaching over $630 billion by 2028.', roles: { start: '$235 billion', end: '$630 billion', change: 'triple' } },
      { text: 'Revenue of $5 billion is set to double to $10 billion next year.', roles: { start: '$5 billion', end: '$10 billion', change: 'double' } },
      { text: 'Revenue was $5 billion in 2023 and is expected to triple to $15 billion by 2026.', roles: { start: '$5 billion', end: '$15 billion', change: 'triple' } },
      { text: 'The company, which raised $6 billion in 2024, expects to double that to $12 billion.', roles: { start: '$6 billion', end: '$12 billion', change: 'double' } },
      { text: 'Capex of $50 billion this year will nearly double next year, to almost $100 billion.', roles: { start: '$50 billion', end: '$100 billion', change: 'double' } },
    ],
    invalid: [
      'Revenue was $5 billion in 2023, while Nvidia expects its own to double to $20 billion.',
      'Nvidia earned $30 billion last quarter, and analysts expect AMD to double its revenue to $10 billion.',
      'OpenAI had 500 million users in March; the company plans to double that to 1 billion by year-end.',
      // A quarter's level and a year's: no multiple joins them.
      'Capex of $14 billion in the third quarter is set to double to $80 billion for the full year 2026.',
      'Revenue was $5 billion and costs were $3 billion; both are expected to double to $10 billion.',
      'It is more than triple the size of its rival, reaching $5 billion.',
    ],
  },
  'multiple-the': {
    valid: [
      { text: 'Its revenue hit $10 billion in 2024, more than triple the $3 billion it made in 2023.', roles: { start: '$3 billion', end: '$10 billion', change: 'triple' } },
      { text: 'Revenue of $10 billion is twice the $5 billion analysts expected.', roles: { start: '$5 billion', end: '$10 billion', change: 'twice' } },
      { text: 'Nvidia made $30 billion, three times the $10 billion of AMD.', roles: { start: '$10 billion', end: '$30 billion', change: 'three times' } },
    ],
    invalid: [
      'It is more than triple the size of Dallas, the second-largest market at 1.5 GW.',
      'Nvidia made $30 billion, and AMD three times the $10 billion of Intel.',
      'Revenue was $10 billion; costs were twice the $3 billion budget.',
    ],
  },
  'fold-this-to': {
    valid: [
      { text: 'Its Colossus supercomputer currently operates with 100,000 Nvidia Hopper GPUs. The company plans to double this capacity to 200,000 GPUs.', roles: { start: '100,000', end: '200,000', change: 'double' } },
    ],
    invalid: [
      'It runs 100,000 GPUs in Memphis and 50,000 GPUs in Atlanta. The company plans to double this capacity to 200,000 GPUs.',
      'It runs on 100,000 GPUs.\n\nThe company plans to double this capacity to 200,000 GPUs.',
      'It made $1 billion last year. The company plans to double revenue to $2 billion.',
      'It spent $14 billion in the third quarter of 2025. The company plans to double this budget to $80 billion in 2026.',
    ],
  },
  'cagr-dated': {
    valid: [
      {
        text: 'Revenue of $10 billion in 2023 is forecast to reach $40 billion in 2027, growing 41% a year.',
        roles: { start: '$10 billion', end: '$40 billion', rate: '41%', years: 4 },
      },
      {
        text: 'The market is worth USD 134.77 billion in 2025 and is projected to reach USD 393.14 billion by 2035, growing at a CAGR of 11.30%.',
        roles: { start: 'USD 134.77 billion', end: 'USD 393.14 billion', rate: '11.30%', years: 10 },
      },
    ],
    invalid: ['Revenue of $10 billion in 2023 is forecast to reach $40 billion in 2027, up 41%.', 'Revenue of $10 billion is forecast to reach $40 billion by 2027, growing 41% a year.'],
  },
  'cagr-span': {
    valid: [
      {
        text: 'Revenue is forecast to grow from $10 billion to $40 billion between 2023 and 2027, growing 41% a year.',
        roles: { start: '$10 billion', end: '$40 billion', rate: '41%', years: 4 },
      },
    ],
    invalid: ['Revenue is forecast to grow from $10 billion to $40 billion, growing 41% a year.'],
  },
  'share-of-whole-part': {
    valid: [{ text: 'About 5% of its 800 million users, about 40 million, pay.', roles: { share: '5%', whole: '800 million', part: '40 million' } }],
    invalid: ['About 5% of its 800 million users pay, and 40 million more may.'],
  },
  'part-or-share-of-whole': {
    valid: [{ text: 'Some 40 million people, or 5% of its 800 million users, pay.', roles: { share: '5%', whole: '800 million', part: '40 million' } }],
    invalid: ['Some 40 million people signed up while 5% of its 800 million users left.'],
  },
  'whole-with-share-part': {
    valid: [
      { text: 'Revenue was $17.6 billion, with 80% ($14.1 billion) coming from DRAM sales.', roles: { whole: '$17.6 billion', share: '80%', part: '$14.1 billion' } },
      { text: 'It earned $10 billion, of which 40%, or $4 billion, came from cloud.', roles: { whole: '$10 billion', share: '40%', part: '$4 billion' } },
    ],
    invalid: [
      'Revenue was $17.6 billion, with 80% ($14.1 billion) more expected next year.',
      'Revenue was $17.6 billion, with 80% growth and $14.1 billion from ads.',
      'Revenue was $17.6 billion, up 80% ($14.1 billion) from a year ago.',
    ],
  },
  'share-of-named-whole-nearby': {
    valid: [
      {
        text: 'AI revenue rose to $12.2 billion, accounting for 41% of semiconductor revenue. This drove semiconductor revenue to a record $30.1 billion.',
        roles: { part: '$12.2 billion', share: '41%', whole: '$30.1 billion' },
      },
      {
        text: 'Semiconductor revenue was $30.1 billion. AI revenue rose to $12.2 billion, or 41% of semiconductor revenue.',
        roles: { part: '$12.2 billion', share: '41%', whole: '$30.1 billion' },
      },
    ],
    invalid: [
      // Another measure named before the whole ("AI semiconductor revenue"), no name at all, or two candidates.
      'AI revenue rose to $12.2 billion, accounting for 41% of semiconductor revenue. This drove AI semiconductor revenue to a record $30.1 billion.',
      'AI revenue rose to $12.2 billion, accounting for 41% of semiconductor revenue. Software revenue reached $30.1 billion.',
      'Semiconductor revenue was $30.1 billion. AI revenue rose to $12.2 billion, or 41% of semiconductor revenue. Semiconductor revenue was $25 billion a year earlier.',
      // A rate that moved is no share.
      'AI revenue rose to $12.2 billion, up 41% of semiconductor revenue. Semiconductor revenue was $30.1 billion.',
    ],
  },
  'share-part-of-the-whole': {
    valid: [
      { text: "OpenAI's platforms account for about 80 percent of all web traffic for generative AI tools, representing 190 million of the 240 million average daily visits.", roles: { share: '80 percent', part: '190 million', whole: '240 million' } },
      { text: 'Nvidia sells 80% of the chips, or 4 million of the 5 million shipped.', roles: { share: '80%', part: '4 million', whole: '5 million' } },
    ],
    invalid: [
      // Another clause, another part: "while" is no restating word.
      'About 80 percent of the visits came from the US, while 40 million of the 240 million came from Europe.',
      // A part and a whole of two kinds.
      'It holds 80 percent of the market, representing $190 million of the 240 million users.',
    ],
  },
  'stake-bought': {
    valid: [
      { text: 'Meta has made a massive move by investing $14.3 billion in Scale AI. This deal gives Meta a 49% stake in the company, which is now valued at $29 billion.', roles: { share: '49%', whole: '$29 billion', part: '$14.3 billion' } },
      { text: 'Meta has completed a $14.3 billion investment in Scale AI, acquiring a 49% stake in the startup and valuing it at over $29 billion.', roles: { share: '49%', whole: '$29 billion', part: '$14.3 billion' } },
      { text: "In this funding round, ASML's investment of €1.3 billion makes it the main shareholder, holding an 11% stake. Mistral's valuation has soared to €11.7 billion.", roles: { share: '11%', whole: '€11.7 billion', part: '€1.3 billion' } },
    ],
    invalid: [
      // A stake held after several rounds, an investment summed over them, the value of the stake itself.
      'Microsoft, which has invested $13 billion in OpenAI, holds a 27% stake in the company, valued at $500 billion.',
      'Microsoft invested $13 billion in OpenAI, holding a 27% stake in the company now valued at $500 billion.',
      'Microsoft invested $13.8 billion in OpenAI. Under the deal it gets a 27% stake valued at $135 billion.',
      // Another investment on top of earlier ones: the stake is of all of them.
      'Microsoft is investing another $10 billion in OpenAI for a 49% stake, valuing the company at $29 billion.',
      // The valuation before the money came in.
      'Meta invested $14.3 billion in Scale AI for a 49% stake, at a pre-money valuation of $14.7 billion.',
      'Meta invested $14.3 billion in Scale AI for a 49% stake. Scale was valued at $14.7 billion before the deal.',
      // Another investment in the next sentence: the valuation may be that deal's.
      'Amazon invested $4 billion in Anthropic for a 10% stake. Separately, Google invested $2 billion in the company, valued at $18 billion.',
      // Two sentences apart, or in another paragraph.
      'Meta invested $14.3 billion in Scale AI. The deal closed on Friday. It gives Meta a 49% stake in the company, which is valued at $29 billion.',
      'Meta invested $14.3 billion in Scale AI.\n\nIt gives Meta a 49% stake in the company, which is valued at $29 billion.',
    ],
  },
  'share-of-named-whole': {
    valid: [{ text: 'Nvidia holds 80% of the market.', roles: { share: '80%' } }],
    invalid: ['Nvidia holds 80% of its cash in bonds.'],
  },
  stake: {
    valid: [{ text: 'Microsoft holds a 27% stake.', roles: { share: '27%' } }],
    invalid: ['Microsoft holds 27% more cash.'],
  },
  'share-of-rate': {
    valid: [
      { text: 'Microsoft owns 27% of the company.', roles: { share: '27%' } },
      { text: 'It has a stake of 27% in the company.', roles: { share: '27%' } },
    ],
    invalid: ['Microsoft wants 27% of the company.'],
  },
  'share-named-before': {
    valid: [
      { text: "SK hynix's share of the global DRAM market rose from 36 percent to 36.9 percent.", roles: { share: '36 percent' } },
      // The other end of the move is a share too.
      { text: "SK hynix's share of the global DRAM market rose from 36 percent to 36.9 percent.", roles: { share: '36.9 percent' } },
      { text: 'Its operating margin rose to 42%, up a percentage point.', roles: { share: '42%' } },
      { text: 'Gross margin was 74.6% in the quarter.', roles: { share: '74.6%' } },
    ],
    // A verb with no "to"/"from" states a change; a net margin may pass 100%.
    invalid: ['Gross margin rose 150% year over year.', 'The share of revenue from ads rose 5%.', 'Net margin was 120% thanks to a one-time gain.'],
  },
  'share-verb': {
    valid: [
      { text: 'Cloud accounts for 30% of revenue.', roles: { share: '30%' } },
      { text: 'Samsung took up 17 percent of the global HBM market.', roles: { share: '17 percent' } },
      { text: 'If Microsoft owns a stake, it bears 27 percent of OpenAI’s losses.', roles: { share: '27 percent' } },
    ],
    invalid: ['Cloud accounts for 30% growth.', 'It bears 27 percent interest.'],
  },
  'direction-before': {
    valid: [
      { text: 'Shares fell 17%.', roles: { figure: '17%', word: 'fell', direction: 'down' } },
      { text: 'It reported a drop of 20%.', roles: { figure: '20%', word: 'drop', direction: 'down' } },
      { text: 'Nvidia slipped 1.1% after the announcement.', roles: { figure: '1.1%', word: 'slipped', direction: 'down' } },
      { text: 'The shares plummeted by nearly 17% on Monday.', roles: { figure: '17%', word: 'plummeted', direction: 'down' } },
      { text: 'In 2023, the market grew at approximately 19%.', roles: { figure: '19%', word: 'grew', direction: 'up' } },
      { text: 'Both revenue and earnings grew at 20% or more.', roles: { figure: '20%', word: 'grew', direction: 'up' } },
    ],
    // "make up", "take up" state a share: their "up" moves nothing; "at" follows a verb's rate only.
    invalid: [
      'Shares were 17% of the index.',
      'Amazon, Microsoft and Google together now make up 63% of spending.',
      'HBM Supply Is Making Up 14% of DRAM Industry',
      'Samsung took up 17 percent of the global HBM chip market.',
      'The index was up at 5% of its range.',
      'It reported a rise at 19% of its stores.',
    ],
  },
  'direction-verb-by': {
    valid: [{ text: 'The company cut costs by 20%.', roles: { figure: '20%', word: 'cut', direction: 'down' } }],
    invalid: ['The company priced costs by 20%.'],
  },
  'direction-after': {
    valid: [
      { text: 'It reported a 20% drop in sales.', roles: { figure: '20%', word: 'drop', direction: 'down' } },
      { text: 'It posted 20 percent revenue growth in its cloud unit.', roles: { figure: '20 percent', word: 'growth', direction: 'up' } },
      { text: 'It recorded a 2,235 percent on-year surge in operating profit.', roles: { figure: '2,235 percent', word: 'surge', direction: 'up' } },
      // A multiple with its change word after it.
      { text: 'This represents a 10-fold increase in earnings.', roles: { figure: '10-fold', word: 'increase', direction: 'up' } },
      { text: 'AI revenue was a threefold rise on the year before.', roles: { figure: 'threefold', word: 'rise', direction: 'up' } },
      { text: 'Its backlog is now 4x higher than a year ago.', roles: { figure: '4x', word: 'higher', direction: 'up' } },
    ],
    invalid: ['It reported a 20% margin in sales.', 'Revenue showed -5% growth.', 'It posted 20 percent revenue in its cloud unit.', 'It trades at 10x revenue.', 'A 3x leverage ratio is high.', 'It has 4x more users.'],
  },
  'direction-amount-or': {
    valid: [
      { text: 'The S&P 500 rose 24.49 points, or 0.4%, to 6,740.28.', roles: { figure: '0.4%', word: 'rose', direction: 'up' } },
      { text: 'The Dow fell 63.31 points, or 0.1%, to 46,694.97.', roles: { figure: '0.1%', word: 'fell', direction: 'down' } },
      { text: 'Spending was up $17.5 billion or 23% from a year earlier.', roles: { figure: '23%', word: 'up', direction: 'up' } },
    ],
    invalid: ['Revenue of $5 billion, or 20%, came from ads.', 'It cut 1,000, or 5% of its staff.', 'It reported growth of 24 points, or 0.4%.'],
  },
  'direction-restated': {
    valid: [
      { text: 'Revenue increased 16%, or 15% in constant currency.', roles: { figure: '15%', word: 'increased', direction: 'up' } },
      { text: 'Microsoft and Alphabet fell 2.1% and 4.2%, respectively.', roles: { figure: '4.2%', word: 'fell', direction: 'down' } },
    ],
    invalid: ['Revenue was 16%, or 15% in constant currency.'],
  },
};

for (const p of PHRASINGS) {
  const row = ROWS[p.id];
  if (!row) continue;
  test(`phrasing ${p.id} (${p.name})`, () => {
    for (const v of row.valid) {
      const got = read(v.text).filter((r) => r.family === p.family);
      assert.ok(
        got.some((r) => Object.entries(v.roles).every(([role, want]) => r.roles[role] === want)),
        `${JSON.stringify(v.text)}: wanted ${p.family} ${JSON.stringify(v.roles)}, read ${JSON.stringify(got)}`,
      );
    }
    for (const text of row.invalid) {
      const got = read(text).filter((r) => r.family === p.family);
      assert.deepEqual(got, [], `${JSON.stringify(text)} should read no ${p.family}`);
    }
  });
}

test('a pair with no stated change reads the direction its end moved in; with one, the change carries it', () => {
  const level = read('Microsoft posted net income of $27.2 billion, up from $22.03 billion in the year-ago period.');
  assert.deepEqual(level, [{ family: 'direction', roles: { figure: '$27.2 billion', word: 'up', direction: 'up' } }]);
  const margin = read('Its share fell from 32% to 30%.').filter((r) => r.family === 'direction');
  assert.deepEqual(margin, [{ family: 'direction', roles: { figure: '30%', word: 'fell', direction: 'down' } }]);
  const stated = read('Revenue rose from $5 billion to $8 billion, a 60% increase.').filter((r) => r.family === 'direction');
  assert.deepEqual(stated.map((r) => r.roles.figure), ['60%']);
});

test('a level may be named and dated before ", up from" ("a 70.2 percent share of … in the second quarter"), and a start be "a little over" a figure', () => {
  assert.deepEqual(read('Its share has averaged just under 30% over the past four quarters, down from a little over 32% in 2021.'), [{ family: 'direction', roles: { figure: '30%', word: 'down', direction: 'down' } }]);
  assert.deepEqual(read('TSMC secured a record 70.2 percent share of the global foundry business in the second quarter, up from 67.6 percent the previous quarter.').filter((r) => r.family === 'direction'), [{ family: 'direction', roles: { figure: '70.2 percent', word: 'up', direction: 'up' } }]);
  // Another clause before the comma: its "up from" is not the first figure's.
  assert.deepEqual(read('Revenue was $5 billion and profit rose sharply, up from $3 billion.').filter((r) => r.family === 'direction'), []);
});

test('a fold verb is its own direction word, and the change it states is checked; a fold word that compares is not', () => {
  assert.deepEqual(read('Azure AI revenue doubled this year.'), [{ family: 'direction', roles: { figure: 'doubled', word: 'doubled', direction: 'up' } }]);
  assert.deepEqual(read('The loss was halved.'), [{ family: 'direction', roles: { figure: 'halved', word: 'halved', direction: 'down' } }]);
  assert.deepEqual(read('It is more than triple the size of its rival.'), []);
  const [f] = analyze('Revenue doubled from $5 billion to $8 billion.').findings.filter((x) => x.ruleId === 'percent-change');
  assert.ok(f, 'doubled from $5 billion to $8 billion is 1.6 times');
  assert.equal(f.fix ?? null, null); // the writer's verb is not rewritten
});

test('every phrasing has a row of valid and invalid sentences, and its example reads its family', () => {
  for (const p of PHRASINGS) {
    const row = ROWS[p.id];
    assert.ok(row && row.valid.length > 0 && row.invalid.length > 0, `phrasing ${p.id} has no test row`);
    assert.ok(read(p.example).some((r) => r.family === p.family), `the example of ${p.id} reads no ${p.family}: ${p.example}`);
  }
  for (const id of Object.keys(ROWS)) assert.ok(PHRASINGS.some((p) => p.id === id), `a row for no phrasing: ${id}`);
});

test('the phrasings list for the README names every family with an example', () => {
  const md = phrasingsMarkdown();
  for (const p of PHRASINGS) assert.ok(md.includes(p.example), p.id);
  assert.match(md, /^- \*\*Changes/m);
});

test('a rate one sentence states is the change of the move the next makes, when both name one measure (or the move says "it")', () => {
  const changes = (text: string) => read(text).filter((r) => r.family === 'change');
  const want = [{ family: 'change', roles: { start: '$18.1 billion', end: '$22.1 billion', change: '20%' } }];
  assert.deepEqual(changes('Cloud revenue posted a 20% jump in the quarter. Cloud revenue rose from $18.1 billion to $22.1 billion.'), want);
  assert.deepEqual(changes('Cloud revenue posted a 20% jump in the quarter. It rose from $18.1 billion to $22.1 billion.'), want);
  // Another measure, another direction, two rates, or a sentence with a move of its own: nothing.
  assert.deepEqual(changes('Cloud revenue posted a 20% jump in the quarter. Operating income rose from $18.1 billion to $22.1 billion.'), []);
  assert.deepEqual(changes('Cloud revenue fell 20% in the quarter. It rose from $18.1 billion to $22.1 billion.'), []);
  assert.deepEqual(changes('Cloud revenue rose 20% and ads 10% in the quarter. It rose from $18.1 billion to $22.1 billion.'), []);
  // And the published mistake is caught: $18.1 billion to $22.1 billion is 22%.
  const [f] = analyze('Cloud revenue posted a 20% jump in the quarter. It rose from $18.1 billion to $22.1 billion.').findings.filter((x) => x.ruleId === 'percent-change');
  assert.equal(f?.fix?.text, '22%');
});
