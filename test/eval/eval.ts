/**
 * `npm run eval`: how well the engine does on real German news, when the evaluation data is present
 * (../shared/data beside the repository, or QUELLCHECK_DATA). Never part of `npm test`.
 *
 *   npm run eval                         tables on stdout
 *   npm run eval -- --json FILE          also the full figures as JSON
 *   npm run eval -- --examples N         N examples per kind of miss (default 5; dev split only)
 *
 * 1. spkatt-train (GermEval 2023 speaker attribution, German Wikinews): cue, source and message
 *    scores by token overlap, agentless events marked vague, anonymous sources, findings per 1,000
 *    sentences — on a `dev` split (article number mod 5 ≠ 0) and a held-out `test` split (mod 5 = 0).
 * 2. garble-dev.tsv (rated machine translations): segment precision/recall of `garbled` findings.
 */
import { writeFileSync } from 'node:fs';
import type { Engine, Finding } from '../../server/src/engine/index.js';
import { dataDir, garbleFile, spkattDir } from './data-dir.js';
import { loadEngineTimed, usageError } from './engine.js';
import { halfOf, readGarbleFile, scoreFlags, type FlagScores, type GarbleHalf, type GarbleSegment } from './garble.js';
import { prf, ratio } from './scoring.js';
import { goldEvents, readSpkattDocuments, rebuildText, sentenceTokens, splitOf, tokensInSpan, type Split } from './spkatt.js';
import { emptyDocTally, scoreDocument, type DocTally, type Example, type ExampleKind } from './spkatt-score.js';
import { fixed, formatTable, percent, section, type Cell } from './table.js';
import { addTally, excerpt, increment } from './tally.js';

const USAGE = 'npm run eval -- [--json FILE] [--examples N]';

interface Options {
  json?: string;
  examples: number;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { examples: 5 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i] ?? usageError('eval', `${arg} needs a value`, USAGE);
    if (arg === '--json') options.json = value();
    else if (arg === '--examples') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) usageError('eval', '--examples needs a whole number', USAGE);
      options.examples = n;
    } else usageError('eval', `unknown argument ${arg}`, USAGE);
  }
  return options;
}

const per1000 = (count: number, sentences: number) => ratio(count * 1000, sentences);

// ---------------------------------------------------------------------------------------------
// spkatt-train

interface SpkattRun {
  tallies: Record<'all' | Split, DocTally>;
  examples: Example[];
  failures: { document: string; error: string }[];
}

