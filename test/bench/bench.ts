/**
 * `npm run bench`: how fast the engine is, on one core (the engine is single-threaded; the CLI's
 * parallelism over files is not measured here).
 *
 *   npm run bench                 full run (throughput at 1, 2, 5, 10 MB)
 *   npm run bench -- --quick      fewer repetitions, throughput at 1 and 2 MB only
 *   npm run bench -- --source     the engine's TypeScript sources through tsx instead of the bundle
 *
 * By default the engine is bundled with esbuild the way the CLI and the language server ship it:
 * under tsx every import is read through a getter and every closure is named, which costs about a
 * quarter more time than the shipped code.
 *
 * (a) engine load: reading the compiled lexicon and createEngine;
 * (b) time per ~5 KB article: each seed article repeated to 5 KB, and German Wikinews articles
 *     (../shared/data/spkatt-train or QUELLCHECK_DATA, when present) joined into 5 KB pieces;
 * (c) throughput on one large text built from the Wikinews articles (else the seeds) at several
 *     sizes, and how time grows with size (linear: 10 MB takes 10 × the time of 1 MB);
 * (d) pathological inputs (one endless sentence of cues, nested unclosed quotations …) at n and 4n
 *     repetitions: linear code takes about 4 × the time for 4n;
 * (e) peak resident memory.
 * Times are CPU time of the process (all its threads: the machine may be busy with other work, and
 * wall-clock time would count that too); throughput is MB per CPU second. MB here are 10^6 bytes of
 * UTF-8.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine, type Engine } from '../../server/src/engine/index.js';
import { loadLexiconData } from '../../server/src/node/lexicon-file.js';
import { repoRoot, spkattDir } from '../eval/data-dir.js';
import { loadEngineTimed, usageError } from '../eval/engine.js';
import { readSpkattDocuments, rebuildText, sentenceTokens } from '../eval/spkatt.js';
import { fixed, formatTable, section } from '../eval/table.js';

const MB = 1_000_000;
const ARTICLE_BYTES = 5_000;

const args = process.argv.slice(2);
for (const arg of args) if (arg !== '--quick' && arg !== '--source') usageError('bench', `unknown argument ${arg}`, 'npm run bench -- [--quick] [--source]');
const quick = args.includes('--quick');
const fromSource = args.includes('--source');

/** The engine's createEngine as shipped: bundled by esbuild into one CommonJS file, then required. */
function bundledCreateEngine(): typeof createEngine {
  const dir = mkdtempSync(join(tmpdir(), 'quellcheck-bench-'));
  const outfile = join(dir, 'engine.cjs');
  buildSync({ entryPoints: [join(repoRoot, 'server', 'src', 'engine', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
  const bundled = createRequire(__filename)(outfile) as { createEngine: typeof createEngine };
  rmSync(dir, { recursive: true, force: true });
  return bundled.createEngine;
}

const makeEngine = fromSource ? createEngine : bundledCreateEngine();

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const peakRssMb = () => (process.resourceUsage().maxRSS * 1024) / MB;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of one lint (`ms`), its wall-clock time and how many findings it made. */
function timeLint(engine: Engine, text: string): { ms: number; wallMs: number; findings: number } {
  const start = performance.now();
  const cpuStart = cpuMs();
  const result = engine.lint(text, { format: 'plaintext' });
  return { ms: cpuMs() - cpuStart, wallMs: performance.now() - start, findings: result.findings.length };
}

/**
 * Inputs that once took time growing faster than their length: each is built with n repetitions of
 * its piece (n chosen for about 100 KB), then 4n.
 */
const PATHOLOGICAL: { name: string; n: number; make: (n: number) => string }[] = [
  { name: "'laut Bericht zufolge ' × n", n: 5000, make: (n) => 'laut Bericht zufolge '.repeat(n) },
  { name: "'Er meinte, dass ' + 'sagen ' × n", n: 16000, make: (n) => 'Er meinte, dass ' + 'sagen '.repeat(n) + '.' },
  { name: "'„a ' × n + 'sagte er.'", n: 30000, make: (n) => '„a '.repeat(n) + 'sagte er.' },
  { name: "'laut Bericht, ' × n", n: 7000, make: (n) => 'laut Bericht, '.repeat(n) },
  { name: "'„a b“, sagte er, ' × n", n: 6000, make: (n) => '„a b“, sagte er, '.repeat(n) },
  { name: "'Es sei so, so Peskow, ' × n", n: 4500, make: (n) => 'Es sei so, so Peskow, '.repeat(n) },
  { name: "'Die Quelle, ' + 'die der Mann, ' × n", n: 7000, make: (n) => 'Die Quelle, ' + 'die der Mann, '.repeat(n) + 'sagte es.' },
  { name: "'„' × n + 'a b c d e f'", n: 100000, make: (n) => '„'.repeat(n) + 'a b c d e f' },
];

/** The lower CPU time of two lints (the less disturbed by anything else on the machine). */
function bestOfTwo(engine: Engine, text: string): number {
  return Math.min(timeLint(engine, text).ms, timeLint(engine, text).ms);
}

/** Texts joined by blank lines, cycling through them, until the result holds at least `target` bytes. */
function grow(texts: readonly string[], target: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const piece = texts[i % texts.length]!;
    parts.push(piece);
    size += bytes(piece) + 2;
  }
  return parts.join('\n\n');
}

/** Consecutive texts joined into pieces of at least `target` bytes each. */
function pieces(texts: readonly string[], target: number, limit: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (out.length >= limit) break;
    current.push(text);
    size += bytes(text) + 2;
    if (size >= target) {
      out.push(current.join('\n\n'));
      current = [];
      size = 0;
    }
  }
  return out;
}

function articleTimes(engine: Engine, articles: readonly string[], repetitions: number): number[] {
  for (const a of articles) engine.lint(a, { format: 'plaintext' });
  return articles.map((a) => median(Array.from({ length: repetitions }, () => timeLint(engine, a).ms)));
}

function main(): void {
  console.log(`Quellcheck benchmark — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core${quick ? ' (quick)' : ''}, engine ${fromSource ? 'from its TypeScript sources (tsx)' : 'bundled as shipped (esbuild)'}`);
  console.log(`machine load average ${fixed(loadavg()[0]!, 2)} on ${cpus().length} cores (other work on the machine slows the figures)`);

  // (a) engine load
  const loaded = loadEngineTimed(makeEngine);
  const { engine } = loaded;
  const data = loadLexiconData();
  const warmCreate = median(
    Array.from({ length: quick ? 2 : 5 }, () => {
      const start = performance.now();
      makeEngine(data);
      return performance.now() - start;
    }),
  );
  const rssAfterLoad = peakRssMb();

  // (b) time per ~5 KB article
  const seedDir = join(repoRoot, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const firstLint = timeLint(engine, grow([seeds[0]!], ARTICLE_BYTES)).ms;
  const seedArticles = seeds.map((s) => grow([s], ARTICLE_BYTES));
  const seedTimes = articleTimes(engine, seedArticles, quick ? 3 : 10);

  const spkatt = spkattDir();
  const wikinews = spkatt ? readSpkattDocuments(spkatt).map((d) => rebuildText(sentenceTokens(d)).text) : [];
  const wikiArticles = pieces(wikinews, ARTICLE_BYTES, quick ? 20 : 100);
  const wikiTimes = wikiArticles.length > 0 ? articleTimes(engine, wikiArticles, quick ? 2 : 5) : [];

  // (c) throughput on one large text
  const corpus = wikinews.length > 0 ? wikinews : seeds;
  const sizes = quick ? [1, 2] : [1, 2, 5, 10];
  timeLint(engine, grow(corpus, MB));
  const throughput = sizes.map((mb) => {
    const text = grow(corpus, mb * MB);
    const size = bytes(text);
    // the fastest of a few runs: the least disturbed by anything else on the machine
    const runs = Array.from({ length: quick || mb > 2 ? 1 : 3 }, () => timeLint(engine, text));
    const ms = Math.min(...runs.map((r) => r.ms));
    const wallMs = Math.min(...runs.map((r) => r.wallMs));
    return { mb, size, ms, wallMs, findings: runs[0]!.findings, mbPerS: size / MB / (ms / 1000) };
  });

  console.log(section('(a) engine load'));
  console.log(
    formatTable(
      ['step', 'time'],
      [
        ['read lexicon file', `${fixed(loaded.readMs, 1)} ms`],
        ['createEngine (first, incl. lexicon parse)', `${fixed(loaded.createMs, 1)} ms`],
        ['total (target < 200 ms)', `${fixed(loaded.readMs + loaded.createMs, 1)} ms`],
        ['createEngine again (median, warm)', `${fixed(warmCreate, 1)} ms`],
        ['first lint of a 5 KB article (cold)', `${fixed(firstLint, 1)} ms`],
      ],
    ),
  );

  console.log(section('(b) time per ~5 KB article (median of repeated runs per article)'));
  const articleRow = (label: string, articles: readonly string[], times: readonly number[]) => [
    label,
    articles.length,
    fixed(median(articles.map(bytes)) / 1000, 1),
    `${fixed(median(times.map((ms, i) => (ms * ARTICLE_BYTES) / bytes(articles[i]!))), 2)} ms`,
    `${fixed(median(times), 2)} ms`,
    `${fixed(quantile(times, 0.95), 2)} ms`,
    `${fixed(Math.max(...times), 2)} ms`,
  ];
  const rows = [articleRow('seeds, each repeated to 5 KB', seedArticles, seedTimes)];
  if (wikiArticles.length > 0) rows.push(articleRow('Wikinews, joined into 5 KB pieces', wikiArticles, wikiTimes));
  console.log(formatTable(['articles', 'n', 'KB (median)', 'median per 5 KB', 'median', 'p95', 'max'], rows));
  if (wikiArticles.length === 0) console.log('(no Wikinews data found: seeds only)');

  console.log(section(`(c) throughput on one large text (${wikinews.length > 0 ? 'Wikinews articles' : 'the seeds'}, repeated)`));
  const base = throughput[0]!;
  console.log(
    formatTable(
      ['size', 'bytes', 'CPU time', 'wall time', 'MB/s', 'time ÷ time(1 MB)', 'findings'],
      throughput.map((t) => [`${t.mb} MB`, t.size, `${fixed(t.ms, 0)} ms`, `${fixed(t.wallMs, 0)} ms`, fixed(t.mbPerS, 2), `${fixed(t.ms / base.ms, 2)}×`, t.findings]),
    ),
  );
  const last = throughput[throughput.length - 1]!;
  console.log(`target: ≥ 10 MB/s on one core; linear: ${last.mb} MB should take ≈ ${last.mb}× the time of 1 MB (measured ${fixed(last.ms / base.ms, 2)}×)`);

  console.log(section('(d) pathological inputs: time for 4n repetitions ÷ time for n (linear ≈ 4×)'));
  const pathological = (quick ? PATHOLOGICAL.slice(0, 3) : PATHOLOGICAL).map(({ name, n, make }) => {
    timeLint(engine, make(n >> 2));
    const small = bestOfTwo(engine, make(n));
    const large = bestOfTwo(engine, make(4 * n));
    return [name, n, `${fixed(bytes(make(n)) / 1000, 0)} KB`, `${fixed(small, 0)} ms`, `${fixed(large, 0)} ms`, `${fixed(large / small, 1)}×`];
  });
  console.log(formatTable(['input', 'n', 'size at n', 'time at n', 'time at 4n', 'ratio'], pathological));

  console.log(section('(e) memory'));
  console.log(
    formatTable(
      ['', 'peak RSS'],
      [
        ['after engine load', `${fixed(rssAfterLoad, 0)} MB`],
        [`after all runs (largest text ${last.mb} MB)`, `${fixed(peakRssMb(), 0)} MB`],
      ],
    ),
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
