import type { Analysis } from './analysis/model.js';
import { offsetToPosition } from './positions.js';
import type { RuleMeta } from './types.js';

/** Sourcing categories that a `checked` entry without `rule` covers. */
const SOURCING = new Set(['anonymous-source', 'vague-source', 'unattributed-claim']);

/** The key for "every rule" in the maps below. */
const ALL = '*';

interface Interval {
  offset: number;
  end: number;
}

/** Where suppressions apply, indexed once per analysis so each finding is checked in logarithmic time. */
interface SuppressionIndex {
  /** Rule ids or categories (or ALL) disabled for the whole file. */
  file: Set<string>;
  /** Line → rule ids or categories (or ALL) disabled on it. */
  lines: Map<number, Set<string>>;
  /** Rule id, category or ALL → disabled offset ranges from `disable` to `enable`, sorted. */
  ranges: Map<string, Interval[]>;
  /** Rule id, category or the SOURCING marker → checked spans, sorted by offset, with the running maximum end. */
  checked: Map<string, { spans: Interval[]; maxEnd: number[] }>;
}

const SOURCING_KEY = 'sourcing';
const indexes = new WeakMap<Analysis, SuppressionIndex>();

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(analysis: Analysis): SuppressionIndex {
  const index: SuppressionIndex = { file: new Set(), lines: new Map(), ranges: new Map(), checked: new Map() };
  const openSince = new Map<string, number>();
  const lineOf = (offset: number): number => offsetToPosition(analysis.lineStarts, offset).line;
  for (const d of analysis.directives) {
    const names = d.rules.length > 0 ? d.rules : [ALL];
    for (const name of names) {
      switch (d.kind) {
        case 'disable-file':
          index.file.add(name);
          break;
        case 'disable-line':
        case 'disable-next-line': {
          const line = d.kind === 'disable-line' ? lineOf(d.offset) : lineOf(d.end) + 1;
          const set = index.lines.get(line) ?? new Set<string>();
          set.add(name);
          index.lines.set(line, set);
          break;
        }
        case 'disable':
          if (!openSince.has(name)) openSince.set(name, d.offset);
          break;
        case 'enable': {
          const since = openSince.get(name);
          if (since !== undefined) addTo(index.ranges, name, { offset: since, end: d.offset });
          openSince.delete(name);
          break;
        }
      }
    }
  }
  for (const [name, since] of openSince) addTo(index.ranges, name, { offset: since, end: analysis.text.length });
  const checkedSpans = new Map<string, Interval[]>();
  for (const entry of analysis.config.checked) {
    if (entry.text.length === 0) continue;
    const key = entry.rule ?? SOURCING_KEY;
    for (let at = analysis.text.indexOf(entry.text); at >= 0; at = analysis.text.indexOf(entry.text, at + entry.text.length)) {
      addTo(checkedSpans, key, { offset: at, end: at + entry.text.length });
    }
  }
  for (const [key, spans] of checkedSpans) {
    spans.sort((a, b) => a.offset - b.offset);
    const maxEnd: number[] = [];
    let running = -1;
    for (const s of spans) maxEnd.push((running = Math.max(running, s.end)));
    index.checked.set(key, { spans, maxEnd });
  }
  return index;
}

/** Index of the last interval starting before `end`, or -1. */
function lastStartingBefore(spans: readonly Interval[], end: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].offset < end) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function inRange(ranges: Interval[] | undefined, offset: number): boolean {
  if (!ranges) return false;
  const i = lastStartingBefore(ranges, offset + 1);
  return i >= 0 && ranges[i].offset <= offset && offset < ranges[i].end;
}

function overlapsChecked(entry: { spans: Interval[]; maxEnd: number[] } | undefined, offset: number, end: number): boolean {
  if (!entry) return false;
  const i = lastStartingBefore(entry.spans, end);
  return i >= 0 && entry.maxEnd[i] > offset;
}

/**
 * Whether a finding is switched off by a Markdown directive (`quellcheck-disable…`) or accepted by a
 * `checked` entry of the configuration.
 */
export function isSuppressed(analysis: Analysis, meta: RuleMeta, offset: number, length: number): boolean {
  let index = indexes.get(analysis);
  if (!index) {
    index = buildIndex(analysis);
    indexes.set(analysis, index);
  }
  const names = [ALL, meta.id, meta.category];
  if (names.some((n) => index.file.has(n))) return true;
  if (index.lines.size > 0) {
    const onLine = index.lines.get(offsetToPosition(analysis.lineStarts, offset).line);
    if (onLine && names.some((n) => onLine.has(n))) return true;
  }
  if (names.some((n) => inRange(index.ranges.get(n), offset))) return true;
  const end = offset + Math.max(length, 1);
  return (
    overlapsChecked(index.checked.get(meta.id), offset, end) ||
    overlapsChecked(index.checked.get(meta.category), offset, end) ||
    (SOURCING.has(meta.category) && overlapsChecked(index.checked.get(SOURCING_KEY), offset, end))
  );
}
