package nl.personacanvas.ui.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.controls.CommandItems;

/**
 * The File menu's export, preview and print commands of one main window. Each dialog gets options of
 * its own, starting from the choices made last time.
 */
public final class ExportCommands {
    private static final String STYLESHEET = "/nl/personacanvas/ui/export/export.css";

    private final ObservableValue<Workbook> workbook;
    private final ObservableValue<String> currentPersonaId;
    private final AppServices services;
    private final ExportServices exports;
    private final ExportTexts texts;
    private final Consumer<String> status;
    private final Supplier<Window> owner;
    private final PrintCommands printing;
    private ExportOptionsViewModel lastChoices;
    private PreviewView preview;

    public ExportCommands(ObservableValue<Workbook> workbook, ObservableValue<String> currentPersonaId,
                          AppServices services, Consumer<String> status, Supplier<Window> owner) {
        this.workbook = workbook;
        this.currentPersonaId = currentPersonaId;
        this.services = services;
        this.exports = services.exports();
        this.texts = new ExportTexts(services.messages());
        this.status = status;
        this.owner = owner;
        this.printing = new PrintCommands(exports, services.dialogs(), services.executor(), texts, status);
    }

    /** "Exporteren als PDF…", "Voorbeeld afdrukken…" and "Afdrukken…" for the File menu, in the current language. */
    public List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(),
                item("menu-file-export", "menu.export", "Shortcut+E", this::openExportDialog),
                item("menu-file-preview", "menu.preview", null, this::openPreview),
                item("menu-file-print", "menu.print", "Shortcut+P", this::print));
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        return CommandItems.item(id, texts.get(key), accelerator, action);
    }

    private ExportOptionsViewModel choices() {
        ExportOptionsViewModel options = new ExportOptionsViewModel(workbook, currentPersonaId, texts,
                services.clock());
        if (lastChoices != null) {
            options.copyChoicesFrom(lastChoices);
        } else {
            options.startWithWhatIsOpen();
            services.settings().paperChoices().ifPresent(options::usePaper);
        }
        return options;
    }

    private void remember(ExportOptionsViewModel options) {
        options.dispose();
        lastChoices = options;
        services.settings().setPaperChoices(options.paperChoices());
    }

    public void openExportDialog() {
        ExportOptionsViewModel options = choices();
        ExportViewModel viewModel = new ExportViewModel(options, exports, services.dialogs(), services.executor(),
                services.settings(), texts, status);
        ExportDialog dialog = new ExportDialog(viewModel, texts, owner.get(), stylesheet());
        dialog.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> remember(options));
        dialog.show();
    }

    /** Opens the preview, or brings the open one to the front. */
    public void openPreview() {
        if (preview != null) {
            preview.stage().toFront();
            return;
        }
        ExportOptionsViewModel options = choices();
        PreviewViewModel viewModel = new PreviewViewModel(options, exports.engine(), printing, services.executor(),
                texts);
        preview = new PreviewView(viewModel, texts, owner.get(), stylesheet());
        preview.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            remember(options);
            preview = null;
        });
        preview.show();
    }

    /**
     * Prints what the last choices describe, without a preview; when they describe nothing (no persona
     * open), opens the preview instead, where the user can choose and sees why.
     */
    public void print() {
        ExportOptionsViewModel options = choices();
        boolean printable = options.problemProperty().get() == null;
        if (printable) {
            printing.print(options.request(), options.suggestedName());
        }
        options.dispose();
        if (!printable) {
            openPreview();
        }
    }

    private static String stylesheet() {
        return ExportCommands.class.getResource(STYLESHEET).toExternalForm();
    }
}
