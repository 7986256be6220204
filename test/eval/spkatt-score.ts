/**
 * Scores the engine's output on one GermEval document against its gold events. Pure: takes the
 * rebuilt text, the gold events and a lint result, returns counts that add up across documents and
 * a few examples for the report.
 */
import type { Attribution, Finding, LintResult, SourceKind } from '../../server/src/engine/types.js';
import { classifySource, resolvePronouns, type SourceClass } from './anonymous.js';
import { bestMatchOverlap, emptyCounts, overlaps, setOverlap, type OverlapCounts } from './scoring.js';
import type { GoldEvent, RebuiltText } from './spkatt.js';
import { excerpt, increment } from './tally.js';

export type KindOrMissed = SourceKind | 'missed';

export type DocTally = {
  documents: number;
  sentences: number;
  cue: OverlapCounts;
  source: OverlapCounts;
  /** Messages matched span to span (the shared task's message score). */
  message: OverlapCounts;
  /** Message tokens as one set per document. */
  messageTokens: OverlapCounts;
  events: { gold: number; goldWithCue: number; goldCueFound: number; predicted: number; predictedOnGoldCue: number };
  agentless: { events: number; markedVague: number; flagged: number; either: number; kinds: Record<string, number> };
  anonymous: {
    gold: number;
    goldFound: number;
    pronounsResolved: number;
    pronounsUndecided: number;
    predicted: number;
    predictedCorrect: number;
    predictedUndecided: number;
    goldKinds: Record<string, number>;
  };
  findings: Record<string, number>;
  garbledByRule: Record<string, number>;
  garbledBySeverity: Record<string, number>;
};

export const emptyDocTally = (): DocTally => ({
  documents: 0,
  sentences: 0,
  cue: emptyCounts(),
  source: emptyCounts(),
  message: emptyCounts(),
  messageTokens: emptyCounts(),
  events: { gold: 0, goldWithCue: 0, goldCueFound: 0, predicted: 0, predictedOnGoldCue: 0 },
  agentless: { events: 0, markedVague: 0, flagged: 0, either: 0, kinds: {} },
  anonymous: {
    gold: 0,
    goldFound: 0,
    pronounsResolved: 0,
    pronounsUndecided: 0,
    predicted: 0,
    predictedCorrect: 0,
    predictedUndecided: 0,
    goldKinds: {},
  },
  findings: {},
  garbledByRule: {},
  garbledBySeverity: {},
});

export type ExampleKind = 'missedAnonymous' | 'falseAnonymous' | 'missedAgentless' | 'garbled';

export interface Example {
  kind: ExampleKind;
  document: string;
  /** For garbled findings the rule id; otherwise the engine's kind for the event. */
  label: string;
  excerpt: string;
}

export interface DocScore {
  tally: DocTally;
  examples: Example[];
}

interface PredictedEvent {
  attribution: Attribution;
  cue: number[];
  source: number[];
  message: number[];
}

const VAGUE_FINDING_CATEGORIES = new Set(['vague-source', 'unattributed-claim']);

function union(lists: readonly (readonly number[])[]): Set<number> {
  const set = new Set<number>();
  for (const list of lists) for (const x of list) set.add(x);
  return set;
}

/** The predicted event whose `role` shares most tokens with `gold`, if any shares one. */
function bestOverlap(predicted: readonly PredictedEvent[], gold: readonly number[], role: 'cue' | 'source' | 'message') {
  const goldSet = new Set(gold);
  let best: PredictedEvent | undefined;
  let bestShared = 0;
  for (const p of predicted) {
    const shared = p[role].filter((x) => goldSet.has(x)).length;
    if (shared > bestShared) {
      best = p;
      bestShared = shared;
    }
  }
  return best;
}

function spanOfTokens(rebuilt: RebuiltText, tokens: readonly number[]): { offset: number; length: number } {
  if (tokens.length === 0) return { offset: 0, length: 0 };
  const first = rebuilt.tokens[tokens[0]!]!;
  const last = rebuilt.tokens[tokens[tokens.length - 1]!]!;
  return { offset: first.start, length: last.end - first.start };
}

