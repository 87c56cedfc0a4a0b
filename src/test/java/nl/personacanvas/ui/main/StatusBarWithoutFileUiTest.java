package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.main.StatusBarParts.part;
import static nl.personacanvas.ui.main.StatusBarParts.inBar;
import static nl.personacanvas.ui.main.StatusBarParts.shown;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
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
 * The bar of a 1024 px window over a changed workbook without a file: a copy opened beside a file someone else has
 * open (ux27's walk). It read "Kopie…evraagd", the check's figures, "Persona's: 2", "Niet-opgeslagen wijzigingen" and
 * "Nog niet opgeslagen als bestand": two parts saying nearly the same, and the message cut to its first and last word.
 * Now one part says the workbook is not saved as a file (the window's title marks the changes, the tooltip names
 * them), and the room goes to the message.
 */
class StatusBarWithoutFileUiTest extends ApplicationTest {
    private static final String STYLESHEET = "/nl/personacanvas/ui/persona-canvas.css";

    private final WorkbookDocument document = new WorkbookDocument();
    private final StatusLine status = new StatusLine();
    private BorderPane root;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new BorderPane();
        Scene scene = new Scene(root, 1024, 200);
        scene.getStylesheets().add(StatusBarWithoutFileUiTest.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aChangedCopyWithoutAFileReadsAsOneStateAndTheMessageKeepsItsRoomInDutch() {
        StatusBarView bar = copyIn("nl", "5 van 12 elementen, 3 van 10 houdingen, 2 notities met badge",
                "5/12 elementen · 3/10 houdingen · 2 badges");
        assertOneStateAndRoomForTheMessage(bar, "Nog niet opgeslagen als bestand",
                "5 van 12 elementen, 3 van 10 houdingen, 2 notities met badge", "5/12 elementen · 3/10 houdingen · 2 badges");
        assertThat(part(bar, "#status-file").getAccessibleText())
                .isEqualTo("Bestand: Nog niet opgeslagen als bestand; de wijzigingen staan alleen in dit venster");
    }

    @Test
    void aChangedCopyWithoutAFileReadsAsOneStateAndTheMessageKeepsItsRoomInEnglish() {
        StatusBarView bar = copyIn("en", "5 of 12 elements, 3 of 10 attitudes, 2 notes with a badge",
                "5/12 elements · 3/10 attitudes · 2 badges");
        assertOneStateAndRoomForTheMessage(bar, "Not saved as a file yet",
                "5 of 12 elements, 3 of 10 attitudes, 2 notes with a badge", "5/12 elements · 3/10 attitudes · 2 badges");
        assertThat(part(bar, "#status-file").getAccessibleText())
                .isEqualTo("File: Not saved as a file yet; the changes are only in this window");
    }

    @Test
    void savedAsAFileTheStatePartComesBack() {
        StatusBarView bar = copyIn("nl", "5 van 12 elementen, 3 van 10 houdingen, 2 notities met badge",
                "5/12 elementen · 3/10 houdingen · 2 badges");
        interact(() -> document.markSaved(document.workbook(), java.nio.file.Path.of("/tmp/kopie.pcanvas")));
        UiFixture.waitForLayout();
        Label saved = part(bar, "#status-saved");
        assertThat(saved.isVisible()).isTrue();
        assertThat(shown(saved)).isEqualTo("Opgeslagen");
        assertThat(shown(part(bar, "#status-file"))).endsWith("kopie.pcanvas");
        assertThat(part(bar, "#status-file").getAccessibleText()).isEqualTo("Bestand: /tmp/kopie.pcanvas");
    }

    private void assertOneStateAndRoomForTheMessage(StatusBarView bar, String noFile, String summary, String figures) {
        Label file = part(bar, "#status-file");
        assertThat(shown(file)).isEqualTo(noFile);
        // No second part saying the same ("Niet-opgeslagen wijzigingen" beside "Nog niet opgeslagen als bestand").
        Label saved = part(bar, "#status-saved");
        assertThat(saved.isVisible() && saved.isManaged()).as("the saved part shown beside " + noFile).isFalse();
        // The figures at least (in English the freed room holds the whole sentence), drawn whole.
        Label check = part(bar, "#status-check");
        assertThat(check.getText()).isIn(figures, summary);
        double innerRight = bar.getWidth() - bar.snappedRightInset();
        for (String id : List.of("#status-check", "#status-personas", "#status-file")) {
            Label part = part(bar, id);
            assertThat(shown(part)).as(id + " whole").isEqualTo(part.getText());
            assertThat(inBar(bar, part).getMaxX()).as(id + "'s right edge").isLessThanOrEqualTo(innerRight + 0.5);
        }
        // The message keeps at least its share of the bar (it was cut to its floor, "Kopie…evraagd").
        Label message = part(bar, "#status-message");
        assertThat(message.getWidth()).as("the message's room").isGreaterThanOrEqualTo(bar.getWidth() * 0.3);
    }

    private StatusBarView copyIn(String language, String summary, String figures) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        StatusBarViewModel viewModel = new StatusBarViewModel(document, messages, status, new SimpleBooleanProperty(false));
        StatusBarView bar = new StatusBarView(viewModel, messages);
        interact(() -> {
            document.openUnsaved(TestWorkbooks.twoPersonas(), null);
            status.show(messages.get("status.openedCopy", "twente.pcanvas"));
            viewModel.checkSummaryProperty().set(summary);
            viewModel.checkFiguresProperty().set(figures);
            viewModel.checkDetailProperty().set(summary);
            root.setBottom(bar);
        });
        UiFixture.waitForLayout();
        assertThat(document.isDirty()).isTrue();
        assertThat(bar.getWidth()).isEqualTo(1024);
        return bar;
    }
}
