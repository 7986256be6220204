import type { Rule } from './rule.js';
import { anonymityGranted } from './anonymous-source/anonymity-granted.js';
import { unnamedSource } from './anonymous-source/unnamed-source.js';
import { webDebris } from './boilerplate/web-debris.js';
import { nameSpelling } from './consistency/name-spelling.js';
import { agreement } from './garbled/agreement.js';
import { capitalizedArticle } from './garbled/capitalized-article.js';
import { capitalizedFunctionWord } from './garbled/capitalized-function-word.js';
import { dativePassive } from './garbled/dative-passive.js';
import { infinitiveWerden } from './garbled/infinitive-werden.js';
import { doubleFinite } from './garbled/double-finite.js';
import { doubledWord } from './garbled/doubled-word.js';
import { lostUmlaut } from './garbled/lost-umlaut.js';
import { phraseAfterInfinitive } from './garbled/phrase-after-infinitive.js';
import { phraseAfterParticiple } from './garbled/phrase-after-participle.js';
import { phraseAfterParticle } from './garbled/phrase-after-particle.js';
import { relativePronoun } from './garbled/relative-pronoun.js';
import { runOn } from './garbled/run-on.js';
import { subjectVerbNumber } from './garbled/subject-verb-number.js';
import { subordinateOrder } from './garbled/subordinate-order.js';
import { untranslatedEnglish } from './garbled/untranslated-english.js';
import { verbThird } from './garbled/verb-third.js';
import { verblessClause } from './garbled/verbless-clause.js';
import { verblessFragment } from './garbled/verbless-fragment.js';
import { doubledPunctuation } from './typography/doubled-punctuation.js';
import { mixedQuotes } from './typography/mixed-quotes.js';
import { spaceBeforePunctuation } from './typography/space-before-punctuation.js';
import { spaceInsideQuotes } from './typography/space-inside-quotes.js';
import { unbalancedQuote } from './typography/unbalanced-quote.js';
import { assessment } from './unattributed-claim/assessment.js';
import { orphanQuote } from './unattributed-claim/orphan-quote.js';
import { prediction } from './unattributed-claim/prediction.js';
import { angeblich } from './vague-source/angeblich.js';
import { hearsaySollen } from './vague-source/hearsay-sollen.js';
import { vagueAttribution } from './vague-source/vague-attribution.js';
import { housePhrase } from './vague-source/house-phrase.js';

/** Every rule, in the order their findings are produced. */
export const allRules: readonly Rule[] = [
  unnamedSource,
  anonymityGranted,
  vagueAttribution,
  housePhrase,
  angeblich,
  hearsaySollen,
  prediction,
  assessment,
  orphanQuote,
  doubleFinite,
  capitalizedArticle,
  verblessFragment,
  verblessClause,
  subordinateOrder,
  runOn,
  untranslatedEnglish,
  agreement,
  phraseAfterParticle,
  phraseAfterParticiple,
  phraseAfterInfinitive,
  subjectVerbNumber,
  lostUmlaut,
  dativePassive,
  infinitiveWerden,
  doubledWord,
  capitalizedFunctionWord,
  verbThird,
  relativePronoun,
  webDebris,
  mixedQuotes,
  unbalancedQuote,
  spaceBeforePunctuation,
  doubledPunctuation,
  spaceInsideQuotes,
  nameSpelling,
];
