/**
 * The editor settings of the language server, section "quellcheck". Declared and typed here once;
 * the extension's `contributes.configuration` mirrors these names (quellcheck.enable,
 * quellcheck.locale, quellcheck.rules, quellcheck.run, quellcheck.debounceMs). `trace.server` is
 * the client's business.
 */
import type { Locale, SeveritySetting } from '../engine/index.js';

export const SETTINGS_SECTION = 'quellcheck';

export interface QuellcheckSettings {
  /** Lint documents at all. */
  enable: boolean;
  /** Language of messages, hovers and code actions; 'auto' takes `locale` from .quellcheckrc.json. */
  locale: Locale | 'auto';
  /** Severity overrides by rule id or category, applied over .quellcheckrc.json. */
  rules: Record<string, SeveritySetting>;
  /** Lint while typing, or only when a document is opened or saved. */
  run: 'onType' | 'onSave';
  /** Quiet time after the last change before a document is linted. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Readonly<QuellcheckSettings> = Object.freeze({
  enable: true,
  locale: 'auto',
  rules: {},
  run: 'onType',
  debounceMs: 200,
});

const SEVERITY_SETTINGS: ReadonlySet<string> = new Set<SeveritySetting>(['error', 'warning', 'information', 'hint', 'off']);
const MAX_DEBOUNCE_MS = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Settings as the client sent them (any shape: an editor may send nothing, nulls or typos) turned
 * into complete settings; what is missing or malformed takes its default.
 */
export function normalizeSettings(raw: unknown): QuellcheckSettings {
  const given = isRecord(raw) ? raw : {};
  const rules: Record<string, SeveritySetting> = {};
  if (isRecord(given.rules)) {
    for (const [key, value] of Object.entries(given.rules)) {
      if (typeof value === 'string' && SEVERITY_SETTINGS.has(value)) rules[key] = value as SeveritySetting;
    }
  }
  const debounce = given.debounceMs;
  return {
    enable: typeof given.enable === 'boolean' ? given.enable : DEFAULT_SETTINGS.enable,
    locale: given.locale === 'de' || given.locale === 'en' || given.locale === 'auto' ? given.locale : DEFAULT_SETTINGS.locale,
    rules,
    run: given.run === 'onSave' || given.run === 'onType' ? given.run : DEFAULT_SETTINGS.run,
    debounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce)
        ? Math.min(Math.max(Math.round(debounce), 0), MAX_DEBOUNCE_MS)
        : DEFAULT_SETTINGS.debounceMs,
  };
}
