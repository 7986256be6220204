import type { Locale, RuleMeta } from '../../engine/types.js';
import type { FileReport } from '../report.js';

export interface FormatContext {
  rules: readonly RuleMeta[];
  /** Language of the tool's own words (severity names, summary); findings carry their message. */
  locale: Locale;
  color: boolean;
  docsUrl(ruleId: string): string;
  toolVersion: string;
  /** Absolute working directory; report paths are relative to it. */
  cwd: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