function runSpkatt(engine: Engine, dir: string): SpkattRun {
  const documents = readSpkattDocuments(dir);
  const tallies = { all: emptyDocTally(), dev: emptyDocTally(), test: emptyDocTally() };
  const examples: Example[] = [];
  const failures: SpkattRun['failures'] = [];
  documents.forEach((doc, i) => {
    if (process.stderr.isTTY) process.stderr.write(`\rspkatt ${i + 1}/${documents.length}`);
    const rebuilt = rebuildText(sentenceTokens(doc));
    const gold = goldEvents(doc, rebuilt);
    let result;
    try {
      result = engine.lint(rebuilt.text, { format: 'plaintext' });
    } catch (error) {
      failures.push({ document: doc.DocumentName, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    const score = scoreDocument(doc.DocumentName, rebuilt, gold, result, (offset, length) => tokensInSpan(rebuilt.tokens, offset, length));
    const split = splitOf(doc.DocumentName);
    addTally(tallies.all, score.tally);
    addTally(tallies[split], score.tally);
    if (split === 'dev') examples.push(...score.examples);
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return { tallies, examples, failures };
}

function summarizeSpkatt(t: DocTally) {
  return {
    documents: t.documents,
    sentences: t.sentences,
    goldEvents: t.events.gold,
    predictedAttributions: t.events.predicted,
    cue: prf(t.cue),
    source: prf(t.source),
    message: prf(t.message),
    messageTokens: prf(t.messageTokens),
    goldCuesFound: ratio(t.events.goldCueFound, t.events.goldWithCue),
    attributionsOnGoldCue: ratio(t.events.predictedOnGoldCue, t.events.predicted),
    agentless: {
      events: t.agentless.events,
      markedVague: ratio(t.agentless.markedVague, t.agentless.events),
      flagged: ratio(t.agentless.flagged, t.agentless.events),
      markedOrFlagged: ratio(t.agentless.either, t.agentless.events),
      kinds: t.agentless.kinds,
    },
    anonymous: {
      goldEvents: t.anonymous.gold,
      recall: ratio(t.anonymous.goldFound, t.anonymous.gold),
      predicted: t.anonymous.predicted,
      precision: ratio(t.anonymous.predictedCorrect, t.anonymous.predicted),
      predictedOnUndecidedPronoun: t.anonymous.predictedUndecided,
      pronounsResolved: t.anonymous.pronounsResolved,
      pronounsUndecided: t.anonymous.pronounsUndecided,
      goldKinds: t.anonymous.goldKinds,
    },
    findingsPer1000Sentences: Object.fromEntries(Object.entries(t.findings).map(([c, n]) => [c, per1000(n, t.sentences)])),
    garbledPer1000Sentences: per1000(t.findings['garbled'] ?? 0, t.sentences),
    garbledBySeverity: t.garbledBySeverity,
    garbledByRule: t.garbledByRule,
  };
}

type SpkattSummary = ReturnType<typeof summarizeSpkatt>;
const SPLITS = ['all', 'dev', 'test'] as const;
const CATEGORY_ORDER = ['anonymous-source', 'vague-source', 'unattributed-claim', 'garbled', 'boilerplate', 'typography', 'consistency'];

function kindsCell(kinds: Record<string, number>): string {
  return ['named', 'anonymous', 'vague', 'none', 'missed'].map((k) => `${k} ${kinds[k] ?? 0}`).join(', ');
}

function printSpkatt(run: SpkattRun, summaries: Record<'all' | Split, SpkattSummary>, exampleCount: number): void {
  const s = SPLITS.map((split) => summaries[split]);
  console.log(section('Speaker attribution — spkatt-train (German Wikinews, GermEval 2023)'));
  console.log(
    formatTable(
      ['', ...SPLITS],
      [
        ['documents', ...s.map((x) => x.documents)],
        ['sentences', ...s.map((x) => x.sentences)],
        ['gold events', ...s.map((x) => x.goldEvents)],
        ['predicted attributions', ...s.map((x) => x.predictedAttributions)],
      ],
    ),
  );
  const roleRow = (label: string, pick: (x: SpkattSummary) => ReturnType<typeof prf>): Cell[] => [
    label,
    ...s.flatMap((x) => [fixed(pick(x).precision), fixed(pick(x).recall), fixed(pick(x).f1)]),
  ];
  console.log();
  console.log(
    formatTable(
      ['token overlap', ...SPLITS.flatMap((split) => [`${split} P`, 'R', 'F1'])],
      [
        roleRow('cue tokens', (x) => x.cue),
        roleRow('source tokens  [test F1 ≥ 0.65]', (x) => x.source),
        roleRow('message, matched spans  [test F1 ≥ 0.60]', (x) => x.message),
        roleRow('message tokens (sets)', (x) => x.messageTokens),
      ],
    ),
  );
  console.log();
  console.log(
    formatTable(
      ['events', ...SPLITS],
      [
        ['gold cues found by a predicted cue', ...s.map((x) => percent(x.goldCuesFound))],
        ['predicted attributions on a gold cue', ...s.map((x) => percent(x.attributionsOnGoldCue))],
        ['agentless gold events (no Source)', ...s.map((x) => x.agentless.events)],
        ['  marked vague/none by an attribution', ...s.map((x) => percent(x.agentless.markedVague))],
        ['  flagged vague-source/unattributed-claim', ...s.map((x) => percent(x.agentless.flagged))],
        ['  marked or flagged  [≥ 50 %]', ...s.map((x) => percent(x.agentless.markedOrFlagged))],
        ['anonymous gold sources (head-noun rule)', ...s.map((x) => x.anonymous.goldEvents)],
        ['  recall of sourceKind anonymous  [≥ 60 %]', ...s.map((x) => percent(x.anonymous.recall))],
        ['predicted anonymous attributions', ...s.map((x) => x.anonymous.predicted)],
        ['  precision  [≥ 80 %]', ...s.map((x) => percent(x.anonymous.precision))],
        ['  on an unresolved pronoun (not counted)', ...s.map((x) => x.anonymous.predictedOnUndecidedPronoun)],
        ['gold pronoun sources resolved / undecided', ...s.map((x) => `${x.anonymous.pronounsResolved} / ${x.anonymous.pronounsUndecided}`)],
      ],
    ),
  );
  console.log(`\nagentless events, engine's kind (all): ${kindsCell(summaries.all.agentless.kinds)}`);
  console.log(`anonymous gold sources, engine's kind (all): ${kindsCell(summaries.all.anonymous.goldKinds)}`);

  console.log(section('Findings per 1,000 sentences — spkatt-train (carefully edited news: few deserve a finding)'));
  const categories = [...new Set([...CATEGORY_ORDER, ...Object.keys(summaries.all.findingsPer1000Sentences)])];
  console.log(
    formatTable(
      ['category', ...SPLITS],
      [
        ...categories.map((c) => [c, ...s.map((x) => fixed(x.findingsPer1000Sentences[c] ?? 0, 1))]),
        ['garbled, warning or error', ...s.map((x) => fixed(per1000((x.garbledBySeverity['error'] ?? 0) + (x.garbledBySeverity['warning'] ?? 0), x.sentences), 1))],
      ],
    ),
  );
  console.log('target: garbled ≤ 2 per 1,000 sentences');

  const garbledRules = Object.entries(summaries.all.garbledByRule).sort((a, b) => b[1] - a[1]);
  if (garbledRules.length > 0) {
    console.log(section('garbled rules on spkatt-train (all splits; example from dev)'));
    const firstExample = (rule: string) => run.examples.find((e) => e.kind === 'garbled' && e.label === rule)?.excerpt ?? '';
    console.log(formatTable(['rule', 'findings', 'per 1,000', 'example'], garbledRules.map(([rule, n]) => [rule, n, fixed(per1000(n, summaries.all.sentences), 2), firstExample(rule)])));
  }

  const headings: Record<Exclude<ExampleKind, 'garbled'>, string> = {
    missedAnonymous: 'Anonymous gold sources not marked anonymous (engine kind: excerpt)',
    falseAnonymous: 'Predicted anonymous sources that are not anonymous gold sources',
    missedAgentless: 'Agentless gold events neither marked vague/none nor flagged (engine kind: excerpt)',
  };
  for (const [kind, heading] of Object.entries(headings)) {
    const distinct = new Map(run.examples.filter((e) => e.kind === kind).map((e) => [e.excerpt, e]));
    const chosen = [...distinct.values()].slice(0, exampleCount);
    if (chosen.length === 0) continue;
    console.log(section(`${heading} — dev, first ${chosen.length}`));
    for (const e of chosen) console.log(`- ${e.label}: ${e.excerpt}   [${e.document.slice(0, 40)}]`);
  }
  if (run.failures.length > 0) {
    console.log(`\n${run.failures.length} document(s) made the engine throw; first: ${run.failures[0]!.document}: ${run.failures[0]!.error}`);
  }
}

// ---------------------------------------------------------------------------------------------
// garble-dev.tsv

type GarbleView = 'anySeverity' | 'warningOrError';
const VIEWS: readonly GarbleView[] = ['anySeverity', 'warningOrError'];
const HALVES = ['all', 'tune', 'held-out'] as const;

interface GarbleRun {
  scores: Record<GarbleView, Record<(typeof HALVES)[number], FlagScores>>;
  rulesOnNegatives: { rule: string; negatives: number; positives: number; example: string }[];
  failures: { id: string; error: string }[];
}

const isGarbled = (f: Finding) => f.category === 'garbled';
const isWarningOrError = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

function runGarble(engine: Engine, segments: readonly GarbleSegment[]): GarbleRun {
  const flagged: { segment: GarbleSegment; half: GarbleHalf; any: boolean; warning: boolean }[] = [];
  const onNegatives: Record<string, number> = {};
  const onPositives: Record<string, number> = {};
  const examples = new Map<string, string>();
  const failures: GarbleRun['failures'] = [];
  for (const segment of segments) {
    let garbled: Finding[];
    try {
      garbled = engine.lint(segment.text, { format: 'plaintext' }).findings.filter(isGarbled);
    } catch (error) {
      failures.push({ id: segment.id, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    flagged.push({ segment, half: halfOf(segment), any: garbled.length > 0, warning: garbled.some(isWarningOrError) });
    for (const rule of new Set(garbled.map((f) => f.rule))) {
      increment(segment.positive ? onPositives : onNegatives, rule);
      const f = garbled.find((x) => x.rule === rule)!;
      if (!segment.positive && !examples.has(rule)) examples.set(rule, excerpt(segment.text, f.offset, f.length, 50));
    }
  }
  const view = (pick: (x: (typeof flagged)[number]) => boolean) =>
    Object.fromEntries(
      HALVES.map((half) => [
        half,
        scoreFlags(flagged.filter((x) => half === 'all' || x.half === half).map((x) => ({ positive: x.segment.positive, flagged: pick(x) }))),
      ]),
    ) as Record<(typeof HALVES)[number], FlagScores>;
  const rulesOnNegatives = Object.entries(onNegatives)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([rule, negatives]) => ({ rule, negatives, positives: onPositives[rule] ?? 0, example: examples.get(rule) ?? '' }));
  return { scores: { anySeverity: view((x) => x.any), warningOrError: view((x) => x.warning) }, rulesOnNegatives, failures };
}

function printGarble(run: GarbleRun): void {
  console.log(section('Garbled segments — garble-dev.tsv (rated machine translations, one segment at a time)'));
  const rows: Cell[][] = [];
  for (const v of VIEWS) {
    for (const half of HALVES) {
      const x = run.scores[v][half];
      rows.push([
        v === 'anySeverity' ? 'any garbled finding' : 'garbled warning/error',
        half,
        `${x.positives}/${x.negatives}`,
        x.truePositives + x.falsePositives,
        x.truePositives,
        x.falsePositives,
        fixed(x.precision),
        fixed(x.recall),
        percent(x.falseFlagRate, 2),
      ]);
    }
  }
  console.log(formatTable(['segment flagged by', 'half', 'pos/neg', 'flagged', 'TP', 'FP', 'precision', 'recall', 'false flags on neg'], rows));
  console.log('target (held-out half of the full data): precision ≥ 0.85 at recall ≥ 0.25');
  if (run.rulesOnNegatives.length > 0) {
    console.log(section('Rules that fire on clean (neg) segments — top 10'));
    console.log(formatTable(['rule', 'neg segments', 'pos segments', 'example (neg)'], run.rulesOnNegatives.map((r) => [r.rule, r.negatives, r.positives, r.example])));
  }
  if (run.failures.length > 0) {
    console.log(`\n${run.failures.length} segment(s) made the engine throw; first: ${run.failures[0]!.id}: ${run.failures[0]!.error}`);
  }
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const spkatt = spkattDir();
  const garble = garbleFile();
  if (!spkatt && !garble) {
    console.log(`eval: no evaluation data in ${dataDir()} (set QUELLCHECK_DATA to its folder); nothing to measure.`);
    return;
  }
  const loaded = loadEngineTimed();
  console.log(`Quellcheck evaluation — data: ${dataDir()}`);
  console.log(`engine loaded in ${fixed(loaded.readMs + loaded.createMs, 0)} ms (lexicon file ${fixed(loaded.readMs, 0)} ms, createEngine ${fixed(loaded.createMs, 0)} ms)`);
  const report: Record<string, unknown> = { data: dataDir(), engineLoadMs: loaded.readMs + loaded.createMs };

  if (spkatt) {
    const run = runSpkatt(loaded.engine, spkatt);
    const summaries = { all: summarizeSpkatt(run.tallies.all), dev: summarizeSpkatt(run.tallies.dev), test: summarizeSpkatt(run.tallies.test) };
    printSpkatt(run, summaries, options.examples);
    report['spkatt'] = { ...summaries, failures: run.failures };
  } else {
    console.log(`\neval: ${dataDir()}/spkatt-train not found; attribution scores skipped.`);
  }

  if (garble) {
    const run = runGarble(loaded.engine, readGarbleFile(garble));
    printGarble(run);
    report['garble'] = run;
  } else {
    console.log(`\neval: ${dataDir()}/garble-dev.tsv not found; garbled scores skipped.`);
  }

  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(report, (_, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2)}\n`);
    console.log(`\nfigures written to ${options.json}`);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
