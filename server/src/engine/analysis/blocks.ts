/**
 * Splits a text into blocks (paragraphs, headlines, bullets, short lines) and, for Markdown, finds
 * what is not prose: front matter, code, HTML comments (with Quellcheck's own directives), link targets.
 */
import type { TextFormat } from '../types.js';
import type { Block, BlockKind, Directive, Excluded } from './model.js';

interface Line {
  offset: number;
  /** End of the line's content, before \r\n or \n. */
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ offset: start, end });
      start = i + 1;
    }
  }
  return lines;
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.offset; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

const DIRECTIVE_KINDS: Record<string, Directive['kind']> = {
  'quellcheck-disable': 'disable',
  'quellcheck-enable': 'enable',
  'quellcheck-disable-line': 'disable-line',
  'quellcheck-disable-next-line': 'disable-next-line',
  'quellcheck-disable-file': 'disable-file',
};

/** `<!-- quellcheck-disable-next-line anonymous-source -- Grund: Informantenschutz -->` */
function parseDirective(body: string, offset: number, end: number): Directive | undefined {
  const [head, ...reasonParts] = body.split(' -- ');
  const parts = head.trim().split(/[\s,]+/).filter((p) => p.length > 0);
  const kind = DIRECTIVE_KINDS[parts[0] ?? ''];
  if (!kind) return undefined;
  return { kind, rules: parts.slice(1), reason: reasonParts.join(' -- ').trim(), offset, end };
}

export interface Layout {
  blocks: Block[];
  excluded: Excluded[];
  directives: Directive[];
}

/** Markdown constructs that are not prose, found in one pass over the text. */
function markdownExclusions(text: string, lines: Line[]): { excluded: Excluded[]; directives: Directive[]; excludedLines: Set<number> } {
  const excluded: Excluded[] = [];
  const directives: Directive[] = [];
  const excludedLines = new Set<number>();
  let li = 0;
  if (lines.length > 1 && text.slice(lines[0].offset, lines[0].end) === '---') {
    for (let j = 1; j < lines.length; j++) {
      if (text.slice(lines[j].offset, lines[j].end).trim() === '---') {
        excluded.push({ offset: 0, end: lines[j].end });
        for (let k = 0; k <= j; k++) excludedLines.add(k);
        li = j + 1;
        break;
      }
    }
  }
  let fence: string | null = null;
  for (; li < lines.length; li++) {
    const line = lines[li];
    const content = text.slice(line.offset, line.end);
    const trimmed = content.trimStart();
    const marker = trimmed.startsWith('```') ? '```' : trimmed.startsWith('~~~') ? '~~~' : null;
    if (fence !== null || marker !== null) {
      excluded.push({ offset: line.offset, end: line.end });
      excludedLines.add(li);
      if (fence === null) fence = marker;
      else if (marker === fence) fence = null;
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s/.test(content)) {
      excluded.push({ offset: line.offset, end: line.end });
      excludedLines.add(li);
    }
  }
  scanInline(text, excluded, directives);
  excluded.sort((a, b) => a.offset - b.offset);
  return { excluded, directives, excludedLines };
}

/** HTML comments, inline code, link targets and autolinks: one left-to-right scan. */
function scanInline(text: string, excluded: Excluded[], directives: Directive[]): void {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 ? text.length : close + 3;
      const body = text.slice(i + 4, close < 0 ? text.length : close).trim();
      const directive = parseDirective(body, i, end);
      if (directive) directives.push(directive);
      excluded.push({ offset: i, end });
      i = end;
    } else if (c === '`') {
      let ticks = 1;
      while (text[i + ticks] === '`') ticks++;
      const fenceMark = '`'.repeat(ticks);
      const close = text.indexOf(fenceMark, i + ticks);
      const newline = text.indexOf('\n\n', i);
      if (close < 0 || (newline >= 0 && newline < close)) {
        i += ticks;
        continue;
      }
      excluded.push({ offset: i, end: close + ticks });
      i = close + ticks;
    } else if (c === ']' && text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2);
      const newline = text.indexOf('\n', i);
      if (close < 0 || (newline >= 0 && newline < close)) {
        i++;
        continue;
      }
      excluded.push({ offset: i + 1, end: close + 1 });
      i = close + 1;
    } else if (c === '<' && /^<https?:\/\/[^\s>]+>/.test(text.slice(i, i + 2048))) {
      const close = text.indexOf('>', i);
      excluded.push({ offset: i, end: close + 1 });
      i = close + 1;
    } else {
      i++;
    }
  }
}

const BULLET = /^\s*(?:[•·▪‣◦*+-]|–|\d{1,3}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s/;

/** Whether a block's text ends like a sentence (., !, ?, …, or such a mark inside a closing quote). */
export function endsLikeSentence(content: string): boolean {
  const trimmed = content.trimEnd();
  for (let i = trimmed.length - 1; i >= 0 && i >= trimmed.length - 4; i--) {
    const c = trimmed[i];
    if (c === '.' || c === '!' || c === '?' || c === '…') return true;
    if (!'“”"«»‘’\')*_'.includes(c)) return false;
  }
  return false;
}

/** Longer than any headline or caption: a paragraph whose last sentence lacks its full stop is still prose. */
const MAX_LINE_LENGTH = 200;

/**
 * Whether a block without a closing full stop is prose all the same: long, with a sentence that
 * ends inside it ("… Frauen. Die Regierung …"), as in an article pasted as one paragraph.
 */
function isLongProse(content: string): boolean {
  if (content.length <= MAX_LINE_LENGTH) return false;
  for (let i = 1; i + 2 < content.length; i++) {
    const c = content[i];
    if ((c === '.' || c === '!' || c === '?') && content[i + 1] === ' ' && isUpperLetter(content[i + 2]) && isLowerLetter(content[i - 1])) return true;
  }
  return false;
}

function isUpperLetter(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLowerLetter(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function startsLowercase(content: string): boolean {
  const first = content.trimStart()[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

export function layoutOf(text: string, format: TextFormat): Layout {
  const lines = linesOf(text);
  const { excluded, directives, excludedLines } =
    format === 'markdown' ? markdownExclusions(text, lines) : { excluded: [], directives: [], excludedLines: new Set<number>() };
  const blocks: Block[] = [];
  let previous: { block: Block; content: string; kind: BlockKind } | undefined;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (excludedLines.has(li) || isBlank(text, line)) {
      previous = undefined;
      continue;
    }
    const content = text.slice(line.offset, line.end);
    const marker = HEADING.test(content) && format === 'markdown' ? 'heading' : BULLET.test(content) ? 'bullet' : undefined;
    const continues =
      previous !== undefined &&
      marker === undefined &&
      previous.kind !== 'heading' &&
      (format === 'markdown' || (!endsLikeSentence(previous.content) && startsLowercase(content)));
    if (continues && previous) {
      previous.block.end = line.end;
      previous.content = text.slice(previous.block.offset, line.end);
      continue;
    }
    const block: Block = { index: blocks.length, kind: marker ?? 'body', offset: line.offset, end: line.end };
    blocks.push(block);
    previous = { block, content, kind: block.kind };
  }
  let sawProse = false;
  for (const block of blocks) {
    if (block.kind !== 'body') continue;
    const content = text.slice(block.offset, block.end);
    if (!endsLikeSentence(content) && !isLongProse(content)) block.kind = sawProse ? 'short' : 'headline';
    sawProse = true;
  }
  return { blocks, excluded, directives };
}
