package nl.personacanvas.ui.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.personacanvas.ui.OtherWorkbookReader;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.UserFolders;
import nl.personacanvas.ui.DialogButtons;
import nl.personacanvas.ui.DialogWidth;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * File &gt; Import personas: reads another workbook in the background, asks about what differs (when
 * something does), merges it into the open workbook as one undo step and says what happened.
 */
public final class PersonaImport {
    /** The summary's report, and the dialog's room beside it (its padding and the theme's insets). */
    private static final double REPORT_WIDTH = 720;
    private static final double SIDES = 40;

    private final Window owner;
    private final AppServices services;
    private final WorkbookDocument document;
    private final Consumer<String> status;

    /** @param status shows a message in the window's status bar */
    public PersonaImport(Window owner, AppServices services, WorkbookDocument document, Consumer<String> status) {
        this.owner = owner;
        this.services = services;
        this.document = document;
        this.status = status;
    }

    public void chooseAndImport() {
        Optional<Path> dir = Optional.of(UserFolders.lastOrBeside(services.settings(), document.file()));
        services.dialogs().chooseWorkbookToOpen(services.messages().get("dialog.import.title"), dir)
                .ifPresent(file -> {
                    UserFolders.remember(services.settings(), file);
                    importFrom(file);
                });
    }

    public void importFrom(Path file) {
        OtherWorkbookReader.read(services, file, theirs -> merge(theirs, file.getFileName().toString()),
                "merge.error.title", "merge.error.read");
    }

    private void merge(Workbook theirs, String source) {
        MergeViewModel viewModel = new MergeViewModel(document, services.messages().locale(), theirs, source);
        if (viewModel.needsChoices()) {
            MergeDialog dialog = new MergeDialog(owner, viewModel, services.messages());
            Optional<Boolean> applied = dialog.showAndWait()
                    .map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE);
            if (applied.orElse(false)) {
                summarize(viewModel.apply(), viewModel, source);
            }
        } else {
            summarize(viewModel.apply(), viewModel, source);
        }
    }

    /**
     * The report, headed by what is left to do: a conflict kept both ways leaves two versions in the workbook until
     * the user deletes one, and the report's "!" said so to no one but the command line's readers.
     */
    private void summarize(List<String> lines, MergeViewModel merged, String source) {
        int conflictsKept = merged.conflictsKept();
        // The summary goes with OK; the status bar still said "Geopend: …" of a workbook that now holds more (session 18).
        // An import that took nothing over made no undo step: it said "ongedaan maken met Bewerken > Ongedaan maken"
        // all the same (ux27b).
        status.accept(services.messages().get(merged.changedNothing() ? "merge.status.nothing" : "merge.status", source));
        Alert summary = new Alert(Alert.AlertType.INFORMATION);
        summary.initOwner(owner);
        summary.setTitle(services.messages().get("merge.summary.title"));
        summary.setHeaderText(merged.changedNothing() ? services.messages().get("merge.summary.headerNothing", source)
                : conflictsKept == 0 ? services.messages().get("merge.summary.header")
                : services.messages().get("merge.summary.headerConflicts", source, conflictsKept));
        TextArea text = new TextArea(String.join("\n", lines));
        text.setId("merge-summary");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(REPORT_WIDTH, 320);
        String marks = SummaryKey.of(lines, services.messages());
        if (marks.isEmpty()) {
            summary.getDialogPane().setContent(text);
        } else {
            Label key = new Label(marks);
            key.setId("merge-summary-key");
            key.setWrapText(true);
            key.setMaxWidth(REPORT_WIDTH);
            summary.getDialogPane().setContent(new VBox(8, text, key));
        }
        DialogButtons.localise(summary.getDialogPane(), services.messages());
        DialogWidth.fitContent(summary.getDialogPane());
        // The pane's width is the report's, so the header wraps over it: left to its own measure, the sentence on a
        // kept conflict was one line and widened the dialog to the window's width.
        summary.getDialogPane().setPrefWidth(REPORT_WIDTH + SIDES);
        summary.show();
    }
}
