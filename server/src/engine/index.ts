/**
 * The Quellcheck engine: text in, findings and attributions out. No editor, no file system.
 */
import { analyze } from './analysis/analyze.js';
import type { Analysis } from './analysis/model.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { allRules } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { isSuppressed } from './suppression.js';
import { defaultConfig, resolveSeverity } from './config.js';
import type { EngineConfig, Finding, LintOptions, LintResult, Locale, RuleMeta, Severity } from './types.js';

export * from './types.js';
export { applyFixes, type FixOutcome } from './fixer.js';
export { offsetToPosition, lineStartsOf } from './positions.js';
export { defaultConfig, validateConfig, mergeConfig, type ConfigFile, type ConfigProblem } from './config.js';
export type { Analysis } from './analysis/model.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Documentation of a rule: its section in the README (anchor = rule id without the slash). */
export function ruleDocsUrl(ruleId: string): string {
  return `https://github.com/quellcheck/quellcheck/blob/main/README.md#${ruleId.replace('/', '-')}`;
}

export function fillMessage(template: string, data: Record<string, string> | undefined): string {
  if (!data || !template.includes('{')) return template;
  return template.replace(/\{([a-z]+)\}/g, (whole, key: string) => data[key] ?? whole);
}

export interface Engine {
  readonly rules: readonly RuleMeta[];
  lint(text: string, options?: LintOptions): LintResult;
  /** The shared analysis (sentences, tokens, quotations, attributions), for the editor's outline. */
  analyze(text: string, options?: LintOptions): Analysis;
  /** The message of a rule in the given language, placeholders filled. */
  message(ruleId: string, locale: Locale, data?: Record<string, string>): string;
}

export function createEngine(lexiconData: string): Engine {
  const lexicon: Lexicon = createLexicon(lexiconData);
  const byId = new Map<string, Rule>(allRules.map((r) => [r.meta.id, r]));

  function runAnalysis(text: string, options: LintOptions): Analysis {
    const config: EngineConfig = { ...defaultConfig(), ...options.config };
    return analyze(text, options.format ?? 'plaintext', config, lexicon);
  }

  return {
    rules: allRules.map((r) => r.meta),
    analyze: (text, options = {}) => runAnalysis(text, options),
    message(ruleId, locale, data) {
      const rule = byId.get(ruleId);
      return rule ? fillMessage(rule.meta.message[locale], data) : ruleId;
    },
    lint(text, options = {}) {
      const analysis = runAnalysis(text, options);
      const { config } = analysis;
      const findings: Finding[] = [];
      for (const rule of allRules) {
        const configured = resolveSeverity(config, rule.meta);
        if (configured === 'off') continue;
        rule.check(analysis, (report) => {
          if (isSuppressed(analysis, rule.meta, report.offset, report.length)) return;
          const lowered = report.severity && SEVERITY_RANK[report.severity] > SEVERITY_RANK[rule.meta.defaultSeverity];
          const severity = configured === rule.meta.defaultSeverity && lowered ? report.severity! : configured;
          findings.push({
            rule: rule.meta.id,
            category: rule.meta.category,
            severity,
            message: fillMessage(rule.meta.message[config.locale], report.data),
            offset: report.offset,
            length: report.length,
            fixes: report.fixes ?? [],
            related: report.related ?? [],
          });
        });
      }
      findings.sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
      return { findings, attributions: analysis.attributions };
    },
  };
}
