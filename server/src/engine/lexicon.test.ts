import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon, WordClass, type NounReading } from './lexicon.js';
import { loadLexiconData } from '../node/lexicon-file.js';

const lexicon = createLexicon(loadLexiconData());
const C = WordClass;

function has(word: string, bits: number): boolean {
  return (lexicon.classes(word) & bits) === bits;
}

/** Case/number bit as NounReading.caseNumber defines it. */
function caseBit(caseName: 'NOM' | 'GEN' | 'DAT' | 'AKK', plural: boolean): number {
  return 1 << (['NOM', 'GEN', 'DAT', 'AKK'].indexOf(caseName) * 2 + (plural ? 1 : 0));
}

function reading(word: string, gender: NounReading['gender']): NounReading | undefined {
  return lexicon.nouns(word).find((r) => r.gender === gender);
}

describe('lexicon: verbs', () => {
  it('knows the stem of a separable verb and its lemma with the prefix', () => {
    assert.ok(has('lehnte', C.FIN_PAST | C.SEPARABLE_STEM));
    assert.ok(lexicon.verbs('lehnte').some((v) => v.lemma === 'ablehnen' && v.prefix === 'ab'));
    assert.ok(lexicon.verbs('teilte').some((v) => v.lemma === 'mitteilen' && v.prefix === 'mit'));
    assert.ok(lexicon.verbs('teilte').some((v) => v.lemma === 'teilen' && v.prefix === undefined));
  });

  it('maps the joined forms of separable verbs to their lemma, without SEPARABLE_STEM', () => {
    assert.deepEqual(lexicon.verbs('mitzuteilen'), [{ lemma: 'mitteilen', prefix: 'mit' }]);
    assert.ok(has('mitzuteilen', C.INFINITIVE));
    assert.ok(has('mitteilte', C.FIN_PAST));
    assert.equal(lexicon.classes('mitteilte') & C.SEPARABLE_STEM, 0);
    assert.deepEqual(lexicon.verbs('mitgeteilt'), [{ lemma: 'mitteilen', prefix: 'mit' }]);
  });

  it('finds separable verbs the dictionary writes joined ("stellte … fest")', () => {
    assert.ok(has('stellte', C.SEPARABLE_STEM));
    assert.ok(lexicon.verbs('stellte').some((v) => v.lemma === 'feststellen' && v.prefix === 'fest'));
  });

  it('tells tenses and moods apart', () => {
    assert.ok(has('sagte', C.FIN_PAST | C.KONJ2));
    assert.ok(has('gesagt', C.PARTICIPLE));
    assert.ok(has('sagen', C.INFINITIVE | C.FIN_PRES));
    assert.ok(has('sagend', C.PARTICIPLE1));
    assert.equal(lexicon.classes('gesagt') & C.FIN_PAST, 0);
    assert.deepEqual(lexicon.verbs('gesagt'), [{ lemma: 'sagen' }]);
  });

  it('sets KONJ1 only where it differs from the indicative', () => {
    for (const word of ['sei', 'habe', 'werde', 'könne', 'gebe', 'sage', 'seien']) assert.ok(has(word, C.KONJ1), word);
    for (const word of ['sagen', 'haben', 'geben']) assert.equal(lexicon.classes(word) & C.KONJ1, 0, word);
  });

  it('flags modal and auxiliary verbs', () => {
    for (const word of ['kann', 'musste', 'sollte', 'will', 'darf', 'möchte']) assert.ok(has(word, C.MODAL), word);
    for (const word of ['ist', 'war', 'hat', 'hatte', 'wird', 'wurde', 'würde']) assert.ok(has(word, C.AUXILIARY), word);
    assert.equal(lexicon.classes('sagte') & (C.MODAL | C.AUXILIARY), 0);
  });

  it('knows the reformed spelling where the dictionary keeps ß ("musste", "lässt", "beschloss")', () => {
    assert.ok(has('musste', C.FIN_PAST));
    assert.ok(has('lässt', C.FIN_PRES));
    assert.ok(has('beschloss', C.FIN_PAST));
  });

  it('looks sentence-initial capitals up lower-cased', () => {
    assert.ok(has('Sagte', C.FIN_PAST));
    assert.deepEqual(lexicon.verbs('Sagte'), lexicon.verbs('sagte'));
  });
});

