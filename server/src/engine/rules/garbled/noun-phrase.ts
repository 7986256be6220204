/**
 * Case, number and gender of the words of a German noun phrase, as bit sets, so that a determiner,
 * its adjectives, the noun and a governing preposition can be intersected: an empty intersection
 * means the phrase does not agree ("für ein Kommentar", "bestimmter Lebensmitteln").
 *
 * A feature set has 16 bits: bit (case * 4 + gender), cases NOM GEN DAT AKK, genders masculine,
 * feminine, neuter and plural (plural forms do not distinguish gender).
 */
import { WordClass, type Lexicon, type NounReading } from '../../lexicon.js';
import { OwnedMemo } from '../../memo.js';
import type { Analysis } from '../../analysis/model.js';

const W = WordClass;

const CASES = 'NGDA';
const GENDERS = 'MFNP';
const CASE_NAMES = ['Nom.', 'Gen.', 'Dat.', 'Akk.'];
const GENDER_NAMES = ['m.', 'f.', 'n.', 'Pl.'];

/** Features from a list such as "M.N F.G P.A" (gender.case). */
function features(spec: string): number {
  let mask = 0;
  for (const item of spec.trim().split(/\s+/)) {
    const g = GENDERS.indexOf(item[0]!);
    const c = CASES.indexOf(item[2]!);
    if (g < 0 || c < 0) throw new Error(`bad feature ${item}`);
    mask |= 1 << (c * 4 + g);
  }
  return mask;
}

/** All genders and numbers in the given cases ("DA" → dative and accusative). */
export function inCases(cases: string): number {
  let mask = 0;
  for (const c of cases) mask |= 0xf << (CASES.indexOf(c) * 4);
  return mask;
}

/** Features of the singular genders in every case. */
export const SINGULAR = 0x7777;
/** Articles that may open a genitive attribute after a noun ("die Angaben des Ministeriums"). */
export const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);

const NOM_SG = 1 << 0;
const DAT_SG = 1 << 4;
const AKK_SG = 1 << 6;
/** All three genders in the singular, the cases the feature set has in any of them. */
export function anyGender(mask: number): number {
  let cases = 0;
  for (let c = 0; c < 4; c++) if (mask & (0x7 << (c * 4))) cases |= 0x7 << (c * 4);
  return mask | cases;
}

/**
 * Features of a noun form from the lexicon's readings. The lexicon gives one form per case: the
 * dative singular of masculine and neuter nouns only with the old "-e" ("dem Tage"), and for some
 * strong nouns a weak accusative ("den Indikatoren"). So a masculine or neuter nominative singular
 * counts as accusative and dative too; weak nouns ("dem Präsident") go unchecked.
 */
export function nounFeatures(readings: readonly NounReading[]): number {
  let mask = 0;
  for (const r of readings) {
    const g = 'MFN'.indexOf(r.gender);
    const caseNumber = r.gender !== 'F' && (r.caseNumber & NOM_SG) !== 0 ? r.caseNumber | DAT_SG | AKK_SG : r.caseNumber;
    for (let c = 0; c < 4; c++) {
      if (caseNumber & (1 << (c * 2))) mask |= 1 << (c * 4 + g);
      if (caseNumber & (1 << (c * 2 + 1))) mask |= 1 << (c * 4 + 3);
    }
  }
  return mask;
}

/** Features as readable grammar ("m. Nom./Akk., Pl. Dat."), the same in German and English. */
export function describeFeatures(mask: number): string {
  const parts: string[] = [];
  for (let g = 0; g < 4; g++) {
    const cases = [0, 1, 2, 3].filter((c) => mask & (1 << (c * 4 + g))).map((c) => CASE_NAMES[c]);
    if (cases.length > 0) parts.push(`${GENDER_NAMES[g]} ${cases.join('/')}`);
  }
  return parts.join(', ');
}

export interface Determiner {
  features: number;
  /** An adjective after it takes the strong ending ("ein großer", "kein neues"), else the weak one. */
  strongAfter: boolean;
  /** The form may stand alone as a pronoun ("der", "einer", "diese") and need not begin a phrase. */
  pronoun: boolean;
}

