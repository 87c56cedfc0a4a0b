package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17 (`gen17b`): a statement opening with "Toen ...", "Na ..." or "Sinds ..." is read at its main clause,
 * as "Als ..." and "Nadat ..." already were; a learner as the subject who meets or hears from "haar/zijn/hun
 * docent" describes the persona's task, not another person's. Sentences written for these tests, none from an
 * evaluation set.
 */
class LeadingClauseAndTheirTeacherTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toen de stageplek in Gent afzegde, had ik binnen een dag een nieuwe plek gevonden|had",
        "Toen bleek dat de student in Lyon heimwee had, belde ik haar dezelfde avond nog op|belde",
        "Na een lastig gesprek met de gastgezinnen in Turijn neem ik even afstand|neem",
        "Na terugkomst laat hij de student aan de klas vertellen wat ze in Finland leerde|laat",
        "Sinds de groep uit Polen er is, begin ik elke les met een korte check-in|begin",
        "Nadat de groep uit Riga is vertrokken, schrijft ze een verslag voor het team|schrijft",
    })
    void aLeadingClauseOfTimeIsReadAtItsMainClause(String text, String verb) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(analysed.words().get(analysed.mainClause()).surface()).as(text).isEqualTo(verb);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // no inverted subject: the opening's phrase is all there is, nothing is skipped
        "Na elke les in Riga even navragen hoe het met de groep gaat",
        "Na afloop van de excursie naar Keulen een evaluatie houden met de studenten",
        // "toen" and "na" further on open nothing at the start
        "Vraagt de student in Lyon na de eerste week hoe het gaat",
        "Vertelt de klas wat er toen in Berlijn gebeurde",
    })
    void withoutAMainClauseTheStatementIsReadFromItsStart(String text) {
        assertThat(lexicons.analyzer.analyze(text).mainClause()).as(text).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A3|De stagiair krijgt elke week een belafspraak met haar docent over haar stage in Spanje",
        "A3|Studenten krijgen na de uitwisseling een gesprek met hun docent over wat ze leerden",
        "A3|De student krijgt tijdens de stage in Berlijn feedback van zijn docent via Teams",
    })
    void aLearnerMeetingTheirTeacherIsThePersonasTask(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // someone else than their teacher, or "haar" as a possessive of another noun
        "A3|De stagiair krijgt een gesprek met de stagecoördinator van het bedrijf in Polen",
        "A4|Studenten krijgen van het international office een map met reisinformatie",
        "A4|De stagiair krijgt een gesprek met haar praktijkbegeleider in Valencia",
    })
    void aLearnerMeetingSomeoneElseStaysAnotherPersonsTask(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }
}
