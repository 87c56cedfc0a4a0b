package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The activity quadrants for the classes of confusion of session 7, in sentences written for this test (not
 * the classifier's examples, not from an evaluation set): with whom the teacher talks, plans and budgets,
 * stepping in and giving attention in class, gathering material, and statements written as object +
 * infinitive, whose verb counts as their opening word.
 */
class QuadrantPlacementTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4|ORGANISE|Bespreekt met de stagecoördinator van het gastbedrijf in Brno wie de stagiair ophaalt",
        "A3|ORGANISE|Belt met de mentor van het leerbedrijf over de afspraken voor de anderstalige student",
        "A1|ORGANISE|Zet de week rond het Suikerfeest in de jaarplanning",
        "A5|ORGANISE|Stelt een begroting op voor de busreis naar Keulen",
        "A4|DELIVER|Praat elke week online met de stagiairs in Malta over wat ze beleven",
        "A1|DELIVER|Stuurt bij als studenten in het groepje alleen met vrienden uit hun eigen land samenwerken",
        "A1|DELIVER|Besteedt in de klas aandacht aan het Chinese Nieuwjaar",
        "A2|DESIGN|Verzamelt Franse recepten en menukaarten voor een module over de keuken",
        "A2|DESIGN|Zorgt dat de lesstof ook voorbeelden uit Azië bevat",
        "A2|DESIGN|Praktijkopdracht ontwerpen over werken in een Duitse bakkerij",
        "A5|DESIGN|Excursieprogramma uitwerken met opdrachten voor de reis naar Gent",
        "A5|ORGANISE|Busvervoer regelen voor de reis naar Praag",
        "A4|DELIVER|Wekelijks een videogesprek voeren met de stagiair in Malta",
        // session 15: a noun the examples open with, then the infinitive (deliver on 6bade89)
        "A1|DESIGN|rollenspel schrijven over een gesprek met een Turkse familie",
        "A2|DESIGN|Filmpje maken over de zorg in Duitsland",
        // session 16: a colleague named as the subject; the verb after the name opens (deliver on 0d99421)
        "A1|DESIGN|Yasmina ontwerpt een les waarin studenten muziek uit hun geboorteland laten horen en bespreken",
        "A2|ORGANISE|Bram regelt de gastles van de Belgische collega in het rooster",
        "A3|DELIVER|Sander begeleidt de stagiair bij het gesprek met de Duitse klant",
        "A1|DELIVER|Yasmina laat studenten muziek uit hun geboorteland horen en bespreken",
        // session 17: "Legt ... uit" is explaining (organise or design on 8c5ff74); "legt contact" and "legt ... vast" stay arranging
        "A2|DELIVER|Legt de opdracht twee keer uit voor de jongens die nog maar kort Nederlands leren",
        "A2|DELIVER|Legt de klas in eenvoudige woorden uit hoe een Poolse vrachtbrief werkt",
        "A2|ORGANISE|Legt contact met een Belgische rederij voor een rondleiding",
        "A4|ORGANISE|Legt de afspraken met het gastbedrijf in Gent vast in de stageovereenkomst",
    })
    void eachClassLandsInItsQuadrant(String activity, Placement expected, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isEqualTo(expected);
    }

    @Test
    void anInfinitiveAfterAnUnknownOpeningCountsAsTheFiniteOpeningVerb() {
        assertThat(head("Praktijkopdracht ontwerpen over werken in een Duitse bakkerij")).isEqualTo(id("Ontwerpt"));
        assertThat(head("Busvervoer regelen voor de reis naar Praag")).isEqualTo(id("Regelt"));
        assertThat(head("Kennismakingsles geven aan de nieuwkomers")).isEqualTo(id("Geeft"));
        long separable = head("Excursieprogramma uitwerken met opdrachten");
        assertThat((int) separable).isEqualTo(id("Werkt"));
        assertThat((int) (separable >>> 32) - 1).isEqualTo(QuadrantClassifier.particle("uit"));
    }

    @Test
    void aTeamsPluralVerbCountsAsTheFiniteOpeningVerb() {
        // session 16: "We ontwerpen ..." weighs as "Ontwerpt ..." (on 0d99421 the plural weighed nothing)
        assertThat(head("We ontwerpen een les over feesten in Polen")).isEqualTo(id("Ontwerpt"));
        assertThat(head("Wij schrijven een casus over een Poolse chauffeur")).isEqualTo(id("Schrijft"));
        // a plural noun after "we" is no verb
        assertThat(head("We studenten uit Gent")).isEqualTo(InfinitiveHead.NONE);
    }

    @Test
    void aKnownOpeningOrAnInfinitiveInAClauseKeepsItsOwnWeight() {
        assertThat(head("Ontwerpt lessen over werken in Duitsland")).isEqualTo(InfinitiveHead.NONE);
        assertThat(head("Terugkommiddag waarop stagiairs presenteren")).isEqualTo(InfinitiveHead.NONE);
        // a noun the examples open with: only the word right after it ("Coacht" reads as the noun "coach")
        assertThat(head("Rollenspel schrijven over een gesprek")).isEqualTo(id("Schrijft"));
        assertThat(head("Coacht de uitwisseling met werken in internationale teams")).isEqualTo(InfinitiveHead.NONE);
    }

    private static long head(String text) {
        return lexicons.classifier.infinitiveHead(lexicons.analyzer.analyze(text));
    }

    private static int id(String word) {
        return lexicons.analyzer.analyze(word).words().get(0).id();
    }
}
