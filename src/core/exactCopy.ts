/**
 * A list kept with a claim, at its length: an array grown by push() keeps room for 16 items
 * or more, and a claim's lists were most of the memory a large draft's claims held.
 */
export function exactCopy<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}
