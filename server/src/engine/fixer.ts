import type { Fix, TextEdit } from './types.js';

export interface FixOutcome {
  output: string;
  /** Fixes applied, in the order given. */
  applied: Fix[];
  /** Fixes refused because an edit overlapped one already taken (or lay outside the text). */
  skipped: Fix[];
}

/** Two edits conflict when their ranges intersect or they start at the same offset (order unclear). */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.offset === b.offset) return true;
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
  return second.offset < first.offset + first.length;
}

/** Index of the first taken edit with offset >= `offset` (taken is sorted by offset). */
function lowerBound(taken: TextEdit[], offset: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clashesWithTaken(taken: TextEdit[], edit: TextEdit): boolean {
  const i = lowerBound(taken, edit.offset);
  return (i > 0 && conflicts(taken[i - 1], edit)) || (i < taken.length && conflicts(taken[i], edit));
}

/**
 * Applies fixes to a text. A fix is taken whole or not at all: when any of its edits overlaps an
 * edit of a fix taken before (or another edit of its own), the fix is skipped; re-linting the output
 * and fixing again takes what was skipped.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixOutcome {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const edits = [...fix.edits].sort((a, b) => a.offset - b.offset);
    const inside = edits.every((e) => e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length);
    const selfClash = edits.some((e, i) => i > 0 && conflicts(edits[i - 1], e));
    if (!inside || selfClash || edits.some((e) => clashesWithTaken(taken, e))) {
      skipped.push(fix);
      continue;
    }
    for (const e of edits) taken.splice(lowerBound(taken, e.offset), 0, e);
    applied.push(fix);
  }
  const parts: string[] = [];
  let at = 0;
  for (const e of taken) {
    parts.push(text.slice(at, e.offset), e.newText);
    at = e.offset + e.length;
  }
  parts.push(text.slice(at));
  return { output: parts.join(''), applied, skipped };
}