describe('lexicon: nouns', () => {
  it('gives gender, case and number', () => {
    const quelle = reading('Quelle', 'F');
    assert.ok(quelle && quelle.caseNumber & caseBit('NOM', false));
    assert.equal(quelle.caseNumber & caseBit('NOM', true), 0);
    const quellen = reading('Quellen', 'F');
    assert.ok(quellen && quellen.caseNumber & caseBit('NOM', true));
    assert.equal(quellen.caseNumber & caseBit('NOM', false), 0);
    assert.ok(reading('Bericht', 'M'));
    assert.ok(has('Leiter', C.NOUN));
    assert.ok(reading('Leiter', 'M') && reading('Leiter', 'F'));
  });

  it('knows the -es genitive ("Krieges") and nouns lost to homonyms ("der Tag")', () => {
    assert.ok((reading('Krieges', 'M')?.caseNumber ?? 0) & caseBit('GEN', false));
    assert.ok((reading('Tages', 'M')?.caseNumber ?? 0) & caseBit('GEN', false));
  });

  it('declines nouns made from adjectives ("ein Beamter", "der Abgeordnete")', () => {
    assert.ok((reading('Beamter', 'M')?.caseNumber ?? 0) & caseBit('NOM', false));
    assert.ok((reading('Beamte', 'M')?.caseNumber ?? 0) & caseBit('NOM', false));
    assert.ok((reading('Beamten', 'M')?.caseNumber ?? 0) & caseBit('NOM', true));
    assert.ok((reading('Abgeordneter', 'M')?.caseNumber ?? 0) & caseBit('NOM', false));
  });

  it('reads unknown compounds by their final noun', () => {
    for (const [word, gender] of [
      ['Kreml-Sprecher', 'M'],
      ['Kremlsprecher', 'M'],
      ['Schwarzmeer-Initiative', 'F'],
      ['Sicherheitsforderungen', 'F'],
      ['Jahrestag', 'M'],
    ] as const) {
      assert.ok(has(word, C.NOUN | C.COMPOUND), word);
      assert.ok(reading(word, gender), `${word} ${gender}`);
    }
    assert.ok((reading('Sicherheitsforderungen', 'F')?.caseNumber ?? 0) & caseBit('NOM', true));
    assert.equal(lexicon.classes('Quelle') & C.COMPOUND, 0);
  });

  it('does not make compounds of short or lower-case words', () => {
    assert.equal(lexicon.classes('Xyzq'), 0);
    assert.equal(lexicon.classes('Scholz'), 0);
    assert.deepEqual(lexicon.nouns('prorussischer'), []);
  });
});

describe('lexicon: adjectives', () => {
  it('knows the positive and its inflected forms', () => {
    for (const word of ['neutral', 'neutralen', 'neutrales', 'dunkle', 'hohen']) assert.ok(has(word, C.ADJECTIVE), word);
  });

  it('knows comparatives and superlatives', () => {
    for (const word of ['wichtiger', 'wichtigsten', 'besser', 'größten', 'jünger']) assert.ok(has(word, C.ADJECTIVE), word);
  });

  it('reads lower-case compounds by their final adjective', () => {
    assert.ok(has('prorussischer', C.ADJECTIVE | C.COMPOUND));
    assert.ok(has('ungenannten', C.ADJECTIVE | C.COMPOUND));
  });
});

describe('lexicon: English and other words', () => {
  it('marks English words that are not German', () => {
    for (const word of ['the', 'comment', 'Comment', 'published']) assert.ok(has(word, C.ENGLISH), word);
    assert.equal(lexicon.isGerman('the'), false);
  });

  it('keeps German function words and German forms out of ENGLISH', () => {
    for (const word of ['die', 'war', 'will', 'also', 'hat', 'man', 'bald', 'fast', 'was', 'hin', 'Die', 'Art', 'hand']) {
      assert.equal(lexicon.classes(word) & C.ENGLISH, 0, word);
    }
    assert.ok(lexicon.isGerman('die'));
    assert.ok(lexicon.isGerman('demnach'));
  });

  it('knows nothing of non-words', () => {
    assert.equal(lexicon.classes('xqzzv'), 0);
    assert.equal(lexicon.classes(''), 0);
    assert.equal(lexicon.isGerman('xqzzv'), false);
    assert.deepEqual(lexicon.nouns('xqzzv'), []);
    assert.deepEqual(lexicon.verbs('xqzzv'), []);
  });
});

describe('lexicon: data format', () => {
  it('finds every form of sampled blocks, the first and the last, with its own classes', () => {
    const lines = loadLexiconData().split('\n');
    const classesAt = lines.indexOf(lines.find((l) => l.startsWith('@classes '))!);
    const formsAt = lines.indexOf(lines.find((l) => l.startsWith('@forms '))!);
    const blocks = lines.slice(formsAt + 1, lines.indexOf('@end'));
    const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const sampled = blocks.filter((_, i) => i === 0 || i === blocks.length - 1 || i % 97 === 0);
    let checked = 0;
    for (const block of sampled) {
      let previous = '';
      for (const item of block.split(' ')) {
        const colon = item.indexOf(':');
        const form = previous.slice(0, digits.indexOf(item[0]!)) + item.slice(1, colon);
        const code = parseInt(item.slice(colon + 1).split('/')[0]!, 36);
        const expected = lines[classesAt + 1 + code]!.split(' ')[0]!.split('+')
          .reduce((bits, name) => bits | C[name as keyof typeof C], 0);
        assert.equal(lexicon.classes(form), expected, form);
        previous = form;
        checked++;
      }
    }
    assert.ok(checked > 5000, `checked ${checked}`);
  });

  it('finds all forms of the data: the filter of known forms and the search keys never miss one', () => {
    const lines = loadLexiconData().split('\n');
    const formsAt = lines.indexOf(lines.find((l) => l.startsWith('@forms '))!);
    const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let checked = 0;
    let previous = '';
    for (const block of lines.slice(formsAt + 1, lines.indexOf('@end'))) {
      for (const item of block.split(' ')) {
        const form = previous.slice(0, digits.indexOf(item[0]!)) + item.slice(1, item.indexOf(':'));
        if (lexicon.entryClasses(form) === 0) assert.fail(`not found: ${form}`);
        previous = form;
        checked++;
      }
    }
    assert.ok(checked > 800_000, `checked ${checked}`);
  });

  it('rejects data that is not a lexicon', () => {
    assert.throws(() => createLexicon('hello'), /lexicon data is damaged or of another version/);
  });
});
