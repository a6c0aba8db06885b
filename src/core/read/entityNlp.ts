// The language questions the cheap pass cannot settle, asked of compromise: which
// organisation a sentence is about when no dataset name occurs in it, and the base form
// of an inflected verb ("skyrocketed" → "skyrocket") that the direction list lacks.
//
// compromise is slow (about 12 s per MB) and takes 300–400 ms to load, so: it is required
// lazily, on first need, never at module load; it only ever sees one sentence of at most
// MAX_SENTENCE characters; answers are cached by text; and each analysis may start at most
// a budget of new parses, after which the answer is "unknown" (null) — the cheap pass
// has already done everything that decides a finding.
import { directionOf, DIRECTION_LEMMAS, type Direction } from './direction';

const MAX_SENTENCE = 400;
const CACHE_CAP = 2000;
const DEFAULT_BUDGET = 40;

type Nlp = (text: string) => {
  sentences(): { json(): { sentence?: { subject?: string } }[] };
  match(pattern: string): { out(format: 'array'): string[] };
  verbs(): { toInfinitive(): { text(): string } };
};

let nlp: Nlp | null | undefined;
let budget = DEFAULT_BUDGET;
const subjects = new Map<string, string | null>();
const lemmas = new Map<string, string | null>();

function load(): Nlp | null {
  if (nlp === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const m = require('compromise') as Nlp | { default: Nlp };
      nlp = typeof m === 'function' ? m : m.default;
    } catch {
      nlp = null;
    }
  }
  return nlp;
}

/** Allows `n` new compromise parses (analyze() calls this once per run). */
export function resetNlpBudget(n = DEFAULT_BUDGET): void {
  budget = n;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_CAP) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'last', 'this', 'next', 'according', 'revenue', 'its', 'their', 'it',
  'that', 'there', 'here', 'what', 'let', 'he', 'she', 'who', 'where', 'today', 'now',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ceo', 'cfo', 'ai',
  // A release's capitalised line heads name a period or an account, not an organisation:
  // "Q2 GAAP operating income was $4.7 billion", "Total Remaining Performance Obligations were up 438%".
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'total', 'gaap', 'non-gaap', 'net', 'gross', 'operating', 'adjusted', 'diluted',
  'quarterly', 'annual', 'fiscal', 'full-year', 'remaining', 'short-term', 'long-term',
]);

/** A capitalised word after the first. */
const LATER_CAPITAL = /\s\p{Lu}/u;
/** Up to five capitalised words opening a sentence; the first one captured. */
const OPENING_NAME = /^(\p{Lu}[\p{L}\p{N}&-]*)(?:\s\p{Lu}[\p{L}\p{N}&-]*){0,4}/u;

/** Capitalised word runs of `s` that can be a name ("Mistral AI", "Cohere"). */
function names(s: string): string[] {
  const out: string[] = [];
  const re = /\b\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const words = m[0].split(/\s+/).filter((w, i) => i > 0 || !NOT_NAMES.has(w.toLowerCase()));
    const name = trimEndOf(words.join(' '), '.,');
    if (name && !NOT_NAMES.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/**
 * The organisation a sentence speaks of, when it has a figure but no dataset entity: the
 * capitalised name in its grammatical subject, else its first proper noun. Null when
 * unknown, when the sentence is too long, or when the parse budget is spent.
 */
export function subjectOf(sentence: string): string | null {
  if (sentence.length > MAX_SENTENCE) return null;
  // Cheap exit: no capitalised word after the first, no name to find.
  if (!LATER_CAPITAL.test(sentence)) return null;
  const hit = subjects.get(sentence);
  if (hit !== undefined) return hit;
  if (budget <= 0) return null;
  const n = load();
  if (!n) return null;
  budget--;
  let result: string | null = null;
  try {
    const doc = n(sentence);
    const subject = doc.sentences().json()[0]?.sentence?.subject ?? '';
    if (subject) {
      // compromise lower-cases the subject; find it in the sentence to recover the names.
      const at = sentence.toLowerCase().indexOf(subject.toLowerCase());
      if (at >= 0) result = names(sentence.slice(at, at + subject.length))[0] ?? null;
    }
    if (!result) {
      for (const p of doc.match('#ProperNoun+').out('array')) {
        const candidate = names(p)[0];
        if (candidate) {
          result = candidate;
          break;
        }
      }
    }
  } catch {
    result = null;
  }
  return remember(subjects, sentence, result);
}

/** Verbs that, right after a capitalised word opening a sentence, make that word a company ("Acme reported"). */
const REPORTING_VERBS = /^\s+(?:reported|posted|said|says|raised|raises|made|makes|earned|generated|booked|recorded|expects|expected|forecast|announced|spent|spends|lost|burned|valued)\b/;

/**
 * Whether a sentence opens with the name of an organisation the dataset does not know
 * ("Acme Robotics reported revenue of $7 billion"): two or more capitalised words, or one
 * followed by a reporting verb. Cheap (no parse); the claim reader then carries no entity
 * into it, since the figure is that organisation's. Errs towards silence: a person's name
 * ("Sam Altman said") also stops the carry, which leaves figures unknown, never wrong.
 */
export function opensWithUnknownName(sentence: string): boolean {
  const m = OPENING_NAME.exec(sentence);
  if (!m) return false;
  if (NOT_NAMES.has(m[1].toLowerCase())) return false;
  // More than the first word: two or more (the words hold no white space). No split(/\s/),
  // which runs its pattern at every character of the name.
  return m[0].length > m[1].length || REPORTING_VERBS.test(sentence.slice(m[0].length)) || POSSESSIVE_NEXT.test(sentence.slice(m[0].length));
}

/**
 * "Alibaba's share price has jumped 64%": a name that owns what the sentence speaks of. Not
 * its maker or parent ("Facebook's parent company", the company carried in), and not a
 * contraction ("That's", NOT_NAMES).
 */
const POSSESSIVE_NEXT = /^['’]s\s(?!(?:[\p{L}-]+\s)?(?:parent|owner|maker|developer|creator|operator)\b)/u;

/** The direction of an inflected verb the list lacks ("nosedived" → none, "skyrockets" → up). */
export function inflectedDirection(word: string): Direction | null {
  const w = word.toLowerCase();
  const listed = directionOf(w);
  if (listed) return listed;
  if (w.length < 4 || !/(?:ed|ing)$/.test(w)) return null;
  let lemma = lemmas.get(w);
  if (lemma === undefined) {
    if (budget <= 0) return null;
    const n = load();
    if (!n) return null;
    budget--;
    try {
      lemma = n(w).verbs().toInfinitive().text().toLowerCase() || null;
    } catch {
      lemma = null;
    }
    remember(lemmas, w, lemma);
  }
  return lemma ? (DIRECTION_LEMMAS.get(lemma) ?? null) : null;
}

/** The words and verbs opensWithUnknownName reads (exported for the test that holds it to splitting the name). */
export const OPENING_FOR_TEST = { NOT_NAMES: NOT_NAMES as ReadonlySet<string>, REPORTING_VERBS };

/** `s` without the run of `chars` at its end: a loop, since `/[.,]+$/` rescans the run from each of its characters. */
function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}
