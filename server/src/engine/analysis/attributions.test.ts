import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../testing/rule-test-kit.js';
import { hasSourceInReach } from './attributions.js';

interface Seen {
  cue: string;
  source: string | null;
  kind: string;
  message: string | null;
  continues?: number;
}

function attributionsOf(text: string): Seen[] {
  return testEngine()
    .analyze(text)
    .attributions.map((a) => {
      const seen: Seen = { cue: a.cue.text, source: a.source?.text ?? null, kind: a.sourceKind, message: a.message?.text ?? null };
      if (a.continues !== undefined) seen.continues = a.continues;
      return seen;
    });
}

function only(text: string): Seen {
  const found = attributionsOf(text);
  assert.equal(found.length, 1, `one attribution in: ${text}\n${JSON.stringify(found, null, 1)}`);
  return found[0];
}

test('verb-second clause: the Vorfeld noun phrase with its apposition is the source, the complement the message', () => {
  assert.deepEqual(only('Der Sprecher des Finanzministeriums, Peter Clever, sagte am Montag in Berlin, die Steuern würden nicht erhöht.'), {
    cue: 'sagte',
    source: 'Der Sprecher des Finanzministeriums, Peter Clever',
    kind: 'named',
    message: 'die Steuern würden nicht erhöht',
  });
});

test('a relative clause inside the Vorfeld is not part of the source', () => {
  const a = only('Der Minister, der am Montag in Paris war, sagte, er sei zufrieden.');
  assert.equal(a.source, 'Der Minister');
  assert.equal(a.message, 'er sei zufrieden');
});

test('a verb after a quotation opens its clause: the subject follows it, the quotation with its marks is the message', () => {
  assert.deepEqual(only('„Wir sind entschlossen“, sagte Kremlsprecher Dmitri Peskow am Freitag.'), {
    cue: 'sagte',
    source: 'Kremlsprecher Dmitri Peskow',
    kind: 'named',
    message: '„Wir sind entschlossen“',
  });
});

test('a clause before the verb is the message ("…, teilte das Ministerium mit")', () => {
  const a = only('Der Vertrag wurde von der Regierung gebilligt, teilte das Ministerium mit.');
  assert.equal(a.cue, 'teilte');
  assert.equal(a.source, 'das Ministerium');
  assert.equal(a.message, 'Der Vertrag wurde von der Regierung gebilligt');
});

test('a separable particle at the end of the clause makes the reporting verb; the cue is the verb part', () => {
  const a = only('Die Polizei teilte am Abend nach einer Durchsuchung mit, dass zwei Männer festgenommen worden seien.');
  assert.equal(a.cue, 'teilte');
  assert.equal(a.source, 'Die Polizei');
  assert.equal(a.message, 'dass zwei Männer festgenommen worden seien');
  assert.deepEqual(attributionsOf('Die Firma teilte die Kosten auf.'), [], '"aufteilen" reports nothing');
});

test('perfect tense: the subject of the auxiliary, a zu-infinitive as the message', () => {
  const a = only('Die Ministerin hat am Dienstag angekündigt, das Gesetz zu ändern.');
  assert.deepEqual([a.cue, a.source, a.message], ['angekündigt', 'Die Ministerin', 'das Gesetz zu ändern']);
});

test('a perfect without complement or quotation is an earlier act, not a statement', () => {
  assert.deepEqual(attributionsOf('Küng hatte zuvor die Unfehlbarkeit des Papstes kritisiert.'), []);
});

test('"wie X mitteilte": the subject of the wie-clause is the source, the main clause the message', () => {
  assert.deepEqual(only('Wie die Premierministerin von Queensland, Anna Bligh, erklärte, sei der Zivilschutz in Bereitschaft.'), {
    cue: 'erklärte',
    source: 'die Premierministerin von Queensland, Anna Bligh',
    kind: 'named',
    message: 'sei der Zivilschutz in Bereitschaft',
  });
  const after = only('Die Chemikalie stand unter Druck, wie der Firmenchef mitteilte.');
  assert.deepEqual([after.source, after.message], ['der Firmenchef', 'Die Chemikalie stand unter Druck']);
  const apposition = only('Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte.');
  assert.deepEqual([apposition.source, apposition.kind, apposition.message], ['Burt Rutan, Chef der Firma Scaled Composites', 'named', 'Die Chemikalie stand unter Druck']);
  // a dass-clause whose object has an apposition is no wie-clause: its verb stays a verb of the clause
  assert.deepEqual(
    attributionsOf('Die Kläger bemängeln, dass die Regierung den Bundesrat, die Länderkammer, ausgeschlossen hat.').map((a) => a.cue),
    ['bemängeln'],
  );
});

test('subjects the clause structure hides: a number joined to a noun, a coordinated main clause, a participle after an apposition', () => {
  assert.equal(only('Am Montag sagte der 81-Jährige, dass die Maus tot gewesen sei.').source, 'der 81-Jährige');
  // 'sein' governs no bare infinitive: "befürchten" is the finite verb of a clause of its own
  assert.equal(only('Dies war schlimm und die Bürger befürchten, dass es nicht die letzte Blockade sein wird.').source, 'die Bürger');
  assert.equal(only('Vor kurzem hatte ein Talibanführer, Baitullah Mehsud, erklärt, die Taliban würden kämpfen.').source, 'ein Talibanführer, Baitullah Mehsud');
  // a modal does govern one: the infinitive keeps the subject of its clause
  assert.equal(only('Der Minister will das Abkommen prüfen und die Regierung fragen, ob es gilt.').source, 'Der Minister');
});

test('particles inside a name belong to the source; "von" and "zu" alone are prepositions', () => {
  assert.equal(only('Am Freitag hat der Bundesinnenminister Thomas de Maizière (CDU) bekanntgegeben, dass er zurücktritt.').source, 'der Bundesinnenminister Thomas de Maizière (CDU)');
  assert.equal(only('Ursula von der Leyen sagte, die EU sei bereit.').source, 'Ursula von der Leyen');
  assert.equal(attributionsOf('Wie die Zeitung schrieb, soll Anelka zu Domenech gesagt haben: „Hau ab.“').find((a) => a.cue === 'gesagt haben')?.source, 'Anelka');
  assert.equal(only('Ein Boot, auf dem sich nach Angaben des Piratenchefs Mohamed Said 300 Euro befanden, sank.').source, 'Angaben des Piratenchefs Mohamed Said');
});

test('a separable particle after an inserted adverbial clause still completes the verb', () => {
  assert.deepEqual(
    [only('McCains Kampagne warf Obama, nachdem dessen Entscheidung publik wurde, vor, er sei ein typischer Politiker.')].map((a) => [a.cue, a.source, a.message]),
    [['warf', 'McCains Kampagne', 'er sei ein typischer Politiker']],
  );
  // a complement clause is no insertion: "sagte, dass …" keeps its cue
  assert.equal(only('Mnuchin sagte, dass die Hilfe, wenn sie kommt, an die Länder geht.').cue, 'sagte');
});

test('an outlet nobody names is vague, not an anonymous person; with its name it is named', () => {
  assert.equal(only('Ein Fernsehsender berichtete, der Minister trete zurück.').kind, 'vague');
  assert.equal(only('Eine Zeitung aus Athen berichtete, der Minister trete zurück.').kind, 'vague');
  assert.equal(only('Ein Sender namens Alpha berichtete, der Minister trete zurück.').kind, 'named');
  assert.equal(only('Ein Berater sagte, der Minister trete zurück.').kind, 'anonymous');
});

test('object first: a masculine nominative after the verb is the subject, not the Vorfeld', () => {
  assert.equal(only('Die Vorwürfe wies gestern der Minister zurück.').source, 'der Minister');
  assert.equal(only('Diese Darstellung bestätigte ein Sprecher der Polizei.').source, 'ein Sprecher der Polizei');
  // a dative or accusative after the verb leaves the Vorfeld the subject
  assert.equal(only('Die Polizei bestätigte der Zeitung den Vorfall.').source, 'Die Polizei');
  assert.equal(only('Die Kinder sagten der Lehrerin, sie seien müde.').source, 'Die Kinder');
});

