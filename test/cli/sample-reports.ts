/** Hand-made lint reports and rule metadata for the formatter tests (no engine needed). */
import type { RuleMeta } from '../../server/src/engine/types.js';
import type { FormatContext } from '../../server/src/cli/format/context.js';
import type { FileReport } from '../../server/src/cli/report.js';

function rule(id: string, category: RuleMeta['category'], defaultSeverity: RuleMeta['defaultSeverity'], message: string): RuleMeta {
  return {
    id,
    category,
    defaultSeverity,
    message: { de: message, en: message },
    explanation: { de: `Erklärung zu ${id}.`, en: `About ${id}.` },
    standard: { de: 'Pressekodex Ziffer 2.', en: 'German Press Code, section 2.' },
    howToFix: { de: 'Quelle nennen.', en: 'Name the source.' },
  };
}

export const RULES: RuleMeta[] = [
  rule('anonymous-source/quellen-zufolge', 'anonymous-source', 'error', 'Anonyme Quelle: „{phrase}“'),
  rule('typography/quotes', 'typography', 'warning', 'Gerade Anführungszeichen'),
  rule('boilerplate/debris', 'boilerplate', 'hint', 'Webseitenrest'),
];

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    rules: RULES,
    locale: 'de',
    color: false,
    docsUrl: (id) => `https://example.org/rules#${id.replace('/', '-')}`,
    toolVersion: '9.8.7',
    cwd: '/work/project',
    ...overrides,
  };
}

export function reports(): FileReport[] {
  return [
    {
      path: 'seeds/a.txt',
      fixesApplied: 0,
      findings: [
        {
          rule: 'anonymous-source/quellen-zufolge',
          category: 'anonymous-source',
          severity: 'error',
          message: 'Anonyme Quelle: „Quellen zufolge“',
          offset: 5,
          length: 15,
          range: { start: { line: 0, character: 5 }, end: { line: 0, character: 20 } },
          fixes: [{ title: 'Quelle nennen', safe: false, edits: [{ offset: 5, length: 15, newText: 'laut [Quelle]' }] }],
          editRanges: [[{ start: { line: 0, character: 5 }, end: { line: 0, character: 20 } }]],
          related: [{ offset: 0, length: 4, message: 'hier' }],
        },
        {
          rule: 'typography/quotes',
          category: 'typography',
          severity: 'warning',
          message: 'Gerade Anführungszeichen',
          offset: 130,
          length: 7,
          range: { start: { line: 11, character: 2 }, end: { line: 11, character: 9 } },
          fixes: [{ title: '„…“ setzen', safe: true, edits: [{ offset: 130, length: 1, newText: '„' }, { offset: 136, length: 1, newText: '“' }] }],
          editRanges: [
            [
              { start: { line: 11, character: 2 }, end: { line: 11, character: 3 } },
              { start: { line: 11, character: 8 }, end: { line: 11, character: 9 } },
            ],
          ],
          related: [],
        },
      ],
      attributions: [
        {
          cue: { offset: 40, length: 5, text: 'sagte' },
          source: { offset: 46, length: 6, text: 'Peskow' },
          sourceKind: 'named',
          message: { offset: 53, length: 10, text: 'es sei gut' },
          continues: 0,
        },
        { cue: { offset: 5, length: 15, text: 'Quellen zufolge' }, source: null, sourceKind: 'anonymous', message: null },
      ],
    },
    { path: 'seeds/clean.md', fixesApplied: 0, findings: [], attributions: [] },
    {
      path: 'odd dir/b,c:100%.md',
      fixesApplied: 2,
      findings: [
        {
          rule: 'boilerplate/debris',
          category: 'boilerplate',
          severity: 'hint',
          message: 'Rest: 100%,\nzweite Zeile',
          offset: 0,
          length: 10,
          range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
          fixes: [],
          editRanges: [],
          related: [],
        },
      ],
      attributions: [],
    },
  ];
}
