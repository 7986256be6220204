/** The configuration documented in the README is one the tool accepts. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { validateConfig } from '../../server/src/engine/config.js';
import { allRules } from '../../server/src/engine/rules/index.js';
import { REPO_ROOT } from './spawn-cli.js';

it('the README example configuration is valid', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const example = /## Konfiguration \/ Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme);
  assert.ok(example, 'README has a ```json block in its configuration section');
  const { problems } = validateConfig(JSON.parse(example[1]), allRules.map((r) => r.meta.id));
  assert.deepEqual(problems, []);
});