test('a coordinated verb takes the subject of the first; the first clause ends before it', () => {
  const [first, second] = attributionsOf('Die Polizei lehnte eine Stellungnahme ab und sagte, die Ermittlungen liefen noch.');
  assert.equal(second.cue, 'sagte');
  assert.equal(second.source, 'Die Polizei');
  assert.equal(second.message, 'die Ermittlungen liefen noch');
  assert.notEqual(first.message, second.message);
});

test('an object in the Vorfeld: the subject stands after the verb ("Dies bestätigte …", "Den Flüchtlingen sicherte …")', () => {
  const dies = only('Der Vorschlag wurde abgelehnt. Dies bestätigte ein Sprecher der Regierung.');
  assert.equal(dies.source, 'ein Sprecher der Regierung');
  assert.equal(dies.message, 'Der Vorschlag wurde abgelehnt. Dies', 'the statement "dies" refers to');
  const dative = only('Den noch in Timor verbliebenen Flüchtlingen sicherte Präsident Gusmão zu, dass die Grenze offen bleibe.');
  assert.equal(dative.source, 'Präsident Gusmão');
});

test('prepositional cues: laut, zufolge, nach Angaben (the noun of saying belongs to the source), unter Berufung auf', () => {
  assert.deepEqual(only('Laut einem Bericht der FAZ will die Regierung die Steuer senken.'), {
    cue: 'Laut',
    source: 'einem Bericht der FAZ',
    kind: 'named',
    message: 'will die Regierung die Steuer senken',
  });
  const zufolge = only('Der Regierung zufolge sind die Vorwürfe haltlos.');
  assert.deepEqual([zufolge.source, zufolge.message], ['Der Regierung', 'sind die Vorwürfe haltlos']);
  const nach = only('Nach Angaben der Polizei wurden drei Menschen verletzt.');
  assert.deepEqual([nach.cue, nach.source, nach.kind], ['Nach', 'Angaben der Polizei', 'named']);
  const middle = only('Drei Menschen wurden nach Angaben der Polizei verletzt.');
  assert.equal(middle.message, 'Drei Menschen wurden nach Angaben der Polizei verletzt', 'a cue inside the clause: the clause');
  assert.deepEqual(attributionsOf('Nach dem Spiel gingen die Fans nach Hause.'), [], 'nach without a noun of saying is no cue');
  const berufung = attributionsOf('Wie Reuters unter Berufung auf Diplomaten berichtete, ist das Treffen abgesagt.');
  assert.deepEqual(
    berufung.map((a) => [a.cue, a.source, a.kind]),
    [
      ['unter Berufung auf', 'Diplomaten', 'anonymous'],
      ['berichtete', 'Reuters', 'named'],
    ],
  );
});

test('"…, so X" and the postposed "Seiner Meinung nach"', () => {
  assert.deepEqual(only('Die Lage sei ernst, so der Minister.'), { cue: 'so', source: 'der Minister', kind: 'named', message: 'Die Lage sei ernst' });
  const inserted = only('Doch sei es, so der Schriftsteller in einem Blog, ein Haufen mächtiger Leute gewesen.');
  assert.equal(inserted.source, 'der Schriftsteller');
  const meinung = only('Seiner Meinung nach ist die Reform gescheitert.');
  assert.deepEqual([meinung.cue, meinung.source, meinung.message], ['nach', 'Seiner Meinung', 'ist die Reform gescheitert']);
});

test('"wonach" belongs to the report before it; the reporting verb takes the wonach-clause as its message', () => {
  const [wies, wonach] = attributionsOf('Der Kreml wies Berichte zurück, wonach Putin erkrankt sei.');
  assert.deepEqual([wies.source, wies.message], ['Der Kreml', 'wonach Putin erkrankt sei']);
  assert.deepEqual([wonach.cue, wonach.source, wonach.kind], ['wonach', 'Berichte', 'named'], 'the denied reports are no vague sourcing');
});

test('agentless passives, "es heißt", "man" and "wurde bekannt" are vague', () => {
  assert.deepEqual(only('Es wurde darauf hingewiesen, dass die Frist abläuft.'), { cue: 'hingewiesen', source: null, kind: 'vague', message: 'dass die Frist abläuft' });
  assert.equal(only('Am Abend hieß es, die Gespräche seien gescheitert.').kind, 'vague');
  assert.equal(only('Am Vormittag hatte es zunächst geheißen, die Opposition habe abgesagt.').kind, 'vague');
  assert.equal(only('Man geht davon aus, dass die Wahl verschoben wird.').kind, 'vague');
  assert.equal(only('Wie bekannt wurde, hat der Konzern Verluste gemacht.').kind, 'vague');
  assert.equal(only('Als Todesursache wurde ein Herzinfarkt angegeben.').kind, 'vague');
  assert.deepEqual(attributionsOf('Der Vorschlag wurde abgelehnt.'), [], 'a decision, not a statement');
  assert.deepEqual(attributionsOf('Bisher ist nicht bekannt, warum das Unglück geschah.'), []);
});

test('an extended attribute after a numeral belongs to the source ("laut zwei mit der Sache vertrauten Personen")', () => {
  const a = only('Laut zwei mit der Angelegenheit vertrauten Personen soll die Entscheidung bald fallen.');
  assert.deepEqual([a.source, a.kind], ['zwei mit der Angelegenheit vertrauten Personen', 'anonymous']);
});

test('the nouns of an extended attribute in the Vorfeld do not decide its case ("Ein mit den Vorgängen vertrauter Beamter")', () => {
  const a = only('Ein mit den Vorgängen vertrauter Beamter erklärte, die Truppen würden abgezogen.');
  assert.deepEqual([a.source, a.kind], ['Ein mit den Vorgängen vertrauter Beamter', 'anonymous']);
});

test('"berief sich auf" an unnamed source is an anonymous cue; with a named one the subject reports', () => {
  const a = only('Die Zeitung berief sich auf namentlich nicht genannte Beamte.');
  assert.deepEqual([a.cue, a.source, a.kind], ['berief sich auf', 'namentlich nicht genannte Beamte', 'anonymous']);
  assert.equal(only('Das Blatt beruft sich dabei auf Regierungskreise.').kind, 'anonymous');
  assert.deepEqual(attributionsOf('Er stützte sich auf die Zahlen des Statistischen Bundesamtes.'), []);
});

test('a form that looks finite but closes an extended attribute is no reporting verb', () => {
  assert.deepEqual(attributionsOf('Die am Montag veröffentlichte Studie ergab, dass die Preise steigen.').map((a) => a.cue), ['ergab']);
  assert.deepEqual(attributionsOf('Der am Freitag erklärte Rücktritt überraschte alle.'), []);
});

test('a relative clause with a zu-infinitive group stays inside the Vorfeld', () => {
  const a = only('Ein Beamter, der nicht befugt war, darüber zu reden, bestätigte, dass die Pläne existieren.');
  assert.deepEqual([a.source, a.kind, a.message], ['Ein Beamter', 'anonymous', 'dass die Pläne existieren']);
});

test('a wie-clause interrupted by a closed relative clause resumes after it: its subject is the source', () => {
  const a = only('Wie ein Vertreter des Pentagons, der anonym bleiben wollte, der Zeitung „Politico“ sagte, seien die Verluste hoch.');
  assert.deepEqual([a.cue, a.source, a.kind, a.message], ['sagte', 'ein Vertreter des Pentagons', 'anonymous', 'seien die Verluste hoch']);
  assert.equal(only('Der Mann, der gestern kam, sagte, er sei müde.').source, 'Der Mann');
});

test('"man" inside the reported speech of a source is that source speaking, not a vague second one', () => {
  assert.deepEqual(
    attributionsOf('Ein Diplomat sagte der Agentur AFP, man rechne nicht mit einem schnellen Durchbruch.').map((a) => [a.cue, a.source]),
    [['sagte', 'Ein Diplomat']],
  );
  assert.equal(only('Man rechnet nicht mit einem schnellen Durchbruch.').kind, 'vague');
});

