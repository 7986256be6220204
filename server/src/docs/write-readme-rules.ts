/** `npm run docs:rules`: rewrites the rules section of README.md from the rules' metadata. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../engine/rules/index.js';
import { replaceRulesSection, rulesMarkdown } from './rules-markdown.js';

const readmePath = join(__dirname, '..', '..', '..', 'README.md');
const readme = readFileSync(readmePath, 'utf8');
writeFileSync(readmePath, replaceRulesSection(readme, rulesMarkdown(allRules.map((r) => r.meta))));
console.log(`README.md: ${allRules.length} rules documented`);
