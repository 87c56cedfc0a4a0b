package nl.personacanvas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.personacanvas.io.WorkbookStore;

/** The dialogs as real JavaFX windows, owned by the main window so they stay in front of it. */
public final class JavaFxDialogService implements DialogService {
    private static final double MESSAGE_WIDTH = 560;
    private final Messages messages;
    private final Supplier<Window> owner;

    public JavaFxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirm(title, message, messages.get("dialog.ok"), messages.get("dialog.cancel"));
    }

    @Override
    public boolean confirm(String title, String message, String accept, String reject) {
        ButtonType yes = new ButtonType(accept, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(reject, ButtonBar.ButtonData.CANCEL_CLOSE);
        return ask(Alert.AlertType.CONFIRMATION, "confirm-dialog", title, message, no, yes, no) == yes;
    }

    @Override
    public boolean offerRestore(String title, String message, String restore, String discard) {
        // Restoring is the safe answer, so it is also the one Escape gives: discarding deletes the work for good.
        ButtonType yes = new ButtonType(restore, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(discard, ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getDialogPane().setId("restore-dialog");
        alert.getButtonTypes().setAll(no, yes);
        ((Button) alert.getDialogPane().lookupButton(yes)).setCancelButton(true);
        return alert.showAndWait().orElse(yes) != no;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        ButtonType save = new ButtonType(messages.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask(Alert.AlertType.CONFIRMATION, "save-changes-dialog", title, message, cancel,
                save, discard, cancel);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public ChangedFileChoice askAboutChangedFile(String title, String message, boolean offerSaveAs) {
        ButtonType reload = new ButtonType(messages.get("dialog.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType merge = new ButtonType(messages.get("dialog.merge"), ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType(messages.get("dialog.saveAs"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.get(offerSaveAs ? "dialog.cancel" : "dialog.keepMine"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType[] choices = offerSaveAs ? new ButtonType[] {reload, merge, saveAs, keep}
                : new ButtonType[] {reload, merge, keep};
        ButtonType answer = ask(Alert.AlertType.WARNING, "changed-on-disk-dialog", title, message, keep, choices);
        if (answer == reload) {
            return ChangedFileChoice.RELOAD;
        }
        if (answer == merge) {
            return ChangedFileChoice.MERGE;
        }
        return answer == saveAs ? ChangedFileChoice.SAVE_AS : ChangedFileChoice.KEEP_MINE;
    }

    @Override
    public LockedFileChoice askAboutLockedFile(String title, String message) {
        ButtonType copy = new ButtonType(messages.get("dialog.openCopy"), ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType(messages.get("dialog.openAnyway"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask(Alert.AlertType.WARNING, "locked-dialog", title, message, cancel, copy, anyway, cancel);
        if (answer == copy) {
            return LockedFileChoice.OPEN_COPY;
        }
        return answer == anyway ? LockedFileChoice.OPEN_ANYWAY : LockedFileChoice.CANCEL;
    }

    /** Shows an alert offering {@code choices}; closing it without choosing counts as {@code dismissed}. */
    private ButtonType ask(Alert.AlertType type, String id, String title, String message, ButtonType dismissed,
                           ButtonType... choices) {
        Alert alert = alert(type, title, message);
        alert.getDialogPane().setId(id);
        alert.getButtonTypes().setAll(choices);
        return alert.showAndWait().orElse(dismissed);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A Label that wraps, so long file paths and parser messages are shown whole.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("dialog-message");
        // The message wraps where the theme's 600 px cap had it wrap; the cap itself goes, because four answers in
        // Dutch ("Hun versie laden", "Opslaan als…", "Beide samenvoegen", "Annuleren") need more and were cut.
        content.setPrefWidth(MESSAGE_WIDTH);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(480);
        DialogWidth.fitContent(alert.getDialogPane());
        DialogButtons.localise(alert.getDialogPane(), messages);
        return alert;
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(String title, Optional<Path> initialDirectory) {
        FileChooser chooser = workbookChooser(title, initialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Optional<Path> initialDirectory, String suggestedName) {
        FileChooser chooser = workbookChooser(messages.get("dialog.save.title"), initialDirectory);
        chooser.setInitialFileName(ChooserFileNames.offered(suggestedName));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath).map(p ->
                p.getFileName().toString().endsWith(WorkbookStore.EXTENSION) ? p
                        : p.resolveSibling(p.getFileName() + WorkbookStore.EXTENSION));
    }

    @Override
    public Optional<Path> chooseImage(Optional<Path> initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.image.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("dialog.image.filter"), "*.png", "*.jpg", "*.jpeg"));
        initialDirectory.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePdfToSave(String title, Optional<Path> initialDirectory, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(ChooserFileNames.offered(suggestedName));
        initialDirectory.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath).map(p ->
                p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? p
                        : p.resolveSibling(p.getFileName() + ".pdf"));
    }

    @Override
    public Optional<Path> choosePngToSave(String title, Optional<Path> initialDirectory, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(ChooserFileNames.offered(suggestedName));
        initialDirectory.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath).map(p ->
                p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? p
                        : p.resolveSibling(p.getFileName() + ".png"));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initialDirectory.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseStatements(Optional<Path> initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.statements.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("dialog.statements.filter"), "*.txt", "*.csv"));
        initialDirectory.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    private FileChooser workbookChooser(String title, Optional<Path> initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("dialog.workbook.filter"), "*" + WorkbookStore.EXTENSION));
        initialDirectory.filter(Files::isDirectory).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return chooser;
    }
}