test('a passive of an act still to come, or of a question, reports no statement', () => {
  assert.deepEqual(attributionsOf('Das Ergebnis der Wahl wird am 8. Juni bekannt gegeben.'), []);
  assert.deepEqual(attributionsOf('Die Wahlergebnisse sollen kurz vor dem Abzug bekannt gegeben werden.'), []);
  assert.deepEqual(attributionsOf('Welcher Investor den Zuschlag erhält, wird im kommenden Jahr entschieden.'), []);
  assert.equal(only('Es wird berichtet, dass der Minister zurücktritt.').kind, 'vague');
  assert.equal(only('Es wird erwartet, dass die Preise steigen.').kind, 'vague');
});

test('talk without a speaker ("die Rede von"), a speaker before a colon and a quotation, thoughts with their content', () => {
  assert.deepEqual([only('Zuletzt war auch von einer Fusion die Rede.').cue, only('Zuletzt war auch von einer Fusion die Rede.').kind], ['Rede', 'vague']);
  assert.deepEqual(only('Ein Beamter der Nationalpolizei: „Hier weiß man, wer die Kriminellen sind.“'), {
    cue: ':',
    source: 'Ein Beamter der Nationalpolizei',
    kind: 'anonymous',
    message: '„Hier weiß man, wer die Kriminellen sind.“',
  });
  assert.equal(only('Analysten erwarten eine schnelle Entscheidung.').kind, 'anonymous');
  assert.equal(only('Analysten halten einen höheren Preis für wahrscheinlich.').source, 'Analysten');
  assert.deepEqual(attributionsOf('Die Firma glaubt an ihre Zukunft.'), [], 'a thought without its content');
  assert.deepEqual(attributionsOf('Beide Produkte wurden mit Spannung erwartet.'), []);
});

test('an infinitive after a modal or "lassen" takes the subject of the finite verb', () => {
  const a = only('Aktuell lässt sie dort – offenbar durch ihre Anwälte – Folgendes erklären: „Ich habe mich geirrt.“');
  assert.deepEqual([a.cue, a.source, a.message], ['erklären', 'sie', '„Ich habe mich geirrt.“']);
});

test('"In dem Bericht heißt es": the document is the source, without its preposition', () => {
  assert.deepEqual(only('Die UN legten am Montag einen Bericht über Somalia vor. In dem Bericht heißt es, die Zahl der Opfer sei gestiegen.'), {
    cue: 'heißt es',
    source: 'dem Bericht',
    kind: 'named',
    message: 'die Zahl der Opfer sei gestiegen',
  });
  assert.equal(only('In dem Bericht heißt es, die Zahl der Opfer sei gestiegen.').kind, 'vague', 'a report mentioned nowhere before');
  assert.equal(only('Nach dieser Analyse liegt die SPD vorn.').kind, 'named', 'a demonstrative refers back');
  assert.equal(only('Der Untersuchungsbericht schildert, wie es zu dem Unglück kam.').kind, 'named');
  assert.equal(only('So heißt es in der Meldung auf der Homepage von „con energy“: „Ziel ist ein Auto.“').source, 'der Meldung auf der Homepage von „con energy“');
  assert.equal(only('Aus Militärkreisen verlautete, die Truppen würden verlegt.').kind, 'anonymous');
});

test('kinds: unnamed officials, circles and bare spokespeople are anonymous; a spokesperson of a named institution is named', () => {
  const kind = (text: string) => only(text).kind;
  assert.equal(kind('Die Ukraine hat nach Angaben westlicher Geheimdienste neue Waffen erhalten.'), 'anonymous');
  assert.equal(kind('Russische Offiziere sagten, die Armee ziehe ab.'), 'anonymous');
  assert.equal(kind('Wie es aus dem Umfeld des Präsidenten hieß, ist die Entscheidung gefallen.'), 'anonymous');
  assert.equal(kind('Der ukrainische Geheimdienst SBU teilte mit, die Täter seien gefasst.'), 'named');
  assert.equal(kind('Ein hochrangiger Regierungsbeamter sagte, die Verhandlungen seien gescheitert.'), 'anonymous');
  assert.equal(kind('Diplomaten zufolge ist das Treffen abgesagt.'), 'anonymous');
  assert.equal(kind('Laut Behördenangaben starben zwei Menschen.'), 'anonymous');
  assert.equal(kind('Nach Angaben libanesischer Sicherheitskreise wurde eine Person getötet.'), 'anonymous');
  assert.equal(kind('Ein Sprecher sagte, es gebe keine Verletzten.'), 'anonymous');
  assert.equal(kind('Ein Sprecher des Finanzministeriums sagte, es gebe keine Pläne.'), 'named');
  assert.equal(kind('Ein Regierungssprecher in Berlin sagte, es gebe keine Pläne.'), 'named');
  assert.equal(kind('Regierungssprecher Steffen Seibert sagte, die Kanzlerin sei informiert.'), 'named');
  assert.equal(kind('Die Nachrichtenseite Business Insider berichtete, der Angriff sei geplant gewesen.'), 'named');
  assert.equal(kind('Einem Bloomberg-Bericht zufolge testete Putin die Bereitschaft der USA.'), 'named');
  assert.equal(kind('Berichten zufolge soll der Präsident erkrankt sein.'), 'vague');
  assert.equal(kind('Kritiker sagen, das Gesetz gehe zu weit.'), 'vague');
  assert.equal(kind('Dem Vernehmen nach soll der Vertrag bald unterzeichnet werden.'), 'vague');
});

test('"Der Bericht zitiert zwei Personen …": an unnamed source quoted by a named one is the source', () => {
  const a = only('Der Bericht zitiert zwei Personen mit engen Verbindungen zum Kreml.');
  assert.deepEqual([a.source, a.kind], ['zwei Personen mit engen Verbindungen zum Kreml', 'anonymous']);
});

test('a pronoun takes the kind of the source it refers to and continues its attribution', () => {
  const [first, second] = attributionsOf('Ein Diplomat sagte, die Gespräche seien gescheitert. Er fügte hinzu, man werde weiter verhandeln.');
  assert.equal(first.kind, 'anonymous');
  assert.deepEqual([second.cue, second.source, second.kind, second.continues], ['fügte hinzu', 'Er', 'anonymous', 0]);
  const named = attributionsOf('Peskow sagte, der Bericht sei falsch. Er fügte hinzu, man werde nichts kommentieren.');
  assert.equal(named[1].kind, 'named');
});

test('Konjunktiv I carries the attribution into the next sentences until the text moves on', () => {
  const found = attributionsOf('Die Ministerin sagte, das Gesetz komme. Es solle noch in diesem Jahr gelten. Auch die Länder seien einverstanden. Die Opposition tagte am Abend.');
  assert.equal(found.length, 2);
  const [root, carried] = found;
  assert.equal(root.source, 'Die Ministerin');
  assert.deepEqual(carried, {
    cue: 'solle',
    source: 'Die Ministerin',
    kind: 'named',
    message: 'Es solle noch in diesem Jahr gelten. Auch die Länder seien einverstanden.',
    continues: 0,
  });
});

test('a following quotation continues the statement before it', () => {
  const [, quoted] = attributionsOf('„Wir sind bereit“, sagte Peskow. „Wir warten auf ein Zeichen aus Washington.“');
  assert.deepEqual(quoted, { cue: '„', source: 'Peskow', kind: 'named', message: '„Wir warten auf ein Zeichen aus Washington.“', continues: 0 });
});

