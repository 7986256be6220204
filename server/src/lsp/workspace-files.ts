/** The articles of a workspace: every *.txt and *.md below its folders. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const ARTICLE_EXTENSIONS = ['.txt', '.md'];
/** Folders that hold tools and their output, not articles. */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** Upper bound, so that opening a home directory as a workspace does not lint the whole disk. */
export const MAX_WORKSPACE_FILES = 5000;

export async function articleFiles(roots: readonly string[], limit = MAX_WORKSPACE_FILES): Promise<string[]> {
  const files: string[] = [];
  const pending = [...roots];
  while (pending.length > 0 && files.length < limit) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && ARTICLE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
        files.push(path);
        if (files.length >= limit) break;
      }
    }
  }
  return files.sort();
}
