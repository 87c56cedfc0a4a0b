package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.matrix.CompetencyMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trained attitude model ({@code attitude-examples.txt}): it learns from its examples, names the right
 * attitude on examples held back from its training, names nothing for task statements, and reaches the
 * sorter only where the lexicons name nothing. The statements in this class are written for the test.
 */
class AttitudeModelTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    /** Every fifth attitude statement of the file held back, the model trained on the rest as the checker trains it. */
    @Test
    void namesTheRightAttitudeOnExamplesHeldBackFromTraining() {
        List<AttitudeModel.Example> own = AttitudeModel.parse(ResourceText.lines("attitude-examples.txt"));
        List<AttitudeModel.Example> training = new ArrayList<>();
        List<AttitudeModel.Example> heldBack = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            (i % 5 == 0 && own.get(i).attitude() != null ? heldBack : training).add(own.get(i));
        }
        AttitudeModel model = new AttitudeModel(training, lexicons.attitudes.names(), lexicons.analyzer);

        int named = 0;
        int right = 0;
        for (AttitudeModel.Example e : heldBack) {
            List<String> names = model.complete(lexicons.analyzer.analyze(e.text()),
                    AttitudeRecognizer.Recognition.NONE, true, false).attitudes();
            named += names.isEmpty() ? 0 : 1;
            right += names.contains(e.attitude()) ? 1 : 0;
        }
        // Held back, the model alone names about a seventh of the statements from its threshold (the lexicons read
        // many of the rest in the checker), and the right attitude for nearly all it names. (A fifth before the fit
        // was averaged, session 17, att17b: 16 of 113 since; the averaged weights are less sure alone.)
        assertThat(heldBack).hasSizeGreaterThan(80);
        assertThat(named).isGreaterThanOrEqualTo(heldBack.size() / 8);
        assertThat((double) right / named).isGreaterThanOrEqualTo(0.8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ontwerpt een rubric voor de beoordeling van de stage in Duitsland",
        "Regelt de vliegtickets en de verzekering voor de groep",
        "Geeft feedback op het reflectieverslag over de buitenlandstage",
        "Plant de bezoeken aan de stagiairs in Belgie",
        "Maakt een lesbrief over feestdagen in verschillende culturen",
        "Vraagt de offerte van de touringcar aan",
        "Houdt de cijferadministratie bij",
        "Organiseert een open dag voor anderstalige ouders",
    })
    void namesNothingForTaskStatements(String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.attitudeModel.complete(analysed, AttitudeRecognizer.Recognition.NONE, true, false).attitudes())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Luistert graag naar de verhalen van studenten over het dorp van hun grootouders | nieuwsgierig",
    })
    void namesAttitudesTheLexiconsDoNotReadFirstAndPlacesThemInHouding(String activity, String text, String attitude) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.attitudes.recognise(analysed, lexicons.actors.teacherAsObject(analysed)).attitudes())
                .isEmpty();
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).first().isEqualTo(attitude);
    }

    @Test
    void aLexiconReadingStaysFirst() {
        // The lexicon reads "flexibel" here; the model neither replaces nor adds to it.
        assertThat(sorter.sort("Is flexibel als de planning in het buitenland verandert", "A4").attitudes())
                .containsExactly("flexibel");
    }

    @Test
    void trainingIsDeterministic() {
        String text = "Blijft opgewekt als de samenwerking moeizaam loopt";
        Lexicons again = new Lexicons(CompetencyMatrix.loadBundled());
        assertThat(again.attitudeModel.probabilities(again.analyzer.analyze(text)))
                .containsExactly(lexicons.attitudeModel.probabilities(lexicons.analyzer.analyze(text)));
    }
    /**
     * The opening word, a feature of its own, is the main clause's first content word: past a leading "Als ..., (dan)
     * ...", "Wanneer ...", "Zodra ..." it is the teacher's verb, not the situation's first noun (session 17, att17).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Als de stagiair in Sevilla 's avonds belt, neem ik gewoon op              | neem
        Als het programma in Gent anders loopt, dan schakel ik zonder morren over | schakel
        Wanneer de groep in Praag vastloopt, bedenk ik ter plekke iets anders     | bedenk
        Zodra een student met heimwee belt, maak ik tijd voor hem                 | maak
        """)
    void readsTheOpeningAtTheMainClause(String text, String opening) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(analysed.words().get(AttitudeFeatures.opening(analysed)).surface()).isEqualTo(opening);
    }

    /** Without a leading clause the opening is the statement's first content word, whatever "als" follows later. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Belt de stagiair in Sevilla op als die niets van zich laat horen | belt
        Ik bel de stagiair in Sevilla als die niets van zich laat horen  | bel
        Studenten uit Polen krijgen als eerste een rondleiding           | studenten
        """)
    void opensAtTheFirstContentWordWithoutALeadingClause(String text, String opening) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(analysed.words().get(AttitudeFeatures.opening(analysed)).surface()).isEqualTo(opening);
    }

    /**
     * "ik" is no feature: the examples are nearly all in the third person, so the word would only carry whichever
     * class the few first-person ones have. Who writes changes nothing; "mijn" and "me" still count as words.
     */
    @Test
    void theFirstPersonSubjectIsNoFeature() {
        List<String> first = features("Ik blijf rustig als de bus naar Krakau uitvalt");
        List<String> bare = features("blijf rustig als de bus naar Krakau uitvalt");
        assertThat(first).containsExactlyInAnyOrderElementsOf(bare).noneMatch(key -> key.endsWith(" ik"));
        assertThat(lexicons.attitudeModel.probabilities(lexicons.analyzer.analyze("Ik leef mee met mijn stagiair")))
                .containsExactly(lexicons.attitudeModel.probabilities(lexicons.analyzer.analyze("leef mee met mijn stagiair")),
                        offset(1e-12));
        List<String> own = features("Ik bel mijn stagiair");
        List<String> without = features("Ik bel de stagiair");
        assertThat(own).isNotEqualTo(without);
    }

    /** The features of a statement as text ("word stagiair", "opening bel"). */
    private static List<String> features(String text) {
        List<String> keys = new ArrayList<>();
        AttitudeFeatures.features(lexicons.analyzer.analyze(text), (feature, key) -> keys.add(key));
        return keys;
    }
}
