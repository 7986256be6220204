/**
 * The entry point as editors start it: a child process speaking LSP over stdin/stdout, that
 * exits cleanly on shutdown + exit.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { test } from 'node:test';
import {
  createProtocolConnection,
  ExitNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { SEED_002, workspace } from './fixtures.js';
import { engine, Session } from './harness.js';

test('over stdio: initialize, diagnostics for seed 002, clean exit', { timeout: 20_000 }, async (t) => {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('server/src/lsp/main.ts'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  t.after(() => {
    if (child.exitCode === null) child.kill();
  });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const session = new Session(client, {}, () => undefined);
  const result = await session.initialize();
  assert.equal(result.serverInfo?.name, 'quellcheck-ls');
  const uri = workspace(t, {}).uri('002.txt');
  await session.open(uri, SEED_002);
  const published = await session.diagnostics(uri);
  assert.equal(published.diagnostics.length, engine().lint(SEED_002).findings.length);
  await session.shutdown();
  const exited = once(child, 'exit');
  await client.sendNotification(ExitNotification.type);
  const [code] = await exited;
  await session.dispose();
  assert.equal(code, 0, stderr);
});
