/**
 * Recognises the short lines of an article that are not prose: web-page residue (share buttons,
 * comment forms, "read the original" links, scraper markers like "source site-19", lines left in
 * English), photo credits ("Brendan Hoffman/Getty", "Foto: dpa") and the captions above them.
 */
import { WordClass } from '../lexicon.js';
import type { Analysis, Block } from './model.js';
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
  'lesen sie auch', 'lesen sie mehr', 'auch interessant', 'das könnte sie auch interessieren', 'originalartikel lesen',
  'originalartikel :', 'teilen auf', 'auf facebook teilen', 'auf twitter teilen', 'per e-mail teilen',
  'dieser artikel wurde automatisch', 'dieser artikel wurde maschinell', 'automatisch übersetzt', 'maschinell übersetzt',
  'image caption', 'media caption', 'cookie-einstellungen', 'datenschutzerklärung',
  'impressum', 'posted in', 'filed under', 'tagged', 'you may also like', 'recommended for you', 'sign up',
];

/**
 * Headers of a list of links to other articles: the short lines right under them (no blank line
 * between) are the links' titles ("Mehr zum Thema:" / "Bundesliga: Alle Transfers im Überblick").
 */
const LINK_LIST_HEADERS = new Set([
  'verwandte themen', 'verwandte artikel', 'weitere nachrichten', 'mehr zum thema', 'mehr nachrichten', 'related posts',
  'related articles', 'related topics', 'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren',
  'you may also like', 'recommended for you',
]);

const BLOCK_WORD_LIMIT = 16;
const CREDIT_WORD_LIMIT = 8;
const CREDIT_OPENERS = new Set(['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'grafik', 'credit', 'photo']);
const PICTURE_AGENCIES = new Set(['getty', 'imago', 'dpa', 'afp', 'reuters', 'ap', 'keystone', 'epa', 'picture-alliance', 'shutterstock', 'istock']);

const defaultPhrases = new PhraseSet(DEBRIS_PHRASES);

/**
 * Marks blocks of web debris as `debris`, credits as `credit`, and a one-sentence line above a credit
 * as `caption`. `firstTokens`: the index of each block's first token, and the number of tokens last.
 */
export function classifyLines(analysis: Analysis, firstTokens: Int32Array): void {
  const extra = analysis.config.phrases.boilerplate ?? [];
  const phrases = extra.length > 0 ? new PhraseSet([...DEBRIS_PHRASES, ...extra]) : defaultPhrases;
  const { tokens } = analysis;
  const sentencesPerBlock = new Uint32Array(analysis.blocks.length);
  for (const s of analysis.sentences) sentencesPerBlock[s.block]++;
  /** The block before is a link list's header or one of its links. */
  let inLinkList = false;
  for (const block of analysis.blocks) {
    const k = firstTokens[block.index];
    const end = firstTokens[block.index + 1];
    const listGoesOn = inLinkList && isLinkTitle(analysis, block, k, end) && !blankLineBefore(analysis, block);
    inLinkList = false;
    if (listGoesOn) {
      block.kind = 'debris';
      inLinkList = true;
      continue;
    }
    if (block.kind === 'heading') continue;
    let words = 0;
    let englishLower = 0;
    let english = 0;
    let slashBetweenNames = false;
    let agency = false;
    for (let m = k; m < end; m++) {
      const t = tokens[m];
      if (t.text === '/' && tokens[m - 1]?.kind === 'word' && tokens[m + 1]?.kind === 'word') slashBetweenNames = true;
      if (t.kind !== 'word') continue;
      // a longer block is prose: counting on would not change that
      if (++words > BLOCK_WORD_LIMIT) break;
      if (PICTURE_AGENCIES.has(t.lower)) agency = true;
      if ((t.cls & WordClass.ENGLISH) !== 0) {
        english++;
        if (t.text === t.lower) englishLower++;
      }
    }
    if (words === 0 || words > BLOCK_WORD_LIMIT) continue;
    const match = phrases.matchAt(tokens, k, end);
    const startsWithPhrase = match !== undefined;
    inLinkList = match !== undefined && LINK_LIST_HEADERS.has(match.phrase) && (match.end === end || (match.end + 1 === end && tokens[match.end].text === ':'));
    const mostlyEnglish = englishLower >= 2 && english / words >= 0.6;
    const credit =
      block.kind === 'short' && words <= CREDIT_WORD_LIMIT && (slashBetweenNames || agency || (CREDIT_OPENERS.has(tokens[k].lower) && tokens[k + 1]?.text === ':'));
    if (startsWithPhrase || (mostlyEnglish && block.kind !== 'headline')) block.kind = 'debris';
    else if (credit) {
      block.kind = 'credit';
      const above = analysis.blocks[block.index - 1];
      if (above && above.kind === 'body' && sentencesPerBlock[above.index] === 1) above.kind = 'caption';
    }
  }
}

/** A short line without a full stop at its end: the title of a linked article. */
function isLinkTitle(analysis: Analysis, block: Block, k: number, end: number): boolean {
  if (end - k > BLOCK_WORD_LIMIT * 2 || block.kind === 'bullet') return false;
  const last = analysis.tokens[end - 1];
  return last !== undefined && last.text !== '.' && block.kind !== 'body';
}

/** Whether an empty line separates the block from the one before it. */
function blankLineBefore(analysis: Analysis, block: Block): boolean {
  const before = analysis.blocks[block.index - 1];
  if (!before) return true;
  let newlines = 0;
  for (let i = before.end; i < block.offset; i++) if (analysis.text.charCodeAt(i) === 10) newlines++;
  return newlines > 1;
}
