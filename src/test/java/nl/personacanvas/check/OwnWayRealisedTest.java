package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (`att24`): a way of one's own realised to be one's culture's, in any tense or order
 * ({@link OwnWayRealised}). Sentences written for these tests (bouw, horeca, mode, beveiliging), none from an
 * evaluation set.
 */
class OwnWayRealisedTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Toen de Spaanse uitvoerder om mijn strakke schema lachte, besefte ik hoe Hollands ik eigenlijk werk
            Ik realiseerde me pas in Napels hoe Limburgs mijn gemoedelijkheid in de keuken is
            De docent schrok ervan hoe gewoon ze haar eigen Nederlandse directheid vond
            """)
    void readsAWayOfOnesOwnRealised(String text) {
        assertThat(OwnWayRealised.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a learner realises, the learners' way, the verb as a lesson's goal, no own culture named
            Helpt een student die beseft dat zijn Hollandse directheid bij de Japanse klant slecht valt
            Hij beseft dat zijn studenten de Nederlandse regels voor bewaking nog niet kennen
            Laat studenten beseffen dat hun eigen normen niet overal gelden
            Ik besefte hoe moe de Franse kok was na de dienst
            """)
    void readsNoneWhereTheWayIsNotTheTeachersCulture(String text) {
        assertThat(OwnWayRealised.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | Toen de Spaanse uitvoerder om mijn strakke schema lachte, besefte ik hoe Hollands ik eigenlijk werk
            A4 | Ik realiseerde me pas in Napels hoe Limburgs mijn gemoedelijkheid in de keuken is
            """)
    void theRealisationIsPlacedInHoudingAsCulturallySelfAware(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("cultureel zelfbewust");
    }
}
