/**
 * The rated machine translations (garble-dev.tsv): reading the segments, splitting them by document
 * into a half to tune on and a half to hold out, and scoring segment-level flags.
 */
import { readFileSync } from 'node:fs';
import { ratio } from './scoring.js';

export interface GarbleSegment {
  id: string;
  /** The news document the segment belongs to (the middle part of `system:document:segment`). */
  document: string;
  positive: boolean;
  text: string;
}

export type GarbleHalf = 'tune' | 'held-out';

export function parseGarbleTsv(content: string, fileName: string): GarbleSegment[] {
  const lines = content.split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines.shift();
  if (header?.split('\t').slice(0, 3).join('\t') !== 'id\tlabel\ttext') {
    throw new Error(`${fileName}: expected a header "id, label, text, error_spans"`);
  }
  return lines.map((line, i) => {
    const fields = line.split('\t');
    const [id, label] = fields;
    const parts = id!.split(':');
    if (fields.length < 4 || parts.length < 3 || (label !== 'pos' && label !== 'neg')) {
      throw new Error(`${fileName}:${i + 2}: expected id (system:document:segment), pos|neg, text, error spans`);
    }
    return { id: id!, document: parts[parts.length - 2]!, positive: label === 'pos', text: fields.slice(2, -1).join('\t') };
  });
}

export function readGarbleFile(file: string): GarbleSegment[] {
  return parseGarbleTsv(readFileSync(file, 'utf8'), file);
}

/** FNV-1a, 32 bit: a stable hash, so that the halves never change between runs. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** All segments of one document fall into the same half. */
export function halfOf(segment: GarbleSegment): GarbleHalf {
  return fnv1a(segment.document) % 2 === 0 ? 'tune' : 'held-out';
}

export interface FlagCounts {
  segments: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
}

export interface FlagScores extends FlagCounts {
  precision: number;
  recall: number;
  /** Share of clean segments that were flagged. */
  falseFlagRate: number;
}

export function scoreFlags(items: readonly { positive: boolean; flagged: boolean }[]): FlagScores {
  const counts: FlagCounts = { segments: items.length, positives: 0, negatives: 0, truePositives: 0, falsePositives: 0 };
  for (const { positive, flagged } of items) {
    if (positive) counts.positives++;
    else counts.negatives++;
    if (flagged && positive) counts.truePositives++;
    if (flagged && !positive) counts.falsePositives++;
  }
  return {
    ...counts,
    precision: ratio(counts.truePositives, counts.truePositives + counts.falsePositives),
    recall: ratio(counts.truePositives, counts.positives),
    falseFlagRate: ratio(counts.falsePositives, counts.negatives),
  };
}
