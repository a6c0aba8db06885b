// Readings of figures about AI startups and labs (issue 15): the families new dev articles on
// funding rounds, valuations, run rates and venture totals showed misread. Each table holds
// sentences as published writing puts them and what a careful reader takes the figure for, and
// sentences of the same shape that must keep the reading they had. Each misreading was read on
// the code before this change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Reading } from '../../src/core/types';
import { bundledIndex } from '../../src/core/dataset/bundled';

/** The reading of the figure written as `figure` in `text`, with the document dated `date` if given. */
function readingOf(text: string, figure: string, date?: string): Reading {
  const doc = date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`;
  const result = analyze(doc, { dataset: bundledIndex() });
  for (const c of result.claims) for (const r of c.readings) if (doc.slice(r.quantity.span.start, r.quantity.span.end) === figure) return r;
  throw new Error(`no reading of ${figure} in "${text}"`);
}

interface Case {
  text: string;
  figure: string;
  date?: string;
}

test('a multiple written as a verb is a change of its object ("doubled its valuation"), whatever metric word stands before the verb', () => {
  const cases: (Case & { of: string })[] = [
    { text: '# Europe’s AI bet: Paris-based Mistral secures €1.7 billion and nearly doubles its valuation', figure: 'doubles', of: 'valuation' },
    { text: 'The recent funding round of Anthropic has raised $30bn and more than doubled its valuation to $380bn.', figure: 'doubled', of: 'valuation' },
    { text: 'Investors jumped in on a funding round that tripled the AI firm’s valuation.', figure: 'tripled', of: 'valuation' },
    { text: 'Perplexity is finalizing a new round. This would triple its valuation from just a few months ago.', figure: 'triple', of: 'valuation' },
    { text: 'Meta doubled its quarterly capital spending from a year ago, to $16.5 billion.', figure: 'doubled', of: 'capex' },
    { text: 'Scale AI expects to more than double its revenue again, targeting $2 billion in 2025.', figure: 'double', of: 'revenue' },
    { text: 'The deal tripled Anthropic’s valuation.', figure: 'tripled', of: 'valuation' },
  ];
  for (const c of cases) assert.equal(readingOf(c.text, c.figure).ofMetric, c.of, `${c.figure} in "${c.text}"`);
  // No possessive object: the metric word before the verb still says what changed.
  assert.equal(readingOf('OpenAI revenue doubled in 2025.', 'doubled').ofMetric, 'revenue');
  // A word that merely ends in "s" is no owner: nothing after the verb is its object.
  assert.notEqual(readingOf('The round doubled shares of revenue.', 'doubled').ofMetric, 'revenue');
});

test('a metric word after a second verb of the same subject ("and nearly doubles its valuation") is not the first figure’s', () => {
  assert.equal(readingOf('# Europe’s AI bet: Paris-based Mistral secures €1.7 billion and nearly doubles its valuation', '€1.7 billion').metric, null);
  assert.equal(readingOf('Mistral AI raised €1.7 billion and more than doubled its valuation to €11.7 billion.', '€1.7 billion').metric, 'fundingRound');
  assert.equal(readingOf('Mistral AI raised €1.7 billion and more than doubled its valuation to €11.7 billion.', '€11.7 billion').metric, 'valuation');
  // One predicate: the metric word after the figure is still its own.
  assert.equal(readingOf('Mistral secured €1.7 billion in funding.', '€1.7 billion').metric, 'fundingRound');
  assert.equal(readingOf('xAI is worth $230 billion after its latest round.', '$230 billion').metric, 'valuation');
});

test('a price for a round still to come ("a valuation in their next funding round") is a projection, not what was paid', () => {
  const text = 'The path to an IPO depends on whether revenue growth stays steep enough to justify a $300 billion to $400 billion valuation in their next funding round.';
  for (const figure of ['$300 billion', '$400 billion']) assert.equal(readingOf(`Anthropic is growing fast. ${text}`, figure, '2025-10-31').kind, 'projection', figure);
  assert.equal(readingOf('Investors expect Perplexity to be valued at $20 billion in its next round.', '$20 billion').kind, 'projection');
  // A round that happened, with the next one mentioned after "and": what happened.
  assert.equal(readingOf('Anthropic raised $13 billion at a $183 billion valuation, and its next round may come soon.', '$183 billion').kind, 'actual');
  assert.equal(readingOf('OpenAI raised $6.6 billion at a $157 billion valuation last year.', '$157 billion').kind, 'actual');
});

test('money venture investors put in as a group is a market total, no company’s, even with companies named as examples', () => {
  const none: Case[] = [
    { text: 'OpenAI raised $40 billion. Venture capital institutions worldwide have invested approximately $192.7 billion in AI startups including OpenAI and Anthropic so far this year.', figure: '$192.7 billion', date: '2025-10-04' },
    { text: 'Anthropic raised $13 billion in September. In 2024, $209 billion was spent by US venture capitalists on startups.', figure: '$209 billion' },
    { text: 'Anthropic raised $13 billion in September. Regionally, of the $270 billion VC firms invested in AI last year, 79.3% was in North America.', figure: '$270 billion', date: '2026-01-15' },
  ];
  for (const c of none) assert.equal(readingOf(c.text, c.figure, c.date).entity, null, `${c.figure} in "${c.text}"`);
  // A company that raised from them keeps its round.
  const own: (Case & { entity: string })[] = [
    { text: 'OpenAI raised $40 billion from venture capital firms led by SoftBank.', figure: '$40 billion', entity: 'OpenAI' },
    { text: 'Anthropic raised $13 billion from investors including Fidelity and Lightspeed.', figure: '$13 billion', entity: 'Anthropic' },
    { text: 'Meta invested $14.3 billion in Scale AI, including Nvidia and Amazon as co-investors.', figure: '$14.3 billion', entity: 'Meta' },
  ];
  for (const c of own) assert.equal(readingOf(c.text, c.figure).entity, c.entity, `${c.figure} in "${c.text}"`);
});

test('names listed after an object word ("including OpenAI and Anthropic") are all objects, none the figure’s owner', () => {
  assert.equal(readingOf('Investors poured $50 billion into AI labs including OpenAI and Anthropic.', '$50 billion').entity, null);
  // The subject named before the figure keeps it.
  assert.equal(readingOf('OpenAI raised $40 billion from investors including SoftBank and Thrive Capital.', '$40 billion').entity, 'OpenAI');
});

test('a quarter named without its year after a dated one ("in Q3 2025, up from $1 billion in Q1") is of that year; a later one stays unplaced', () => {
  assert.equal(readingOf('xAI reported a $1.46 billion net loss in Q3 2025, up from $1 billion in Q1.', '$1 billion', '2026-01-09').period?.canonical, 'Q1 2025');
  assert.equal(readingOf('Revenue was $4.3 billion in Q2 2025, up from $3.9 billion in the first quarter.', '$3.9 billion', '2025-09-01').period?.canonical, 'Q1 2025');
  // A later quarter may be next year's forecast or last year's base: the dated one does not place
  // it; the document's date does, as a guess that is shown, never compared.
  assert.equal(readingOf('Revenue was $4.3 billion in Q2 2025; it expects $5 billion in the fourth quarter.', '$5 billion', '2026-05-20').period?.inferred, 'dateYear');
  // A quarter named before the dated one is no guide ("in the fourth quarter, compared with … fourth quarter 2023").
  assert.equal(readingOf('Net sales increased 10% to $187.8 billion in the fourth quarter, compared with $170.0 billion in fourth quarter 2023.', '$187.8 billion', '2025-02-06').period?.canonical, 'Q4 2024');
});

test('a quarter named by its end with "period" between ("the three month period ended Sept. 30, 2025") is that quarter', () => {
  assert.equal(readingOf('XAI revenue nearly doubled to $107 million for the three month period ended Sept. 30, 2025.', '$107 million').period?.canonical, 'Q3 2025');
  assert.equal(readingOf('Revenue was $2 billion for the six-month period ended June 30, 2025.', '$2 billion').period?.canonical, 'H1 2025');
  assert.equal(readingOf('Revenue was $2 billion for the three months ended June 30, 2025.', '$2 billion').period?.canonical, 'Q2 2025');
});

test('a basis phrase that opens a statement ("On a non-GAAP(*) basis, …") governs each figure it lists', () => {
  const text = 'AMD announced results for the second quarter of 2025. On a non-GAAP(*) basis, gross margin was 43%, operating income was $897 million, net income was $781 million and diluted earnings per share was $0.48.';
  for (const figure of ['43%', '$897 million', '$781 million', '$0.48']) assert.equal(readingOf(text, figure).basis, 'non-gaap', figure);
  assert.equal(readingOf('Still on an adjusted basis, operating income was $9 billion and net income was $7 billion.', '$7 billion').basis, 'non-gaap');
  // No such phrase: a figure's basis stays unstated.
  assert.equal(readingOf('Operating income was $897 million, net income was $781 million.', '$781 million').basis, undefined);
});

test('each part of a round listed with its investor ("$30 billion from chip giant Nvidia") is the investor’s; a round raised from someone is the raiser’s', () => {
  const text = 'The investment round includes $30 billion from Japanese conglomerate SoftBank, $31 billion from chip giant Nvidia, and $50 billion from Amazon.';
  assert.equal(readingOf(text, '$30 billion').entity, 'SoftBank');
  assert.equal(readingOf(text, '$31 billion').entity, 'Nvidia');
  assert.equal(readingOf(text, '$50 billion').entity, 'Amazon');
  const deal = 'The deal will see OpenAI receive an immediate $10 billion, $7.5 billion from SoftBank, and an additional $2.5 billion from a syndicate of investors.';
  assert.equal(readingOf(deal, '$7.5 billion').entity, 'SoftBank');
  assert.equal(readingOf(deal, '$10 billion').entity, 'OpenAI');
  assert.equal(readingOf('OpenAI raised $40 billion from SoftBank.', '$40 billion').entity, 'OpenAI');
});

test('a rate or multiple reached "by 2027" is that year’s, of the kind its words say; an amount or a percent change keeps "by"', () => {
  const cases: (Case & { label: string; kind?: string })[] = [
    { text: 'Anthropic has forecast reducing its cash burn to roughly a third of revenue in 2026 and just 9% by 2027.', figure: '9%', date: '2026-02-13', label: '2027', kind: 'guidance' },
    { text: 'The path to an IPO depends on whether Anthropic can keep gross margins climbing from 50% today to 77% by 2028.', figure: '77%', date: '2025-10-31', label: '2028' },
    { text: 'Spending will more than double by 2028 when it is expected to reach $632 billion.', figure: 'double', date: '2024-08-20', label: '2028' },
    { text: 'OpenAI aims for $100 billion in revenue by 2027.', figure: '$100 billion', date: '2025-08-20', label: 'by 2027', kind: 'target' },
    { text: 'Global power demand from data centers is forecast to rise 165% by 2030.', figure: '165%', date: '2025-09-10', label: 'by 2030' },
  ];
  for (const c of cases) {
    const r = readingOf(c.text, c.figure, c.date);
    assert.equal(r.period?.canonical, c.label, `${c.figure} in "${c.text}"`);
    if (c.kind) assert.equal(r.kind, c.kind, `kind of ${c.figure}`);
  }
});

test('a pronoun subject keeps the company carried in ("…, it is renegotiating …, cutting Microsoft’s take"), and "the company" after an investor named as an object is that company', () => {
  const text = 'OpenAI forecasts $12.7 billion in 2025. To strengthen its financial position, it is renegotiating partner revenue shares, cutting Microsoft’s take. A $40 billion funding round led by SoftBank is expected to value the company at $300 billion.';
  assert.equal(readingOf(text, '$40 billion', '2025-09-16').entity, 'OpenAI');
  assert.equal(readingOf(text, '$300 billion', '2025-09-16').entity, 'OpenAI');
  // A sentence whose subject is the name it opens with still turns the carry to that name.
  const turned = 'OpenAI forecasts $12.7 billion in 2025. Microsoft is renegotiating its share. Its capital spending reached $30 billion.';
  assert.equal(readingOf(turned, '$30 billion', '2025-09-16').entity, 'Microsoft');
});

test('"annualized recurring revenue" and "annualized run-rate revenue" name the run rate, not the revenue of a period', () => {
  assert.equal(readingOf('OpenAI expects to hit $20 billion in annualized recurring revenue by the end of 2025.', '$20 billion').metric, 'revenueRunRate');
  assert.equal(readingOf('Nebius is raising its annualized run-rate revenue outlook for the year end to $900 million-$1.1 billion.', '$900 million-$1.1 billion').metric, 'revenueRunRate');
  assert.equal(readingOf('OpenAI made $13 billion in revenue in 2025.', '$13 billion').metric, 'revenue');
});

test('several parties’ figure together ("Together, the Big Three control over 60%", "a combined $2 trillion") and an industry’s size ("the $300 billion search advertising industry") are no one company’s', () => {
  const none: Case[] = [
    { text: 'Perplexity is growing. Google’s vice grip over the $300 billion search advertising industry is starting to slip.', figure: '$300 billion' },
    { text: 'Amazon leads the cloud market. Together, the "Big Three" control over 60% of the market.', figure: '60%' },
    { text: 'OpenAI needs compute. AI companies would have to generate a combined $2 trillion in annual revenue to cover those costs.', figure: '$2 trillion' },
    { text: 'Microsoft spent heavily. Their collective splurge is estimated to be 60% higher than it was last year.', figure: '60%' },
    { text: 'CoreWeave grew fast, with the top three cloud providers accounting for 68% of the market.', figure: '68%' },
  ];
  for (const c of none) assert.equal(readingOf(c.text, c.figure).entity, null, `${c.figure} in "${c.text}"`);
  // A company's own size and market value stay its own.
  assert.equal(readingOf('OpenAI is now a $500 billion company.', '$500 billion').entity, 'OpenAI');
  assert.equal(readingOf('Nvidia is a $4 trillion market cap giant.', '$4 trillion').entity, 'Nvidia');
  assert.equal(readingOf('Amazon holds a 30% share of the market.', '30%').entity, 'Amazon');
});

test('a round still being negotiated ("is reportedly seeking", "in advanced negotiations to secure", "is finalizing") is a projection; one raised is what happened', () => {
  const cases: Case[] = [
    { text: 'Perplexity AI is currently in advanced negotiations to secure $500 million in a funding round led by Accel.', figure: '$500 million', date: '2025-05-14' },
    { text: 'Anthropic is reportedly seeking $10 billion in funding to raise the company’s valuation to $350 billion.', figure: '$10 billion', date: '2026-01-09' },
    { text: 'Perplexity is reportedly finalizing a new funding round of $500 million.', figure: '$500 million', date: '2024-11-12' },
    { text: 'Mistral AI is in talks to raise $1 billion.', figure: '$1 billion', date: '2025-07-01' },
  ];
  for (const c of cases) assert.equal(readingOf(c.text, c.figure, c.date).kind, 'projection', `${c.figure} in "${c.text}"`);
  assert.equal(readingOf('OpenAI, which held talks with Microsoft last year, raised $40 billion in March.', '$40 billion').kind, 'actual');
});
