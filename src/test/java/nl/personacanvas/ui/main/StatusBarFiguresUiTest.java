package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.main.StatusBarParts.part;
import static nl.personacanvas.ui.main.StatusBarParts.inBar;
import static nl.personacanvas.ui.main.StatusBarParts.shown;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The bar of a window 1024 px wide (a 1024 × 600 screen): with a message shown the check's sentence was cut to "4 van
 * 14 elem…" (session 23), and did not fit even with no message (23b). It now shows the figures alone, and nothing in
 * the bar is cut, in Dutch and English; where there is room the sentence comes back.
 */
class StatusBarFiguresUiTest extends ApplicationTest {
    private static final String STYLESHEET = "/nl/personacanvas/ui/persona-canvas.css";
    private static final Path FILE = Path.of("/home/docent/Documenten/alfa-college.pcanvas");

    private final WorkbookDocument document = new WorkbookDocument();
    private final StatusLine status = new StatusLine();
    private Stage stage;
    private BorderPane root;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new BorderPane();
        Scene scene = new Scene(root, 1024, 200);
        scene.getStylesheets().add(StatusBarFiguresUiTest.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void atTheWidthOfA1024PxScreenTheFiguresStandAloneAndNothingIsCutInDutch() {
        StatusBarView bar = barIn("nl", "Geopend: alfa-college.pcanvas",
                "4 van 14 elementen, 3 van 10 houdingen, 2 notities met badge",
                "4/14 elementen · 3/10 houdingen · 2 badges");
        assertThat(shown(part(bar, "#status-check"))).isEqualTo("4/14 elementen · 3/10 houdingen · 2 badges");
        assertThat(shown(part(bar, "#status-saved"))).isEqualTo("Opgeslagen");
        assertNothingIsCut(bar, "Geopend: alfa-college.pcanvas");
        // The whole sentence stays the tooltip's and a screen reader's, by the panel's sentence.
        assertThat(part(bar, "#status-check").getAccessibleText()).startsWith("Laatste controle: 4 van de 14");
    }

    @Test
    void atTheWidthOfA1024PxScreenNothingIsCutInEnglish() {
        StatusBarView bar = barIn("en", "Opened: alfa-college.pcanvas",
                "4 of 14 elements, 3 of 10 attitudes, 2 notes with a badge",
                "4/14 elements · 3/10 attitudes · 2 badges");
        assertThat(shown(part(bar, "#status-saved"))).isEqualTo("Saved");
        assertNothingIsCut(bar, "Opened: alfa-college.pcanvas");
        // The sentence or its figures, whichever the bar has room for, drawn whole.
        assertThat(shown(part(bar, "#status-check"))).isIn("4 of 14 elements, 3 of 10 attitudes, 2 notes with a badge",
                "4/14 elements · 3/10 attitudes · 2 badges");
    }

    @Test
    void whereTheSentenceFitsItIsShown() {
        StatusBarView bar = barIn("nl", "Geopend: alfa-college.pcanvas", "4 van 14 elementen, 3 van 10 houdingen, 2 notities met badge",
                "4/14 elementen · 3/10 houdingen · 2 badges");
        interact(() -> stage.setWidth(1600));
        UiFixture.waitForLayout();
        assertThat(shown(part(bar, "#status-check")))
                .isEqualTo("4 van 14 elementen, 3 van 10 houdingen, 2 notities met badge");
        interact(() -> stage.setWidth(1024));
        UiFixture.waitForLayout();
        assertThat(shown(part(bar, "#status-check"))).isEqualTo("4/14 elementen · 3/10 houdingen · 2 badges");
    }

    /**
     * ux28b: the app's window on a 1024 × 768 screen is 976 px wide (the screenshots' walk), below the bar's
     * {@link StatusBarRoom#WHOLE_FROM}: the check part had no least width there and ended in "…" beside a cut path.
     */
    @Test
    void inTheWindowOfA1024By768ScreenTheCheckIsWholeInDutchAndEnglish() {
        interact(() -> stage.setWidth(976));
        StatusBarView dutch = barIn("nl", "Geopend: alfa-college.pcanvas",
                "6 van 14 elementen, 1 van 10 houdingen, geen badges", "6/14 elementen · 1/10 houdingen · geen badges",
                976);
        assertRightPartsWhole(dutch);
        assertThat(shown(part(dutch, "#status-check"))).isEqualTo("6/14 elementen · 1/10 houdingen · geen badges");
        StatusBarView english = barIn("en", "Opened: alfa-college.pcanvas",
                "6 of 14 elements, 1 of 10 attitudes, no badges", "6/14 elements · 1/10 attitudes · no badges", 976);
        assertRightPartsWhole(english);
        assertThat(shown(part(english, "#status-check"))).isIn("6 of 14 elements, 1 of 10 attitudes, no badges",
                "6/14 elements · 1/10 attitudes · no badges");
    }

    private StatusBarView barIn(String language, String message, String summary, String figures) {
        return barIn(language, message, summary, figures, 1024);
    }

    private StatusBarView barIn(String language, String message, String summary, String figures, double width) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        StatusBarViewModel viewModel = new StatusBarViewModel(document, messages, status, new SimpleBooleanProperty(false));
        StatusBarView bar = new StatusBarView(viewModel, messages);
        interact(() -> {
            document.open(TestWorkbooks.twoPersonas(), FILE);
            status.show(message);
            viewModel.checkSummaryProperty().set(summary);
            viewModel.checkFiguresProperty().set(figures);
            viewModel.checkDetailProperty().set(language.equals("nl")
                    ? "4 van de 14 elementen van de matrix gedekt, 3 van de 10 houdingen."
                    : "4 of 14 matrix elements covered, 3 of 10 attitudes.");
            root.setBottom(bar);
        });
        UiFixture.waitForLayout();
        assertThat(bar.getWidth()).isEqualTo(width);
        return bar;
    }

    private static void assertNothingIsCut(StatusBarView bar, String message) {
        assertThat(shown(part(bar, "#status-message"))).isEqualTo(message);
        assertWhole(bar, List.of("#status-message", "#status-check", "#status-personas", "#status-saved"));
    }

    /**
     * The check and the parts right of it stay whole. Session 29 (ux29b): the message too, before the file's name,
     * which gives way down to the end of its path (its tooltip has it); it was the message that was cut.
     */
    private static void assertRightPartsWhole(StatusBarView bar) {
        Label message = part(bar, "#status-message");
        assertThat(shown(message)).isEqualTo(message.getText());
        assertWhole(bar, List.of("#status-check", "#status-personas", "#status-saved"), ".*(\\.\\.\\.|…).*\\.pcanvas");
    }

    private static void assertWhole(StatusBarView bar, List<String> ids) {
        assertWhole(bar, ids, ".*(/|\\.\\.\\.|…)alfa-college\\.pcanvas");
    }

    private static void assertWhole(StatusBarView bar, List<String> ids, String fileShown) {
        double innerRight = bar.getWidth() - bar.snappedRightInset();
        for (String id : ids) {
            Label part = part(bar, id);
            assertThat(shown(part)).as(id + " whole").isEqualTo(part.getText());
            assertThat(inBar(bar, part).getMaxX()).as(id + "'s right edge").isLessThanOrEqualTo(innerRight + 0.5);
        }
        // The file's name whole after the cut folders (or right after the ellipsis), within the bar.
        Label file = part(bar, "#status-file");
        assertThat(shown(file)).matches(fileShown);
        assertThat(inBar(bar, file).getMaxX()).isLessThanOrEqualTo(innerRight + 0.5);
    }
}
