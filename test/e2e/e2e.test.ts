// End-to-end test in a real VS Code: code-server (VS Code 1.100.3) with the packaged .vsix installed
// into a fresh profile, driven through Debian's chromium by playwright-core. Opens seed 002 and checks
// what a user sees: problems, a hover from the server, a quick fix that changes the file, the source
// outline. Screenshots for the README go to test/e2e/screenshots/.
//   npm run test:e2e       (installs code-server into $QUELLCHECK_E2E_CACHE or ~/.cache/quellcheck-e2e once)
//   QUELLCHECK_E2E_KEEP=1  keeps the temporary profile and workspace for inspection
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const CACHE = process.env.QUELLCHECK_E2E_CACHE ?? join(homedir(), '.cache', 'quellcheck-e2e');
const CODE_SERVER = join(CACHE, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.QUELLCHECK_E2E_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
const SEED = '002_89a789b5965c4451.txt';
/** A file of the extension's article language, with what its grammar highlights. */
const ARTICLE = 'beispiel.artikel.txt';
const ARTICLE_TEXT = [
  'Kreml: Gespräche mit Washington „im Nichts“ geendet',
  'MOSKAU (dpa) – Die Kontakte mit den USA sind gescheitert. „Die Amerikaner wollten nicht“, sagte ein Beamter, der anonym bleiben wollte.',
  'Kremlsprecher Dmitri Peskow teilte am Montag mit, man sei »weiter gesprächsbereit«.',
  'Laut Regierungskreisen soll es im Frühjahr neue Gespräche geben. Dies berichtete die Agentur Interfax unter Berufung auf Diplomaten.',
  '',
].join('\n');
const MIN_PROBLEMS = 15;
/** Deadline for anything the editor has to show; generous for a 2-core CI machine. */
const UI_TIMEOUT_MS = 60_000;
/** How long one Ctrl+. may take to open the code action menu before it is pressed again. */
const CODE_ACTION_MENU_TIMEOUT_MS = 10_000;

interface Edit {
  offset: number;
  length: number;
  newText: string;
}
interface CliFinding {
  rule: string;
  category: string;
  severity: string;
  offset: number;
  length: number;
  range: { start: { line: number; character: number } };
  fixes: { title: string; edits: Edit[] }[];
}
interface CliAttribution {
  source: { text: string } | null;
  sourceKind: string;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  assert.equal(result.status, 0, `${what} failed (exit ${result.status})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when the process prints a line matching `pattern`; fails on exit or after the deadline. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => finish(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) finish();
    };
    const onExit = (code: number | null) => finish(new Error(`exited with ${code} before ${pattern}; output:\n${seen}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
  });
}

/** Checks `condition` until it holds or the deadline passes (files the editor writes, counts it shows). */
async function until<T>(what: string, condition: () => T | undefined | Promise<T | undefined>, timeoutMs = UI_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  }
  return result;
}

