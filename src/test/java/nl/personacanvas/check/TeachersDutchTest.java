package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (lang12): Dutch as teachers write it — a statement that opens with a subordinate clause or a situation
 * ("Als ..., past zij ..."), irregular verbs in the first person and the infinitive voice, and inflections reached by
 * rule. Sentences written for these tests, none from an evaluation set.
 */
class TeachersDutchTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // after the comma that ends the leading clause, the main clause opens with its verb
        "Als een stagiair in Sevilla ziek wordt, belt zij meteen de ouders|belt",
        "Wanneer er in Lyon iets misgaat met de huisvesting, regelt hij een andere kamer|regelt",
        "Zodra de groep in Krakau aankomt, houdt ze een korte kennismaking|houdt",
        "Bij een ongeluk op de stageplek in Porto, neemt zij contact op met de school|neemt",
        "Voordat de studenten naar Gambia vertrekken, oefent hij de begroetingen met ze|oefent",
        // a comma in a list within the leading clause opens no main clause
        "Als studenten naar Polen, Spanje of Italië gaan, zoekt zij een gastgezin|zoekt",
        // no comma: after \"dan\", or at the verb before its inverted subject
        "Als de bus naar Keulen niet komt dan regelt zij een taxi|regelt",
        "Als een student uit Syrië de opdracht niet begrijpt legt ze het nog eens uit|legt",
    })
    void aLeadingClauseIsPassedOverToTheMainClause(String text, String verb) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(analysed.words().get(analysed.mainClause()).surface()).as(text).isEqualTo(verb);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // no leading clause: the statement opens with its main clause
        "Belt de ouders als een stagiair in Sevilla ziek wordt",
        "Als eerste reist zij naar Gent om de stageplekken te bekijken",
        "Onderwerpen als migratie en diversiteit, bespreekt ze in de klas",
        // a comma with no verb after it, no \"dan\", no inverted subject
        "Bij excursies naar Duitsland, België en Frankrijk",
    })
    void withoutALeadingClauseTheMainClauseIsTheStatement(String text) {
        assertThat(lexicons.analyzer.analyze(text).mainClause()).as(text).isZero();
    }

    @Test
    void theOpeningWordOfTheMainClauseWeighsAsInTheSameStatementWithTheClauseAfterIt() {
        String leading = "Als de student naar Suriname gaat, past zij de opdrachten aan op de lokale situatie";
        String trailing = "Past de opdrachten aan op de lokale situatie als de student naar Suriname gaat";
        assertThat(sorter.sort(leading, "A2").placement()).isEqualTo(sorter.sort(trailing, "A2").placement());
    }

    @Test
    void anInvertedFirstPersonWeighsAsTheThirdPerson() {
        AnalyzedText text = lexicons.analyzer.analyze("Als de groep uit Turkije komt, ontwerp ik een welkomstles");
        assertThat((int) lexicons.classifier.infinitiveHead(text))
                .isEqualTo(lexicons.analyzer.analyze("ontwerpt").words().get(0).id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // irregular verbs in the first person, before or after their subject
        "Ik geef een gastles over het onderwijs in Ghana|geeft",
        "Ik ga met de klas op excursie naar Aken|gaat",
        "Ik zie erop toe dat de stagiairs in Wenen verzekerd zijn|ziet",
        "Ik sta de studenten in Bilbao bij als ze vragen hebben|staat",
        "Ik leg contact met een school in Tallinn|legt",
        "Ik neem de toetsen af bij de studenten uit Oekraïne|neemt",
        "Als de groep in Riga aankomt, geef ik een rondleiding|geeft",
        "Als de stagiairs in Bergen vragen hebben, sta ik ze bij via Teams|staat",
        // and in the infinitive voice, after their object
        "Lijntjes leggen met scholen in Vlaanderen|legt",
        "Gastlessen geven over werken in Marokko|geeft",
        "Anderstalige nieuwkomers in de stage bijstaan|staat",
        "Excursies naar Brussel op touw zetten|zet",
        "Toezicht houden op de stagiairs in Kopenhagen|houdt",
    })
    void anIrregularVerbWeighsAsTheThirdPersonTheExamplesOpenWith(String text, String thirdPerson) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        long head = lexicons.classifier.infinitiveHead(analysed);
        int id = lexicons.analyzer.analyze(thirdPerson).words().get(0).id();
        int opening = analysed.words().stream().skip(analysed.mainClause()).filter(w -> !w.stop()).findFirst()
                .orElseThrow().id();
        assertThat(head == InfinitiveHead.NONE ? opening : (int) head).as(text).isEqualTo(id);
    }
}
