// The metric vocabulary: one id per thing a figure can measure, the unit family it is
// measured in, the words that name it in prose, and what the matcher must know about it
// (whether it belongs to a product, which metrics writers use for it, whether it names a
// forecast, how fast it moves, the nouns a count of it is written with). The claim reader
// matches `synonyms` (lower-case, whole words, longest first) in the sentence around a
// figure; the dataset schema accepts only these ids, so a typo in a dataset file is caught
// by name.
//
// Metrics writers confuse each have an id of their own, even when the bundled dataset holds
// no fact of them (earnings per share, operating income, backlog, bookings): their words then
// claim the figure, so it is read as what it is and never given to a neighbour ("diluted EPS
// of $1.30" is not net income, "$455 billion in remaining performance obligations" is not
// revenue). A figure of a metric the dataset has no facts for is unknown, never wrong.

export type UnitFamily = 'money' | 'percent' | 'count' | 'power' | 'multiple';

export interface MetricDef {
  id: string;
  label: string;
  family: UnitFamily;
  synonyms: string[];
  /** Figures that add up over time (revenue, burn) vs. a level at a point in time (valuation, users). */
  flow: boolean;
  /**
   * A product's figure rather than its company's: "OpenAI's 800 million weekly users" speaks
   * of ChatGPT's. Money (revenue, burn, valuation) never crosses from a product to its
   * company: "ChatGPT revenue" is not OpenAI's revenue.
   */
  productLevel?: true;
  /**
   * Metrics writers use for this one: "market share" for a chatbot is as often the web-traffic
   * share as an app-usage share. A figure agreeing with either is not wrong, and a
   * disagreement is never certain enough for a fix.
   */
  siblings?: readonly string[];
  /** Forward-looking by name: its facts are targets whatever the sentence says ("revenue target"). */
  forward?: true;
  /**
   * A level that moves within weeks (a valuation, a user count): "now" reaches a fact of it
   * only from the month before the document's; other levels (a stake, a margin) hold until
   * the next fact.
   */
  fast?: true;
  /** For a count: the nouns a figure of it may be written with ("800 million users"); '' is a bare number. */
  nouns?: readonly string[];
  /**
   * Words that name this metric only when the figure's unit rules out the one they name first:
   * a release's "Gross margin | 5,054" in millions of dollars is gross profit, its "gross
   * margin of 44.7%" the margin. Listed after every metric's own synonyms, so a change or rate
   * ("gross margin rose 2 points") still reads as a change of the first.
   */
  alsoNamedBy?: readonly string[];
  /**
   * The company's own, never a product's or a segment's: a product or segment carried in or
   * named ("Azure … Capital expenditure reached $37.5 billion", "valuing the ChatGPT maker at
   * $730 billion") stands for its company when the figure is of this metric.
   */
  companyLevel?: true;
}

const USER_NOUNS = ['', 'users', 'user', 'people', 'subscribers', 'subscriber', 'customers', 'accounts', 'members', 'seats'];

