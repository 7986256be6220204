import type { EngineConfig, RuleMeta, SeveritySetting } from './types.js';

export function defaultConfig(): EngineConfig {
  return { locale: 'de', rules: {}, phrases: {}, namedSources: [], spellings: {}, checked: [] };
}

/** The configured severity of a rule: its id first, then its category, then its default. */
export function resolveSeverity(config: EngineConfig, meta: RuleMeta): SeveritySetting {
  return config.rules[meta.id] ?? config.rules[meta.category] ?? meta.defaultSeverity;
}
