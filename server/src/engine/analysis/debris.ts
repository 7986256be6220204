/**
 * Recognises web-page residue among the short lines of an article: share buttons, comment forms,
 * "read the original" links, scraper markers ("source site-19"), and lines left in English.
 */
import { WordClass } from '../lexicon.js';
import type { Analysis } from './model.js';
import { PhraseSet } from './phrases.js';

export const DEBRIS_PHRASES = [
  'source site*', 'source link', 'source:', 'leave a comment', 'leave a reply', 'your email address will not be published',
  'required fields are marked', 'lesen sie den originalartikel', 'lesen sie den artikel', 'zum originalartikel',
  'verwandte themen', 'verwandte artikel', 'weitere nachrichten', 'mehr zum thema', 'mehr nachrichten',
  'artikel teilen', 'diesen artikel teilen', 'teilen sie diesen artikel', 'share this', 'share on', 'click here',
  'read more', 'weiterlesen', 'mehr lesen', 'newsletter abonnieren', 'jetzt abonnieren', 'alle rechte vorbehalten',
  'all rights reserved', 'copyright', '©', 'related posts', 'related articles', 'related topics', 'tags :',
  'schlagwörter :', 'kommentar schreiben', 'kommentare anzeigen', 'follow us', 'folgen sie uns', 'cookie',
  'advertisement', 'anzeige', 'werbung', 'post navigation', 'previous article', 'next article', 'vorheriger artikel',
  'nächster artikel', 'print', 'drucken', 'zurück nach oben', 'back to top', 'subscribe',
];

const BLOCK_WORD_LIMIT = 16;

const defaultPhrases = new PhraseSet(DEBRIS_PHRASES);

/** Marks blocks of web debris as `debris` (after tokenizing; before attributions). */
export function classifyDebris(analysis: Analysis): void {
  const extra = analysis.config.phrases.boilerplate ?? [];
  const phrases = extra.length > 0 ? new PhraseSet([...DEBRIS_PHRASES, ...extra]) : defaultPhrases;
  const { tokens } = analysis;
  let k = 0;
  for (const block of analysis.blocks) {
    while (k < tokens.length && tokens[k].end <= block.offset) k++;
    let end = k;
    while (end < tokens.length && tokens[end].offset < block.end) end++;
    let words = 0;
    let english = 0;
    for (let m = k; m < end; m++) {
      if (tokens[m].kind !== 'word') continue;
      words++;
      if ((tokens[m].cls & WordClass.ENGLISH) !== 0) english++;
    }
    if (words === 0 || words > BLOCK_WORD_LIMIT || block.kind === 'heading') {
      k = end;
      continue;
    }
    const startsWithPhrase = phrases.matchAt(tokens, k, end) !== undefined;
    const mostlyEnglish = words >= 2 && english / words >= 0.6;
    if (startsWithPhrase || (mostlyEnglish && block.kind !== 'headline')) block.kind = 'debris';
    k = end;
  }
}
