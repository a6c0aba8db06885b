// The searchable form of the dataset: bundled facts merged with the writer's own files,
// entities resolved by name or alias, facts found by entity, metric and period.
import type { DatasetFile, Entity, Fact } from './schema';
import { phraseFinder } from '../read/phrases';

/**
 * A fact with the file it came from ("bundled" or a dataset path), for hovers and messages,
 * and the month its entity's fiscal year ends in (its own or its parent company's), which
 * places a fiscal period in time.
 */
export type LoadedFact = Fact & { origin: string; fiscalYearEnd?: number };

export interface EntityMention {
  /** Canonical entity name. */
  name: string;
  start: number;
  end: number;
}

export interface DatasetIndex {
  readonly facts: readonly LoadedFact[];
  readonly entities: readonly Entity[];
  /** Canonical name for a name or alias, case-insensitive; null when unknown. */
  resolveEntity(nameOrAlias: string): string | null;
  /** Every mention of a known entity name or alias in `text`, whole words, longest match first, in order. */
  findEntities(text: string): EntityMention[];
  /** Facts for an entity (canonical) and metric id, newest source first. */
  factsFor(entity: string, metric: string): readonly LoadedFact[];
  byId(id: string): LoadedFact | undefined;
}

export interface DatasetPart {
  origin: string;
  file: DatasetFile;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NO_FACTS: readonly LoadedFact[] = Object.freeze([]);

/**
 * A fact with every field in one order, absent ones undefined. Facts come from JSON with
 * their keys in the order each file wrote them, and a spread keeps that order: the bundled
 * files alone gave V8 24 hidden classes of fact, so every rule's reading of a fact was a
 * megamorphic property look-up. Built here they share one class (and their sources another).
 */
function loadedFact(f: Fact, origin: string): LoadedFact {
  const s = f.source;
  return {
    id: f.id,
    entity: f.entity,
    metric: f.metric,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    bound: f.bound,
    reported: f.reported,
    period: f.period,
    kind: f.kind,
    basis: f.basis,
    source: { outlet: s.outlet, title: s.title, url: s.url, date: s.date, tier: s.tier },
    supersedes: f.supersedes,
    supersededBy: f.supersededBy,
    note: f.note,
    origin,
    fiscalYearEnd: undefined,
  };
}

/**
 * Builds the index. Later parts override earlier ones: a fact with the same id replaces
 * the earlier fact, an entity with the same name gains the later aliases.
 */
export function buildIndex(parts: readonly DatasetPart[]): DatasetIndex {
  const factById = new Map<string, LoadedFact>();
  const entityByName = new Map<string, Entity>();
  for (const part of parts) {
    for (const e of part.file.entities) {
      const prev = entityByName.get(e.name);
      entityByName.set(e.name, prev ? { ...prev, ...e, aliases: [...new Set([...prev.aliases, ...e.aliases])] } : e);
    }
    for (const f of part.file.facts) factById.set(f.id, loadedFact(f, part.origin));
  }
  const facts = [...factById.values()];
  const entities = [...entityByName.values()];
  for (const f of facts) f.fiscalYearEnd = fiscalYearEndOf(f.entity, entityByName);

  const aliasToName = new Map<string, string>();
  for (const e of entities) {
    aliasToName.set(e.name.toLowerCase(), e.name);
    for (const a of e.aliases) if (!aliasToName.has(a.toLowerCase())) aliasToName.set(a.toLowerCase(), e.name);
  }
  // Facts may name an entity the files never declared: it still resolves to itself.
  for (const f of facts) if (!aliasToName.has(f.entity.toLowerCase())) aliasToName.set(f.entity.toLowerCase(), f.entity);

  // By entity, then metric: the rules ask for every figure's pair, and a two-level look-up
  // builds no key string per question.
  const byEntity = new Map<string, Map<string, LoadedFact[]>>();
  for (const f of facts) {
    let byMetric = byEntity.get(f.entity);
    if (!byMetric) byEntity.set(f.entity, (byMetric = new Map()));
    const list = byMetric.get(f.metric);
    if (list) list.push(f);
    else byMetric.set(f.metric, [f]);
  }
  for (const byMetric of byEntity.values()) for (const list of byMetric.values()) list.sort((a, b) => b.source.date.localeCompare(a.source.date));

  // One alternation of every name, longest first, so "OpenAI Group PBC" wins over "OpenAI".
  // Names are escaped literals joined by |: linear-time for the regex engine.
  const names = [...aliasToName.keys()].sort((a, b) => b.length - a.length);
  const mentionPattern = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu')
    : null;
  // The same search in one pass over the words, when every name is plain ASCII (phrases.ts).
  const finder = names.length ? phraseFinder(names, false) : null;

  return {
    facts,
    entities,
    resolveEntity: (n) => aliasToName.get(n.toLowerCase()) ?? null,
    findEntities(text) {
      if (!mentionPattern) return [];
      const out: EntityMention[] = [];
      if (finder) {
        for (const m of finder(text)) {
          // A match by Unicode case folding only ("ſ" for "s") names no entity: the look-up is by lower case.
          const name = aliasToName.get(m.plain ? names[m.phrase] : text.slice(m.start, m.end).toLowerCase());
          if (name) out.push({ name, start: m.start, end: m.end });
        }
        return out;
      }
      mentionPattern.lastIndex = 0;
      for (let m = mentionPattern.exec(text); m; m = mentionPattern.exec(text)) {
        const name = aliasToName.get(m[0].toLowerCase());
        if (name) out.push({ name, start: m.index, end: m.index + m[0].length });
      }
      return out;
    },
    factsFor: (entity, metric) => byEntity.get(entity)?.get(metric) ?? NO_FACTS,
    byId: (id) => factById.get(id),
  };
}

/** The month an entity's fiscal year ends in, from it or its parent company; undefined for December or unknown. */
function fiscalYearEndOf(name: string, entities: ReadonlyMap<string, Entity>): number | undefined {
  const e = entities.get(name);
  const end = e?.fiscalYearEnd ?? (e?.parent ? entities.get(e.parent)?.fiscalYearEnd : undefined);
  return end === undefined || end === '12' ? undefined : Number(end);
}

/** An index with no facts, for tests and for a check that runs without a dataset. */
export const EMPTY_INDEX: DatasetIndex = buildIndex([]);
