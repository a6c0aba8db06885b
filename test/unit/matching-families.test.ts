// Families of figures whose entity or metric the reader once got wrong on the dev split
// (issue 15): each test names the family and fails without its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { readingsOf } from '../../src/core/readingOf';

/** The entity and metric (or, for a change, the metric it changes) the reader gives figure `figure` (its text, first occurrence). */
function read(text: string, figure: string, documentDate?: string): { entity: string | null; metric: string | null } {
  const result = analyze(text, documentDate ? { documentDate } : {});
  const at = text.indexOf(figure);
  const i = result.quantities.findIndex((q) => q.span.start === at);
  assert.ok(i >= 0, `no figure "${figure}"`);
  const r = readingsOf(result.quantities, result.claims)[i];
  return { entity: r.entity, metric: r.metric };
}

test("a release's capitalised line heads are no organisation's name: the company named before carries", () => {
  const text = 'Oracle Corporation today announced fiscal 2026 Q2 results. Total Remaining Performance Obligations were up 438% year-over-year in USD to $523 billion.\n\nQ2 GAAP operating income was $4.7 billion. GAAP net income was $6.1 billion.\n';
  assert.equal(read(text, '$523 billion').entity, 'Oracle');
  assert.equal(read(text, '$4.7 billion').entity, 'Oracle');
  assert.equal(read(text, '$6.1 billion').entity, 'Oracle');
  // An organisation the dataset does not know still stops the carry.
  assert.equal(read('Oracle reported revenue of $16.1 billion. Acme Robotics reported revenue of $7 billion.\n', '$7 billion').entity, null);
});

test('a part of the business named right before the metric word is not the company carried in', () => {
  const oracle = 'Oracle Corporation today announced fiscal 2026 Q2 results. Cloud revenues were up 34% in USD to $8.0 billion. Software revenues were down 3% to $5.9 billion. Total quarterly revenues were $16.1 billion.\n';
  assert.equal(read(oracle, '$8.0 billion').entity, null);
  assert.equal(read(oracle, '34%').entity, null);
  assert.equal(read(oracle, '$5.9 billion').entity, null);
  assert.equal(read(oracle, '$16.1 billion').entity, 'Oracle');
  // A segment the dataset holds is that segment's.
  assert.equal(read('Nvidia reported record results for fiscal 2025. For the full year, Data Center revenue reached $115.2 billion.\n', '$115.2 billion').entity, 'Nvidia Data Center');
  // A title-case line head names no segment by its capitals alone.
  assert.equal(read('Oracle announced results.\n\nQ2 Total Revenue $16.1 billion, up 14% in USD\n', '$16.1 billion').entity, 'Oracle');
});

test('metric: a valuation said with a verb and its object ("values xAI at"), or as "a $500 billion company"', () => {
  const text = 'The combination values xAI at $80 billion, the companies said. OpenAI has grown into a $500 billion company.\n';
  assert.equal(read(text, '$80 billion').metric, 'valuation');
  assert.equal(read(text, '$500 billion').metric, 'valuation');
  assert.equal(read('Perplexity raised $500 million in a round that would value Perplexity at $9 billion.\n', '$9 billion').metric, 'valuation');
  // In a sentence about a listing, the valuation is the IPO's.
  assert.equal(read('Anthropic filed for an initial public offering that is set to value the Claude maker at more than $1tn.\n', '$1tn').metric, 'ipoValuation');
});

test('metric: "gross margin" in money is gross profit; in percent, the margin', () => {
  const text = 'Oracle said gross margin was $5,054 million in the quarter. Gross margin was 45.7% in the quarter.\n';
  assert.equal(read(text, '$5,054 million').metric, 'grossProfit');
  assert.equal(read(text, '45.7%').metric, 'grossMargin');
});

test('metric: "32% year-over-year revenue growth" is a change of revenue; "percent of revenue" is a share, no change of it', () => {
  assert.equal(read('AMD said: “We achieved 32% year-over-year revenue growth.”\n', '32%').metric, 'revenue');
  assert.equal(read('Hyperscaler capex was under 9% of revenues in 2023 and has grown to over 16% in 2025.\n', '16%').metric, null);
});

