/**
 * Token-overlap scores in the manner of the GermEval 2023 speaker-attribution task. Counts are kept
 * as numerators and denominators so that documents (and splits) add up by plain summation.
 */

/** precision = pNum / pDen, recall = rNum / rDen. */
export type OverlapCounts = {
  pNum: number;
  pDen: number;
  rNum: number;
  rDen: number;
};

export const emptyCounts = (): OverlapCounts => ({ pNum: 0, pDen: 0, rNum: 0, rDen: 0 });

function intersectionSize(a: ReadonlySet<number>, b: readonly number[]): number {
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n;
}

/** Token sets of one role in one document: a token counts once however many events share it. */
export function setOverlap(predicted: Iterable<number>, gold: Iterable<number>): OverlapCounts {
  const p = new Set(predicted);
  const g = [...new Set(gold)];
  const shared = intersectionSize(p, g);
  return { pNum: shared, pDen: p.size, rNum: shared, rDen: g.length };
}

function distinctSpans(spans: readonly (readonly number[])[]): number[][] {
  const seen = new Map<string, number[]>();
  for (const span of spans) if (span.length > 0) seen.set(span.join(','), [...span]);
  return [...seen.values()];
}

/**
 * Span matching by token overlap: every gold span is paired with the predicted span that shares
 * most tokens with it (recall counts the shared tokens over all gold tokens), and every predicted
 * span with its best gold span (precision, over all predicted tokens). A span without any overlap
 * contributes only to its denominator. Empty and duplicate spans are ignored.
 */
export function bestMatchOverlap(predicted: readonly (readonly number[])[], gold: readonly (readonly number[])[]): OverlapCounts {
  const p = distinctSpans(predicted);
  const g = distinctSpans(gold);
  const pSets = p.map((span) => new Set(span));
  const gSets = g.map((span) => new Set(span));
  const counts = emptyCounts();
  for (const span of p) {
    counts.pDen += span.length;
    counts.pNum += Math.max(0, ...gSets.map((set) => intersectionSize(set, span)));
  }
  for (const span of g) {
    counts.rDen += span.length;
    counts.rNum += Math.max(0, ...pSets.map((set) => intersectionSize(set, span)));
  }
  return counts;
}

export function overlaps(a: readonly number[], b: ReadonlySet<number>): boolean {
  return a.some((x) => b.has(x));
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: OverlapCounts): Prf {
  const precision = ratio(c.pNum, c.pDen);
  const recall = ratio(c.rNum, c.rDen);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === 0 && recall === 0 ? 0 : Number.NaN;
  return { precision, recall, f1 };
}
