/**
 * Counters that add up across documents: nested objects of numbers, summed key by key.
 */

export type Tally = { [key: string]: number | Tally };

export function increment(counter: Record<string, number>, key: string, by = 1): void {
  counter[key] = (counter[key] ?? 0) + by;
}

/** Adds every number of `more` into `into` (missing keys start at 0) and returns `into`. */
export function addTally<T extends Tally>(into: T, more: T): T {
  const target = into as Tally;
  for (const [key, value] of Object.entries(more)) {
    const current = target[key];
    if (typeof value === 'number') {
      target[key] = (typeof current === 'number' ? current : 0) + value;
    } else {
      target[key] = addTally(typeof current === 'object' ? current : {}, value);
    }
  }
  return into;
}

/** A short excerpt around [offset, offset + length) with the span marked ⟦…⟧, on one line. */
export function excerpt(text: string, offset: number, length: number, context = 60): string {
  const from = Math.max(0, offset - context);
  const to = Math.min(text.length, offset + length + context);
  const marked = `${from > 0 ? '…' : ''}${text.slice(from, offset)}⟦${text.slice(offset, offset + length)}⟧${text.slice(offset + length, to)}${to < text.length ? '…' : ''}`;
  return marked.replace(/\s+/g, ' ');
}
