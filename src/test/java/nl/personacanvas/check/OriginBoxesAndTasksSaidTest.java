package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 29 (`gen29`): false "too general" on quiet content by class (where people and their own dishes and names
 * come from, people not put in a hokje, the wok's restaurant), another person's task said rather than done
 * ({@link TaskOfAnother}), and their look-alikes. The sentences are my own, none from a labelled set or the probes.
 */
class OriginBoxesAndTasksSaidTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Laat de studenten in de eerste week vertellen waar hun achternaam vandaan komt",
        "A1 | Vraagt bij het kerstontbijt waar ieders gerecht vandaan komt",
        "A1 | Zet een opdracht op waarin studenten uitzoeken waar hun grootouders vandaan komen",
        "A3 | Bespreekt met de stagiair in het verpleeghuis waar de bewoners vandaan komen",
        "A1 | Praat met de klas over gezondheid zonder iemand in een hokje te stoppen",
        "A2 | Ontwikkelt casussen die niet in hokjes denken over klanten",
        "A3 | Begeleidt een stagiair in de woktent van een familiebedrijf in Sneek",
        "A2 | Laat de tweedejaars wokken en dim sum maken voor de open dag",
    })
    void quietContentIsNotTooGeneral(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4 | Afsluiten van de reisverzekering: taak van de stagiair zelf",
        "A5 | Het vervoer ter plaatse is de verantwoordelijkheid van de gastschool",
        "A4 | Ik ben blij dat het stagebureau de huisvesting in Valencia regelt",
        "A5 | Ik ben erg dankbaar dat de reisorganisatie alle tickets boekt",
        "A4 | Gelukkig zoekt het international office de verzekering voor de stage in Polen uit",
    })
    void aTaskSaidToBeAnothersIsAnotherPersonsTask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the teacher makes clear whose task it is, inside a clause or denied
        "A4 | Legt de stagiair uit dat het visum voor Turkije de taak van de student is",
        "A4 | Het aanvragen van de beurs voor Ierland is niet de taak van het stagebureau; hij doet het zelf",
        // glad of the learners: a stance towards the class, not their task
        "A1 | Ik ben blij dat studenten uit Eritrea en Syrië hun verhalen in de klas delen",
    })
    void theTeacherWhoSaysWhoseTaskItIsKeepsTheStatement(String activity, String text) {
        assertThat(sorter.sort(text, activity).reason()).as(text).isNotEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2 | Zoekt met de studenten uit waar het geluid in de motor vandaan komt",
        "A2 | Laat de studenten op de kinderboerderij de cavia's in een hokje stoppen",
        "A2 | Laat de studenten het juiste hokje op het formulier aankruisen",
        "A3 | Zoekt stageplekken bij snackbars en pizzeria's in de wijk",
        "A2 | Laat de eerstejaars wokkels en chips proeven bij de les over zout",
    })
    void theirLookAlikesStayTooGeneral(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    /**
     * The probes ({@code probes/gen29-probes.jsonl}, 27: 20 of the classes, 7 look-alikes), written and scored on the
     * start (987106b8) before any change: 7 right there, 10 wrongly generic, 5 of 11 generic kept; here 20 right, 1
     * wrongly generic (a stance towards a class from many lands, the attitude side's) and 10 generic kept. Left: four
     * quadrants of the classifier, a teacher glad of the learners' own task (learners are left out on purpose), and the
     * teacher who makes clear whose task it is read as Ontwerpen.
     */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen29-probes.jsonl");
        assertThat(probes).hasSize(27);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(20 / 27.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic")
                .isLessThanOrEqualTo(1);
        assertThat(generic.truePositives()).as("generic statements kept").isGreaterThanOrEqualTo(10);
    }

    /**
     * The second batch ({@code probes/gen29-probes-2.jsonl}, 18: the same classes in other wording, their look-alikes,
     * the teacher's own task named after a colon), written after the change to see whether it holds beyond the first
     * batch's wording: 8 right on the start, 17 here, every generic statement kept and none wrongly generic. Left: "Ik
     * ben blij dat mijn klas zo divers is" read as Uitvoeren (the attitude side's).
     */
    @Test
    void secondProbesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen29-probes-2.jsonl");
        assertThat(probes).hasSize(18);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(17 / 18.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic").isZero();
        assertThat(generic.truePositives()).as("generic statements kept").isEqualTo(9);
    }
}