export const METRICS: readonly MetricDef[] = [
  { id: 'revenue', label: 'revenue', family: 'money', flow: true, synonyms: ['revenue', 'revenues', 'sales', 'net sales', 'turnover', 'top line', 'brought in', 'generated', 'earned'] },
  { id: 'revenueRunRate', label: 'annualized revenue run rate', family: 'money', flow: false, fast: true, synonyms: ['run rate', 'run-rate', 'run-rate revenue', 'run rate revenue', 'revenue run rate', 'revenue run-rate', 'annualized revenue', 'annualised revenue', 'annual recurring revenue', 'arr', 'annualized run rate', 'annualized revenue run rate', 'annual revenue run rate', 'annualized run-rate', 'annualised run rate', 'annualized recurring revenue', 'annualised recurring revenue', 'annualized run-rate revenue', 'annualised run-rate revenue', 'annualized run rate revenue'] },
  { id: 'revenueTarget', label: 'revenue target', family: 'money', flow: true, forward: true, synonyms: ['revenue target', 'revenue goal', 'targets revenue', 'projects revenue', 'projected revenue', 'revenue projection'] },
  // Orders and contracts not yet revenue: each its own thing, never the revenue they may become.
  { id: 'bookings', label: 'bookings', family: 'money', flow: true, synonyms: ['bookings', 'new bookings', 'total bookings'] },
  { id: 'backlog', label: 'backlog', family: 'money', flow: false, synonyms: ['backlog', 'order backlog', 'contract backlog', 'revenue backlog'] },
  { id: 'cashBurn', companyLevel: true, label: 'cash burn', family: 'money', flow: true, synonyms: ['cash burn', 'burn', 'burned', 'burnt', 'burning', 'burns', 'burned through', 'burnt through', 'cash outflow'] },
  // Free cash flow is what a company has left, positive or negative: not a burn of that size.
  { id: 'freeCashFlow', companyLevel: true, label: 'free cash flow', family: 'money', flow: true, synonyms: ['free cash flow', 'free cash flows', 'fcf'] },
  { id: 'operatingCashFlow', companyLevel: true, label: 'operating cash flow', family: 'money', flow: true, synonyms: ['operating cash flow', 'cash flow from operations', 'cash from operations', 'cash provided by operating activities', 'net cash provided by operating activities'] },
  { id: 'netLoss', companyLevel: true, label: 'net loss', family: 'money', flow: true, synonyms: ['net loss', 'lost', 'loss', 'losses', 'net losses'] },
  { id: 'operatingLoss', label: 'operating loss', family: 'money', flow: true, synonyms: ['operating loss', 'operating losses', 'loss from operations'] },
  { id: 'cumulativeLoss', companyLevel: true, label: 'cumulative losses', family: 'money', flow: true, synonyms: ['cumulative losses', 'cumulative loss', 'losses through', 'burn through'] },
  { id: 'netIncome', companyLevel: true, label: 'net income', family: 'money', flow: true, synonyms: ['net income', 'profit', 'profits', 'earnings', 'net profit', 'net earnings'] },
  { id: 'operatingIncome', label: 'operating income', family: 'money', flow: true, synonyms: ['operating income', 'operating profit', 'operating profits', 'income from operations'] },
  { id: 'grossProfit', label: 'gross profit', family: 'money', flow: true, synonyms: ['gross profit', 'gross profits'], alsoNamedBy: ['gross margin', 'gross margins'] },
  { id: 'ebitda', label: 'EBITDA', family: 'money', flow: true, synonyms: ['ebitda', 'adjusted ebitda'] },
  // Per share, in dollars and cents: never a company's net income.
  { id: 'eps', companyLevel: true, label: 'earnings per share', family: 'money', flow: true, synonyms: ['earnings per share', 'earnings per common share', 'net income per common share', 'net loss per common share', 'eps', 'diluted eps', 'per diluted share', 'loss per share', 'net income per share', 'net loss per share', 'income per share'] },
  // Cash a company holds, a level: never the burn or the round written near it ("leaving it with $1 billion in cash").
  { id: 'cash', companyLevel: true, label: 'cash on hand', family: 'money', flow: false, synonyms: ['cash on hand', 'cash reserves', 'cash reserve', 'cash and equivalents', 'cash and cash equivalents', 'cash equivalents', 'marketable securities', 'cash balance', 'cash pile'] },
  { id: 'operatingExpenses', label: 'operating expenses', family: 'money', flow: true, synonyms: ['operating expenses', 'operating expense', 'opex', 'total costs and expenses', 'costs and expenses'] },
  { id: 'valuation', companyLevel: true, label: 'valuation', family: 'money', flow: false, fast: true, synonyms: ['valuation', 'valued', 'valuing', 'value the company', 'value the', 'values the', 'would value', 'values it at', 'values the company', 'worth', 'post-money', 'pre-money', 'post-money valuation', 'pre-money valuation'] },
  { id: 'marketCap', companyLevel: true, label: 'market capitalization', family: 'money', flow: false, synonyms: ['market cap', 'market capitalization', 'market capitalisation'] },
  { id: 'ipoValuation', companyLevel: true, label: 'IPO valuation', family: 'money', flow: false, fast: true, synonyms: ['ipo valuation', 'ipo', 'public offering', 'listing'] },
  { id: 'fundingRound', companyLevel: true, label: 'funding round size', family: 'money', flow: false, fast: true, synonyms: ['funding round', 'round', 'raised', 'raise', 'raising', 'funding', 'series'] },
  { id: 'investment', label: 'investment', family: 'money', flow: false, fast: true, synonyms: ['investment', 'invest', 'invested', 'investing', 'stake', 'backing'] },
  { id: 'capex', companyLevel: true, label: 'capital expenditure', family: 'money', flow: true, synonyms: ['capex', 'capital expenditure', 'capital expenditures', 'capital spending', 'spend on data centers', 'infrastructure spending'] },
  { id: 'computeCommitment', label: 'compute commitment', family: 'money', flow: false, fast: true, synonyms: ['compute commitments', 'compute commitment', 'spending commitments', 'commitments', 'committed', 'compute deals', 'compute spending', 'infrastructure commitments'] },
  { id: 'computeDeal', label: 'compute deal value', family: 'money', flow: false, fast: true, synonyms: ['deal', 'contract', 'agreement', 'compute purchase', 'cloud contract', 'cloud spend', 'cloud spending', 'contract worth', 'deal worth', 'agreement worth', 'contract valued at', 'deal valued at'] },
  { id: 'computeCapacity', label: 'compute capacity', family: 'power', flow: false, fast: true, synonyms: ['gigawatts', 'gigawatt', 'gw', 'megawatts', 'capacity'] },
  { id: 'weeklyActiveUsers', label: 'weekly active users', family: 'count', flow: false, productLevel: true, fast: true, nouns: USER_NOUNS, synonyms: ['weekly active users', 'weekly users', 'weekly active', 'users a week', 'users each week', 'active users', 'users'] },
  { id: 'monthlyActiveUsers', label: 'monthly active users', family: 'count', flow: false, productLevel: true, fast: true, nouns: USER_NOUNS, synonyms: ['monthly active users', 'monthly users', 'users a month', 'mau', 'maus'] },
  { id: 'paidSubscribers', label: 'paying subscribers', family: 'count', flow: false, productLevel: true, fast: true, nouns: USER_NOUNS, synonyms: ['paying subscribers', 'paid subscribers', 'subscribers', 'paying users', 'paid users', 'business users', 'enterprise seats'] },
  { id: 'paidShare', label: 'share of users who pay', family: 'percent', flow: false, productLevel: true, synonyms: ['pay', 'paying', 'paid', 'conversion', 'convert', 'conversion rate'] },
  { id: 'trafficShare', label: 'share of gen-AI chatbot web traffic', family: 'percent', flow: false, productLevel: true, siblings: ['marketShare'], synonyms: ['traffic share', 'web traffic', 'share of traffic', 'market share', 'share of visits', 'chatbot traffic'] },
  { id: 'marketShare', label: 'market share', family: 'percent', flow: false, siblings: ['trafficShare'], synonyms: ['market share', 'market shares', 'share of the market', 'share of spending', 'share of the', 'of the market'] },
  { id: 'computeMargin', label: 'compute margin', family: 'percent', flow: false, synonyms: ['compute margin', 'compute margins', 'compute profit margin', 'compute profit margins'] },
  { id: 'grossMargin', label: 'gross margin', family: 'percent', flow: false, synonyms: ['gross margin', 'gross margins'] },
  { id: 'operatingMargin', label: 'operating margin', family: 'percent', flow: false, synonyms: ['operating margin', 'operating margins', 'operating income margin', 'income from operations margin'] },
  { id: 'ownershipStake', label: 'ownership stake', family: 'percent', flow: false, synonyms: ['stake', 'ownership', 'owns', 'equity stake', 'holding'] },
  { id: 'trainingCost', label: 'training cost', family: 'money', flow: false, synonyms: ['training cost', 'training costs', 'to train', 'cost to train', 'training compute', 'trained for', 'training run'] },
  { id: 'gpuCount', label: 'GPUs', family: 'count', flow: false, fast: true, nouns: ['', 'gpus', 'gpu', 'chips', 'accelerators', 'h100s'], synonyms: ['gpus', 'gpu', 'chips', 'accelerators', 'h100s', 'h100'] },
  // Contracted revenue not yet recognised, as companies report it; only its own name, so it
  // never takes "backlog" or "contracts" from the deal and commitment metrics.
  { id: 'rpo', companyLevel: true, label: 'remaining performance obligations', family: 'money', flow: false, synonyms: ['remaining performance obligations', 'remaining performance obligation', 'commercial remaining performance obligation', 'rpo'] },
  { id: 'employees', companyLevel: true, label: 'employees', family: 'count', flow: false, nouns: ['', 'employees', 'staff', 'people', 'workers'], synonyms: ['employees', 'staff', 'headcount', 'workers'] },
];

const byId = new Map(METRICS.map((m) => [m.id, m]));

export function metricById(id: string): MetricDef | undefined {
  return byId.get(id);
}

export const METRIC_IDS: readonly string[] = METRICS.map((m) => m.id);

/** The words a writer would use for a metric id ("cashBurn" → "cash burn"); the id itself when unknown. */
export function metricLabel(id: string): string {
  return byId.get(id)?.label ?? id;
}

/** Whether a metric's facts are targets by its name alone ("revenue target"). */
export function forwardByName(id: string | null): boolean {
  return id !== null && byId.get(id)?.forward === true;
}