test('Konjunktiv I with nobody in reach is reported speech without a source, and no source is in reach', () => {
  const text = 'Der Zug fuhr ab. Der Präsident sei schwer erkrankt. Er werde im Krankenhaus behandelt.';
  assert.deepEqual(attributionsOf(text), [
    { cue: 'sei', source: null, kind: 'none', message: 'Der Präsident sei schwer erkrankt. Er werde im Krankenhaus behandelt.' },
  ]);
  const analysis = testEngine().analyze(text);
  assert.equal(hasSourceInReach(analysis, 1), false);
  const sourced = testEngine().analyze('Die Polizei sagte, der Fahrer sei geflohen. Er werde gesucht.');
  assert.equal(hasSourceInReach(sourced, 1), true);
  // a verb of saying whose cue starts with an auxiliary in Konjunktiv I is no lone Konjunktiv I
  const verb = testEngine().analyze('Der Zug fuhr ab. Zuvor habe befürchtet werden müssen, dass die Brücke einstürzt.');
  assert.deepEqual(verb.attributions.map((a) => [a.cue.text, a.sourceKind]), [['habe befürchtet', 'none']]);
  assert.equal(hasSourceInReach(verb, 1), true);
});

test('attributions come in text order and quotations point at their statement', () => {
  const analysis = testEngine().analyze('„Das ist falsch“, sagte Peskow. Es sei ein erfundener Bericht. Später erklärte Lawrow, man prüfe den Fall.');
  const offsets = analysis.attributions.map((a) => a.message?.offset ?? a.cue.offset);
  assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  assert.equal(analysis.quotations[0].attribution, 0);
  assert.deepEqual(analysis.coveringAttribution, [0, 1, 2]);
});

test('cues inside quotations and nouns that only look like verbs are not attributions', () => {
  assert.deepEqual(attributionsOf('Der erklärte Gegner der Reform trat zurück.'), []);
  assert.deepEqual(attributionsOf('Die angekündigten Maßnahmen greifen nicht.'), []);
});

test('a lone pronoun after "und"/"aber" is the subject, not a particle of the Vorfeld', () => {
  assert.deepEqual([only('Und er sagte, die Lage sei ruhig.').source, only('Und er sagte, die Lage sei ruhig.').kind], ['er', 'named']);
  assert.deepEqual([only('Aber man befürchtete, dass das Land Hilfe braucht.').source, only('Aber man befürchtete, dass das Land Hilfe braucht.').kind], ['man', 'vague']);
});

test('unnamed sources: "nicht genannte" and "namentlich nicht genannte" belong to the phrase; first adjectives and numerals name nobody', () => {
  const source = (text: string) => {
    const a = attributionsOf(text).find((x) => x.kind === 'anonymous');
    return a?.source;
  };
  assert.equal(source('Das Blatt berichtete unter Berufung auf nicht genannte ehemalige Beamte, der Plan sei gescheitert.'), 'nicht genannte ehemalige Beamte');
  assert.equal(source('Das Stück, basierend auf zwei namentlich nicht genannten Quellen, deutete an, dass Putin bereit sei.'), 'zwei namentlich nicht genannten Quellen');
  assert.deepEqual([only('Russischen Quellen zufolge ist das Treffen abgesagt.').source, only('Russischen Quellen zufolge ist das Treffen abgesagt.').kind], ['Russischen Quellen', 'anonymous']);
  assert.equal(only('Drei russischen Beamten zufolge trafen sich die Vermittler in der Türkei.').kind, 'anonymous');
});

test('a quoted title after its noun is a name, not the message of a reported act', () => {
  assert.deepEqual(attributionsOf('Ermittler hatten ihre Erkenntnisse bereits im September der Zeitung „International Herald Tribune“ mitgeteilt.'), []);
});

test('verbs with a preposition find it (or its da-form) anywhere in their clause', () => {
  assert.equal(only('Es wird davon ausgegangen, dass der Fahrer betrunken war.').kind, 'vague');
  const a = only('Südsudanesische Vertreter sprachen auch davon, dass die Truppen die Stadt angegriffen hätten.');
  assert.deepEqual([a.cue, a.source, a.kind], ['sprachen', 'Südsudanesische Vertreter', 'anonymous']);
  assert.equal(only('Von einer gezielten Indiskretion sprach der Abgeordnete Christian Ströbele.').source, 'der Abgeordnete Christian Ströbele');
  assert.equal(only('Analysten halten einen Silberpreis von 60 Dollar je Feinunze für wahrscheinlich.').source, 'Analysten');
  assert.deepEqual(attributionsOf('Er sprach mit dem Minister über die Lage.'), []);
});

test('a question quoted right before its verb, without a comma, is the message', () => {
  assert.deepEqual(only('„Wozu sollte die Organisation existieren?“ fragen sich Experten.'), {
    cue: 'fragen sich',
    source: 'Experten',
    kind: 'anonymous',
    message: '„Wozu sollte die Organisation existieren?“',
  });
  assert.equal(only('„Der Spiegel“ berichtete, dass der Minister zurücktritt.').source, '„Der Spiegel“');
});

test('more agentless reporting: modal passives, suppositions, requests, claims that exist without a speaker', () => {
  const vague = (text: string) => assert.equal(only(text).kind, 'vague', text);
  vague('Es kann nicht ausgeschlossen werden, dass weitere Menschen sterben.');
  vague('Dabei wurde auch erwähnt, dass der Flughafen geschlossen bleibt.');
  vague('Die Bevölkerung wurde gebeten, zu Hause zu bleiben.');
  vague('Als Ursache wird ein technischer Defekt vermutet.');
  vague('Einigkeit besteht darüber, dass die Reform nötig ist.');
  vague('Zur Frage der Gefährlichkeit herrschte die Meinung vor, dass Cannabis kaum schadet.');
  assert.deepEqual(attributionsOf('Die Polizei bittet um Mithilfe.'), [], 'a request without its content');
  assert.deepEqual(attributionsOf('Der Vorschlag wurde angenommen.'), [], 'accepted, not assumed');
  assert.deepEqual(attributionsOf('Das Ergebnis muss noch geprüft werden.'), []);
  assert.deepEqual(attributionsOf('Das sei ein äußerst wichtiger Schritt gewesen: Die Zuschauer waren begeistert.').map((a) => a.cue), ['sei']);
});

test('"wie es in dem Bericht heißt", "hieß es zunächst aus Regierungskreisen": the document or circle is the source', () => {
  assert.deepEqual(only('Wie es in dem Bericht heißt, tritt der Minister zurück.').source, 'dem Bericht');
  assert.equal(only('Das tiefgefrorene Fleisch sollte den Berichten zufolge verarbeitet werden.').kind, 'vague');
  const circles = only('Der Flughafen bleibt geschlossen, hieß es zunächst aus Regierungskreisen.');
  assert.deepEqual([circles.cue, circles.source, circles.kind], ['hieß es', 'Regierungskreisen', 'anonymous']);
  assert.equal(only('Wie es aus Polizeikreisen hieß, ist der Flughafen geschlossen.').kind, 'anonymous');
});

test('indefinite pronouns and "von offizieller Seite" are vague; "von Seiten der Polizei" is its owner', () => {
  assert.deepEqual([only('Viele befürchten, dass der Minister zurücktritt.').source, only('Viele befürchten, dass der Minister zurücktritt.').kind], ['Viele', 'vague']);
  assert.equal(only('Andere sagen, dass der Minister zurücktritt.').kind, 'vague');
  assert.equal(only('Andere Quellen sagen, dass der Minister zurücktritt.').kind, 'anonymous');
  assert.deepEqual([only('Von offizieller Seite wurde bestätigt, dass der Minister zurücktritt.').source, only('Von offizieller Seite wurde bestätigt, dass der Minister zurücktritt.').kind], ['offizieller Seite', 'vague']);
  assert.equal(only('Von Seiten der Polizei hieß es, der Täter sei gefasst.').kind, 'named');
});

test('the agent of a passive after its auxiliary; the circle a report became known from', () => {
  const agent = only('Bestätigt wurde von einem Sprecher, dass niemand verletzt wurde.');
  assert.deepEqual([agent.source, agent.kind], ['einem Sprecher', 'anonymous']);
  const circles = only('Aus Sicherheitskreisen wurde bekannt, dass die Preise steigen.');
  assert.deepEqual([circles.cue, circles.source, circles.kind], ['bekannt', 'Sicherheitskreisen', 'anonymous']);
  assert.equal(only('Wie bekannt wurde, steigen die Preise.').kind, 'vague');
});

