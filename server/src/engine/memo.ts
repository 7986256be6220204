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
