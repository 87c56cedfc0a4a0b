package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attitudes worded in ways the phrase lexicon does not list, read by the weighted-evidence model
 * ({@code attitude-evidence.txt}), and the rules that keep actions, planning and other people's doings
 * out of Houding. The statements are written for this test, not taken from an evaluation set.
 */
class AttitudeEvidenceTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5 | Rolt overal makkelijk in mee tijdens de uitwisseling | flexibel",
        "A4 | Gaat gewoon door als het tegenzit in het buitenland | veerkrachtig",
        "A1 | Gaat de confrontatie aan als studenten elkaar uitschelden | zelfvertrouwen in complexe situaties",
        "A2 | Is weetgierig over het vak in andere landen | nieuwsgierig",
        "A2 | Pakt uit eigen beweging internationale projecten op | proactief",
        "A3 | Is opmerkzaam bij stagiairs die zich buitengesloten voelen | alert",
        "A5 | Neemt zonder aarzelen een beslissing als de bus niet komt | daadkrachtig",
        "A5 | Toont mededogen met studenten die heimwee hebben | empathisch",
        "A1 | Is kwetsbaar over haar eigen achtergrond | open",
        "A1 | Respecteert de gebruiken van studenten uit andere culturen | cultureel sensitief",
    })
    void paraphrasesOutsideTheLexiconNameTheirAttitude(String activity, String text, String attitude) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(s.attitudes()).containsExactly(attitude);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Blijft rustig als een debat in de klas ontspoort, en houdt iedereen aan boord"
                + " | zelfvertrouwen in complexe situaties | verbindend",
        "A3 | Merkt snel dat een stagiair zich terugtrekt en gaat naast hem zitten | alert | empathisch",
    })
    void aSecondClauseNamesASecondAttitudeByBehaviour(String activity, String text, String first, String second) {
        assertThat(sorter.sort(text, activity).attitudes()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void behaviourThatOnlyAddsASecondAttitudeNamesNoneByItself() {
        // "2 beside:" families count only in another clause than an attitude the lexicon named.
        assertThat(sorter.sort("Houdt iedereen aan boord tijdens de excursie", "A1").attitudes())
                .doesNotContain("verbindend");
        assertThat(sorter.sort("Organiseert een terugkomdag en gaat naast de stagiair zitten", "A3").attitudes())
                .isEmpty();
    }

    @Test
    void familiesMatchAnywhereInTheStatementAndInAnyForm() {
        // "brengt ... bij elkaar" with six words between; the phrase lexicon allows three.
        assertThat(sorter.sort("Brengt de stagiair en de praktijkopleider na een ruzie weer bij elkaar", "A3")
                .attitudes()).containsExactly("verbindend");
        // Weak words name an attitude together, and only from the opening: one alone does not.
        assertThat(sorter.sort("Respecteert de planning van de partnerschool in Spanje", "A5").attitudes())
                .isEmpty();
    }

    @Test
    void aNegatedEvidenceWordDoesNotCount() {
        assertThat(sorter.sort("Is weetgierig over het vak in andere landen", "A2").attitudes())
                .containsExactly("nieuwsgierig");
        assertThat(sorter.sort("Is niet weetgierig over het vak in andere landen", "A2").attitudes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5 | Als de trein naar Brussel niet rijdt gooit ze het dagprogramma om",
        "A5 | Als de gids in Rome niet komt opdagen, gooit hij het programma om",
    })
    void aNegationInALeadingClauseIsThatClauses(String activity, String text) {
        // Session 15: the "niet" is the train's, not the teacher's changing of plan.
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(s.attitudes()).containsExactly("flexibel");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5 | Formuleert leerdoelen voor de reis naar Praag waarin studenten hun eigen rol beschrijven",
        "A2 | Formuleert leeruitkomsten voor de module over Duitsland, met steeds een eigen opdracht per student",
        "A3 | Leerlingen uit Polen krijgen steeds een eigen mentor van het leerbedrijf",
    })
    void aWeakWordInsideACompoundDoesNotCount(String activity, String text) {
        // Session 15: the part "leer" of "leerdoel", "leerling" or "formuleert" is not the teacher who "leert".
        assertThat(sorter.sort(text, activity).attitudes()).doesNotContain("lerende houding");
        assertThat(sorter.sort("Leert zelf steeds bij over de zorg in Belgie", "A2").attitudes())
                .containsExactly("lerende houding");
    }

    @Test
    void daringNamesTheActivitysAttitude() {
        assertThat(sorter.sort("Durft met de groep naar Marokko te gaan", "A5").attitudes())
                .containsExactly("ondernemend");
        assertThat(sorter.sort("Durft met de groep naar Marokko te gaan", "A1").attitudes())
                .containsExactly("zelfvertrouwen in complexe situaties");
        // What the students dare towards her says nothing about her daring.
        SortedStatement theirs = sorter.sort("Studenten durven haar te bellen over de stage in Gent", "A3");
        assertThat(theirs.attitudes()).doesNotContain("ondernemend", "zelfvertrouwen in complexe situaties");
    }

    @Test
    void anAttitudeNamedByItsOwnWordStaysWhateverTheActivity() {
        assertThat(sorter.sort("Is veerkrachtig en daadkrachtig als de stage in Spanje misloopt", "A4").attitudes())
                .containsExactly("veerkrachtig", "daadkrachtig");
    }

    @Test
    void theLongerExpressionIsTheReading() {
        // Not the open-mindedness of "staat open voor"; taking feedback openly is open and, where the activity
        // asks for it, lerende houding (session 10: three independent writers label it open).
        assertThat(sorter.sort("Staat open voor feedback van collega's uit Belgie", "A2").attitudes())
                .containsExactlyInAnyOrder("open", "lerende houding");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4 | Onderneemt actie als een stagiair in Spanje zich niet aan de afspraken houdt",
        "A2 | Benadert bedrijven in Duitsland voor een excursie",
        "A5 | Maakt een planning voor de reis naar Barcelona",
        "A1 | Plant ruimte in het programma voor gesprekken over gevoelige onderwerpen",
        "A4 | Kan snel handelen bij een ongeluk van een stagiair in Polen",
        "A5 | Regelt samen met een collega de bus naar het vliegveld in Praag",
    })
    void actionsAndPlanningGetNoAttitude(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).isNotEqualTo(Placement.ATTITUDE);
        assertThat(s.attitudes()).isEmpty();
    }

    @Test
    void theAdjectiveItselfStillCounts() {
        assertThat(sorter.sort("Is goed benaderbaar voor stagiairs in Spanje", "A4").attitudes())
                .containsExactly("benaderbaar");
        assertThat(sorter.sort("Is ondernemend bij de uitwisseling", "A5").attitudes())
                .containsExactly("ondernemend");
    }
}