test('the holder of an opinion named by a noun ("ist der Meinung", "vertritt die These")', () => {
  const a = only('Günter Metzges vom Netzwerk Campact ist der Meinung, dass die Klage scheitern wird.');
  assert.deepEqual([a.cue, a.source, a.kind], ['Meinung', 'Günter Metzges vom Netzwerk Campact', 'named']);
  assert.equal(only('Seit August 2013 vertritt er die These, dass die Reform scheitert.').source, 'er');
  assert.equal(only('37 Prozent sind jedoch der gegenteiligen Auffassung, dass die Demokratie nicht funktioniere.').source, '37 Prozent');
  assert.equal(only('Es herrscht die Meinung vor, dass die Reform nötig ist.').kind, 'vague');
});

test('"Demnach" and "demnach" stand for the source before them, as pronouns do', () => {
  const [root, demnach] = attributionsOf('Ein Diplomat sagte, es gebe einen Bericht. Demnach ist der Fahrer betrunken gewesen.');
  assert.equal(root.kind, 'anonymous');
  assert.deepEqual([demnach.cue, demnach.source, demnach.kind, demnach.continues], ['Demnach', 'Demnach', 'anonymous', 0]);
  const inside = attributionsOf('Die Fed legte am Montag ihre Pläne vor. Die Rolle der Fed soll demnach weiter gestärkt werden.');
  assert.deepEqual(inside.map((x) => [x.cue, x.source]), [['demnach', 'demnach']]);
});

test('sentence adverbs are no subjects; a role noun before a name carries the case; the auxiliary, not a participle, starts a coordination', () => {
  assert.equal(only('Ferner habe die Studie festgestellt, dass eine Abwanderung nicht stattfinde.').source, 'die Studie');
  assert.equal(only('Monatelang haben die Wiener Linien abgestritten, dass die Einrichtungen unsicher seien.').source, 'die Wiener Linien');
  assert.equal(only('Die Gruppe Turkey Blocks berichtet, dass Wikipedia blockiert wird.').source, 'Die Gruppe Turkey Blocks');
  assert.equal(only('Key hat sich vor Ort informiert und sprach von einer „vollständigen Zerstörung“.').source, 'Key');
  assert.equal(only('Angehörige berichteten, sie seien zufrieden.').source, 'Angehörige');
  assert.equal(only('Günther Platter wird von der Agentur Reuters mit den Worten zitiert, es habe Zustimmung gegeben.').source, 'Günther Platter');
});

test('"nach" of time or of a demand is no cue', () => {
  assert.deepEqual(attributionsOf('Bereits sechs Tage nach der Veröffentlichung des Berichts trat er zurück.'), []);
  assert.deepEqual(attributionsOf('Erst nach umfangreichen Ermittlungen wurde der Fall aufgeklärt.'), []);
  assert.deepEqual(attributionsOf('Die Gewerkschaft konnte ihre Forderung nach einem eigenen Tarifvertrag nicht durchsetzen.'), []);
  assert.equal(only('Nach ersten Ermittlungen der Polizei war der Bus zu schnell.').source, 'ersten Ermittlungen der Polizei');
});

test('more cue forms: "bekannt gab" at the clause end, "Ihnen zufolge", relatives after a report inside a phrase, perfects with their preposition', () => {
  assert.equal(only('Die Vergabe wird die letzte sein, wie der Verband am Montag bekannt gab.').source, 'der Verband');
  assert.deepEqual([only('Ihnen zufolge hat Mussawi die Mehrheit erhalten.').source, only('Ihnen zufolge hat Mussawi die Mehrheit erhalten.').kind], ['Ihnen', 'named']);
  assert.equal(only('Er war ein Schritt für die Pläne der Regierung, laut denen jeder ein Radio haben sollte.').cue, 'laut');
  assert.equal(only('Die Analysten hatten mit 62 Millionen Euro gerechnet.').kind, 'anonymous');
  assert.equal(only('Die Medien hatten am Wochenende von einem Volkskrieg gesprochen.').cue, 'gesprochen');
  assert.deepEqual(attributionsOf('Er hatte mit seiner Frau gesprochen.'), [], '"mit", not "von"');
  assert.equal(only('Die Regierung stürzte. Das erklärte General Winai vom CDRM am Montag.').source, 'General Winai vom CDRM');
  assert.deepEqual(attributionsOf('Das erklärte Ziel der Regierung ist Frieden.'), []);
});

test('a zu-infinitive without a comma is the message', () => {
  assert.deepEqual(only('Wegen des Rauchs wurden Anwohner aufgefordert Türen und Fenster geschlossen zu halten.'), {
    cue: 'aufgefordert',
    source: null,
    kind: 'vague',
    message: 'Türen und Fenster geschlossen zu halten',
  });
  assert.equal(only('Der Hersteller Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.').message, 'die Preise ab 1. Oktober zu erhöhen');
  assert.deepEqual(attributionsOf('Die angekündigten Maßnahmen greifen nicht.'), []);
});

test('a relative clause opened by a preposition before an unknown name; its complement ends where the main clause goes on', () => {
  const a = only('Die Resolution der Partei, in der Putin aufgefordert wird, die Republik Donezk anzuerkennen, würde die Spannungen verschärfen.');
  assert.deepEqual([a.source, a.kind, a.message], ['Die Resolution der Partei', 'named', 'die Republik Donezk anzuerkennen']);
  assert.equal(only('Ein Reporter drängt Psaki, ob dies bedeute, dass Biden offen sei.').source, 'Ein Reporter');
  assert.deepEqual(attributionsOf('Die Menschen drängten sich auf dem Platz.'), []);
});

test('agreements, threats, reminders and reservations report their content only', () => {
  assert.equal(only('Die Regierung und die Rebellen einigten sich darauf, dass die Bewohner gehen können.').source, 'Die Regierung und die Rebellen');
  assert.equal(only('Er drohte damit, den Vertrag zu kündigen.').message, 'den Vertrag zu kündigen');
  assert.equal(only('Er schränkte jedoch ein, dass dies nur für Kinder gelte.').cue, 'schränkte');
  assert.deepEqual(attributionsOf('Die Polizei schränkte den Verkehr ein. Es droht ein Sturm.'), []);
});

test('every quotation in a message points at its statement, and keeps the first statement that has it', () => {
  const analysis = testEngine().analyze('Peskow sagte, das sei „gut“ und „richtig“. Lawrow erklärte, er teile „diese Ansicht“. „Wir warten ab.“');
  assert.deepEqual(analysis.quotations.map((q) => q.attribution), [0, 0, 1, 2]);
  assert.equal(analysis.attributions[2].continues, 1);
});

test('an extended attribute between article and noun stays in the source ("laut einer am Montag veröffentlichten Studie")', () => {
  const a = only('Laut einer am Montag veröffentlichten Studie der Universität Kiel steigen die Mieten weiter.');
  assert.deepEqual([a.cue, a.source, a.message], ['Laut', 'einer am Montag veröffentlichten Studie der Universität Kiel', 'steigen die Mieten weiter']);
  assert.equal(only('Das erklärte der für die Region zuständige Koordinator am Abend.').source, 'der für die Region zuständige Koordinator');
  assert.equal(only('Der erst vor kurzem gewählte Bürgermeister hat erklärt, er bleibe.').source, 'Der erst vor kurzem gewählte Bürgermeister');
  assert.equal(only('Die staatlich gelenkten Sender meldeten, der Damm sei gebrochen.').source, 'Die staatlich gelenkten Sender');
  // a relative pronoun before an adverb and a verb opens no attribute
  assert.equal(attributionsOf('Der Minister, der gestern erklärte, dass er bleibe, lachte.')[0]?.source, 'der');
});