export function scoreDocument(
  documentName: string,
  rebuilt: RebuiltText,
  gold: readonly GoldEvent[],
  result: LintResult,
  toTokens: (offset: number, length: number) => number[],
): DocScore {
  const t = emptyDocTally();
  const examples: Example[] = [];
  const example = (kind: ExampleKind, label: string, tokens: readonly number[]) => {
    const span = spanOfTokens(rebuilt, tokens);
    examples.push({ kind, document: documentName, label, excerpt: excerpt(rebuilt.text, span.offset, span.length) });
  };
  t.documents = 1;
  t.sentences = rebuilt.sentenceStarts.length;

  const predicted: PredictedEvent[] = result.attributions.map((a) => ({
    attribution: a,
    cue: toTokens(a.cue.offset, a.cue.length),
    source: a.source ? toTokens(a.source.offset, a.source.length) : [],
    message: a.message ? toTokens(a.message.offset, a.message.length) : [],
  }));

  t.cue = setOverlap(union(predicted.map((p) => p.cue)), union(gold.map((g) => g.cue)));
  t.source = setOverlap(union(predicted.map((p) => p.source)), union(gold.map((g) => g.source)));
  t.messageTokens = setOverlap(union(predicted.map((p) => p.message)), union(gold.map((g) => g.message)));
  t.message = bestMatchOverlap(
    predicted.map((p) => p.message),
    gold.map((g) => g.message),
  );

  const predictedCues = union(predicted.map((p) => p.cue));
  const goldCues = union(gold.map((g) => g.cue));
  t.events.gold = gold.length;
  t.events.predicted = predicted.length;
  for (const g of gold) {
    if (g.cue.length === 0) continue;
    t.events.goldWithCue++;
    if (overlaps(g.cue, predictedCues)) t.events.goldCueFound++;
  }
  t.events.predictedOnGoldCue = predicted.filter((p) => overlaps(p.cue, goldCues)).length;

  scoreAgentless(t, gold, predicted, result.findings, toTokens, example);
  scoreAnonymous(t, rebuilt, gold, predicted, example);

  for (const f of result.findings) {
    increment(t.findings, f.category);
    if (f.category === 'garbled') {
      increment(t.garbledByRule, f.rule);
      increment(t.garbledBySeverity, f.severity);
      examples.push({ kind: 'garbled', document: documentName, label: f.rule, excerpt: excerpt(rebuilt.text, f.offset, f.length) });
    }
  }
  return { tally: t, examples };
}

/** Gold events without a source: does the engine call them vague (or flag them)? */
function scoreAgentless(
  t: DocTally,
  gold: readonly GoldEvent[],
  predicted: readonly PredictedEvent[],
  findings: readonly Finding[],
  toTokens: (offset: number, length: number) => number[],
  example: (kind: ExampleKind, label: string, tokens: readonly number[]) => void,
): void {
  const flaggedTokens = union(findings.filter((f) => VAGUE_FINDING_CATEGORIES.has(f.category)).map((f) => toTokens(f.offset, f.length)));
  for (const g of gold) {
    if (g.source.length > 0) continue;
    t.agentless.events++;
    const match = g.cue.length > 0 ? bestOverlap(predicted, g.cue, 'cue') : bestOverlap(predicted, g.message, 'message');
    const kind: KindOrMissed = match?.attribution.sourceKind ?? 'missed';
    increment(t.agentless.kinds, kind);
    const marked = kind === 'vague' || kind === 'none';
    const flagged = overlaps([...g.cue, ...g.message], flaggedTokens);
    if (marked) t.agentless.markedVague++;
    if (flagged) t.agentless.flagged++;
    if (marked || flagged) t.agentless.either++;
    else example('missedAgentless', kind, g.cue.length > 0 ? g.cue : g.message);
  }
}

/** Gold events whose source is anonymous (decided from the gold source's words) against `sourceKind`. */
function scoreAnonymous(
  t: DocTally,
  rebuilt: RebuiltText,
  gold: readonly GoldEvent[],
  predicted: readonly PredictedEvent[],
  example: (kind: ExampleKind, label: string, tokens: readonly number[]) => void,
): void {
  const withSource = gold.filter((g) => g.source.length > 0).sort((a, b) => a.source[0]! - b.source[0]!);
  const initial = withSource.map((g) => ({
    sentence: rebuilt.tokens[g.source[0]!]!.sentence,
    cls: classifySource(g.source.map((i) => rebuilt.tokens[i]!.text)),
  }));
  const resolved = resolvePronouns(initial);
  const anonymousTokens = new Set<number>();
  const undecidedTokens = new Set<number>();
  withSource.forEach((g, i) => {
    const cls: SourceClass = resolved[i]!;
    if (initial[i]!.cls === 'pronoun') {
      if (cls === 'pronoun') t.anonymous.pronounsUndecided++;
      else t.anonymous.pronounsResolved++;
    }
    if (cls === 'pronoun') for (const x of g.source) undecidedTokens.add(x);
    if (cls !== 'anonymous') return;
    for (const x of g.source) anonymousTokens.add(x);
    t.anonymous.gold++;
    const anonymousMatch = predicted.some((p) => p.attribution.sourceKind === 'anonymous' && overlaps(p.source, new Set(g.source)));
    const kind: KindOrMissed = anonymousMatch ? 'anonymous' : (bestOverlap(predicted, g.source, 'source')?.attribution.sourceKind ?? 'missed');
    increment(t.anonymous.goldKinds, kind);
    if (anonymousMatch) t.anonymous.goldFound++;
    else example('missedAnonymous', kind, g.source);
  });
  for (const p of predicted) {
    if (p.attribution.sourceKind !== 'anonymous') continue;
    if (overlaps(p.source, anonymousTokens)) {
      t.anonymous.predicted++;
      t.anonymous.predictedCorrect++;
    } else if (overlaps(p.source, undecidedTokens)) {
      t.anonymous.predictedUndecided++;
    } else {
      t.anonymous.predicted++;
      example('falseAnonymous', 'anonymous', p.source.length > 0 ? p.source : p.cue);
    }
  }
}
