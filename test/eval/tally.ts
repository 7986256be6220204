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

/**
 * A short excerpt around [offset, offset + length) with the span marked ⟦…⟧, on one line; a span
 * longer than `context` keeps only its beginning and end.
 */
export function excerpt(text: string, offset: number, length: number, context = 60): string {
  const from = Math.max(0, offset - context);
  const end = offset + length;
  const to = Math.min(text.length, end + context);
  const span = length > context ? `${text.slice(offset, offset + context / 2)} … ${text.slice(end - context / 4, end)}` : text.slice(offset, end);
  const marked = `${from > 0 ? '…' : ''}${text.slice(from, offset)}⟦${span}⟧${text.slice(end, to)}${to < text.length ? '…' : ''}`;
  return marked.replace(/\s+/g, ' ');
}