test('a genitive name keeps its capitalised adjective and a document keeps its owner', () => {
  assert.equal(only('Ein Sprecher der Europäischen Kommission kritisierte den Plan.').source, 'Ein Sprecher der Europäischen Kommission');
  assert.equal(only('Nach Angaben der Kieler Rundschau ist das Museum geschlossen.').source, 'Angaben der Kieler Rundschau');
  assert.equal(only('Nach Ansicht einiger Ökonomen sinken die Preise bald.').source, 'Ansicht einiger Ökonomen');
  assert.equal(only('Nach Berechnungen der Global Watch steigt der Meeresspiegel.').source, 'Berechnungen der Global Watch');
});

test('a finding reports with a document as its subject ("Die Untersuchung ergab, dass …"), publishing with its content', () => {
  const a = only('Die Auswertung ergab, dass der Fahrer zu schnell war.');
  assert.deepEqual([a.cue, a.source, a.message], ['ergab', 'Die Auswertung', 'dass der Fahrer zu schnell war']);
  assert.equal(only('Wie das Blatt am Freitag veröffentlichte, wird die Brücke gesperrt.').source, 'das Blatt');
  assert.deepEqual(attributionsOf('Die Prüfung ergab ein klares Bild. Das Blatt veröffentlichte ein Foto. Der Feind ergab sich.'), []);
});

test('a noun that is also a comparative is the subject when no other follows the verb ("Forscher sagen")', () => {
  assert.equal(only('Forscher bezweifeln, dass die Zahl stimmt.').source, 'Forscher');
  assert.equal(only('Später sagte sie, die Zahl stimme.').source, 'sie');
});

test('after "zitierte man" the one quoted is the source', () => {
  assert.equal(only('„Wir bleiben“, zitierte man Anna Berger.').source, 'Anna Berger');
});

test('"aussagen" reports: a witness statement', () => {
  assert.equal(only('Zwei Nachbarn haben vor Gericht ausgesagt, dass sie Schüsse hörten.').source, 'Zwei Nachbarn');
});

test('a list of noun phrases before the verb is the source as a whole ("Polen, Ungarn und Tschechien")', () => {
  assert.equal(only('Polen, Ungarn und Tschechien lehnten den Vorschlag ab.').source, 'Polen, Ungarn und Tschechien');
  assert.equal(only('Die Ministerin, der Bürgermeister und die Landrätin erklärten, sie seien sich einig.').source, 'Die Ministerin, der Bürgermeister und die Landrätin');
  // a clause before the list is no member
  assert.equal(only('Die Mieten steigen, die Löhne und die Renten sinken, sagte die Ministerin.').source, 'die Ministerin');
});

test('a complement opened by "in den" + adjective + noun is no relative clause; a zu-infinitive may be joined by another', () => {
  assert.equal(only('Die Agentur hatte berichtet, in den oberen Stockwerken seien Schüsse gefallen.').message, 'in den oberen Stockwerken seien Schüsse gefallen');
  assert.equal(only('Die Ministerin hat angekündigt, im Fall einer Niederlage sofort zurückzutreten um den Weg freizumachen.').source, 'Die Ministerin');
  assert.equal(only('Die Ministerin hat angekündigt, die Schule bis zum 3. Mai zu schließen.').message, 'die Schule bis zum 3. Mai zu schließen');
  assert.deepEqual(attributionsOf('Die Ministerin hatte das Amt angekündigt, in dem sie arbeitete.'), []);
});

test('"darstellen" reports only with its content; reflexive "herausstellen" without one reports nothing', () => {
  assert.deepEqual(attributionsOf('Der Neubau stellt eine Alternative zum Altbau dar. Der Koffer stellte sich als harmlos heraus.'), []);
  assert.equal(only('Die Zeugin stellte dar, dass der Wagen zu schnell fuhr.').source, 'Die Zeugin');
  assert.equal(only('Der Gutachter stellte heraus, dass der Wagen zu schnell fuhr.').source, 'Der Gutachter');
});

test('a web address is a named source ("wie t-online.de berichtet", "laut tagesschau.de")', () => {
  assert.equal(only('Wie meinbezirk.at berichtet, ist die Straße gesperrt.').source, 'meinbezirk.at');
  assert.deepEqual([only('Laut wetter.com wird es kalt.').source, only('Laut wetter.com wird es kalt.').message], ['wetter.com', 'wird es kalt']);
  assert.equal(only('Dem Portal wetter.com zufolge wird es kalt.').source, 'Dem Portal wetter.com');
});

test('"Es ist geplant, dass …" states a plan without a source; "wie geplant" does not', () => {
  assert.deepEqual(only('Es ist vorgesehen, dass die Schule im Herbst öffnet.'), { cue: 'vorgesehen', source: null, kind: 'vague', message: 'dass die Schule im Herbst öffnet' });
  assert.deepEqual(attributionsOf('Wie geplant, öffnet die Schule im Herbst. Die Öffnung ist für Mai vorgesehen.'), []);
});

test('the cue takes the words right next to the verb that belong to it, never the source or the message', () => {
  assert.equal(only('Die Feuerwehr teilte mit, dass niemand verletzt wurde.').cue, 'teilte mit');
  assert.equal(only('Der Verein hat bekannt gegeben, dass er umzieht.').cue, 'hat bekannt gegeben');
  assert.equal(only('Es wurde berichtet, dass die Brücke einstürzte.').cue, 'wurde berichtet');
  assert.equal(only('Die Brücke sei eingestürzt, wie berichtet wurde.').cue, 'berichtet wurde');
  assert.equal(only('Die Ministerin sprach davon, dass die Lage ernst sei.').cue, 'sprach davon');
  // the particle standing apart keeps the pronominal adverb out: "geht davon … aus"
  assert.equal(only('Die Polizei geht davon aus, dass es Brandstiftung war.').cue, 'geht');
  // a split cue is reported by its verb
  assert.equal(only('Die Feuerwehr teilte am Abend mit, dass niemand verletzt wurde.').cue, 'teilte');
});

test('appositions with a phrase of place, English names with "of", and "Bundesagentur" is no news agency', () => {
  assert.equal(only('Nach Ansicht von Anna Berg, Leiterin des Instituts in Bremen, steigen die Preise.').source, 'Ansicht von Anna Berg, Leiterin des Instituts in Bremen');
  assert.equal(only('Das berichten Forscher der University of Leeds in einer Studie.').source, 'Forscher der University of Leeds');
  assert.equal(only('„Wir sind zufrieden“, sagte der Chef der Bundesagentur für Arbeit, Hans Kurz.').source, 'der Chef der Bundesagentur für Arbeit, Hans Kurz');
  // a noun phrase with a phrase that runs on into a clause is no apposition
  assert.deepEqual(
    [only('Am Montag erklärte Anna Berg, die Leiterin des Instituts im Ruhestand sei krank.').source, only('Am Montag erklärte Anna Berg, die Leiterin des Instituts im Ruhestand sei krank.').message],
    ['Anna Berg', 'die Leiterin des Instituts im Ruhestand sei krank'],
  );
});

test('"demnach" in the Vorfeld and a phrase opened by a determiner in -en are never the subject', () => {
  const [, verb] = attributionsOf('Demnach erwartet die Regierung, dass die Preise sinken.');
  assert.deepEqual([verb.cue, verb.source], ['erwartet', 'die Regierung']);
  assert.equal(only('Seinen Rücktritt kündigte der Minister am Montag an.').source, 'der Minister');
  assert.equal(only('Den Namen der Preisträgerin gab der Verband bekannt.').source, 'der Verband');
});

test('"Danach" after a sentence that names a document means "according to it"; otherwise it tells time', () => {
  const danach = only('Das Institut legte am Montag eine Umfrage vor. Danach wollen die meisten Befragten sparen.');
  assert.deepEqual([danach.cue, danach.source, danach.message], ['Danach', 'Danach', 'wollen die meisten Befragten sparen']);
  assert.deepEqual(attributionsOf('Die Polizei nahm den Mann fest. Danach fuhr sie zurück.'), []);
});

