/**
 * "Mark as checked": the sentence of a finding goes into the `checked` list of the
 * `.quellcheckrc.json` that governs the document, keeping the rest of the file as it is written.
 */
import { modify, parse, type ParseError } from 'jsonc-parser';
import type { Analysis, CheckedEntry, TextEdit } from '../engine/index.js';

/** The sentence around a finding, as it stands in the text (what a `checked` entry matches). */
export function checkedText(analysis: Analysis, offset: number, length: number): string {
  const sentence = analysis.sentences.find((s) => s.offset <= offset && offset < s.end);
  const raw = sentence ? analysis.text.slice(sentence.offset, sentence.end) : analysis.text.slice(offset, offset + length);
  return raw.trim();
}

const FORMATTING = { insertSpaces: true, tabSize: 2, eol: '\n' };

export type CheckedEdit = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

/**
 * The edits that add `entry` to an existing configuration text (`checked` appended, created when
 * missing), or the reason it cannot be done (the file is not a JSON object, `checked` not a list).
 */
export function addCheckedEntry(configText: string, entry: CheckedEntry): CheckedEdit {
  const errors: ParseError[] = [];
  const parsed: unknown = parse(configText, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const existing = (parsed as { checked?: unknown }).checked;
  if (existing !== undefined && !Array.isArray(existing)) return { ok: false, reason: '"checked" is not a list' };
  const edits =
    existing === undefined
      ? modify(configText, ['checked'], [entry], { formattingOptions: FORMATTING })
      : modify(configText, ['checked', -1], entry, { formattingOptions: FORMATTING, isArrayInsertion: true });
  return { ok: true, edits: edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.content })) };
}

/** The text of a new configuration file holding only the entry. */
export function newConfigText(entry: CheckedEntry): string {
  return `${JSON.stringify({ checked: [entry] }, null, 2)}\n`;
}
