package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 28: in the English window the matrix's Dutch read as text left untranslated. It stays quoted verbatim, and
 * the English window says so where it quotes it; an attitude gets its English gloss there, the matrix's word beside it
 * where there is room. The Dutch window is as before.
 */
class MatrixInEnglishUiTest extends MainWindowUiTest {
    /** Every attitude name of the matrix (Tabel 3), as the check and the files name them. */
    private static final Set<String> DUTCH_ATTITUDES = Set.of("flexibel", "cultureel sensitief", "cultureel zelfbewust",
            "empathisch", "nieuwsgierig", "verbindend", "lerende houding", "zelfvertrouwen in complexe situaties",
            "proactief", "creatief", "benaderbaar", "veerkrachtig", "daadkrachtig", "ondernemend");

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private Node openCoverage() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> !root.lookup("#coverage-computing").isVisible() && !root.lookupAll(".coverage-cell").isEmpty());
        return root;
    }

    /** The heat map's rotated column heads of the attitudes' block. */
    private static List<Label> attitudeHeads(Node root) {
        return Stream.concat(root.lookupAll(".coverage-head").stream(), root.lookupAll(".coverage-gap-head").stream())
                .filter(n -> n instanceof Label && n.getParent() instanceof Group).map(n -> (Label) n)
                .filter(h -> !h.getText().matches("(Design|Deliver|Organise|Professional|Ontwerpen|Uitvoeren|Organiseren|Professioneel) \\d+"))
                .toList();
    }

    @Test
    void theCoverageWindowGlossesTheAttitudesAndSaysTheMatrixIsQuoted() {
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        Node root = openCoverage();
        Label note = (Label) root.lookup("#coverage-matrix-note");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("The matrix is quoted in Dutch");
        List<Label> heads = attitudeHeads(root);
        assertThat(heads).hasSizeGreaterThan(5).extracting(Label::getText)
                .contains("flexible", "culturally sensitive", "approachable").doesNotContainAnyElementsOf(DUTCH_ATTITUDES);
        assertThat(heads).anySatisfy(h -> assertThat(h.getTooltip().getText()).isEqualTo("approachable (benaderbaar)"));
        // An element keeps the matrix's own words, verbatim, beside its English name.
        assertThat(root.lookupAll(".coverage-head").stream().map(n -> ((Label) n).getTooltip().getText()))
                .anyMatch(t -> t.matches("Design \\d \\(\\p{Lu}\\p{L}+ .+\\)"));
        robot.interact(() -> ui.window.comparison().shown().hide());

        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        Node dutch = openCoverage();
        assertThat(dutch.lookup("#coverage-matrix-note").isVisible()).as("no note in Dutch").isFalse();
        assertThat(attitudeHeads(dutch)).extracting(Label::getText).contains("flexibel", "benaderbaar");
        assertThat(attitudeHeads(dutch)).allSatisfy(h -> assertThat(h.getTooltip().getText()).isEqualTo(h.getText()));
    }

    @Test
    void theCheckAndMatrixPanelsGlossTheAttitudesAndQuoteTheMatrix() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set(personaId("Laura")));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        waitUntil(() -> robot.lookup("#check-panel .present-item").tryQuery().isPresent());

        assertThat(robot.lookup("#check-matrix-note").queryAs(Label.class).isVisible()).isTrue();
        List<String> attitudes = robot.lookup("#check-panel .present-item").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(attitudes).contains("approachable (benaderbaar)");
        assertThat(robot.lookup("#check-panel .missing-element").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.getText()).startsWith("\u201c").endsWith("\u201d"));

        robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#matrix-attitudes-gloss").tryQuery().isPresent());
        assertThat(robot.lookup("#matrix-language-note").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#matrix-attitudes-gloss").queryAs(Label.class).getText())
                .startsWith("In English: flexible, culturally sensitive,").contains("approachable");

        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        waitUntil(() -> robot.lookup("#check-panel .present-item").tryQuery().isPresent());
        assertThat(robot.lookup("#check-panel .present-item").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("benaderbaar");
        assertThat(robot.lookup("#check-matrix-note").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#check-panel .missing-element").queryAllAs(Label.class))
                .noneSatisfy(l -> assertThat(l.getText()).startsWith("\u201c"));
    }
}