test('"meinen" is the verb when no noun or adjective follows it, a determiner before one', () => {
  assert.equal(only('„Das reicht nicht“, meinen die Kritikerinnen des Plans.').source, 'die Kritikerinnen des Plans');
  assert.equal(only('Viele Ärztinnen meinen, dass die Regel hilft.').cue, 'meinen');
  assert.deepEqual(attributionsOf('Sie traf meinen alten Lehrer. Es war eine 20 Meter hohe Welle.'), []);
});

test('"das" before the verb after a dash points at the clause before it, also with a focus adverb', () => {
  const a = only('Der Damm hält noch, aber nicht mehr lange – das zumindest glaubt die Ingenieurin.');
  assert.deepEqual([a.cue, a.source, a.message], ['glaubt', 'die Ingenieurin', 'Der Damm hält noch, aber nicht mehr lange']);
  assert.equal(only('Der Damm hält – das erklärte der Bürgermeister.').message, 'Der Damm hält');
});

test('"aus Sicht" names whose view it is; "zu Folge" is "zufolge" written apart', () => {
  const view = only('Aus Sicht der Gewerkschaft ist der Streik rechtmäßig.');
  assert.deepEqual([view.cue, view.source, view.kind, view.message], ['Aus', 'Sicht der Gewerkschaft', 'named', 'ist der Streik rechtmäßig']);
  assert.equal(only('Aus der Sicht von Experten ist das riskant.').kind, 'anonymous');
  assert.deepEqual([only('Dem Bericht zu Folge ist die Brücke marode.').cue, only('Dem Bericht zu Folge ist die Brücke marode.').source], ['zu Folge', 'Dem Bericht']);
  assert.deepEqual(attributionsOf('Aus Sicht ist nichts zu machen. Das ist die Folge.'), []);
});

test('"ist zu hören/lesen" reports from the circle or document named, else vaguely; a "wie" clause is a perception', () => {
  const circle = only('Aus dem Rathaus war zu hören, der Plan sei gescheitert.');
  assert.deepEqual([circle.cue, circle.source, circle.message], ['zu hören', 'dem Rathaus', 'der Plan sei gescheitert']);
  assert.deepEqual([only('Im Bericht ist zu lesen, dass die Sitzung ausfiel.').source, only('Es war zu hören, dass die Sitzung ausfiel.').kind], ['Bericht', 'vague']);
  assert.deepEqual(attributionsOf('Im Radio ist zu hören, wie der Sturm tobt. Das ist schwer zu lesen, weil es klein ist.'), []);
});

test('a pronoun subject before an object noun and a noun of time after the verb; "nennt man" defines', () => {
  assert.equal(only('Auf Nachfrage erklärte er Journalisten, dass er bleibe.').source, 'er');
  assert.equal(only('Sie sagte am Sonntag, die Schule bleibe zu.').source, 'Sie');
  assert.deepEqual(attributionsOf('Als Lichtjahr bezeichnet man eine Strecke. Kometen nennt man auch Schweifsterne.'), []);
});

test('naming and comparing are no statements; a governed "von" in a passive is the content, not the agent', () => {
  assert.deepEqual(attributionsOf('Das nennt man einen „Kurssturz“. Die Partei, die sich selbst „Aufbruch“ nennt, regiert.'), []);
  assert.deepEqual(attributionsOf('Der Film zeigt Szenen, wie „Der Hafen“ von Anna Berg. Die Anklage lautet auf Betrug.'), []);
  assert.deepEqual(only('Von einer Wende wird gesprochen.'), { cue: 'gesprochen', source: null, kind: 'vague', message: 'Von einer Wende wird gesprochen.' });
  assert.equal(only('Die Antwort des Ministers lautete: „Nein.“').message, '„Nein.“');
  assert.equal(only('Sie fragte, wie es weitergehe.').message, 'wie es weitergehe');
});

test('"mit den Worten" is a cue whose source is the subject of a verb that is no verb of saying', () => {
  const a = only('Die Ministerin verließ den Saal mit den Worten, der Plan sei längst beschlossen.');
  assert.deepEqual([a.cue, a.source, a.message], ['mit den Worten', 'Die Ministerin', 'der Plan sei längst beschlossen']);
  assert.equal(only('Im Landtag warb die Ministerin mit den Worten: „Wir schaffen das.“').message, '„Wir schaffen das.“');
  assert.equal(only('Berg wird vom Sender mit den Worten zitiert, es gebe Fragen.').cue, 'zitiert');
  assert.deepEqual(attributionsOf('Sie begann ihre Rede mit den Worten, die alle kannten.'), []);
});

test('"von" + outlet after a document is its owner; "Das erklärte" + name is a verb, "Das erklärte Ziel" a noun phrase', () => {
  assert.equal(only('Laut einem Beitrag von „Reuters TV“ steigen die Mieten.').source, 'einem Beitrag von „Reuters TV“');
  assert.equal(only('Das bestätigte Greenpeace am Montag.').source, 'Greenpeace');
  assert.deepEqual(attributionsOf('Das erklärte Ziel ist ein Waffenstillstand.'), []);
});

test('a reporting clause that opens with its verb after a comma ends the message before it', () => {
  const [first, second] = attributionsOf('Die Ärztin habe erklärt, die Lage sei ernst, berichtete das Blatt.');
  assert.deepEqual([first.source, first.message], ['Die Ärztin', 'die Lage sei ernst']);
  assert.deepEqual([second.source, second.message], ['das Blatt', 'Die Ärztin habe erklärt, die Lage sei ernst']);
  assert.equal(only('Die Polizei sagte, der Mann sei gefasst, und die Lage sei ruhig.').message, 'der Mann sei gefasst, und die Lage sei ruhig');
});

test('a role noun in -er before a noun is no place adjective ("der Minister Fehler"), "Berliner" is', () => {
  assert.equal(only('Im Interview räumte der Minister Fehler ein.').source, 'der Minister');
  assert.equal(only('Das berichtete die Leipziger Volkszeitung.').source, 'die Leipziger Volkszeitung');
});

test('"erfahren" reports with the informant of its "aus" phrase or in a wie-clause; what someone learned is no statement', () => {
  assert.deepEqual(
    attributionsOf('Die Regierung will die Schuldenbremse aussetzen. Das erfuhr die Deutsche Presse-Agentur aus Koalitionskreisen.').map((a) => [a.source, a.kind]),
    [['Koalitionskreisen', 'anonymous']],
  );
  assert.equal(only('Wie die Zeitung aus Regierungskreisen erfuhr, ist der Plan fertig.').kind, 'anonymous');
  assert.equal(only('Wie die Zeitung erfuhr, ist der Plan fertig.').source, 'die Zeitung');
  assert.deepEqual(attributionsOf('Er erfuhr erst am Montag, dass er entlassen wird.'), []);
  assert.deepEqual(attributionsOf('Die Stadt erfuhr einen Aufschwung.'), []);
});

test('"gilt als sicher, dass" is a judgement of nobody in particular; a reputation is no statement', () => {
  assert.deepEqual(only('Es gilt als sicher, dass der Bundestag zustimmt.'), { cue: 'gilt als sicher', source: null, kind: 'vague', message: 'dass der Bundestag zustimmt' });
  assert.equal(only('Als wahrscheinlich gilt, dass er kommt.').kind, 'vague');
  assert.deepEqual(attributionsOf('Er gilt als Favorit für das Amt.'), []);
  assert.deepEqual(attributionsOf('Der Plan gilt als sicher.'), []);
});

test('"nach Plan" without a determiner is an idiom of manner, "nach einem Plan der EU" a source', () => {
  assert.deepEqual(
    attributionsOf('Die Agentur zitierte einen Vertreter mit den Worten, die Offensive laufe nach Plan.').map((a) => a.cue),
    ['zitierte'],
  );
  assert.equal(only('Nach einem Plan der EU müssen alle Staaten sparen.').source, 'einem Plan der EU');
});

