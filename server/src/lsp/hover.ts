/**
 * Hover texts: on a finding, what is wrong, why it matters, the standard and the fix; on a
 * quotation or reported sentence, its source as the engine resolved it.
 */
import { MarkupKind, type MarkupContent } from 'vscode-languageserver/node';
import { offsetToPosition, ruleDocsUrl, type Analysis, type Finding, type Locale, type RuleMeta } from '../engine/index.js';
import { rootAttribution } from './outline.js';
import { kindLabel, text } from './strings.js';

export interface HoverPart {
  markdown: string;
  plain: string;
  /** Offsets the part is about, for the hover range. */
  offset: number;
  end: number;
}

/** Escapes what would start Markdown markup inside a line (emphasis, code, links, HTML). */
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

export function findingHover(finding: Finding, meta: RuleMeta | undefined, locale: Locale): HoverPart {
  const url = ruleDocsUrl(finding.rule);
  const markdown = [`**${escapeMarkdown(finding.message)}** \`${finding.rule}\``];
  const plain = [`${finding.message} (${finding.rule})`];
  if (meta) {
    markdown.push(
      meta.explanation[locale],
      `**${text('standard', locale)}:** ${meta.standard[locale]}`,
      `**${text('howToFix', locale)}:** ${meta.howToFix[locale]}`,
    );
    plain.push(
      `${text('why', locale)}: ${meta.explanation[locale]}`,
      `${text('standard', locale)}: ${meta.standard[locale]}`,
      `${text('howToFix', locale)}: ${meta.howToFix[locale]}`,
    );
  }
  markdown.push(`[${text('docs', locale)}](${url})`);
  plain.push(`${text('docs', locale)}: ${url}`);
  return { markdown: markdown.join('\n\n'), plain: plain.join('\n'), offset: finding.offset, end: finding.offset + finding.length };
}

/** The attribution a position belongs to: one of its spans, its quotation, or the sentence it covers. */
function attributionAt(analysis: Analysis, offset: number): { index: number; offset: number; end: number } | undefined {
  const inside = (start: number, length: number): boolean => start <= offset && offset < start + length;
  for (let i = 0; i < analysis.attributions.length; i++) {
    const a = analysis.attributions[i];
    const spans = [a.cue, a.source, a.message].filter((s) => s !== null);
    if (spans.some((s) => inside(s.offset, s.length))) {
      const start = Math.min(...spans.map((s) => s.offset));
      const end = Math.max(...spans.map((s) => s.offset + s.length));
      return { index: i, offset: start, end };
    }
  }
  for (const q of analysis.quotations) {
    if (q.attribution >= 0 && q.open <= offset && q.close >= offset) return { index: q.attribution, offset: q.open, end: q.close + 1 };
  }
  const sentence = analysis.sentences.find((s) => s.offset <= offset && offset < s.end);
  if (sentence && analysis.coveringAttribution[sentence.index] >= 0) {
    return { index: analysis.coveringAttribution[sentence.index], offset: sentence.offset, end: sentence.end };
  }
  return undefined;
}

export function sourceHover(analysis: Analysis, offset: number, locale: Locale): HoverPart | undefined {
  const found = attributionAt(analysis, offset);
  if (!found) return undefined;
  const rootIndex = rootAttribution(analysis.attributions, found.index);
  const root = analysis.attributions[rootIndex];
  const own = analysis.attributions[found.index];
  const who = root.source ? root.source.text.replace(/\s+/g, ' ').trim() : text('noSource', locale);
  const kind = kindLabel(root.sourceKind, locale);
  const lines = [`${text('source', locale)}: ${who} (${kind})`, `${text('cue', locale)}: „${own.cue.text}“`];
  if (rootIndex !== found.index) {
    const line = offsetToPosition(analysis.lineStarts, root.cue.offset).line + 1;
    lines.push(text('continues', locale, { line }));
  }
  return {
    markdown: lines.map((l, i) => (i === 0 ? `**${escapeMarkdown(l)}**` : escapeMarkdown(l))).join('\n\n'),
    plain: lines.join('\n'),
    offset: found.offset,
    end: found.end,
  };
}

export function hoverContent(parts: readonly HoverPart[], markdown: boolean): MarkupContent {
  return markdown
    ? { kind: MarkupKind.Markdown, value: parts.map((p) => p.markdown).join('\n\n---\n\n') }
    : { kind: MarkupKind.PlainText, value: parts.map((p) => p.plain).join('\n\n') };
}