test("entity: a product or segment read for its company's own metric (capex, valuation, net income…) stands for the company", () => {
  const text = 'Azure revenue grew by 39% in the quarter. Capital expenditure reached $37.5 billion in the quarter.\n';
  assert.equal(read(text, '39%').entity, 'Azure');
  assert.equal(read(text, '$37.5 billion').entity, 'Microsoft');
  assert.equal(read('OpenAI announced a round valuing the ChatGPT maker at $730 billion.\n', '$730 billion').entity, 'OpenAI');
});

test('period: "this quarter" in results season is not placed by the date (here it is the quarter reported, Q2 FY2026, not January–March 2026)', () => {
  const text = '---\ntitle: "Microsoft Q2 FY2026 results"\n---\n\nCapital expenditure reached $37.5 billion this quarter.\n';
  const result = analyze(text, { documentDate: '2026-01-29' });
  const r = readingsOf(result.quantities, result.claims)[0];
  assert.notEqual(r.period?.label, 'Q1 2026');
  // So it is set against no fact of Microsoft's Q1 FY2026 (July to September 2025).
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'dataset-mismatch'), []);
});

test('entity: the market as the subject ("The U.S. market grew by 30%") is no company’s figure; a company’s market share is', () => {
  const text = 'Amazon remains the market leader with 28% share. The U.S. market grew by 30% in the fourth quarter.\n';
  assert.equal(read(text, '28%').entity, 'Amazon');
  assert.equal(read(text, '30%').entity, null);
  assert.equal(read("Amazon's market share fell to 29% in the quarter.\n", '29%').entity, 'Amazon');
});

test('metric: "market share" of a company is its market share; of a chatbot, its share of web traffic', () => {
  assert.equal(read("Amazon's market share fell to 29% in the quarter.\n", '29%').metric, 'marketShare');
  assert.equal(read("ChatGPT's market share was 80% in the quarter.\n", '80%').metric, 'trafficShare');
  assert.equal(read("OpenAI's web traffic share was 60% in the quarter.\n", '60%').metric, 'trafficShare');
  assert.equal(read('Their worldwide market shares were 29%, 20% and 13% respectively.\n', '20%').metric, 'marketShare');
  assert.equal(read('Nvidia controls about 80% of the market for accelerators.\n', '80%').metric, 'marketShare');
});

test('metric: a charge or a one-off is no metric nearby; "deferred revenues" are not revenue', () => {
  assert.equal(read('Operating income included a $2.1 billion employee compensation charge for Waymo.\n', '$2.1 billion').metric, null);
  assert.equal(read('Excluding the $3.5 billion charge related to the EC fine, operating income rose.\n', '$3.5 billion').metric, null);
  assert.equal(read('The restrictions led to approximately $800 million in inventory and related charges.\n', '$800 million').metric, null);
  assert.equal(read('AMD reported revenue of $7.7 billion and one-time charges of $800 million.\n', '$7.7 billion').metric, 'revenue');
  assert.equal(read('AMD reported revenue of $7.7 billion and one-time charges of $800 million.\n', '$800 million').metric, null);
  assert.equal(read('Short-term deferred revenues were $9.9 billion.\n', '$9.9 billion').metric, null);
  assert.equal(read('Total revenues were $16.1 billion.\n', '$16.1 billion').metric, 'revenue');
});

test('entity: a name inside an apposition is not whose figure follows it; the name it describes is', () => {
  assert.equal(read('Anthropic, the AI lab founded by ex-OpenAI researchers in 2021, had completed a $65 billion Series H funding round.', '$65 billion').entity, 'Anthropic');
  assert.equal(read('Anthropic, which competes with OpenAI’s ChatGPT using its Claude AI, is reportedly seeking $10 billion in funding.', '$10 billion').entity, 'Anthropic');
  // A clause describing a name the dataset does not hold: the figure is none of the names inside it.
  assert.equal(read('LinkedIn, acquired by Microsoft in 2016, made $17 billion in revenue.', '$17 billion').entity, null);
  // Not an apposition: a sentence adverb, then a clause of its own.
  assert.equal(read('Meanwhile, the company deepened its relationship with Oracle, with a plan for $4 billion of revenue.', '$4 billion').entity, 'Oracle');
});

