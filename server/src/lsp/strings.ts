/** The language server's own texts (code action titles, hover headings, messages) in both locales. */
import type { Locale, SourceKind } from '../engine/index.js';

const TEXTS = {
  markChecked: { de: 'Quelle als geprüft markieren ({rule})…', en: 'Mark source as checked ({rule})…' },
  markSentenceChecked: { de: 'Satz als geprüft markieren ({rule})…', en: 'Mark sentence as checked ({rule})…' },
  disableLine: { de: '{rule} für diese Zeile abschalten', en: 'Disable {rule} for this line' },
  disableFile: { de: '{rule} für diese Datei abschalten', en: 'Disable {rule} for this file' },
  reasonPlaceholder: { de: 'Grund: …', en: 'reason: …' },
  fixAll: { de: 'Alle sicheren Korrekturen anwenden', en: 'Apply all safe fixes' },
  why: { de: 'Warum es zählt', en: 'Why it matters' },
  standard: { de: 'Maßstab', en: 'Standard' },
  howToFix: { de: 'So beheben', en: 'How to fix' },
  docs: { de: 'Dokumentation', en: 'Documentation' },
  source: { de: 'Quelle', en: 'Source' },
  noSource: { de: 'keine genannt', en: 'none given' },
  cue: { de: 'Redeeinleitung', en: 'Attribution cue' },
  continues: { de: 'fortgeführt aus Zeile {line}', en: 'carried forward from line {line}' },
  statements: { de: '{count} Aussagen', en: '{count} statements' },
  statement: { de: '1 Aussage', en: '1 statement' },
  outlineNoSource: { de: 'ohne Quelle', en: 'without source' },
  reasonMissing: {
    de: 'Quellcheck: Zum Markieren als geprüft fehlt ein Grund.',
    en: 'Quellcheck: marking as checked needs a reason.',
  },
  checkedWritten: { de: 'Quellcheck: als geprüft eingetragen in {file}', en: 'Quellcheck: marked as checked in {file}' },
  checkedFailed: { de: 'Quellcheck: {file} konnte nicht geändert werden: {reason}', en: 'Quellcheck: could not change {file}: {reason}' },
  invalidConfig: {
    de: 'Quellcheck: {file} ist ungültig ({problem}); es gelten die Voreinstellungen.',
    en: 'Quellcheck: {file} is invalid ({problem}); using the defaults.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type TextKey = keyof typeof TEXTS;

export function text(key: TextKey, locale: Locale, data: Record<string, string | number> = {}): string {
  return TEXTS[key][locale].replace(/\{([a-z]+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

const KIND_LABELS: Record<SourceKind, Record<Locale, string>> = {
  named: { de: 'benannt', en: 'named' },
  anonymous: { de: 'anonym', en: 'anonymous' },
  vague: { de: 'vage', en: 'vague' },
  none: { de: 'ohne Quelle', en: 'no source' },
};

export function kindLabel(kind: SourceKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}
