/**
 * Entry of the language server (bundled to server/dist/server.js). The transport comes from the
 * command line: --stdio, --node-ipc or --socket=PORT.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createEngine } from '../engine/index.js';
import { ConfigLoader } from '../node/config-file.js';
import { loadLexiconData } from '../node/lexicon-file.js';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
let lexiconData: string;
try {
  lexiconData = loadLexiconData();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const engine = createEngine(lexiconData);
startServer(connection, { engine, configs: new ConfigLoader(engine.rules.map((rule) => rule.id)) });
