/**
 * "Mark as checked": the sentence of a finding goes into the `checked` list of the
 * `.quellcheckrc.json` that governs the document, keeping the rest of the file as it is written.
 */
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import type { Analysis, CheckedEntry, TextEdit } from '../engine/index.js';

/** The sentence around a finding, as it stands in the text (what a `checked` entry matches). */
export function checkedText(analysis: Analysis, offset: number, length: number): string {
  const sentence = analysis.sentences.find((s) => s.offset <= offset && offset < s.end);
  const raw = sentence ? analysis.text.slice(sentence.offset, sentence.end) : analysis.text.slice(offset, offset + length);
  return raw.trim();
}

export type CheckedEdit = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

/** The whitespace before `offset` on its line, when nothing else stands there. */
function lineIndent(source: string, offset: number): string {
  const before = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^[ \t]*$/.test(before) ? before : '';
}

const INDENT = '  ';

/**
 * The edits that add `entry` to an existing configuration text: appended to `checked` (which is
 * created after the last setting when missing), one entry per line, everything else untouched.
 * Refused, with the reason, when the text is not a JSON object as the configuration loader reads
 * it (no comments, no trailing commas) or `checked` is not a list.
 */
export function addCheckedEntry(configText: string, entry: CheckedEntry): CheckedEdit {
  const errors: ParseError[] = [];
  const tree = parseTree(configText, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree?.type !== 'object') return { ok: false, reason: 'not a JSON object' };
  const line = JSON.stringify(entry);
  const insert = (offset: number, newText: string): CheckedEdit => ({ ok: true, edits: [{ offset, length: 0, newText }] });
  const checked = findNodeAtLocation(tree, ['checked']);
  if (checked) {
    if (checked.type !== 'array') return { ok: false, reason: '"checked" is not a list' };
    const property = checked.parent ?? checked;
    const itemIndent = lineIndent(configText, property.offset) + INDENT;
    const last = checked.children?.at(-1);
    if (last) return insert(last.offset + last.length, `,\n${lineIndent(configText, last.offset) || itemIndent}${line}`);
    const closing = lineIndent(configText, property.offset);
    return { ok: true, edits: [{ offset: checked.offset, length: checked.length, newText: `[\n${itemIndent}${line}\n${closing}]` }] };
  }
  const lastProperty = tree.children?.at(-1);
  if (!lastProperty) return { ok: true, edits: [{ offset: tree.offset, length: tree.length, newText: newConfigText(entry).trimEnd() }] };
  const indent = lineIndent(configText, lastProperty.offset) || INDENT;
  return insert(lastProperty.offset + lastProperty.length, `,\n${indent}"checked": [\n${indent}${INDENT}${line}\n${indent}]`);
}

/** The text of a new configuration file holding only the entry. */
export function newConfigText(entry: CheckedEntry): string {
  return `{\n${INDENT}"checked": [\n${INDENT}${INDENT}${JSON.stringify(entry)}\n${INDENT}]\n}\n`;
}
