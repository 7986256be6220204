/**
 * Entry of the language server (bundled to server/dist/server.js). The transport comes from the
 * command line: --stdio, --node-ipc or --socket=PORT.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createEngine } from '../engine/index.js';
import { ConfigLoader } from '../node/config-file.js';
import { loadLexiconData } from '../node/lexicon-file.js';
import { startServer } from './server.js';

const USAGE = 'usage: quellcheck-ls --stdio | --node-ipc | --socket=PORT | --pipe=NAME';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\nThe Quellcheck language server; any LSP client starts it this way.\n`);
  process.exit(0);
}
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)(=|$)/.test(a));
if (!transport) {
  process.stderr.write(`quellcheck-ls: no transport given (${USAGE})\n`);
  process.exit(2);
}
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
