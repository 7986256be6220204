/**
 * The entry point as editors start it: a child process speaking LSP over stdin/stdout (Neovim,
 * Helix, Emacs) or over Node IPC (the VS Code extension), that exits cleanly on shutdown + exit.
 */
import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { test } from 'node:test';
import {
  createProtocolConnection,
  ExitNotification,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SEED_002, workspace } from './fixtures.js';
import { engine, Session } from './harness.js';

const MAIN = resolve('server/src/lsp/main.ts');

const transports: Record<string, () => { child: ChildProcess; client: ProtocolConnection }> = {
  '--stdio': () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return { child, client: createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
  },
  '--node-ipc': () => {
    const child = fork(MAIN, ['--node-ipc'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    return { child, client: createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  },
};

for (const [transport, start] of Object.entries(transports)) {
  test(`over ${transport}: initialize, diagnostics for seed 002, clean exit`, { timeout: 20_000 }, async (t) => {
    const { child, client } = start();
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    t.after(() => {
      if (child.exitCode === null) child.kill();
    });
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
}
