// The analyzer's cache of block work, by the block's text and the entity carried into it.
import type { BlockWork } from './blockWork';

/**
 * Cached work by block text: `free` for a block whose result does not depend on the entity
 * carried in, else by that entity ('' for none). Keyed by the text itself rather than by a
 * string built from it, so a look-up hashes the block's text once and copies none of it.
 */
export interface CacheEntry {
  free?: BlockWork;
  byEntity?: Map<string, BlockWork>;
}

export function cached(cache: Map<string, CacheEntry>, blockText: string, entity: string): BlockWork | undefined {
  const entry = cache.get(blockText);
  return entry && (entry.free ?? entry.byEntity?.get(entity));
}

export function remember(cache: Map<string, CacheEntry>, entity: string, work: BlockWork): void {
  let entry = cache.get(work.key);
  if (!entry) cache.set(work.key, (entry = {}));
  if (work.independent) entry.free = work;
  else (entry.byEntity ??= new Map()).set(entity, work);
}
