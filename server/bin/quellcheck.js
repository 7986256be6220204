#!/usr/bin/env node
// The Quellcheck command-line tool: `quellcheck [options] <file|dir|glob|->...` (see --help).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write(`quellcheck: ${bundle} is missing; run npm run build\n`);
  process.exit(2);
}
require(bundle);
