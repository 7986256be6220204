/**
 * The article's source outline: every source with the statements attributed to it, so that an
 * editor sees who is quoted how often and how many claims rest on anonymous sources.
 */
import {
  DocumentSymbol,
  SymbolInformation,
  SymbolKind,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Attribution, Locale, SourceKind, Span } from '../engine/index.js';
import type { SourceSummary } from './protocol.js';
import { kindLabel, text } from './strings.js';

export interface SourceGroup {
  kind: SourceKind;
  /** How the source is written where it is named most fully. */
  label: string;
  /** Indices into the attributions, in text order. */
  statements: number[];
  /** Where the source is named. */
  mentions: Span[];
}

/** Follows `continues` back to the attribution that named the source (guarded against cycles). */
export function rootAttribution(attributions: readonly Attribution[], index: number): number {
  let at = index;
  for (let steps = 0; steps < attributions.length; steps++) {
    const previous = attributions[at].continues;
    if (previous === undefined || previous < 0 || previous >= attributions.length || previous === at) return at;
    at = previous;
  }
  return at;
}

const LEADING_DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']);

function words(source: string): string[] {
  return source
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The key under which mentions of one source are grouped: a named source by its last word
 * ("Kremlchef Wladimir Putin" and "Putin"), an anonymous or vague one by its words without a
 * leading article ("eine russische Quelle" and "russische Quelle").
 */
function groupKey(kind: SourceKind, source: Span | null): string {
  if (!source || kind === 'none') return 'none';
  const all = words(source.text);
  if (kind === 'named') return `named:${all[all.length - 1] ?? ''}`;
  const start = all.findIndex((w) => !LEADING_DETERMINERS.has(w));
  return `${kind}:${(start < 0 ? all : all.slice(start)).join(' ')}`;
}

export function groupSources(attributions: readonly Attribution[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  attributions.forEach((attribution, index) => {
    const root = attributions[rootAttribution(attributions, index)];
    const key = groupKey(root.sourceKind, root.source);
    let group = groups.get(key);
    if (!group) {
      group = { kind: key === 'none' ? 'none' : root.sourceKind, label: '', statements: [], mentions: [] };
      groups.set(key, group);
    }
    group.statements.push(index);
    const own = attribution.source;
    if (own && !group.mentions.some((m) => m.offset === own.offset)) {
      group.mentions.push(own);
      if (own.text.trim().length > group.label.length) group.label = own.text.trim();
    }
  });
  return [...groups.values()];
}

export function sourceSummary(attributions: readonly Attribution[]): SourceSummary {
  const summary: SourceSummary = { named: 0, anonymous: 0, vague: 0, none: 0, sources: { named: 0, anonymous: 0, vague: 0 } };
  for (const group of groupSources(attributions)) {
    summary[group.kind] += group.statements.length;
    if (group.kind !== 'none') summary.sources[group.kind] += 1;
  }
  return summary;
}

const STATEMENT_NAME_LENGTH = 60;

function statementName(attribution: Attribution): string {
  const span = attribution.message ?? attribution.cue;
  const flat = span.text.replace(/\s+/g, ' ').trim();
  return flat.length > STATEMENT_NAME_LENGTH ? `${flat.slice(0, STATEMENT_NAME_LENGTH - 1).trimEnd()}…` : flat || attribution.cue.text;
}

/** Offsets covered by a statement: its message (or cue) together with the cue and own source. */
function statementExtent(attribution: Attribution): { start: number; end: number } {
  const spans = [attribution.cue, attribution.message, attribution.source].filter((s): s is Span => s !== null);
  return {
    start: Math.min(...spans.map((s) => s.offset)),
    end: Math.max(...spans.map((s) => s.offset + s.length)),
  };
}

const KIND_SYMBOLS: Record<SourceKind, SymbolKind> = {
  named: SymbolKind.Class,
  anonymous: SymbolKind.Interface,
  vague: SymbolKind.TypeParameter,
  none: SymbolKind.Null,
};

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function groupName(group: SourceGroup, locale: Locale): string {
  return group.kind === 'none' || group.label === '' ? text('outlineNoSource', locale) : group.label;
}

function groupDetail(group: SourceGroup, locale: Locale): string {
  const count = group.statements.length === 1 ? text('statement', locale) : text('statements', locale, { count: group.statements.length });
  return group.kind === 'none' ? count : `${kindLabel(group.kind, locale)} · ${count}`;
}

export function documentSymbols(document: TextDocument, attributions: readonly Attribution[], locale: Locale): DocumentSymbol[] {
  return groupSources(attributions).map((group) => {
    const children = group.statements.map((index) => {
      const attribution = attributions[index];
      const extent = statementExtent(attribution);
      const selection = attribution.message ?? attribution.cue;
      return DocumentSymbol.create(
        statementName(attribution),
        attribution.cue.text,
        SymbolKind.String,
        rangeOf(document, extent.start, extent.end),
        rangeOf(document, selection.offset, selection.offset + selection.length),
      );
    });
    const extents = group.statements.map((i) => statementExtent(attributions[i]));
    const start = Math.min(...extents.map((e) => e.start));
    const end = Math.max(...extents.map((e) => e.end));
    const firstMention = group.mentions[0];
    const selection = firstMention
      ? rangeOf(document, firstMention.offset, firstMention.offset + firstMention.length)
      : children[0].selectionRange;
    return DocumentSymbol.create(groupName(group, locale), groupDetail(group, locale), KIND_SYMBOLS[group.kind], rangeOf(document, start, end), selection, children);
  });
}

/** The same outline, flat, for clients without hierarchical document symbols. */
export function symbolInformation(document: TextDocument, symbols: readonly DocumentSymbol[]): SymbolInformation[] {
  return symbols.flatMap((group) => [
    SymbolInformation.create(group.name, group.kind, group.range, document.uri),
    ...(group.children ?? []).map((child) => SymbolInformation.create(child.name, child.kind, child.range, document.uri, group.name)),
  ]);
}
