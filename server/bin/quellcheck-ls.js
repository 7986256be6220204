#!/usr/bin/env node
// The Quellcheck language server: `quellcheck-ls --stdio` (or --node-ipc, --socket=PORT).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'server.js');
if (!existsSync(bundle)) {
  process.stderr.write(`quellcheck-ls: ${bundle} is missing; run npm run build\n`);
  process.exit(2);
}
require(bundle);
