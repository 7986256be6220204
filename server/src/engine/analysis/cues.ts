/**
 * Lexical knowledge about attribution in German news: verbs and nouns of saying, the prepositions
 * and adverbs that attribute, the nouns that make a source anonymous or vague, and well-known
 * outlets and agencies. Grammar (where a source or a message stands) lives in attributions.ts.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Lemmas of verbs of saying and writing that introduce a reported statement, with or without a
 * complement clause ("Thierse fordert zusätzliche Offenlegungspflichten" reports a demand too).
 * Separable verbs are listed whole; their particle may stand at the end of the clause.
 */
export const SPEECH_VERBS = words(`
  sagen erklären betonen mitteilen berichten melden schreiben äußern antworten erwidern entgegnen
  kontern hinzufügen ergänzen anfügen bestätigen dementieren bestreiten abstreiten zurückweisen
  widersprechen behaupten verkünden ankündigen bekanntgeben bekanntmachen bekräftigen versichern
  unterstreichen hervorheben herausstellen herausstreichen warnen mahnen fordern verlangen auffordern
  aufrufen appellieren anregen vorschlagen empfehlen abraten plädieren kritisieren bemängeln
  beklagen beanstanden monieren rügen anprangern loben begrüßen würdigen zitieren
  verlauten twittern posten erläutern ausführen darlegen schildern beschreiben erzählen
  anmerken bemerken erwähnen einwenden feststellen konstatieren resümieren bilanzieren einräumen zugeben
  eingestehen gestehen andeuten signalisieren bekunden beteuern leugnen verneinen zusagen zusichern
  versprechen garantieren androhen vorwerfen beschuldigen bezichtigen unterstellen bezeichnen
  nennen titulieren klarstellen richtigstellen präzisieren verraten enthüllen offenbaren preisgeben
  verweisen hinweisen begründen rechtfertigen argumentieren kommentieren bewerten beurteilen
  prognostizieren vorhersagen voraussagen angeben informieren unterrichten wiederholen skandieren
  rufen zurufen besagen heißen sprechen ablehnen verteidigen nachsagen ausschließen aussagen klarmachen
`);

/**
 * Verbs of thinking, expecting and concluding, and of asking and suspecting. They report a
 * statement only with a complement ("Experten befürchten, dass …", "hofft, … zu können", "bat die
 * Anwohner, im Haus zu bleiben"); "Beide Produkte wurden mit Spannung erwartet" and "bat um Hilfe"
 * report nothing. So do publishing ("veröffentlichte, dass …"), "darstellen", which without a
 * complement means "to be" ("stellt eine Alternative dar"), and "lauten" ("Die Anklage lautet auf
 * Totschlag" against "Die Antwort lautete: …").
 */
export const THOUGHT_VERBS = words(`
  meinen glauben vermuten befürchten fürchten hoffen erwarten annehmen ausgehen schätzen rechnen
  bezweifeln zweifeln einschätzen folgern urteilen denken halten fragen spekulieren munkeln
  zeigen belegen ergeben hervorgehen entscheiden beschließen bedauern bitten verdächtigen drängen
  einigen anbieten drohen anweisen erhoffen überlegen erinnern einschränken veröffentlichen darstellen lauten
  erfahren sehen empfinden betrachten werten
`);

/** Thoughts whose agentless passive states a supposition even without a complement ("Als Ursache wird ein Defekt vermutet"). */
export const SUPPOSITION_VERBS = words('vermuten befürchten');

/**
 * Verbs of informing: their agentless passive still reports a statement ("Als Todesursache wurde
 * ein Herzinfarkt angegeben"), unlike "Der Vorschlag wurde abgelehnt", which reports a decision.
 */
export const INFORMING_VERBS = words(`
  sagen erklären mitteilen berichten melden angeben bekanntgeben bekanntmachen verkünden bestätigen
  behaupten äußern schildern beschreiben darstellen dementieren verbreiten nachsagen erwähnen
`);

/** Reporting verbs whose grammatical object, not the subject, is the source ("Der Bericht zitiert zwei Personen"). */
export const OBJECT_SOURCE_VERBS = words('zitieren');

/**
 * Verbs that need their preposition (or its da-form) to report anything, before or after the verb
 * ("spricht von", "Von einer Krise sprach …", "sprachen davon, dass", "wird davon ausgegangen").
 */
export const VERBS_WITH_PREPOSITION: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sprechen', words('von vom davon')],
  ['ausgehen', words('davon')],
  ['rechnen', words('mit damit')],
  ['halten', words('für dafür')],
  ['sehen', words('als darin')],
  ['empfinden', words('als')],
  ['betrachten', words('als')],
  ['werten', words('als')],
]);

