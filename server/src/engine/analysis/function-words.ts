/**
 * Closed word classes of German. The npm lexicons cover open classes (nouns, verbs, adjectives);
 * articles, pronouns, prepositions, conjunctions and the common adverbs are a closed set and kept here.
 */
import { WordClass } from '../lexicon.js';

const words = (list: string): string[] => list.trim().split(/\s+/);

export const ARTICLES = new Set(words(`
  der die das den dem des ein eine einen einem einer eines
`));

/** Determiners that behave like articles before a noun. */
export const DETERMINERS = new Set(words(`
  dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden
  mancher manche manches manchem manchen welcher welche welches welchem welchen
  kein keine keinen keinem keiner keines
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
  sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
  unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures
  alle allen aller alles beide beiden einige einigen einiger mehrere mehreren viele vielen
  irgendein irgendeine irgendeinen irgendeinem irgendeiner irgendwelche irgendwelchen irgendwelcher
  jeglicher jegliche jegliches jeglichem jeglichen sämtliche sämtlichen sämtlicher
`));

export const PRONOUNS = new Set(words(`
  ich du er sie es wir ihr man mich mir dich dir ihn ihm uns euch ihnen sich
  dies das jemand niemand nichts etwas
`));

/** Personal pronouns that can only be, or usually are, the subject of their clause ("er sagte", "man rechnet"). */
export const SUBJECT_PRONOUNS = new Set(words(`
  ich er sie es wir man
`));

export const PREPOSITIONS = new Set(words(`
  in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über übers unter durch für
  gegen ohne um seit bis hinter neben zwischen wegen trotz während laut gemäß zufolge entlang
  außer innerhalb außerhalb oberhalb unterhalb anstatt statt mittels binnen ab per pro
  angesichts aufgrund infolge hinsichtlich bezüglich seitens inmitten gegenüber
  samt nebst dank anstelle abseits jenseits diesseits einschließlich zuzüglich mangels entgegen nahe
`));

/** Conjunctions that open a subordinate clause with the finite verb last. */
export const SUBORDINATORS = new Set(words(`
  dass daß ob weil obwohl obgleich nachdem sodass damit falls sofern indem wonach wobei bevor ehe
  wenn als da seit seitdem während bis wie wo solange sobald soweit
`));

/** Subordinators that are unambiguous: no other reading (preposition, comparison, adverb). */
export const STRICT_SUBORDINATORS = new Set(words(`
  dass daß ob weil obwohl obgleich nachdem sodass falls sofern indem wonach bevor ehe wenn
`));

export const COORDINATORS = new Set(words(`
  und oder aber denn sondern doch sowie sowohl noch
`));

export const ADVERBS = new Set(words(`
  auch noch nur schon jedoch jetzt bereits immer nie nicht sehr so dann dort hier da damals heute
  gestern morgen bald oft etwa fast kaum wohl zudem außerdem ebenfalls ebenso zuvor danach darauf
  dabei dafür dagegen damit darüber davon dazu deshalb daher deswegen trotzdem dennoch allerdings
  zwar vielleicht wahrscheinlich natürlich bisher weiter weiterhin erneut wieder mehr weniger
  gar ganz eben gerade lediglich inzwischen unterdessen zunächst schließlich endlich
  offenbar offensichtlich angeblich mutmaßlich vermutlich zumindest mindestens höchstens rund
  insbesondere nämlich also sogar besonders jeweils ebenfalls nun später früher
  derzeit zurzeit momentan künftig anschließend zugleich gleichzeitig stattdessen ohnehin
  wie warum wann wo woher wohin weshalb
  einst
`));

/** Forms of sein, haben, werden. */
export const AUXILIARIES = new Set(words(`
  bin bist ist sind seid war warst waren wart sei seist seien wäre wärst wären wäret
  habe hast hat haben habt hatte hattest hatten hattet hätte hättest hätten hättet
  werde wirst wird werden werdet wurde wurdest wurden wurdet würde würdest würden würdet
`));

export const MODALS = new Set(words(`
  kann kannst können könnt konnte konnten könne könnte könnten
  muss musst müssen müsst musste mussten müsse müsste müssten
  soll sollst sollen sollt sollte sollten solle
  will willst wollen wollt wollte wollten wolle
  darf darfst dürfen dürft durfte durften dürfe dürfte dürften
  mag magst mögen mögt mochte mochten möge möchte möchten
`));

/** Relative and demonstrative d-pronouns that may open a relative clause after a comma. */
export const RELATIVE_PRONOUNS = new Set(words(`
  der die das dem den denen dessen deren welcher welche welches welchem welchen
`));

/** Every bit `closedClasses` may set. */
export const CLOSED_CLASS_BITS =
  WordClass.ARTICLE | WordClass.PRONOUN | WordClass.PREPOSITION | WordClass.CONJ_SUBORD | WordClass.CONJ_COORD | WordClass.ADVERB | WordClass.AUXILIARY | WordClass.MODAL;

/** Word-class bits of a lower-cased word from the closed classes. */
export function closedClasses(lower: string): number {
  let cls = 0;
  if (ARTICLES.has(lower) || DETERMINERS.has(lower)) cls |= WordClass.ARTICLE;
  if (PRONOUNS.has(lower)) cls |= WordClass.PRONOUN;
  if (PREPOSITIONS.has(lower)) cls |= WordClass.PREPOSITION;
  if (SUBORDINATORS.has(lower)) cls |= WordClass.CONJ_SUBORD;
  if (COORDINATORS.has(lower)) cls |= WordClass.CONJ_COORD;
  if (ADVERBS.has(lower)) cls |= WordClass.ADVERB;
  if (AUXILIARIES.has(lower)) cls |= WordClass.AUXILIARY;
  if (MODALS.has(lower)) cls |= WordClass.MODAL;
  return cls;
}
