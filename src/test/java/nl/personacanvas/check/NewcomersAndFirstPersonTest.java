package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 11 (quad11): the classes the study sets S36-S39 showed on the generic side and in the clause grammar —
 * international content named only through a newcomer's home town, a people, a nationality adjective in -ese, a
 * host family, how long a student has been in the Netherlands, the flight or customs that differ; the teacher
 * writing in the first person ("Stagiairs appen me ...", "Ik ontwerp ..."); and "Zorgt dat iedereen ..." in class as a task, not an
 * attitude the trained model reads into the people's state. Sentences written for these tests, none from an
 * evaluation set.
 */
class NewcomersAndFirstPersonTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a home town or internship town abroad, a people
        "A2|Laat een student die als elektricien in Aleppo werkte zijn aanpak voordoen",
        "A1|Vraagt een student uit Kabul naar de bouwwijze van huizen daar",
        "A3|Bespreekt met de stagiair hoe een kantoor in Asmara verschilt van zijn stageplek",
        "A4|Houdt wekelijks contact met het leerbedrijf in Mombasa",
        "A5|Bereidt de groep voor op een bezoek aan een Masai-dorp",
        // an adjective of nationality in -ese (Maltees, Nepalees)
        "A4|Belt met de Maltese praktijkopleider over het werkrooster",
        "A1|Laat studenten een Nepalese maaltijd bereiden",
        // a host family, wherever the persona works
        "A3|Helpt een student die bij een gastgezin in Zwolle woont",
        "A5|Laat studenten een dankbrief schrijven aan hun gastgezinnen",
        // how long a student has been here; the flight
        "A3|Begeleidt een stagiair die kort in Nederland woont bij het eerste werkoverleg",
        "A1|Laat niemand over zijn vlucht vertellen die dat niet wil",
        // customs that differ from one's own
        "A3|Bereidt studenten voor op klanten met andere gewoontes",
        "A3|Bespreekt met de stagiairs hoe ze omgaan met andere gebruiken op de werkvloer",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Leert studenten nieuwe gewoontes aan zoals op tijd komen",
        "A1|Bespreekt de gewoontes van de klas bij het opruimen",
        "A3|Geeft de stagiair de ruimte om het werk op zijn eigen manier te doen",
        "A1|Legt de nieuwe roosterwijziging uit aan de klas",
    })
    void everydayHabitsAndNewsStayTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @Test
    void theAdjectiveRuleDoublesOnlyAVowelBeforeItsLastConsonant() {
        // "Kosovaarse" is Kosovaars + e as written; "Maltese" is Maltees; "Franse" is Frans + e; a word that is no
        // name stays nothing ("grote", "mooie")
        assertThat(cues("A1", "Praat met de Kosovaarse ouders")).isTrue();
        assertThat(cues("A1", "Praat met de Maltese ouders")).isTrue();
        assertThat(cues("A1", "Praat met de Franse ouders")).isTrue();
        assertThat(cues("A1", "Praat met de grote groep ouders")).isFalse();
        assertThat(cues("A1", "Praat met de mooie ouders")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // others acting towards the teacher who writes "me"/"mij"
        "A3|Stagiairs kunnen me altijd appen als ze in Lyon vastlopen",
        "A1|Studenten uit de ISK weten mij te vinden met hun vragen",
    })
    void othersTowardsATeacherWritingInTheFirstPersonAreNoOtherPersonsTask(String activity, String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.actors.isOtherPerson(analysed)).as(text).isFalse();
        assertThat(lexicons.actors.teacherAsObject(analysed)).as(text).isPositive();
        assertThat(sorter.sort(text, activity).reason()).as(text).isNotEqualTo(GenericReason.OTHER_PERSON);
    }

    @Test
    void othersWithTheirOwnObjectStillActOnTheirOwn() {
        assertThat(lexicons.actors.isOtherPerson(lexicons.analyzer.analyze(
                "Het international office regelt de visa voor de reis naar Kenia"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what the teacher brings about among people in class is a task; the trained model may not read the
        // people's state (safe, at ease, heard) as the teacher's attitude
        "A1|Zorgt dat iedereen in de klas zich vrij voelt om over zijn geloof te vertellen",
        "A1|Zorgt ervoor dat de nieuwkomers zich thuis voelen in de groep",
        "-|Zorgt dat iedereen zich veilig voelt om iets te zeggen",
    })
    void bringingAboutAStateInClassIsNoAttitude(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity.equals("-") ? null : activity);
        assertThat(s.attitudes()).as(text).isEmpty();
        assertThat(s.bestQuadrant()).as(text).isEqualTo(Quadrant.DELIVER);
        assertThat(lexicons.attitudes.shapedAsAttitude(lexicons.analyzer.analyze(text), -1)).as(text).isFalse();
    }

    @Test
    void bringingPeopleTogetherStaysTheLexiconsAttitude() {
        SortedStatement s = sorter.sort("Zorgt dat de Syrische en Nederlandse studenten samen optrekken", "A1");
        assertThat(s.placement()).isEqualTo(Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).containsExactly("verbindend");
    }

    @Test
    void aFirstPersonOpeningIsPassedOverLikeHijAndZij() {
        // "Ik blijf ... als ...": the leading verb after the pronoun gives the statement its predicate
        AnalyzedText text = lexicons.analyzer.analyze("Ik blijf rustig als een discussie over Gaza in de klas oploopt");
        assertThat(lexicons.attitudes.shapedAsAttitude(text, -1)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ik ontwerp een module over werken in een Duitse keuken|ontwerpt",
    })
    void aFirstPersonVerbWeighsAsTheThirdPersonTheExamplesOpenWith(String text, String thirdPerson) {
        long head = lexicons.classifier.infinitiveHead(lexicons.analyzer.analyze(text));
        assertThat((int) head).as(text).isEqualTo(lexicons.analyzer.analyze(thirdPerson).words().get(0).id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a third person, and first persons that share its stem (begeleid(t), regel(t)), already weigh as openings
        "Ontwerpt een module over werken in een Duitse keuken",
        "Ik begeleid de stagiairs in Gent op afstand",
        "Ik regel de verzekering voor de reis naar Kenia",
        // the inflection rule "=> t" reads "bedenk" as "bedenkt" already (session 11, the lead)
        "Ik bedenk een opdracht over klanten uit Polen",
    })
    void aKnownOpeningNeedsNoFirstPersonRule(String text) {
        assertThat(lexicons.classifier.infinitiveHead(lexicons.analyzer.analyze(text))).as(text)
                .isEqualTo(InfinitiveHead.NONE);
    }

    private static boolean cues(String activity, String text) {
        return InternationalCues.appliesTo(lexicons.cues.scopesIn(lexicons.analyzer.analyze(text)), activity);
    }
}
