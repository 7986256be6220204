/**
 * Lexical knowledge about attribution in German news: verbs and nouns of saying, the nouns that
 * make a source anonymous or vague, and well-known outlets and agencies.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Lemmas of verbs of saying, writing and (a few) thinking that introduce a reported statement. */
export const REPORTING_VERBS = words(`
  sagen erklären betonen mitteilen berichten melden schreiben äußern antworten erwidern entgegnen
  hinzufügen ergänzen bestätigen dementieren bestreiten zurückweisen widersprechen behaupten verkünden
  ankündigen bekanntgeben bekräftigen versichern unterstreichen hervorheben warnen fordern kritisieren
  vorwerfen zitieren verlauten twittern erläutern ausführen anmerken bemerken feststellen einräumen
  zugeben andeuten hinweisen signalisieren meinen glauben vermuten befürchten fürchten hoffen erwarten
  annehmen angeben mahnen appellieren prognostizieren vorhersagen beschreiben darlegen
  argumentieren begründen kommentieren verweisen beteuern gestehen leugnen verneinen zusagen
  versprechen verlangen auffordern empfehlen vorschlagen besagen heißen klarstellen präzisieren
  beklagen bezeichnen widerlegen schildern enthüllen verraten offenbaren ausschließen bezweifeln
  hervorgehen
`);

/** Reporting verbs whose grammatical object, not the subject, is the source ("Der Bericht zitiert zwei Personen"). */
export const OBJECT_SOURCE_VERBS = words('zitieren');

/** Verbs that name the asked, not the speaker; never cues. */
export const NON_CUE_VERBS = words('fragen drängen bitten');

/** Nouns of saying; a prepositional cue or a subject with one of these is a document, not a person. */
export const SAYING_NOUNS = words(`
  Angaben Angabe Aussage Aussagen Mitteilung Mitteilungen Bericht Berichte Berichten Berichts
  Erklärung Erklärungen Stellungnahme Interview Informationen Information Meldung Meldungen
  Schätzung Schätzungen Darstellung Einschätzung Auskunft Artikel Beitrag Pressemitteilung Studie
  Umfrage Zeitung Agentur Nachrichtenagentur Bloomberg-Artikel Stück
`);

/**
 * Heads of a source noun phrase that leave the source unnamed. Matched on the last part of a
 * compound too ("US-Beamte", "Regierungskreisen", "Geheimdienstquellen").
 */
export const ANONYMOUS_HEADS = [
  'quelle', 'quellen', 'beamte', 'beamter', 'beamten', 'beamtin', 'beamtinnen', 'insider', 'insidern',
  'diplomat', 'diplomaten', 'diplomatin', 'person', 'personen', 'informant', 'informanten', 'informantin',
  'mitarbeiter', 'mitarbeitern', 'mitarbeiterin', 'vertreter', 'vertretern', 'vertreterin', 'offizielle',
  'offiziellen', 'offizieller', 'kreise', 'kreisen', 'analyst', 'analysten', 'analystin', 'experte',
  'experten', 'expertin', 'gewährsmann', 'gewährsleute', 'gewährsleuten', 'funktionär', 'funktionäre',
  'funktionären', 'ermittler', 'ermittlern', 'augenzeugen', 'augenzeuge', 'anwohner', 'anwohnern',
  'behördenangaben', 'regierungsangaben', 'militärangaben', 'sicherheitskreisen', 'sprecher', 'sprecherin',
  'zeugen', 'zeuge', 'mitglieder', 'mitgliedern', 'abgeordnete', 'abgeordneten', 'militärs', 'offizier',
  'offiziere', 'offizieren', 'berater', 'beratern', 'geheimdienstler',
];

/** Spokespeople: with a named institution ("Sprecher des Finanzministeriums", "Kreml-Sprecher") they are named. */
export const SPOKESPERSON_HEADS = ['sprecher', 'sprecherin', 'pressesprecher', 'pressesprecherin', 'sprecherinnen'];

/** Heads of a source that points at nobody in particular. */
export const VAGUE_HEADS = [
  'bericht', 'berichte', 'berichten', 'medienberichten', 'medienberichte', 'medien', 'kritiker',
  'kritikern', 'beobachter', 'beobachtern', 'gerüchte', 'gerüchten', 'stimmen', 'leute', 'man',
  'zeitungsberichten', 'presseberichten', 'spekulationen',
];

/** Modifiers that mark a source as deliberately unnamed. */
export const ANONYMITY_MODIFIERS = words(`
  anonym anonyme anonymen anonymer anonymes ungenannt ungenannte ungenannten ungenannter
  namentlich genannt genannte genannten namenlos namenlose namenlosen
`);

/** Outlets, agencies and institutions that count as named sources out of the box. */
export const KNOWN_OUTLETS = words(`
  Reuters dpa AFP AP Bloomberg CNN BBC Nikkei Interfax TASS Tass RIA Xinhua Kyodo Yonhap ANSA EFE
  KNA epd SID ARD ZDF ORF SRF Spiegel FAZ NZZ Welt Zeit Presse Standard Bild Focus Stern Handelsblatt
  Tagesschau Tagesspiegel Süddeutsche Politico Axios Guardian Times Post Telegraph Financial
  Wikinews Wikileaks AA Ukrinform Unian RBC Kommersant Wedomosti Iswestija Haaretz Al-Dschasira
  Dschasira Jazeera
`);

/** Publication names that begin with an article and are not garbled ("Die Presse", "Der Spiegel"). */
export const ARTICLE_TITLES = words(`
  Presse Spiegel Welt Zeit Standard Tagesspiegel Linke Linken Grünen Grüne Republikaner Demokraten
  Erste Furche Woche Bild Sonne Simpsons Beatles Rolling Toten Hosen Prinzen Ärzte Wende Tribüne
`);
