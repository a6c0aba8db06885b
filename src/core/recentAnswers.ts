// The answers for the last few keys asked about, in a ring compared with ===, the oldest
// overwritten first. For work asked for many times in a row about the same few things (a
// claim's text, a figure, a relation: once per reading and rule) where remembering every
// answer would grow with the document: the ring holds `size` answers at most.
export class RecentAnswers<K, V> {
  private readonly keys: (K | undefined)[];
  private readonly answers: (V | undefined)[];
  private next = 0;

  constructor(size: number) {
    this.keys = new Array<K | undefined>(size).fill(undefined);
    this.answers = new Array<V | undefined>(size).fill(undefined);
  }

  /** The answer kept for `key`, else `compute(key)`, kept in place of the oldest. */
  get(key: K, compute: (key: K) => V): V {
    const keys = this.keys;
    for (let k = 0; k < keys.length; k++) if (keys[k] === key) return this.answers[k] as V;
    const answer = compute(key);
    keys[this.next] = key;
    this.answers[this.next] = answer;
    this.next = (this.next + 1) % keys.length;
    return answer;
  }
}
