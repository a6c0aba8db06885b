// A function of an object, remembered per object: the answer lives as long as the object
// does (a WeakMap), for values derived from immutable things (a dataset fact, a reading).
// Keep the answers small: V8's young-generation collector keeps a WeakMap's values alive
// until a full collection, so a value must not hold on to a large graph.
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
