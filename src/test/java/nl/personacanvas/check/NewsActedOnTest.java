package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (`att24`): news of practice elsewhere acted on at once ({@link NewsActedOn}). Sentences written for these
 * tests (installatietechniek, kapper, logistiek, agrarisch), none from an evaluation set.
 */
class NewsActedOnTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Toen ik las dat Zweedse installateurs al met waterstofketels werken, heb ik meteen een bedrijf daar gemaild
            Als hij hoort dat een kappersschool in Milaan een nieuwe kleurtechniek leert, vraagt hij zelf een gastles aan
            Na een podcast over Deense melkrobots belde Gerrit diezelfde week nog een boer in Jutland
            """)
    void readsNewsActedOn(String text) {
        assertThat(NewsActedOn.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # news about a learner, news read in class, reading with no deed at once
            Als hij hoort dat een stagiair in Gent ziek is, belt hij meteen het leerbedrijf
            Als ze in de klas hoort dat er over de Poolse chauffeurs wordt geroddeld, gaat ze meteen het gesprek aan
            Ik lees graag over Spaanse kapsalons
            """)
    void readsNoNewsActedOn(String text) {
        assertThat(NewsActedOn.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Toen ik las dat Zweedse installateurs al met waterstofketels werken, heb ik meteen een bedrijf daar gemaild
            A2 | Na een podcast over Deense melkrobots belde Gerrit diezelfde week nog een boer in Jutland
            """)
    void newsActedOnIsPlacedInHoudingAsProactive(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("proactief");
    }
}
