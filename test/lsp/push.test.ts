/**
 * The server with a client that cannot pull diagnostics (Neovim 0.7 and many others): pushed
 * diagnostics, code actions, hover, the source outline, settings changes and superseded versions.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  HoverRequest,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, ruleDocsUrl, type Fix } from '../../server/src/engine/index.js';
import type { FindingData } from '../../server/src/lsp/protocol.js';
import { ANONYMOUS_SENTENCE, SEED_002, diagnosticOf, workspace } from './fixtures.js';
import { applyLspEdits, capabilitiesFor, engine, startSession } from './harness.js';

const SEVERITIES = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

function dataOf(diagnostic: Diagnostic): FindingData {
  return diagnostic.data as FindingData;
}

async function openSeed(t: TestContext, settings: Record<string, unknown> = {}) {
  const folder = workspace(t, {});
  const uri = folder.uri('002.txt');
  const session = await startSession({ settings });
  t.after(() => session.dispose());
  await session.open(uri, SEED_002);
  const published = await session.diagnostics(uri);
  return { session, uri, published };
}

test('seed 002: every finding of the engine is pushed as a diagnostic with source, code, docs link, severity and fixes', async (t) => {
  const { uri, published } = await openSeed(t);
  const findings = engine().lint(SEED_002, { format: 'plaintext' }).findings;
  assert.equal(published.version, 1);
  assert.ok(published.diagnostics.length >= 15, `only ${published.diagnostics.length} diagnostics`);
  assert.equal(published.diagnostics.length, findings.length);
  published.diagnostics.forEach((diagnostic, i) => {
    const finding = findings[i];
    assert.deepEqual({ ...diagnostic, severity: undefined, data: undefined, relatedInformation: undefined }, {
      ...diagnosticOf(finding, SEED_002),
      severity: undefined,
      data: undefined,
      relatedInformation: undefined,
    });
    assert.equal(diagnostic.severity, SEVERITIES[finding.severity]);
    assert.deepEqual(dataOf(diagnostic), { rule: finding.rule, version: 1, fixes: finding.fixes });
    assert.equal(diagnostic.relatedInformation?.length ?? 0, finding.related.length);
    for (const related of diagnostic.relatedInformation ?? []) assert.equal(related.location.uri, uri);
  });
});

test('a quick fix is the finding’s own fix, preferred when safe, and changes the text as applyFixes does', async (t) => {
  const { session, uri, published } = await openSeed(t);
  const withSafeFix = published.diagnostics.find((d) => dataOf(d).fixes.some((f) => f.safe));
  assert.ok(withSafeFix, 'seed 002 has a finding with a safe fix');
  const fix = dataOf(withSafeFix).fixes.find((f) => f.safe) as Fix;
  const actions = (await session.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: withSafeFix.range,
    context: { diagnostics: [withSafeFix] },
  })) as CodeAction[];
  const action = actions.find((a) => a.title === fix.title);
  assert.ok(action?.edit?.changes, `no action "${fix.title}" among ${actions.map((a) => a.title).join(', ')}`);
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.isPreferred, true);
  assert.equal(applyLspEdits(SEED_002, action.edit.changes[uri]), applyFixes(SEED_002, [fix]).output);
  // Plaintext has no comment directives: no "disable for this line/file" actions.
  assert.ok(!actions.some((a) => a.title.includes('abschalten')));
});

test('"Quelle als geprüft markieren…" is offered for an anonymous source, with the finding as argument', async (t) => {
  const { session, uri, published } = await openSeed(t);
  const anonymous = published.diagnostics.find((d) => String(d.code).startsWith('anonymous-source/'));
  assert.ok(anonymous, 'seed 002 has an anonymous source');
  const actions = (await session.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: anonymous.range,
    context: { diagnostics: [anonymous] },
  })) as CodeAction[];
  const mark = actions.find((a) => a.command?.command === 'quellcheck.markChecked');
  assert.equal(mark?.title, `Quelle als geprüft markieren (${anonymous.code})…`);
  const document = TextDocument.create(uri, 'plaintext', 1, SEED_002);
  const offset = document.offsetAt(anonymous.range.start);
  assert.deepEqual(mark?.command?.arguments, [
    { uri, offset, length: document.offsetAt(anonymous.range.end) - offset, rule: anonymous.code },
  ]);
});

test('source.fixAll.quellcheck applies every safe fix at once', async (t) => {
  const { session, uri } = await openSeed(t);
  const actions = (await session.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.quellcheck'] },
  })) as CodeAction[];
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.quellcheck');
  const safe = engine()
    .lint(SEED_002)
    .findings.flatMap((f) => f.fixes.filter((fix) => fix.safe));
  assert.ok(safe.length > 0);
  assert.equal(applyLspEdits(SEED_002, actions[0].edit?.changes?.[uri] ?? []), applyFixes(SEED_002, safe).output);
  const quickFixesOnly = (await session.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['quickfix'] },
  })) as CodeAction[];
  assert.ok(!quickFixesOnly.some((a) => a.kind === 'source.fixAll.quellcheck'));
});

test('hover on a finding explains it: what is wrong, the standard, how to fix it, and the docs link', async (t) => {
  const { session, uri, published } = await openSeed(t);
  const diagnostic = published.diagnostics[0];
  const meta = engine().rules.find((r) => r.id === diagnostic.code);
  assert.ok(meta);
  const hover = await session.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostic.range.start });
  const content = hover?.contents as MarkupContent;
  assert.equal(content.kind, 'markdown');
  for (const part of [meta.explanation.de, meta.standard.de, meta.howToFix.de, ruleDocsUrl(meta.id)]) {
    assert.ok(content.value.includes(part), `hover lacks ${part}:\n${content.value}`);
  }
  assert.deepEqual(hover?.range, diagnostic.range);
});

test('hover on a reported statement names its source as the engine resolved it', async (t) => {
  const { session, uri } = await openSeed(t);
  const analysis = engine().analyze(SEED_002);
  const named = analysis.attributions.find((a) => a.sourceKind === 'named' && a.source && a.message);
  assert.ok(named?.message && named.source, 'seed 002 has a statement with a named source');
  const document = TextDocument.create(uri, 'plaintext', 1, SEED_002);
  const hover = await session.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: document.positionAt(named.message.offset) });
  const value = (hover?.contents as MarkupContent).value;
  assert.ok(value.includes(`Quelle: ${named.source.text.replace(/\s+/g, ' ').trim()} (benannt)`), value);
});

test('document symbols: the source outline groups every statement under its source', async (t) => {
  const { session, uri } = await openSeed(t);
  const { attributions } = engine().lint(SEED_002);
  assert.ok(attributions.length > 0);
  const symbols = (await session.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const statements = symbols.flatMap((s) => s.children ?? []);
  assert.equal(statements.length, attributions.length);
  const kinds = new Set(symbols.map((s) => s.kind));
  assert.ok(kinds.has(SymbolKind.Interface), 'seed 002 has anonymous sources');
  const contains = (outer: DocumentSymbol['range'], inner: DocumentSymbol['range']) =>
    (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
    (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
  for (const source of symbols) {
    assert.ok(contains(source.range, source.selectionRange));
    for (const child of source.children ?? []) {
      assert.ok(contains(source.range, child.range), `${child.name} outside ${source.name}`);
      assert.ok(child.name.length <= 60);
    }
  }
  const anonymousStatements = symbols.filter((s) => s.kind === SymbolKind.Interface).flatMap((s) => s.children ?? []).length;
  assert.ok(anonymousStatements >= 5, `${anonymousStatements} statements rest on anonymous sources`);
});

test('a settings change re-validates: a rule switched off disappears, the locale switches the messages', async (t) => {
  const { session, uri, published } = await openSeed(t);
  const counts = new Map<string, number>();
  for (const d of published.diagnostics) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
  const [rule] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const before = session.published.length;
  await session.changeSettings({ rules: { [rule]: 'off' } });
  const after = await session.diagnostics(uri, () => true, before);
  assert.equal(after.diagnostics.length, published.diagnostics.length - (counts.get(rule) ?? 0));
  assert.ok(!after.diagnostics.some((d) => d.code === rule));

  const beforeLocale = session.published.length;
  await session.changeSettings({ locale: 'en' });
  const english = await session.diagnostics(uri, () => true, beforeLocale);
  const expected = engine().lint(SEED_002, { config: { locale: 'en' } }).findings;
  assert.deepEqual(
    english.diagnostics.map((d) => d.message),
    expected.map((f) => f.message),
  );
});

test('a newer version supersedes an older one: only the latest is published, computed incrementally', async (t) => {
  const { session, uri } = await openSeed(t);
  const before = session.published.length;
  const local = TextDocument.create(uri, 'plaintext', 1, SEED_002);
  const first = [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `${ANONYMOUS_SENTENCE}\n` }];
  const second = [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }];
  TextDocument.update(local, first, 2);
  await session.change(uri, first);
  TextDocument.update(local, second, 3);
  const latest = await session.change(uri, second);
  const published = await session.diagnostics(uri, (p) => p.version === latest, before);
  assert.ok(!session.published.slice(before).some((p) => p.uri === uri && p.version === 2), 'the superseded version 2 was published');
  const findings = engine().lint(local.getText()).findings;
  assert.deepEqual(
    published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
    findings.map((f) => [f.rule, local.positionAt(f.offset).line, local.positionAt(f.offset).character]),
  );
  assert.ok(published.diagnostics.some((d) => d.range.start.line === 1 && String(d.code).startsWith('anonymous-source/')));
});

test('quellcheck.enable false clears the diagnostics', async (t) => {
  const { session, uri } = await openSeed(t);
  const before = session.published.length;
  await session.changeSettings({ enable: false });
  const cleared = await session.diagnostics(uri, () => true, before);
  assert.deepEqual(cleared.diagnostics, []);
});

test('a client without workspace/configuration: the settings sent with didChangeConfiguration apply', async (t) => {
  const folder = workspace(t, {});
  const uri = folder.uri('002.txt');
  const capabilities = capabilitiesFor(false);
  delete capabilities.workspace?.configuration;
  const session = await startSession({ capabilities });
  t.after(() => session.dispose());
  await session.open(uri, SEED_002);
  const published = await session.diagnostics(uri);
  assert.ok(published.diagnostics.some((d) => String(d.code).startsWith('anonymous-source/')));
  const before = session.published.length;
  await session.changeSettings({ rules: { 'anonymous-source': 'off' } });
  const after = await session.diagnostics(uri, () => true, before);
  assert.ok(after.diagnostics.length > 0);
  assert.ok(!after.diagnostics.some((d) => String(d.code).startsWith('anonymous-source/')));
  assert.equal(session.configurationRequests, 0);
});