/** Passives whose subject is the speaker ("Hoyzer wird von Spiegel-Online zitiert"). */
export const SPEAKER_SUBJECT_PASSIVES = words('zitieren');

/**
 * Separable particles of reporting verbs that stand apart at the end of a main clause ("teilte …
 * mit", "fügte … hinzu", "gab … bekannt", "wies … darauf hin").
 */
export const REPORTING_PARTICLES = words(`
  mit hinzu an bekannt fest hin zurück vor ab aus ein zu auf dar heraus hervor klar richtig
  nach wieder zusammen
`);

/**
 * Nouns of saying and knowing. After "nach" they make the preposition a cue ("nach Angaben der
 * Polizei", "nach Meinung der Experten", "dem Vernehmen nach"), and a source with one of these as
 * its head is a document whose owner, if any, is the real source.
 */
export const SAYING_NOUNS = words(`
  Angaben Angabe Aussage Aussagen Mitteilung Mitteilungen Bericht Berichte Berichten Berichts
  Erklärung Erklärungen Stellungnahme Interview Informationen Information Meldung Meldungen
  Schätzung Schätzungen Darstellung Einschätzung Einschätzungen Auskunft Auskünften Artikel Beitrag
  Pressemitteilung Studie Studien Umfrage Umfragen Meinung Ansicht Auffassung Worten Worte
  Erkenntnissen Erkenntnis Berechnungen Analyse Analysen Untersuchung Untersuchungen Ermittlungen
  Vernehmen Bekunden Überzeugung Überzeugungen Prognose Prognosen Hochrechnung Hochrechnungen
  Recherchen Unterlagen Dokumenten Daten Zahlen Statistik Statistiken Ergebnissen Zählung
  Schilderung Schilderungen Beobachtungen Vermutungen Vermutung Spekulationen Gerüchte Gerüchten Zeugenaussagen
  Auswertung Befunde Befunden Urteil Gutachten Aussagen Vorhersage Vorhersagen
`);

/**
 * Nouns of plans, rules and findings that make "nach" mean "according to" as well ("Nach dem
 * Grundgesetz ist …", "Nach einem Plan der EU müssen …", "Nach bisherigen Erfahrungen geht …").
 */
export const ACCORDING_TO_NOUNS = words(`
  Plan Pläne Plänen Planungen Planung Dokument Dokumenten Veröffentlichung Darstellungen Idee Vorstellung
  Vorstellungen Erfahrungen Stand Kenntnisstand Erkenntnisstand Ergebnis Endergebnis Ergebnissen
  Hinweis Hinweisen Nachricht Nachrichten Wunsch Willen Ankündigung Quellenlage Gesetz Gesetzen
  Grundgesetz Verfassung Entwurf Gesetzentwurf Gesetzesentwurf Vorlage Regelung Regeln Vertrag
  Lesart Version Theorie Messungen Zählungen Rechnung Berechnung Vorgaben Richtlinien Satzung
`);

/**
 * Nouns of claims whose content follows as a clause ("die Behauptung, dass …", "der Vorwurf, er
 * habe …", "Zweifel daran, ob …"): the noun is the cue, its owner (if any) the source.
 */
export const CLAIM_NOUNS = words(`
  Behauptung Behauptungen Aussage Aussagen Hinweis Hinweise Forderung Forderungen Aufforderung
  Warnung Warnungen Vorwurf Vorwürfe Befürchtung Befürchtungen Ankündigung Erklärung Mitteilung
  Meldung Meldungen Bericht Berichte Gerücht Gerüchte Vermutung Vermutungen Einschätzung Ansicht
  Meinung Auffassung Überzeugung Zweifel Konsens Einigkeit Annahme Spekulation Spekulationen
  Drohung Zusage Versprechen Vorschlag Appell Empfehlung Angabe Angaben Darstellung Version These
  Theorie Kritik Klage Beschuldigung Beschuldigungen Anschuldigung Anschuldigungen Dementi
`);

/** Saying nouns that stand after "nach" as a postposition: "Seiner Meinung nach", "Dem Vernehmen nach". */
export const POSTPOSED_NACH_NOUNS = words(`
  Meinung Ansicht Auffassung Einschätzung Vernehmen Angaben Worten Aussage Aussagen Überzeugung
  Darstellung Schätzung Schätzungen Berechnungen
`);

/**
 * Heads of a source noun phrase that leave the source unnamed. Matched on the last part of a
 * compound too ("US-Beamte", "Regierungskreisen", "Geheimdienstquellen").
 */