describe('Quellcheck in a real VS Code (code-server)', { timeout: 20 * 60_000 }, () => {
  const temp = mkdtempSync(join(tmpdir(), 'quellcheck-e2e-'));
  const userData = join(temp, 'user-data');
  const extensionsDir = join(temp, 'extensions');
  const workspace = join(temp, 'seeds');
  const seedPath = join(workspace, SEED);
  let codeServer: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl = '';
  /** Problems VS Code must list for seed 002: the engine's findings without hints (the panel leaves those out). */
  let expectedProblems = 0;
  let findings: CliFinding[] = [];
  /** The line the quick fix changed; findings above it keep their positions. */
  let fixedLine = Number.POSITIVE_INFINITY;
  let attributions: CliAttribution[] = [];

  async function screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }

  /** A test step that leaves a screenshot of the editor behind when it fails (ignored by git). */
  function step(name: string, body: () => Promise<void>): void {
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        mkdirSync(join(SCREENSHOTS, 'tmp'), { recursive: true });
        await page?.screenshot({ path: join(SCREENSHOTS, 'tmp', `failure-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        throw error;
      }
    });
  }

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Enter');
  }

  async function goToPosition(line: number, character: number): Promise<void> {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: UI_TIMEOUT_MS });
    await input.fill(`:${line + 1}:${character + 1}`);
    await page.keyboard.press('Enter');
    await page
      .locator('#status\\.editor\\.selection', { hasText: `Ln ${line + 1}, Col ${character + 1}` })
      .waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /** The output channel "Quellcheck" as VS Code logs it to disk. */
  function outputChannelLog(): string {
    return filesBelow(join(userData, 'logs'))
      .filter((file) => file.endsWith(join('quellcheck.quellcheck', 'Quellcheck.log')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
  }

  /** The process id of the language server the installed extension started (found by its path). */
  function serverPid(): number | undefined {
    const bundle = join(extensionsDir, 'quellcheck.quellcheck-');
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let commandLine: string;
      try {
        commandLine = readFileSync(join('/proc', entry, 'cmdline'), 'utf8');
      } catch {
        continue; // the process ended meanwhile
      }
      if (commandLine.includes(bundle) && commandLine.includes(join('server', 'dist', 'server.js'))) return Number(entry);
    }
    return undefined;
  }

  /** A browser tab with VS Code on `folder`. */
  async function openWorkbench(folder: string): Promise<Page> {
    const tab = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    tab.setDefaultTimeout(UI_TIMEOUT_MS);
    await tab.goto(`${baseUrl}?folder=${encodeURIComponent(folder)}`);
    await tab.locator('.monaco-workbench').waitFor();
    return tab;
  }

  async function openSeed(): Promise<void> {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED }).dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: SEED }).waitFor();
  }

  /** Shows the Problems panel for seed 002 alone and waits until it lists what the engine finds. */
  async function expectProblemsOfSeed(): Promise<number> {
    await runCommand('View: Focus Problems');
    // The server also lints the other seeds; the filter keeps the panel to seed 002.
    await page.getByPlaceholder(/^Filter \(e\.g\. text/).fill(`**/${SEED}`);
    return until(`${expectedProblems} problems for ${SEED}`, async () =>
      (await problemsOfSeed()) === expectedProblems ? expectedProblems : undefined,
    );
  }

  /** Opens the code action menu at the cursor and applies the action whose label `wanted` accepts. */
  async function applyCodeAction(
    at: { line: number; character: number },
    wanted: (label: string) => boolean,
    shot?: string,
  ): Promise<string> {
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    // Right after an edit and a save, VS Code 1.100 sometimes shows "No code actions available" for
    // Ctrl+. although the server answered that very request with actions (a server-side log showed
    // it: its manual request races the automatic one of the light bulb). A user presses again; so
    // does the test: place the cursor and ask until the menu shows, within the UI deadline.
    await until('the code action menu', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToPosition(at.line, at.character);
      await page.keyboard.press('Control+.');
      try {
        await focused.waitFor({ timeout: CODE_ACTION_MENU_TIMEOUT_MS });
        return true;
      } catch {
        const shown = await page.evaluate(() => ({
          menu: document.querySelectorAll('.action-widget .monaco-list-row').length,
          message: document.querySelector('.monaco-editor-overlaymessage')?.textContent ?? '',
          focus: document.activeElement?.className ?? '',
        }));
        console.error(`# no code action menu yet, asking again: ${JSON.stringify(shown)}`);
        await page.keyboard.press('Escape');
        return undefined;
      }
    });
    const labels = await page.locator('.action-widget .monaco-list-row.action').evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('aria-label') ?? ''),
    );
    assert.ok(labels.some(wanted), `the code action is offered (offered: ${labels.join(' | ')})`);
    if (shot) await screenshot(shot);
    // The menu takes the keyboard (a pointer block covers it): walk down to the action, then apply it.
    for (let i = 0; i < labels.length && !wanted((await focused.getAttribute('aria-label')) ?? ''); i++) {
      const before = await focused.getAttribute('aria-label');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(
        (label) => document.querySelector('.action-widget .monaco-list-row.focused')?.getAttribute('aria-label') !== label,
        before,
      );
    }
    const label = (await focused.getAttribute('aria-label')) ?? '';
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
    return label;
  }

  /** The number of problems the (filtered) Problems panel shows for seed 002. */
  function problemsOfSeed(): Promise<number> {
    return page.evaluate((seed) => {
      const row = [...document.querySelectorAll('.markers-panel .monaco-list-row')].find((r) => r.textContent?.includes(seed));
      return Number(row?.querySelector('.monaco-count-badge')?.textContent ?? 0);
    }, SEED);
  }

  before(async () => {
    run('bash', [join(ROOT, 'test', 'e2e', 'setup-code-server.sh')], 'installing code-server');
    run('npm', ['run', 'package'], 'npm run package');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const vsix = join(ROOT, `quellcheck-${version}.vsix`);
    const vsixBytes = statSync(vsix).size;
    console.log(`# ${vsix}: ${(vsixBytes / 1024 / 1024).toFixed(2)} MB`);
    assert.ok(vsixBytes <= 5 * 1024 * 1024, 'the .vsix stays at most 5 MB, lexicon included');

    // What the server must show, from the same engine through the command-line tool.
    const cli = spawnSync(process.execPath, [join(ROOT, 'server', 'dist', 'cli.js'), '--format', 'json', join(ROOT, 'seeds', SEED)], {
      encoding: 'utf8',
    });
    assert.ok(cli.status === 0 || cli.status === 1, `quellcheck --format json failed: ${cli.stderr}`);
    const report = JSON.parse(cli.stdout) as { files: { findings: CliFinding[]; attributions: CliAttribution[] }[] };
    ({ findings, attributions } = report.files[0]);
    expectedProblems = findings.filter((f) => f.severity !== 'hint').length;

    cpSync(join(ROOT, 'seeds'), workspace, { recursive: true });
    writeFileSync(join(workspace, ARTICLE), ARTICLE_TEXT);
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(
      join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.commandCenter.enabled': false,
        'editor.minimap.enabled': false,
        'editor.wordWrap': 'on',
        'editor.hover.delay': 300,
      }),
    );
    const profile = ['--user-data-dir', userData, '--extensions-dir', extensionsDir, '--config', join(temp, 'config.yaml')];
    run(CODE_SERVER, [...profile, '--install-extension', vsix], 'installing the .vsix');

    const port = await freePort();
    codeServer = spawn(
      CODE_SERVER,
      [...profile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
        '--disable-getting-started-override', workspace],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await waitForOutput(codeServer, /HTTP server listening/, UI_TIMEOUT_MS);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    baseUrl = `http://127.0.0.1:${port}/`;
    page = await openWorkbench(workspace);
  });

  after(async () => {
    await browser?.close();
    if (codeServer?.pid !== undefined && codeServer.exitCode === null) {
      const exited = new Promise((resolve) => codeServer!.once('exit', resolve));
      process.kill(-codeServer.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      if (codeServer.exitCode === null && codeServer.signalCode === null) process.kill(-codeServer.pid, 'SIGKILL');
    }
    if (!process.env.QUELLCHECK_E2E_KEEP) rmSync(temp, { recursive: true, force: true });
    else console.log(`# kept ${temp}`);
  });

  step('trusts the folder, opens seed 002 and starts the language server', async () => {
    await page.getByRole('button', { name: 'Yes, I trust the authors' }).click();
    await openSeed();
    const log = await until('the output channel "Quellcheck" to say the server runs', () => {
      const text = outputChannelLog();
      return text.includes('Quellcheck server running.') ? text : undefined;
    });
    assert.doesNotMatch(log, /\[error\]/, 'no errors in the output channel');
    // The server comes from the installed .vsix, not from this repository's build.
    assert.ok(log.includes(`Starting the Quellcheck server ${join(extensionsDir, 'quellcheck.quellcheck-')}`), log);
  });

  step(`shows at least ${MIN_PROBLEMS} problems for seed 002 in the Problems panel`, async () => {
    assert.ok(expectedProblems >= MIN_PROBLEMS, `the engine finds ${expectedProblems} problems in seed 002`);
    const count = await expectProblemsOfSeed();
    console.log(`# problems shown for ${SEED}: ${count}`);
    await screenshot('findings');
  });

  step('shows the server\'s explanation when hovering a finding', async () => {
    const finding = findings.find((f) => f.rule.startsWith('anonymous-source/')) ?? findings[0];
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToPosition(finding.range.start.line, finding.range.start.character);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // VS Code shows the diagnostic itself; the standard behind the rule comes only from the server's hover.
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /Maßstab:|Standard:/ });
    await hover.first().waitFor();
    await screenshot('hover');
    await page.keyboard.press('Escape');
  });

  step('opens the documentation of the rule under the cursor', async () => {
    // The cursor still stands on the hovered anonymous source.
    const rule = (findings.find((f) => f.rule.startsWith('anonymous-source/')) ?? findings[0]).rule;
    const anchor = `README.md#${rule.replace('/', '-')}`;
    // No network here: the documentation page is answered locally, so the new tab keeps its address.
    await page.context().route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: 'docs' }));
    await runCommand('Quellcheck: Open Rule Documentation');
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'open the external website' });
    await dialog.waitFor();
    const popup = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    const docs = await popup;
    assert.ok(docs.url().endsWith(anchor), `${docs.url()} is the documentation of ${rule}`);
    await docs.close();
  });

  step('applies a quick fix and saves the corrected text', async () => {
    // A fix that replaces words shows more than one that inserts a placeholder; a respelt name shows most.
    const replacing = findings.filter((f) => f.fixes.length === 1 && f.fixes[0].edits.every((e) => e.length > 0 && e.newText));
    const finding = replacing.find((f) => f.rule === 'consistency/name-spelling') ?? replacing[0];
    assert.ok(finding, 'seed 002 has a finding with one fix that replaces text');
    const fix = finding.fixes[0];
    const original = readFileSync(seedPath, 'utf8');
    const expected = applyEdits(original, fix.edits);
    assert.notEqual(expected, original);

    await applyCodeAction(finding.range.start, (label) => label === fix.title, 'quickfix');
    fixedLine = finding.range.start.line;
    await page.keyboard.press('Control+S');
    await until('the fixed text on disk', () => (readFileSync(seedPath, 'utf8') === expected ? true : undefined));
  });

  step('marks a source as checked with the reason the user types, saved into .quellcheckrc.json', async () => {
    const finding = findings.find((f) => f.category === 'anonymous-source' && f.range.start.line < fixedLine);
    assert.ok(finding, 'seed 002 has an anonymous source above the fixed line');
    const reason = 'Identität der Redaktion bekannt (E2E)';
    const problemsBefore = await problemsOfSeed();
    await applyCodeAction(finding.range.start, (label) => /als geprüft markieren \(.*\)…|as checked \(.*\)…/.test(label));
    // The client asks for the reason before the command reaches the server.
    await page.locator('.quick-input-widget', { hasText: /Mark source as checked|Quelle als geprüft markieren/ }).waitFor();
    await page.locator('.quick-input-widget input').fill(reason);
    await screenshot('mark-checked');
    await page.keyboard.press('Enter');
    const configPath = join(workspace, '.quellcheckrc.json');
    const config = await until('the checked entry in .quellcheckrc.json on disk', () => {
      if (!existsSync(configPath)) return undefined;
      const text = readFileSync(configPath, 'utf8');
      return text.includes(reason) ? (JSON.parse(text) as { checked: { text: string; rule?: string; reason: string }[] }) : undefined;
    });
    assert.equal(config.checked.length, 1);
    assert.equal(config.checked[0].rule, finding.rule);
    await until('the checked finding to disappear', async () => ((await problemsOfSeed()) < problemsBefore ? true : undefined));
    const errors = await page
      .locator('.notifications-toasts .notification-toast', { has: page.locator('.codicon-error') })
      .allInnerTexts();
    assert.deepEqual(errors, [], 'marking as checked raises no error message');
  });

  step('opens the source outline from the status bar', async () => {
    const named = attributions.filter((a) => a.sourceKind === 'named' && a.source).map((a) => a.source!.text);
    assert.ok(named.length > 0, 'seed 002 has named sources');
    const status = page.locator('[id="quellcheck.quellcheck.quellcheck.sources"]');
    await status.filter({ hasText: /Sources: \d+ named|Quellen: \d+ benannt/ }).waitFor();
    // Room for the outline: without the panel and with the file list folded.
    await runCommand('View: Hide Panel');
    const folder = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasText: 'SEEDS' });
    if ((await folder.count()) > 0) await folder.click();
    await status.click();
    const outline = page.locator('.outline-pane .monaco-list-row');
    await outline.filter({ hasText: named[0] }).first().waitFor();
    assert.ok((await outline.count()) >= 2, 'the outline lists several sources');
    await screenshot('outline');
  });

  step('highlights and lints a file of the article language', async () => {
    const status = page.locator('[id="quellcheck.quellcheck.quellcheck.sources"]');
    const seedCounts = await status.innerText();
    await runCommand('Notifications: Clear All Notifications');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(ARTICLE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: ARTICLE }).waitFor();
    await page.locator('#status\\.editor\\.mode', { hasText: 'Nachrichtenartikel (Quellcheck)' }).waitFor();
    // The server serves the article language too: the status bar shows the article's counts now.
    await until('the article\'s source counts', async () => {
      const counts = await status.innerText();
      return counts !== seedCounts && /Sources: \d+ named|Quellen: \d+ benannt/.test(counts) ? counts : undefined;
    });
    await page.locator('.monaco-editor .view-overlays [class*="squiggly-"]').first().waitFor();
    await screenshot('article-language');
  });

  step('restarts the server after a crash and says so once', async () => {
    const restarted = 'The Quellcheck server stopped unexpectedly and was restarted.';
    await runCommand('Notifications: Clear All Notifications');
    const running = 'Quellcheck server running.';
    const runningBefore = outputChannelLog().split(running).length - 1;
    let pid = await until('the language server process', () => serverPid());
    for (let crash = 1; crash <= 2; crash++) {
      const crashed = pid;
      process.kill(crashed, 'SIGKILL');
      // The next crash only once the new server runs: killed while it starts, it would fail to start
      // rather than stop unexpectedly, and the client reports that differently.
      // what was seen last, for the failure message: a timeout alone does not say which part is missing
      let seen = '';
      pid = await until(`a new, running server after crash ${crash}`, () => {
        const next = serverPid();
        const log = outputChannelLog();
        // the client may log a crash more than once (the channel closing and the process exiting)
        const toldCount = log.split(restarted).length - 1;
        const upCount = log.split(running).length - 1;
        seen = `server pid ${next ?? 'none'} (crashed ${crashed}), "${restarted}" logged ${toldCount}×, "${running}" ${upCount}× (before: ${runningBefore})`;
        return next !== undefined && next !== crashed && toldCount >= crash && upCount >= runningBefore + crash ? next : undefined;
      }).catch((error: Error) => {
        throw new Error(`${error.message}; last seen: ${seen}; output channel ends:\n${outputChannelLog().slice(-1500)}`);
      });
    }
    const told = page.locator('.notifications-toasts .notification-toast', { hasText: restarted });
    await told.first().waitFor();
    assert.equal(await told.count(), 1, 'the user is told once, not once per crash');
    const errors = await page
      .locator('.notifications-toasts .notification-toast', { has: page.locator('.codicon-error') })
      .allInnerTexts();
    assert.deepEqual(errors, [], 'a crash is no error message while the server restarts');

    const beforeRestart = pid;
    await runCommand('Quellcheck: Restart Server');
    // Logged once the client has started again, with the server's commands registered.
    await until('a new server after the restart command', () => {
      const next = serverPid();
      return next !== undefined && next !== beforeRestart && outputChannelLog().includes('Quellcheck server restarted.') ? next : undefined;
    });
    // The restarted server does its work: the workspace lint reports its summary.
    await runCommand('Quellcheck: Lint All Articles in the Workspace');
    await page.locator('.notifications-toasts .notification-toast', { hasText: /Quellcheck: \d+ findings in \d+ files\./ }).waitFor();
  });

  step('lints in Restricted Mode, where the folder\'s settings cannot switch checks off', async () => {
    const untrusted = join(temp, 'untrusted');
    mkdirSync(join(untrusted, '.vscode'), { recursive: true });
    cpSync(join(ROOT, 'seeds', SEED), join(untrusted, SEED));
    writeFileSync(
      join(untrusted, '.vscode', 'settings.json'),
      JSON.stringify({ 'quellcheck.enable': false, 'quellcheck.rules': { 'anonymous-source': 'off' } }),
    );
    await page.close();
    page = await openWorkbench(untrusted);
    await page.getByRole('button', { name: "No, I don't trust the authors" }).click();
    await page.locator('#status\\.workspaceTrust, .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await openSeed();
    await expectProblemsOfSeed();
  });
});