test('metric: a company\'s "cloud spend" with a provider is a compute deal, not the round beside it', () => {
  assert.equal(read('The round arrives against a backdrop of Anthropic committing $200 billion in cloud spend to Google Cloud over five years.', '$200 billion').metric, 'computeDeal');
});

test('entity: a company\'s named products ("its Trainium and Graviton chips") own their figure; "the company" is its clause\'s subject', () => {
  const text = 'AWS revenue rose 24% to $35.6 billion in the quarter, and Amazon disclosed its Trainium and Graviton chips now exceed a $10 billion annual run rate.';
  assert.equal(read(text, '$10 billion').entity, null);
  assert.equal(read(text, '$35.6 billion').entity, 'AWS');
  assert.equal(read('AWS grew 20% this year, and Amazon said the company made $70 billion in net income.', '$70 billion').entity, 'Amazon');
  assert.equal(read('OpenAI said on Tuesday that the company lost $5 billion.', '$5 billion').entity, 'OpenAI');
  assert.equal(read('OpenAI said its revenue was $13 billion.', '$13 billion').entity, 'OpenAI');
});

test('entity: a rate\'s owner named right after it with "for" ("28% for Amazon\'s AWS, 21% for Microsoft Azure")', () => {
  const text = "Synergy puts the three largest providers' market shares for the quarter at 28% for Amazon's AWS, 21% for Microsoft Azure and 14% for Google Cloud.";
  assert.equal(read(text, '28%').entity, 'AWS');
  assert.equal(read(text, '21%').entity, 'Azure');
  assert.equal(read(text, '14%').entity, 'Google Cloud');
  // Not a money figure's beneficiary: "$10 billion for OpenAI" is whoever spends it.
  assert.equal(read('Microsoft will spend $10 billion for OpenAI data centers.', '$10 billion').entity, 'Microsoft');
});

test('entity: "a private company" as the subject is nobody the article named; after "is" or a preposition it is no subject', () => {
  assert.equal(read('Anthropic closed its round in May.\n\nTo understand how a private company raises $65 billion in a single close, look at who paid.', '$65 billion').entity, null);
  assert.equal(read('OpenAI is a company that made $13 billion in revenue.', '$13 billion').entity, 'OpenAI');
  assert.equal(read("Mistral's seed round, which refers to very early investment in a company, was $105 million.", '$105 million').entity, 'Mistral AI');
});

test('cloud market writing: a cloud\'s "market share" is of the cloud market; "the Big Three" and "a market that grew" are nobody named; a comparison is of the clause before', () => {
  assert.equal(read('AWS Market Share Drops to 28% as Azure and Google Cloud Gain Ground', '28%').metric, 'marketShare');
  assert.equal(read("ChatGPT's market share fell to 68% in January.", '68%').metric, 'trafficShare');
  const text = 'Azure gained share. The Big Three now control 63% of cloud infrastructure services, up from 61% two years ago.';
  assert.equal(read(text, '63%').entity, null);
  assert.equal(read(text, '61%').entity, null);
  assert.equal(read('Azure gained share. It gives buyers leverage in a market that grew 35% year-over-year to $129 billion.', '$129 billion').entity, null);
  // "28% of global cloud infrastructure spending" is a share of it: the 29% after it is no change of capital spending.
  assert.equal(read('Amazon Web Services held 28% of global cloud infrastructure spending in Q1 2026, down from 29% eight quarters earlier.', '29%').metric, null);
});

test('entity: a sentence opening on an unknown name\'s possessive ("Alibaba\'s share price") is that name\'s, not the company carried in', () => {
  assert.equal(read("Azure grew 40%.\n\nAlibaba's share price has jumped 64% year-to-date.", '64%').entity, null);
  // A contraction, or the maker or parent of a name, is not such a name.
  assert.equal(read("Nvidia had revenues of $26 billion. That's well ahead of the revenues of $7.19 billion a year ago.", '$7.19 billion').entity, 'Nvidia');
  assert.equal(read("Meta reported results. Facebook's parent company said it expects capital expenditure of $115 billion.", '$115 billion').entity, 'Meta');
  // Whose share the sentence does not say: a market share, not a chatbot's share of web traffic.
  assert.equal(read("SMIC's sales slipped 1.7 percent, while its market share fell to 5.1 percent.", '5.1 percent').metric, 'marketShare');
});