const DETERMINERS = new Map<string, Determiner>();

function addDeterminer(form: string, spec: number, strongAfter: boolean, pronoun: boolean): void {
  DETERMINERS.set(form, { features: spec, strongAfter, pronoun });
}

for (const [form, spec] of [
  ['der', 'M.N F.G F.D P.G'],
  ['die', 'F.N F.A P.N P.A'],
  ['das', 'N.N N.A'],
  ['den', 'M.A P.D'],
  ['dem', 'M.D N.D'],
] as const) {
  addDeterminer(form, features(spec), false, true);
}
addDeterminer('des', features('M.G N.G'), false, false);

/** dieser-type endings; "-en" also before a genitive noun, as in "Anfang diesen Jahres". */
const DIESER_ENDINGS: [string, string][] = [
  ['er', 'M.N F.G F.D P.G'],
  ['e', 'F.N F.A P.N P.A'],
  ['es', 'N.N N.A M.G N.G'],
  ['en', 'M.A P.D M.G N.G'],
  ['em', 'M.D N.D'],
];
for (const stem of ['dies', 'jen', 'jed', 'manch', 'welch', 'solch', 'irgendwelch', 'jeglich']) {
  for (const [ending, spec] of DIESER_ENDINGS) {
    const singularOnly = stem === 'jed';
    addDeterminer(stem + ending, features(spec) & (singularOnly ? SINGULAR : 0xffff), false, true);
  }
}
addDeterminer('alle', features('P.N P.A'), false, true);
addDeterminer('allen', features('P.D'), false, true);

/** ein-type endings (indefinite article, kein, possessives). */
const EIN_ENDINGS: [string, string][] = [
  ['', 'M.N N.N N.A'],
  ['e', 'F.N F.A P.N P.A'],
  ['en', 'M.A P.D'],
  ['em', 'M.D N.D'],
  ['er', 'F.G F.D P.G'],
  ['es', 'M.G N.G'],
];
/** Stems and their contracted variants ("unsre"); bare "sein" and "ihr" are left out (infinitive, pronoun). */
const EIN_STEMS = ['ein', 'irgendein', 'kein', 'mein', 'dein', 'sein', 'ihr', 'unser', 'euer'];
for (const stem of EIN_STEMS) {
  for (const [ending, spec] of EIN_ENDINGS) {
    if (ending === '' && (stem === 'sein' || stem === 'ihr')) continue;
    const singularOnly = stem === 'ein' || stem === 'irgendein';
    const base = stem === 'euer' && ending !== '' ? 'eur' : stem;
    const form = base + ending;
    // "einer", "eines", "keiner", "meiner" … stand alone as pronouns too
    const pronoun = ending === 'er' || ending === 'es' || (stem === 'ein' && ending === 'e');
    addDeterminer(form, features(spec) & (singularOnly ? SINGULAR : 0xffff), ending === '', pronoun);
  }
}

export function determinerOf(lower: string): Determiner | undefined {
  return DETERMINERS.get(lower);
}

/** A preposition fused with the definite article. */
export interface Contraction {
  preposition: string;
  features: number;
}

const CONTRACTIONS = new Map<string, Contraction>();
for (const [form, preposition, spec] of [
  ['im', 'in', 'M.D N.D'],
  ['am', 'an', 'M.D N.D'],
  ['vom', 'von', 'M.D N.D'],
  ['beim', 'bei', 'M.D N.D'],
  ['zum', 'zu', 'M.D N.D'],
  ['zur', 'zu', 'F.D'],
  ['ins', 'in', 'N.A'],
  ['ans', 'an', 'N.A'],
  ['aufs', 'auf', 'N.A'],
  ['fürs', 'für', 'N.A'],
  ['übers', 'über', 'N.A'],
  ['ums', 'um', 'N.A'],
  ['durchs', 'durch', 'N.A'],
] as const) {
  CONTRACTIONS.set(form, { preposition, features: features(spec) });
}

export function contractionOf(lower: string): Contraction | undefined {
  return CONTRACTIONS.get(lower);
}

