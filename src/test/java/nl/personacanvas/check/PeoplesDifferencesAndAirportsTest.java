package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 28 (`gen28`): false "too general" on wording nobody foresaw: the differences between the people of a
 * workplace, the own view that is not the only one, the airport as an international workplace, an A1 dilemma
 * discussed without taking a side; a scene whose later sentence is the teacher's own deed ({@link TeacherActsLater});
 * and their look-alikes, which stay generic. Statements whose every sentence is another's deed stay another person's
 * task. The sentences are my own, none from a labelled set or the probes.
 */
class PeoplesDifferencesAndAirportsTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A3 | Bereidt een gesprek voor over omgaan met verschillen tussen klanten in de kapsalon",
        "A2 | Laat de eerstejaars interviews afnemen over verschillen tussen bewoners van het verzorgingshuis",
        "A1 | Weet dat zijn kijk op opvoeding niet de enige is en vraagt de klas naar die van hen",
        "A3 | Bezoekt zijn stagiairs bij de bagageafhandeling op Schiphol",
        "A3 | Zoekt stageplekken in de horeca van Groningen Airport Eelde",
        "A3 | Houdt contact met de schoonmaakbedrijven op de luchthaven voor stageplekken",
        "A1 | Bespreekt met de klas een dilemma over het dragen van sieraden in de zorg",
        "A1 | Leidt een gesprek over orgaandonatie zonder zelf partij te kiezen",
        "A1 | Vraagt de studenten foto's mee te nemen van hun eigen feestdagen",
        "A4 | Het leerbedrijf op Lanzarote gaf de stagiaire geen vrije dag. Ik heb toen met haar chef een rooster afgesproken",
        "A5 | In Aken bleven de studenten na de rondleiding bij hun eigen klas. De docent mengde de groepen voor het diner",
        "A4 | Het stagebedrijf op Bonaire stuurde de student terug naar de keuken; ik heb hem die week extra gebeld",
    })
    void quietContentIsNotTooGeneral(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5 | Het reisbureau boekt de vluchten naar Porto. De gastschool regelt de excursies ter plaatse",
        "A4 | Het leerbedrijf in Duitsland beoordeelt de stagiair. Daarna stuurt de student het formulier naar school",
        "A4 | Het stagebureau regelt de verzekering. Met de docent bespreekt de student alleen zijn leerdoelen",
    })
    void othersInEverySentenceStayAnotherPersonsTask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A3 | Legt de stagiair de verschillen tussen de twee kassasystemen uit",
        "A2 | Bespreekt de verschillen tussen studenten in werktempo",
        "A2 | Vertelt de klas dat deze printer niet de enige is die vastloopt",
        "A3 | Onderhoudt contact met de schoonmaakbedrijven in het winkelcentrum voor stageplekken",
        "A2 | Begeleidt een discussie over het nieuwe rooster",
        "A2 | Bespreekt met de klas een dilemma over de planning van de open dag",
        "A1 | Laat de studenten bij het schilderen hun eigen muziek opzetten",
    })
    void theirLookAlikesStayTooGeneral(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @Test
    void theTeacherAsTheSubjectOfALaterSentence() {
        assertThat(TeacherActsLater.inLaterSentence("De bus was te laat. Ik belde de gastschool")).isTrue();
        assertThat(TeacherActsLater.inLaterSentence("De bus was te laat. Toen belde ik de gastschool")).isTrue();
        assertThat(TeacherActsLater.inLaterSentence("De bus was te laat; de docent belde de gastschool")).isTrue();
        // the first sentence does not count, nor the teacher as an object or inside another clause
        assertThat(TeacherActsLater.inLaterSentence("Ik weet dat de bus te laat was")).isFalse();
        assertThat(TeacherActsLater.inLaterSentence("De bus was te laat. De student belde met de docent")).isFalse();
        assertThat(TeacherActsLater.inLaterSentence("De bus was te laat. De chauffeur zei dat ik moest wachten"))
                .isFalse();
        // an abbreviation's full stop before a lower-case word ends no sentence
        assertThat(TeacherActsLater.inLaterSentence("De gastschool regelt o.a. het eten en ik betaal")).isFalse();
    }

    /**
     * Material put in the team's shared place ({@code verb-objects.txt}: "zet" and the shared places beside the plans):
     * the opening "Zet" no longer pulls it to Uitvoeren on its own; "Zet een werkvorm in" stays the lesson.
     */
    @Test
    void materialPutInTheTeamsSharedPlaceIsNotTheLesson() {
        String shared = "Zet zijn werkvormen voor de taalklas in de gedeelde map van het team zodat collega's ze gebruiken";
        assertThat(sorter.sort(shared, "A1").placement()).isEqualTo(Placement.ORGANISE);
        String lesson = "Zet in de les een werkvorm in waarbij iedere student iets over zijn achtergrond vertelt";
        assertThat(sorter.sort(lesson, "A1").placement()).isEqualTo(Placement.DELIVER);
    }

    /**
     * The probes ({@code probes/gen28-probes.jsonl}, 43: 26 of the classes, 17 that must stay generic), written and
     * scored on the start (8dc590a2) before any change: 23 right there, 17 wrongly generic; here 36 right, 2 wrongly
     * generic (a Brabant "manier" and a home cooking "manier" not the only one: only "eigen manier" counts) and 15
     * of the 17 generic statements kept (a look-alike read as an attitude at the start, and "Ik weet niet hoeveel"
     * read as the teacher's deed in a later sentence).
     */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen28-probes.jsonl");
        assertThat(probes).hasSize(43);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(36 / 43.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic")
                .isLessThanOrEqualTo(2);
        assertThat(generic.truePositives()).as("generic statements kept").isGreaterThanOrEqualTo(15);
    }

    /**
     * The second batch ({@code probes/gen28-probes-2.jsonl}, 16: material put in a shared place, the students' own
     * feasts, and look-alikes), written before the change of each class: 9 right on the start, 12 here. Left: three
     * "Zet ... in de teammap / kennisbank" the classifier still reads as the lesson or the material, and "Zet de
     * cijfers van de stagiairs ... in het systeem" (A4, kept by "stagiair" as an intern abroad).
     */
    @Test
    void secondProbesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen28-probes-2.jsonl");
        assertThat(probes).hasSize(16);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(12 / 16.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic").isZero();
        assertThat(generic.truePositives()).as("generic statements kept").isEqualTo(4);
    }
}
