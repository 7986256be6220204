import type { Localized } from '../types.js';

/** The standards Quellcheck's rules rest on, cited in every explanation. */
export const STANDARDS = {
  ziffer2: {
    de: 'Pressekodex Ziffer 2 (Sorgfalt): Unbestätigte Meldungen, Gerüchte und Vermutungen sind als solche erkennbar zu machen.',
    en: 'German Press Code, section 2 (care): unconfirmed reports, rumours and assumptions must be recognisable as such.',
  },
  ziffer5: {
    de: 'Pressekodex Ziffer 5 (Berufsgeheimnis) schützt Informanten; AP und Reuters verlangen dafür, den Grund der Anonymität und eine möglichst genaue Beschreibung der Quelle zu nennen.',
    en: 'German Press Code, section 5 (professional secrecy) protects informants; AP and Reuters then require the reason for anonymity and as specific a description of the source as possible.',
  },
  ziffer2and5: {
    de: 'Pressekodex Ziffer 2 (Sorgfalt) und Ziffer 5 (Informantenschutz); AP- und Reuters-Regeln zu anonymen Quellen.',
    en: 'German Press Code, sections 2 (care) and 5 (protection of informants); AP and Reuters rules on anonymous sources.',
  },
  ziffer1: {
    de: 'Pressekodex Ziffer 1 und 2 (Wahrhaftigkeit, Sorgfalt): Zitate und Aussagen müssen ihren Urheber erkennen lassen; Meinung und Tatsachenbehauptung sind zu trennen.',
    en: 'German Press Code, sections 1 and 2 (truthfulness, care): quotations and statements must show who made them; opinion and fact must be kept apart.',
  },
  grammar: {
    de: 'Duden-Grammatik; Pressekodex Ziffer 2: Ein grammatisch zerstörter Satz kann Aussagen verfälschen (typisch für maschinelle Übersetzung).',
    en: 'Duden grammar; German Press Code, section 2: a grammatically broken sentence can distort statements (typical of machine translation).',
  },
  typography: {
    de: 'Duden-Rechtschreibregeln zu Anführungszeichen und Satzzeichen; einheitliche Typografie im Haus.',
    en: 'Duden rules on quotation marks and punctuation; consistent house typography.',
  },
  editing: {
    de: 'Redaktionelle Sorgfalt: Reste von Webseiten gehören nicht in den Artikel.',
    en: 'Editorial care: web-page residue does not belong in the article.',
  },
  consistency: {
    de: 'Redaktionelle Sorgfalt: Namen werden in einem Text einheitlich geschrieben (Duden-Transkription für russische Namen).',
    en: 'Editorial care: a name is spelled one way throughout a text (Duden transcription for Russian names).',
  },
} satisfies Record<string, Localized>;
