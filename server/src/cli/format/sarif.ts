/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub's upload-sarif action).
 * Columns count UTF-16 code units, as the engine's offsets do, and the run says so. Safe fixes go
 * along as SARIF fixes.
 */
import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity } from '../../engine/types.js';
import type { FileReport, Range, ReportedFinding } from '../report.js';
import type { FormatContext } from './context.js';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export const SRCROOT = '%SRCROOT%';

/** A report path (relative, forward slashes) as a relative URI reference. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: RuleMeta, context: FormatContext): object {
  const locale = context.locale;
  return {
    id: rule.id,
    shortDescription: { text: rule.message[locale].replace(/\{[a-z]+\}/g, '…') },
    fullDescription: { text: `${rule.explanation[locale]} ${rule.standard[locale]}` },
    help: { text: rule.howToFix[locale] },
    helpUri: context.docsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { category: rule.category, tags: [rule.category] },
  };
}

function region({ start, end }: Range): object {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/**
 * The finding's safe fixes as SARIF fixes (what `--fix` would apply). Fixes with placeholders
 * ("[Quelle]") are suggestions for a person, not changes a tool may make, and are left out.
 */
function fixes(finding: ReportedFinding, artifactLocation: object): object[] {
  return finding.fixes.flatMap((fix, i) =>
    fix.safe
      ? [
          {
            description: { text: fix.title },
            artifactChanges: [
              {
                artifactLocation,
                replacements: fix.edits.map((edit, j) => ({ deletedRegion: region(finding.editRanges[i]![j]!), insertedContent: { text: edit.newText } })),
              },
            ],
          },
        ]
      : [],
  );
}

export function toSarif(reports: readonly FileReport[], context: FormatContext): object {
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const results = reports.flatMap((report) => {
    const artifactLocation = { uri: pathToUri(report.path), uriBaseId: SRCROOT };
    return report.findings.map((finding) => {
      const safeFixes = fixes(finding, artifactLocation);
      return {
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(finding.range) } }],
        ...(safeFixes.length > 0 ? { fixes: safeFixes } : {}),
      };
    });
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Quellcheck',
            version: context.toolVersion,
            informationUri: 'https://github.com/quellcheck/quellcheck',
            rules: context.rules.map((rule) => ruleDescriptor(rule, context)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/$/, '')}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], context: FormatContext): string {
  return `${JSON.stringify(toSarif(reports, context), null, 2)}\n`;
}