/**
 * The cases a preposition governs. Genitive prepositions accept the dative too (common usage).
 * Left out: prepositions that also open clauses ("seit", "während", "bis") or infinitives ("um …
 * zu", "ohne … zu", "statt … zu"), that stand after their noun ("zufolge", "entlang"), and
 * "pro"/"per"; "zu" is kept but never before a bare adjective ("zu hohe Kosten").
 */
const GOVERNMENT = new Map<string, number>();
for (const [cases, list] of [
  ['A', 'für durch gegen wider'],
  ['D', 'aus bei mit nach von gegenüber außer samt nebst zu'],
  ['DA', 'an auf hinter in neben über unter vor zwischen ab'],
  ['GD', 'wegen trotz entgegen anstelle infolge aufgrund angesichts innerhalb außerhalb oberhalb unterhalb hinsichtlich bezüglich seitens inmitten mittels binnen abseits jenseits diesseits einschließlich zuzüglich mangels laut gemäß dank'],
] as const) {
  for (const p of list.split(' ')) GOVERNMENT.set(p, inCases(cases));
}

export function governedCases(lowerPreposition: string): number | undefined {
  return GOVERNMENT.get(lowerPreposition);
}

/** Adjective endings after a determiner with an ending (weak) and without one (strong). */
const WEAK: Record<string, number> = {
  e: features('M.N F.N N.N F.A N.A'),
  en: 0xffff & ~features('M.N F.N N.N F.A N.A'),
};
const STRONG: Record<string, number> = {
  er: features('M.N F.G F.D P.G'),
  e: features('F.N F.A P.N P.A'),
  es: features('N.N N.A'),
  en: features('M.A M.G N.G P.D'),
  em: features('M.D N.D'),
};

/** The inflection ending of an adjective form: "em", "en", "er", "es" or "e", or "" for none. */
export function adjectiveEnding(lower: string): string {
  if (!lower.endsWith('e')) {
    const two = lower.slice(-2);
    return two === 'em' || two === 'en' || two === 'er' || two === 'es' ? two : '';
  }
  return 'e';
}

/** Features of an adjective with the given ending; 0 when the ending does not exist in that declension. */
export function adjectiveFeatures(ending: string, strong: boolean): number {
  return (strong ? STRONG[ending] : WEAK[ending]) ?? 0;
}

/** Linking elements between the parts of a compound ("Landes|amt", "Arbeit|s|markt"). */
const LINKERS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ens'];
const MIN_MODIFIER = 3;
const MIN_HEAD = 3;
/** Longest word whose compound splits are tried (keeps the rule linear). */
const MAX_COMPOUND = 40;
/** How many parts deep a compound head is split again (bounded, so every word costs at most MAX_COMPOUND² lookups). */
const MAX_COMPOUND_DEPTH = 2;
/**
 * Nouns of two genders whose second gender the lexicon lacks (it keeps one noun per spelling):
 * "der/das Teil", "der Tor/das Tor", "der/die See", "der/das Virus".
 */
const TWO_GENDERS = new Set(
  `Teil Tor Bund Golf See Band Leiter Steuer Kiefer Gehalt Schild Erbe Verdienst Moment Heide Kunde
   Laster Mark Tau Weise Marsch Flur Hut Mangel Bauer Bulle Harz Mast Messer Reis Stift Wehr Gefallen
   Elf Virus Liter Meter Joghurt Event Keks Filter Spray Bonbon Kristall Pony Radar Single Service
   Gummi Dotter Katapult Sakko Curry Kaffee Balg Halfter Otter Mail`.split(/\s+/),
);

function isOwnEntry(lexicon: Lexicon, word: string): boolean {
  const cls = lexicon.classes(word);
  return (cls & ~W.ENGLISH) !== 0 && (cls & W.COMPOUND) === 0;
}

/** Whether a compound's first part is a known word, with or without a linking element or as a verb stem ("Fahr|zeug"). */
function isKnownModifier(lexicon: Lexicon, modifier: string): boolean {
  for (const linker of LINKERS) {
    if (!modifier.endsWith(linker) || modifier.length - linker.length < MIN_MODIFIER - 1) continue;
    const base = modifier.slice(0, modifier.length - linker.length);
    if (isOwnEntry(lexicon, base) || (linker === '' && isOwnEntry(lexicon, base.toLowerCase() + 'en'))) return true;
  }
  return false;
}

