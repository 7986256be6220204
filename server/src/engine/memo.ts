/**
 * Results per key in two generations: when the current one is full it becomes the previous one,
 * whose results move back to the current one as they are asked for again. A long-running session
 * keeps what it still uses, and more distinct keys than fit cost at most one computation per key
 * and generation (a memo that is cleared when full would start over again and again).
 */
export class Memo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  /** `size`: keys per generation. */
  constructor(private readonly size: number) {}

  /** The result for `key`, computed by `compute` when it is not remembered (results are never undefined). */
  of(key: string, compute: (key: string) => T): T {
    let result = this.current.get(key);
    if (result !== undefined) return result;
    result = this.previous.get(key) ?? compute(key);
    if (this.current.size >= this.size) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, result);
    return result;
  }
}

/**
 * A `Memo` for each owner (an engine's lexicon, say), whose results depend on the owner and the key
 * alone, so that they carry over from one text to the next.
 */
export class OwnedMemo<O extends object, T> {
  private readonly memos = new WeakMap<O, { memo: Memo<T>; compute: (key: string) => T }>();

  /** `size`: keys per generation; `compute`: the result for an owner and key (never undefined). */
  constructor(
    private readonly size: number,
    private readonly compute: (owner: O, key: string) => T,
  ) {}

  of(owner: O, key: string): T {
    let owned = this.memos.get(owner);
    if (owned === undefined) {
      // the computation is bound to its owner once, not on every call
      owned = { memo: new Memo<T>(this.size), compute: (k) => this.compute(owner, k) };
      this.memos.set(owner, owned);
    }
    return owned.memo.of(key, owned.compute);
  }
}