export const ANONYMOUS_HEADS = [
  'quelle', 'quellen', 'beamte', 'beamter', 'beamten', 'beamtin', 'beamtinnen', 'insider', 'insidern',
  'diplomat', 'diplomaten', 'diplomatin', 'diplomatinnen', 'person', 'personen', 'informant', 'informanten',
  'informantin', 'mitarbeiter', 'mitarbeitern', 'mitarbeiterin', 'mitarbeiterinnen', 'vertreter', 'vertretern',
  'vertreterin', 'vertreterinnen', 'offizielle', 'offiziellen', 'offizieller', 'kreise', 'kreisen', 'analyst',
  'analysten', 'analystin', 'analystinnen', 'experte', 'experten', 'expertin', 'expertinnen', 'gewährsmann',
  'gewährsleute', 'gewährsleuten', 'ermittler', 'ermittlern', 'ermittlerin', 'augenzeugen', 'augenzeuge',
  'augenzeugin', 'zeugen', 'zeuge', 'zeugin', 'anwohner', 'anwohnern', 'anwohnerin', 'behördenangaben',
  'sicherheitskreisen', 'geheimdienstler', 'geheimdienste', 'geheimdiensten', 'nachrichtendienste',
  'nachrichtendiensten', 'offiziere', 'offizieren', 'funktionäre', 'funktionären', 'umfeld',
];

/** Compounds that end like an anonymous head but name a role ("Stellvertreter", "Volksvertreter"). */
export const NOT_ANONYMOUS_HEADS = ['stellvertreter', 'stellvertreterin', 'volksvertreter', 'zeugenaussagen'];

/** Spokespeople: with a named institution ("Sprecher des Finanzministeriums", "Kreml-Sprecher") they are named. */
export const SPOKESPERSON_HEADS = ['sprecher', 'sprecherin', 'sprecherinnen', 'pressesprecher', 'pressesprecherin'];

/** Heads of a source that points at nobody in particular. */
export const VAGUE_HEADS = [
  'bericht', 'berichte', 'berichten', 'medienberichten', 'medienberichte', 'medien', 'kritiker',
  'kritikern', 'beobachter', 'beobachtern', 'gerüchte', 'gerüchten', 'stimmen', 'leute', 'man',
  'zeitungsberichten', 'presseberichten', 'spekulationen', 'meldungen', 'agenturmeldungen',
  'pressemeldungen', 'medienmeldungen', 'schätzungen', 'vermutungen',
];

/** Modifiers that mark a source as deliberately unnamed ("eine anonyme Quelle", "nicht genannte Beamte"). */
export const ANONYMITY_MODIFIERS = words(`
  anonym anonyme anonymen anonymer anonymes ungenannt ungenannte ungenannten ungenannter
  namentlich genannt genannte genannten namenlos namenlose namenlosen
`);

/** Possessive and reflexive determiners whose owner is a source named before ("nach eigenen Angaben", "seiner Meinung nach"). */
export const ANAPHORIC_DETERMINERS = words(`
  eigenen eigener eigenem eigene seiner seinen seinem seine ihrer ihren ihrem ihre dessen deren
`);

/** Pronouns that stand for a source named before. */
export const ANAPHORIC_PRONOUNS = words('er sie ihm ihr ihnen ihn dieser diese demnach demzufolge');

/** Outlets, agencies and institutions that count as named sources out of the box. */
export const KNOWN_OUTLETS = words(`
  Reuters dpa AFP AP Bloomberg CNN BBC Nikkei Interfax TASS Tass RIA Xinhua Kyodo Yonhap ANSA EFE
  KNA epd SID ARD ZDF ORF SRF Spiegel FAZ NZZ Welt Zeit Presse Standard Bild Focus Stern Handelsblatt
  Tagesschau Tagesspiegel Süddeutsche Politico Axios Guardian Times Post Telegraph Financial
  Wikinews Wikileaks AA Ukrinform Unian RBC Kommersant Wedomosti Iswestija Haaretz Al-Dschasira
  Dschasira Jazeera
`);

/** Nouns of time: a phrase headed by one ("am Montag", "im Dezember") is never part of a source. */
export const TIME_NOUNS = words(`
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend Wochenende Woche Wochen Tag
  Tage Tagen Tages Abend Morgen Vormittag Mittag Nachmittag Nacht Jahr Jahre Jahren Jahres Monat
  Monate Monaten Monats Januar Februar März April Mai Juni Juli August September Oktober November
  Dezember Jänner Frühjahr Sommer Herbst Winter Anfang Ende Mitte Zeitpunkt Stunden Minuten
`);

/** Publication names that begin with an article and are not garbled ("Die Presse", "Der Spiegel"). */
export const ARTICLE_TITLES = words(`
  Presse Spiegel Welt Zeit Standard Tagesspiegel Linke Linken Grünen Grüne Republikaner Demokraten
  Erste Furche Woche Bild Sonne Simpsons Beatles Rolling Toten Hosen Prinzen Ärzte Wende Tribüne
`);