/**
 * The nouns a capitalised form may be headed by: the form itself, or for a compound every final part
 * that is a known noun after a known first part. The lexicon's own guess takes the longest known
 * final part, which may be spurious ("Kassettenrek|order", "Lande|samt"); all splits are tried here.
 */
function nounHeads(lexicon: Lexicon, word: string, depth = MAX_COMPOUND_DEPTH): string[] {
  const cls = lexicon.classes(word);
  if ((cls & W.COMPOUND) === 0) return (cls & W.NOUN) !== 0 ? [word] : [];
  // a hyphenated name may have its head anywhere ("THW-Schnell-Einsatz-Einheit-Bergung-Ausland"): every
  // part counts; a lower-case last part makes the word an adjective ("Cloud-basierten")
  if (word.includes('-')) {
    if (!isCapitalizedText(word.slice(word.lastIndexOf('-') + 1))) return [];
    return word.split('-').filter((part) => part.length > 0 && isCapitalizedText(part)).flatMap((part) => nounHeads(lexicon, part, depth));
  }
  const heads: string[] = [];
  if (word.length > MAX_COMPOUND) return heads;
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const head = word.charAt(i).toUpperCase() + word.slice(i + 1);
    const headClasses = lexicon.classes(head);
    if ((headClasses & W.NOUN) === 0 || !isKnownModifier(lexicon, word.slice(0, i))) continue;
    if ((headClasses & W.COMPOUND) === 0) heads.push(head);
    // a compound of three parts whose middle is no entry of its own: "Truppen|übungs|platz"
    else if (depth > 1) heads.push(...nounHeads(lexicon, head, depth - 1));
  }
  return heads;
}

function isCapitalizedText(text: string): boolean {
  return text[0] !== text[0]!.toLowerCase();
}

/**
 * Features of a noun as its heads allow, with the gender left open where the lexicon's is unsure:
 * nouns of two genders, and "-en" nouns that are also infinitives ("Schaden", "Rahmen"), whose
 * entry a nominalised infinitive (neuter) may have replaced. Undefined for nominalised adjectives
 * ("Abgeordnete": all genders), which inflect like adjectives.
 */
function headFeatures(lexicon: Lexicon, heads: readonly string[]): number | undefined {
  let mask = 0;
  for (const head of heads) {
    const readings = lexicon.nouns(head);
    if (new Set(readings.map((r) => r.gender)).size === 3) return undefined;
    let features = nounFeatures(readings);
    // a hyphenated head takes the genders of its last part ("E-Mail")
    if (TWO_GENDERS.has(head.slice(head.lastIndexOf('-') + 1)) || (head.endsWith('en') && (lexicon.classes(head.toLowerCase()) & W.INFINITIVE) !== 0)) features = anyGender(features);
    mask |= features;
  }
  return mask;
}

/** `nounHeadFeatures` with NO_HEAD_FEATURES for undefined. */
function headFeaturesOrNone(lexicon: Lexicon, word: string): number {
  const heads = nounHeads(lexicon, word);
  return (heads.length > 0 ? headFeatures(lexicon, heads) : undefined) ?? NO_HEAD_FEATURES;
}

const NO_HEAD_FEATURES = -1;

/**
 * The head features of the nouns asked for, per lexicon: the compound splits cost dozens of lookups
 * per word, and each text asks again for most nouns of the texts before it.
 */
const rememberedHeadFeatures = new OwnedMemo<Lexicon, number>(50_000, headFeaturesOrNone);

/** Features of a capitalised noun by its heads, with an unsure gender left open; undefined when no head is known or it is a nominalised adjective. */
export function nounHeadFeatures(analysis: Analysis, word: string): number | undefined {
  const mask = rememberedHeadFeatures.of(analysis.lexicon, word);
  return mask === NO_HEAD_FEATURES ? undefined : mask;
}
