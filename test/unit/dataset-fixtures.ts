// A small dataset for the matching and dataset-rule tests: real facts copied verbatim from
// the bundled src/data/frontier-labs.json (each with the source its researcher recorded),
// so the tests do not move when the bundled file grows.
import { buildIndex, type DatasetIndex } from '../../src/core/dataset/lookup';
import { DatasetFile, type Fact } from '../../src/core/dataset/schema';

const FACTS: unknown[] = 
[
  {
    "id": "openai-revenue-2025",
    "entity": "OpenAI",
    "metric": "revenue",
    "value": 13100000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$13.1 billion",
    "period": "2025",
    "basis": "actual",
    "source": {
      "outlet": "CreatiAI",
      "title": "OpenAI's $665 Billion Gamble: The Astronomical Cost of the AGI Race",
      "url": "https://creatiai-nuxt.pages.dev/ai-news/2026-02-22/openai-raises-cash-burn-forecast-111-billion-665-billion-2030",
      "date": "2026-02-22"
    },
    "supersedes": [
      "openai-revenue-2025-projection-10b",
      "openai-revenue-2025-projection-13b",
      "openai-revenue-2025-gerstner"
    ],
    "note": "Full-year 2025 revenue as reported in February 2026 (the brief attributes the $13.1 billion to CNBC); Reuters the same week rounded it to $13 billion."
  },
  {
    "id": "openai-revenue-2025-projection-10b",
    "entity": "OpenAI",
    "metric": "revenue",
    "value": 10000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$10 billion",
    "period": "2025",
    "basis": "projection",
    "source": {
      "outlet": "The Indian Express (Reuters)",
      "title": "OpenAI expects compute spend of around $600 billion through 2030, source says",
      "url": "https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/",
      "date": "2026-02-21"
    },
    "supersededBy": "openai-revenue-2025",
    "note": "OpenAI's own earlier projection for 2025 revenue, which Reuters says the $13 billion actual beat."
  },
  {
    "id": "openai-revenue-2025-projection-13b",
    "entity": "OpenAI",
    "metric": "revenue",
    "value": 13000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$13 billion",
    "period": "2025",
    "basis": "projection",
    "source": {
      "outlet": "AInvest",
      "title": "OpenAI Prints $4.3B in Revenue—But Torches Billions in Cash in an ‘Era-Defining Money Furnace'",
      "url": "https://www.ainvest.com/news/openai-prints-4-3b-revenue-torches-billions-cash-era-defining-money-furnace-2509",
      "date": "2025-09-30"
    },
    "supersededBy": "openai-revenue-2025",
    "note": "Full-year target as of mid-2025, per The Information."
  },
  {
    "id": "openai-revenue-2025-gerstner",
    "entity": "OpenAI",
    "metric": "revenue",
    "value": 13000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "USD 13 bn",
    "period": "2025",
    "basis": "estimate",
    "source": {
      "outlet": "Enterprise",
      "title": "A Silicon Valley tragedy, act II",
      "url": "https://enterpriseam.com/egypt/2025/11/05/a-silicon-valley-tragedy-act-ii",
      "date": "2025-11-05"
    },
    "supersededBy": "openai-revenue-2025",
    "note": "Brad Gerstner's figure on his BG2 podcast (Nov 2025); Sam Altman replied that OpenAI was doing \"well more revenue than that\"."
  },
  {
    "id": "openai-revenue-h1-2025",
    "entity": "OpenAI",
    "metric": "revenue",
    "value": 4300000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$4.3 billion",
    "period": "H1 2025",
    "basis": "actual",
    "source": {
      "outlet": "AInvest",
      "title": "OpenAI Prints $4.3B in Revenue—But Torches Billions in Cash in an ‘Era-Defining Money Furnace'",
      "url": "https://www.ainvest.com/news/openai-prints-4-3b-revenue-torches-billions-cash-era-defining-money-furnace-2509",
      "date": "2025-09-30"
    },
    "note": "Figures reported by The Information; about 16% more than OpenAI's whole 2024 revenue."
  },
  {
    "id": "openai-cashburn-2025",
    "entity": "OpenAI",
    "metric": "cashBurn",
    "value": 8000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$8 billion",
    "period": "2025",
    "basis": "actual",
    "source": {
      "outlet": "The Indian Express (Reuters)",
      "title": "OpenAI expects compute spend of around $600 billion through 2030, source says",
      "url": "https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/",
      "date": "2026-02-21"
    },
    "supersedes": [
      "openai-cashburn-2025-projection-8.5b",
      "openai-cashburn-2025-projection-9b"
    ],
    "note": "\"it spent $8 billion during the year, under its $9 billion target\", a source told Reuters."
  },
  {
    "id": "openai-cashburn-2025-projection-8.5b",
    "entity": "OpenAI",
    "metric": "cashBurn",
    "value": 8500000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$8.5 billion",
    "period": "2025",
    "basis": "projection",
    "source": {
      "outlet": "AInvest",
      "title": "OpenAI Prints $4.3B in Revenue—But Torches Billions in Cash in an ‘Era-Defining Money Furnace'",
      "url": "https://www.ainvest.com/news/openai-prints-4-3b-revenue-torches-billions-cash-era-defining-money-furnace-2509",
      "date": "2025-09-30"
    },
    "supersededBy": "openai-cashburn-2025",
    "note": "Full-year burn target reported by The Information in mid-2025."
  },
  {
    "id": "openai-cashburn-2025-projection-9b",
    "entity": "OpenAI",
    "metric": "cashBurn",
    "value": 9000000000,
    "unit": "USD",
    "bound": "about",
    "reported": "roughly $9 billion",
    "period": "2025",
    "basis": "projection",
    "source": {
      "outlet": "Fortune",
      "title": "OpenAI says it plans to report stunning annual losses through 2028—and then turn wildly profitable just two years later",
      "url": "https://fortune.com/2025/11/12/openai-cash-burn-rate-annual-losses-2028-profitable-2030-financial-documents",
      "date": "2025-11-12"
    },
    "supersededBy": "openai-cashburn-2025",
    "note": "From investor documents obtained by The Wall Street Journal: about 70% of $13 billion in sales."
  },
  {
    "id": "openai-computecommitment-1.4t",
    "entity": "OpenAI",
    "metric": "computeCommitment",
    "value": 1400000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$1.4 trillion",
    "period": "2025..2033",
    "basis": "target",
    "source": {
      "outlet": "Fortune",
      "title": "OpenAI says it plans to report stunning annual losses through 2028—and then turn wildly profitable just two years later",
      "url": "https://fortune.com/2025/11/12/openai-cash-burn-rate-annual-losses-2028-profitable-2030-financial-documents",
      "date": "2025-11-12"
    },
    "supersededBy": "openai-computecommitment-2030",
    "note": "Commitments \"over the next eight years\" for computing deals, as stated in November 2025 (period approximates eight years from 2025). Reset in Feb 2026 to about $600 billion through 2030."
  },
  {
    "id": "openai-computecommitment-2030",
    "entity": "OpenAI",
    "metric": "computeCommitment",
    "value": 600000000000,
    "unit": "USD",
    "bound": "about",
    "reported": "around $600 billion",
    "period": "by 2030",
    "basis": "target",
    "source": {
      "outlet": "CNBC",
      "title": "OpenAI resets spending expectations, tells investors compute target is around $600 billion by 2030",
      "date": "2026-02-20"
    },
    "supersedes": [
      "openai-computecommitment-1.4t"
    ],
    "note": "Total compute spend targeted through 2030; Reuters (2026-02-21) reported \"roughly $600 billion\". Seen via skim.plus summary of the CNBC article."
  },
  {
    "id": "openai-revenuetarget-2030",
    "entity": "OpenAI",
    "metric": "revenueTarget",
    "value": 280000000000,
    "unit": "USD",
    "bound": "over",
    "reported": "more than $280 billion",
    "period": "by 2030",
    "basis": "target",
    "source": {
      "outlet": "CNBC",
      "title": "OpenAI resets spending expectations, tells investors compute target is around $600 billion by 2030",
      "date": "2026-02-20"
    },
    "supersedes": [
      "openai-revenuetarget-2030-200b"
    ],
    "note": "Total 2030 revenue, split nearly equally between consumer and enterprise."
  },
  {
    "id": "chatgpt-weeklyactiveusers-2025-10",
    "entity": "ChatGPT",
    "metric": "weeklyActiveUsers",
    "value": 800000000,
    "unit": "users",
    "bound": "over",
    "reported": "surpassed 800 million",
    "period": "2025-10",
    "basis": "actual",
    "source": {
      "outlet": "WebProNews",
      "url": "https://www.webpronews.com/chatgpt-surges-to-800-million-weekly-users-eyes-1-billion/",
      "date": "2025-10-06"
    },
    "note": "Announced by Sam Altman at OpenAI DevDay, October 6, 2025."
  },
  {
    "id": "chatgpt-weeklyactiveusers-2026-02",
    "entity": "ChatGPT",
    "metric": "weeklyActiveUsers",
    "value": 900000000,
    "unit": "users",
    "bound": "exact",
    "reported": "900 million",
    "period": "2026-02",
    "basis": "actual",
    "source": {
      "outlet": "Daily Neural Digest",
      "title": "ChatGPT reaches 900M weekly active users",
      "url": "https://www.dailyneuraldigest.com/newsroom/2026-02-28-chatgpt-reaches-900m-weekly-active-users/",
      "date": "2026-02-28"
    },
    "note": "Announced by OpenAI on February 27, 2026 with its $110 billion funding round; OpenAI's own post said \"more than 900 million people\" use ChatGPT each week."
  },
  {
    "id": "openai-valuation-2025-10",
    "entity": "OpenAI",
    "metric": "valuation",
    "value": 500000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$500 billion",
    "period": "2025-10",
    "basis": "actual",
    "source": {
      "outlet": "Yahoo Finance (via Forex News Report)",
      "url": "https://www.forexnewsreport.com/2025/12/15/openai-is-the-2025-yahoo-finance-company-of-the-year",
      "date": "2025-12-15"
    },
    "note": "Set by the October 2025 secondary sale of employee shares (about $6.6 billion sold)."
  },
  {
    "id": "openai-valuation-2026-02",
    "entity": "OpenAI",
    "metric": "valuation",
    "value": 840000000000,
    "unit": "USD",
    "bound": "exact",
    "reported": "$840 billion",
    "period": "2026-02",
    "basis": "actual",
    "source": {
      "outlet": "Mint",
      "url": "https://www.livemint.com/companies/news/openais-110-billion-funding-pushes-its-valuation-to-840-billion-with-backing-from-amazon-nvidia-softbank/amp-11772208356860.html",
      "date": "2026-02-27"
    },
    "note": "Valuation in the $110 billion round announced Feb 27, 2026 (Reuters); pre-money valuation was reported as $730 billion."
  },
  {
    "id": "openai-revenuetarget-2030-200b",
    "entity": "OpenAI",
    "metric": "revenueTarget",
    "value": 200000000000,
    "unit": "USD",
    "bound": "about",
    "reported": "$200 billion",
    "period": "by 2030",
    "basis": "projection",
    "source": {
      "outlet": "Wallstreetcn (via Longport)",
      "title": "OpenAI's billion-dollar gamble: Cash consumption surges to $115 billion over the next four years, aiming for $200 billion in revenue by 2030",
      "url": "https://longportapp.com/en/news/256202476",
      "date": "2025-09-06"
    },
    "supersededBy": "openai-revenuetarget-2030",
    "note": "Forecast shared with shareholders (The Information), about 15% above the earlier forecast."
  },
  {
    "id": "chatgpt-marketshare-us-2026-01",
    "entity": "ChatGPT",
    "metric": "marketShare",
    "value": 52.9,
    "unit": "percent",
    "bound": "exact",
    "reported": "52.9%",
    "period": "2026-01",
    "basis": "actual",
    "source": {
      "outlet": "Cryptopolitan",
      "url": "https://www.cryptopolitan.com/grok-market-share-surge-deepfake-backlash/",
      "date": "2026-02-14"
    },
    "note": "U.S. chatbot market share per Apptopia (not the Similarweb web-traffic share)."
  },
  {
    "id": "chatgpt-trafficshare-2026-01-02",
    "entity": "ChatGPT",
    "metric": "trafficShare",
    "value": 64.5,
    "unit": "percent",
    "bound": "exact",
    "reported": "64.5 percent",
    "period": "2026-01-02",
    "basis": "actual",
    "source": {
      "outlet": "Blockchain.News",
      "title": "Global AI Website Traffic 2026: Gemini Surpasses 20% Share as ChatGPT Declines—Similarweb AI Tracker Analysis",
      "url": "https://blockchain.news/ainews/global-ai-website-traffic-2026-gemini-surpasses-20-share-as-chatgpt-declines-similarweb-ai-tracker-analysis",
      "date": "2026-01-08"
    },
    "note": "Similarweb Global AI Tracker: share of generative-AI chatbot website traffic as of January 2, 2026."
  },
  {
    "id": "anthropic-grossmargin-2024",
    "entity": "Anthropic",
    "metric": "grossMargin",
    "value": -94,
    "unit": "percent",
    "bound": "exact",
    "reported": "negative 94 percent",
    "period": "2024",
    "basis": "actual",
    "source": {
      "outlet": "The Decoder",
      "url": "https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/",
      "date": "2025-11-09"
    },
    "note": "Paying users only; negative 109 percent including non-paying users."
  },
{
  "id": "openai-cashburn-2026-projection",
  "entity": "OpenAI",
  "metric": "cashBurn",
  "value": 17000000000,
  "unit": "USD",
  "bound": "over",
  "reported": "over $17 billion",
  "period": "2026",
  "basis": "projection",
  "source": {
    "outlet": "Wallstreetcn (via Longport)",
    "title": "OpenAI's billion-dollar gamble: Cash consumption surges to $115 billion over the next four years, aiming for $200 billion in revenue by 2030",
    "url": "https://longportapp.com/en/news/256202476",
    "date": "2025-09-06"
  },
  "note": "About $10 billion above the original forecast."
}
]
;

export const ENTITIES = [
  { name: 'OpenAI', aliases: ['OpenAI Group PBC', 'Open AI'], kind: 'company' as const },
  { name: 'ChatGPT', aliases: [], kind: 'product' as const, parent: 'OpenAI' },
  { name: 'Anthropic', aliases: [], kind: 'company' as const },
];

/** The facts above, validated by the schema (so a test fails loudly if they drift from it). */
export const FILE = DatasetFile.parse({ entities: ENTITIES, facts: FACTS });

export function fact(id: string): Fact {
  const f = FILE.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fixture fact ${id}`);
  return f;
}

/** An index of the fixture facts; `only` keeps the listed ids. */
export function testIndex(only?: string[]): DatasetIndex {
  const facts = only ? FILE.facts.filter((f) => only.includes(f.id)) : FILE.facts;
  return buildIndex([{ origin: 'bundled', file: { ...FILE, facts } }]);
}
