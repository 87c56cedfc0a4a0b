package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23 (`att23`): watching out for who drops out, away from the lesson ({@link WatchingOut}). Sentences
 * written for these tests (horeca, techniek, kapper, transport), none from an evaluation set.
 */
class WatchingOutTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Op de stagedag in Antwerpen let ze erop wie er stil wordt tussen de Vlaamse koks
            Ik let 's avonds bij het kampvuur in de Eifel erop wie zich afzondert of alleen zit
            Tijdens de uitwisseling in Porto blijven letten op wie afhaakt
            """)
    void readsWatchingOut(String text) {
        assertThat(WatchingOut.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a lesson's talk led, a task's second clause, a thing watched, whether the papers are in order
            Let in de les op wie er aan het woord komt bij het gesprek over Turkse kapsalons
            Verdeelt de monteurs over de werkplaatsen in Aken en let op wie stil blijft
            Let bij het laden in Duisburg op de veiligheid van de chauffeurs
            Let erop of iedereen voor de reis naar Kiel een geldig paspoort heeft
            """)
    void readsNoWatchingOut(String text) {
        assertThat(WatchingOut.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A5 | Ik let 's avonds bij het kampvuur in de Eifel erop wie zich afzondert of alleen zit
            """)
    void watchingOutIsAlert(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("alert");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A5 | Let erop of iedereen voor de reis naar Kiel een geldig paspoort heeft
            A3 | Verdeelt de monteurs over de werkplaatsen in Aken en let op wie stil blijft
            """)
    void watchingInATaskStaysATask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).doesNotContain("alert");
    }
}