test('a subordinate clause inside a relative clause of the subject does not hide the subject', () => {
  assert.deepEqual(
    only('Ein Mitarbeiter von Gazprom, der nicht namentlich genannt werden wollte, weil er nicht befugt ist, mit den Medien zu sprechen, sagte, die Turbine sei in Kanada.'),
    { cue: 'sagte', source: 'Ein Mitarbeiter von Gazprom', kind: 'anonymous', message: 'die Turbine sei in Kanada' },
  );
});

test('a definite document right after a named source is that source\'s statement, not a vague one', () => {
  const text = 'Das teilte der Stadtrat am Dienstag mit. Die Massnahme sei nötig, hiess es in der Mitteilung.';
  assert.deepEqual(attributionsOf(text).map((a) => a.kind), ['named', 'named']);
  assert.equal(only('In dem Bericht heißt es, die Lage sei ernst.').kind, 'vague');
  assert.equal(attributionsOf('Scholz sagte, er komme. Medienberichten zufolge ist das Treffen geplant.')[1].kind, 'vague');
});

test('interview turns: a label that opens two paragraphs or more is the speaker of its paragraph', () => {
  const text = 'Frage: Wie geht es Ihnen?\n\nMüller: Ehrlich gesagt, ich bin müde. Wir werden morgen weiterreden.\n\nFrage: Und dann?\n\nMüller: Dann sehen wir weiter.\n';
  assert.deepEqual(
    attributionsOf(text).map((a) => [a.source, a.message]),
    [
      ['Frage', 'Wie geht es Ihnen?'],
      ['Müller', 'Ehrlich gesagt, ich bin müde. Wir werden morgen weiterreden.'],
      ['Frage', 'Und dann?'],
      ['Müller', 'Dann sehen wir weiter.'],
    ],
  );
  // a label that opens one paragraph only is no interview ("Fazit: …"), nor are credits and updates
  assert.deepEqual(attributionsOf('Fazit: Die Reform wird scheitern.'), []);
  assert.deepEqual(attributionsOf('Er reiste ab.\n\nUpdate: Die Lage ist ruhig.\n\nUpdate: Die Polizei zieht ab.\n'), []);
});

test('"Bekanntlich" and "Es ist kein Geheimnis, dass" claim knowledge for nobody in particular', () => {
  assert.deepEqual(only('Bekanntlich ist die Lage ernst.'), { cue: 'Bekanntlich', source: null, kind: 'vague', message: 'Bekanntlich ist die Lage ernst' });
  assert.deepEqual(only('Es ist kein Geheimnis, dass Moskau Waffen liefert.'), { cue: 'kein Geheimnis', source: null, kind: 'vague', message: 'dass Moskau Waffen liefert' });
  assert.deepEqual(attributionsOf('Der Minister sagte, bekanntlich sei die Lage ernst.').map((a) => a.kind), ['named']);
});

test('a degree word before an attribute stays in the source ("aus gut unterrichteten Kreisen")', () => {
  assert.deepEqual(attributionsOf('Aus gut unterrichteten Kreisen verlautete, der Minister trete zurück.').map((a) => [a.source, a.kind]), [['gut unterrichteten Kreisen', 'anonymous']]);
});

test('"hieß es in Kiew": a city stands for people nobody names; a document or an outlet is a source', () => {
  assert.deepEqual(attributionsOf('In Moskau hieß es, man prüfe die Vorschläge.').map((a) => [a.source, a.kind]), [['Moskau', 'vague']]);
  assert.equal(only('Im Spiegel heißt es, er trete zurück.').kind, 'named');
});

test('a quoted name between "es" and "heißt" does not hide the cue: "Wie es in der „Bild“ heißt"', () => {
  assert.deepEqual(only('Wie es in der „Bild“ heißt, tritt er zurück.'), { cue: 'heißt', source: 'der „Bild“', kind: 'named', message: 'tritt er zurück' });
});

test('opinions with their preposition: "sehen … als/darin", "empfinden/betrachten/werten … als"', () => {
  assert.deepEqual(attributionsOf('Experten sehen darin den ersten Schritt zur Unabhängigkeit.').map((a) => [a.cue, a.source, a.kind]), [['sehen', 'Experten', 'anonymous']]);
  assert.deepEqual(attributionsOf('Die Regierung betrachtet den Vorschlag als Provokation.').map((a) => [a.cue, a.source, a.kind]), [['betrachtet', 'Die Regierung', 'named']]);
  assert.deepEqual(attributionsOf('Er sah das Spiel im Fernsehen.'), []);
});

test('a degree word before a genitive without article belongs to the owner: "Nach Angaben gut informierter Kreise"', () => {
  assert.deepEqual(attributionsOf('Nach Angaben gut informierter Kreise tritt er zurück.').map((a) => [a.source, a.kind]), [['Angaben gut informierter Kreise', 'anonymous']]);
  assert.equal(only('Nach Angaben der Polizei kamen gut 100 Menschen.').source, 'Angaben der Polizei');
});

test('a genitive owner may open with an extended attribute: "des von der Hamas kontrollierten Ministeriums"', () => {
  assert.deepEqual(
    attributionsOf('Nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums wurden 31.000 Menschen getötet.').map((a) => [a.source, a.kind]),
    [['Angaben des von der Hamas kontrollierten Gesundheitsministeriums', 'named']],
  );
  assert.equal(only('Nach Angaben der in London ansässigen Beobachtungsstelle starben 20 Menschen.').source, 'Angaben der in London ansässigen Beobachtungsstelle');
  assert.equal(only('Dem von Russland eingesetzten Gouverneur zufolge wurden drei Menschen getötet.').source, 'Dem von Russland eingesetzten Gouverneur');
});

test('"Koppelin wörtlich: „…“" names the speaker; "Und: „…“" continues the quotation before', () => {
  assert.deepEqual(
    attributionsOf('Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“ Und: „Die Gefahren sind real.“').map((a) => [a.cue, a.source]),
    [[':', 'Koppelin'], ['„', 'Koppelin']],
  );
});

test('a topic may stand between the speaker and the colon: "Nina Hagen zur neuen Heimat: „…“"; "machte klar" reports', () => {
  assert.deepEqual(
    attributionsOf('Punklady Nina Hagen zur neuen Heimat: „Die meisten Sachen sind schon umgezogen, aber ich bleibe.“').map((a) => a.source),
    ['Punklady Nina Hagen'],
  );
  assert.equal(only('Das Gericht machte klar, dass die Vorwürfe haltlos seien.').source, 'Das Gericht');
});

test('one more speaker with a colon after "und": "…, und der Ministerpräsident Jens Stoltenberg: „…“"', () => {
  assert.deepEqual(
    attributionsOf('Der Papst lobte die Wahl, und der norwegische Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh.“').map((a) => a.source),
    ['Der Papst', 'der norwegische Ministerpräsident Jens Stoltenberg'],
  );
});

test('a Konjunktiv I spelling that is a past indicative or an attribute is no reported speech', () => {
  assert.deepEqual(attributionsOf('Damit ist Chile das achte Land, das die Ehe öffnet.'), []);
  assert.deepEqual(attributionsOf('Der Pilot bremste, trotzdem raste der Jet über die Bahn.'), []);
  assert.deepEqual(attributionsOf('Der Minister sei zurückgetreten.').map((a) => a.cue), ['sei']);
});

test('in a run of reported speech a Konjunktiv II sentence goes on with it; alone it starts none', () => {
  const run = attributionsOf('Der Minister sagte, der Vertrag sei fertig. Er sei unterschriftsreif. Es würden aber noch Monate vergehen.');
  assert.deepEqual(run.map((a) => a.source), ['Der Minister', 'Der Minister']);
  assert.match(run[1].message ?? '', /Monate vergehen/);
  assert.deepEqual(attributionsOf('Die Lage ist ernst. Es würden noch Monate vergehen.'), []);
});

test('after a degree word that opens the phrase an inflected form is an attribute, not a verb: "Gut informierte Quellen sagten"', () => {
  assert.deepEqual(attributionsOf('Gut informierte Quellen sagten, er trete zurück.').map((a) => [a.cue, a.kind]), [['sagten', 'anonymous']]);
});
