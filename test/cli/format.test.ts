import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/format/github.js';
import { formatJson } from '../../server/src/cli/format/json.js';
import { formatSarif } from '../../server/src/cli/format/sarif.js';
import { formatText, summaryLine } from '../../server/src/cli/format/text.js';
import { context, reports } from './sample-reports.js';
import { sarifErrors } from './sarif-schema.js';

describe('text format', () => {
  it('groups by file, aligns columns and ends with a German summary', () => {
    assert.equal(
      formatText(reports(), context()),
      [
        'seeds/a.txt',
        '   1:6  Fehler   Anonyme Quelle: „Quellen zufolge“  anonymous-source/quellen-zufolge',
        '  12:3  Warnung  Gerade Anführungszeichen           typography/quotes',
        '',
        'odd dir/b,c:100%.md',
        '  1:1  Hinweis  Rest: 100%, zweite Zeile  boilerplate/debris',
        '',
        '✖ 3 Befunde (1 Fehler, 1 Warnung, 1 Hinweis) in 2 von 3 Dateien',
        '2 Korrekturen angewendet in 1 Datei',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with locale en', () => {
    const text = formatText(reports(), context({ locale: 'en' }));
    assert.match(text, /^ {3}1:6 {2}error {4}Anonyme Quelle/m);
    assert.match(text, /^✖ 3 findings \(1 error, 1 warning, 1 note\) in 2 of 3 files$/m);
    assert.match(text, /^2 fixes applied in 1 file$/m);
  });

  it('says when there is nothing to report', () => {
    const clean = [reports()[1]];
    assert.equal(summaryLine(clean, 'de'), '✔ Keine Befunde in 1 Datei');
    assert.equal(summaryLine(clean, 'en'), '✔ No findings in 1 file');
    assert.equal(formatText(clean, context()), '✔ Keine Befunde in 1 Datei\n');
  });

  it('colours only when asked to', () => {
    assert.doesNotMatch(formatText(reports(), context()), /\x1b\[/);
    const coloured = formatText(reports(), context({ color: true }));
    assert.match(coloured, /\x1b\[31mFehler\x1b\[0m {3}Anonyme/);
    assert.match(coloured, /\x1b\[33mWarnung\x1b\[0m/);
  });
});

describe('json format', () => {
  it('has exactly the contract shape', () => {
    const output = JSON.parse(formatJson(reports()));
    assert.deepEqual(output.files[0], {
      path: 'seeds/a.txt',
      findings: [
        {
          rule: 'anonymous-source/quellen-zufolge',
          category: 'anonymous-source',
          severity: 'error',
          message: 'Anonyme Quelle: „Quellen zufolge“',
          offset: 5,
          length: 15,
          range: { start: { line: 0, character: 5 }, end: { line: 0, character: 20 } },
          fixes: [{ title: 'Quelle nennen', edits: [{ offset: 5, length: 15, newText: 'laut [Quelle]' }] }],
        },
        {
          rule: 'typography/quotes',
          category: 'typography',
          severity: 'warning',
          message: 'Gerade Anführungszeichen',
          offset: 130,
          length: 7,
          range: { start: { line: 11, character: 2 }, end: { line: 11, character: 9 } },
          fixes: [
            {
              title: '„…“ setzen',
              edits: [
                { offset: 130, length: 1, newText: '„' },
                { offset: 136, length: 1, newText: '“' },
              ],
            },
          ],
        },
      ],
      attributions: [
        {
          cue: { offset: 40, length: 5, text: 'sagte' },
          source: { offset: 46, length: 6, text: 'Peskow' },
          sourceKind: 'named',
          message: { offset: 53, length: 10, text: 'es sei gut' },
        },
        { cue: { offset: 5, length: 15, text: 'Quellen zufolge' }, source: null, sourceKind: 'anonymous', message: null },
      ],
    });
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((f: { path: string }) => f.path),
      ['seeds/a.txt', 'seeds/clean.md', 'odd dir/b,c:100%.md'],
    );
  });
});

describe('sarif format', () => {
  it('is valid SARIF 2.1.0', () => {
    assert.deepEqual(sarifErrors(JSON.parse(formatSarif(reports(), context()))), []);
  });

  it('carries safe fixes as SARIF fixes and leaves placeholder suggestions out', () => {
    const results = JSON.parse(formatSarif(reports(), context())).runs[0].results;
    assert.equal(results[0].fixes, undefined, 'the unsafe "laut [Quelle]" suggestion is no SARIF fix');
    assert.deepEqual(results[1].fixes, [
      {
        description: { text: '„…“ setzen' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'seeds/a.txt', uriBaseId: '%SRCROOT%' },
            replacements: [
              { deletedRegion: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 4 }, insertedContent: { text: '„' } },
              { deletedRegion: { startLine: 12, startColumn: 9, endLine: 12, endColumn: 10 }, insertedContent: { text: '“' } },
            ],
          },
        ],
      },
    ]);
  });

  it('the schema check itself rejects broken SARIF', () => {
    const sarif = JSON.parse(formatSarif(reports(), context()));
    sarif.runs[0].results[0].level = 'fatal';
    delete sarif.runs[0].tool.driver.name;
    assert.equal(sarifErrors(sarif).length >= 2, true);
  });

  it('describes every rule and locates results in UTF-16 columns, 1-based', () => {
    const run = JSON.parse(formatSarif(reports(), context())).runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'Quellcheck');
    assert.equal(run.tool.driver.version, '9.8.7');
    assert.deepEqual(run.tool.driver.rules[0], {
      id: 'anonymous-source/quellen-zufolge',
      shortDescription: { text: 'Anonyme Quelle: „…“' },
      fullDescription: { text: 'Erklärung zu anonymous-source/quellen-zufolge. Pressekodex Ziffer 2.' },
      help: { text: 'Quelle nennen.' },
      helpUri: 'https://example.org/rules#anonymous-source-quellen-zufolge',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'anonymous-source', tags: ['anonymous-source'] },
    });
    assert.equal(run.tool.driver.rules[2].defaultConfiguration.level, 'note');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/project/' } });
    assert.deepEqual(
      run.results.map((r: { ruleId: string; ruleIndex: number; level: string }) => [r.ruleId, r.ruleIndex, r.level]),
      [
        ['anonymous-source/quellen-zufolge', 0, 'error'],
        ['typography/quotes', 1, 'warning'],
        ['boilerplate/debris', 2, 'note'],
      ],
    );
    assert.deepEqual(run.results[1].locations[0].physicalLocation, {
      artifactLocation: { uri: 'seeds/a.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 10 },
    });
    assert.equal(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'odd%20dir/b%2Cc%3A100%25.md');
  });
});

describe('github format', () => {
  it('writes one workflow command per finding, escaped', () => {
    assert.equal(
      formatGithub(reports()),
      [
        '::error file=seeds/a.txt,line=1,col=6,endLine=1,endColumn=21,title=anonymous-source/quellen-zufolge::Anonyme Quelle: „Quellen zufolge“',
        '::warning file=seeds/a.txt,line=12,col=3,endLine=12,endColumn=10,title=typography/quotes::Gerade Anführungszeichen',
        '::notice file=odd dir/b%2Cc%3A100%25.md,line=1,col=1,endLine=2,endColumn=1,title=boilerplate/debris::Rest: 100%25,%0Azweite Zeile',
        '',
      ].join('\n'),
    );
  });

  it('escapes as the Actions runner un-escapes', () => {
    assert.equal(escapeData('a%b\r\nc:d,e'), 'a%25b%0D%0Ac:d,e');
    assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
    assert.equal(formatGithub([reports()[1]]), '');
  });
});
