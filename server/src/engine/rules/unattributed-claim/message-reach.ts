import type { Analysis, Sentence } from '../../analysis/model.js';

/**
 * Whether `offset` in sentence `s` lies in a message: of an attribution of this sentence or the one
 * before (a message reaches at most into the next sentence), or of the attribution covering it.
 */
export function insideMessage(analysis: Analysis, s: Sentence, offset: number): boolean {
  const near = [...analysis.attributionsBySentence[s.index], ...(analysis.attributionsBySentence[s.index - 1] ?? []), analysis.coveringAttribution[s.index]];
  return near.some((index) => {
    const message = index >= 0 ? analysis.attributions[index].message : null;
    return message !== null && message.offset <= offset && offset < message.offset + message.length;
  });
}
