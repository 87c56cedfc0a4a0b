package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.document.Autosaver;

/**
 * What the main window shows first: recovered work if the user takes it back, else the file given on the command
 * line, else the default sample.
 */
final class StartContent {
    private final AppServices services;
    private final Messages messages;
    private final MainViewModel viewModel;
    private final Autosaver autosaver;

    StartContent(AppServices services, MainViewModel viewModel, Autosaver autosaver) {
        this.services = services;
        this.messages = services.messages();
        this.viewModel = viewModel;
        this.autosaver = autosaver;
    }

    /** Looks up what to show in the background, then shows it. */
    void lookUpAndBegin(List<String> arguments) {
        Task<InitialContent> lookUp = new Task<>() {
            @Override
            protected InitialContent call() {
                return InitialContent.lookUp(services.recovery(), services.samples(), services.store(), arguments);
            }
        };
        lookUp.setOnSucceeded(e -> begin(lookUp.getValue(), arguments));
        lookUp.setOnFailed(e -> openInitial(arguments));
        services.executor().execute(lookUp);
    }

    /** Shows what was looked up: recovered work (after asking), the sample or the file read ahead. */
    void begin(InitialContent initial, List<String> arguments) {
        services.recovery().keptAside().ifPresent(kept -> services.dialogs().showError(
                messages.get("restore.kept.title"), new FileMessages(messages).keptAside(kept)));
        Optional<RecoveryFiles.Recovered> found = initial.recovered();
        if (found.isPresent()) {
            offerRecovered(found.get(), initial.sample(), arguments);
        } else if (initial.sample() != null) {
            viewModel.files().showSample(initial.sample());
            // A file given that could not be read ahead: read again over the sample, as File > Open would,
            // so the error says why and the sample stays.
            if (!arguments.isEmpty()) {
                viewModel.files().load(Path.of(arguments.get(0)));
            }
        } else if (initial.file() != null) {
            viewModel.files().openRead(initial.file().path(), initial.file().loaded(), initial.file().holder());
        } else {
            openInitial(arguments);
        }
    }

    /**
     * The sample behind the question, as at any start: the window's empty workbook would greet the user with its
     * required School field in red. Discarded, the file given is opened as it would have been.
     */
    private void offerRecovered(RecoveryFiles.Recovered found, Workbook sample, List<String> arguments) {
        if (sample != null) {
            viewModel.files().showSample(sample);
        }
        if (offerRestore(found)) {
            viewModel.files().openRestored(found);
            // Back where the work stopped, not on the workbook page: the persona changed last.
            found.workbook().personas().stream().max(Comparator.comparing(Persona::modified))
                    .ifPresent(p -> viewModel.personas().selectedPersonaIdProperty().set(p.id()));
            viewModel.status().announce(messages.get("status.restored"));
            return;
        }
        autosaver.discardInBackground();
        if (sample == null || !arguments.isEmpty()) {
            openInitial(arguments);
        }
    }

    private boolean offerRestore(RecoveryFiles.Recovered recovered) {
        Workbook wb = recovered.workbook();
        String name = recovered.source() != null ? recovered.source().getFileName().toString()
                : wb.school().isBlank() ? messages.get("title.untitled") : wb.school();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(recovered.savedAt().atZone(ZoneId.systemDefault()));
        long entries = wb.personas().stream().mapToLong(p -> p.canvas().size()).sum();
        return services.dialogs().offerRestore(messages.get("restore.title"),
                messages.get("restore.message", name, when, wb.personas().size(), entries),
                messages.get("restore.accept"), messages.get("restore.discard"));
    }

    private void openInitial(List<String> arguments) {
        if (arguments.isEmpty()) {
            viewModel.files().openDefaultSample();
        } else {
            viewModel.files().openAtStart(Path.of(arguments.get(0)));
        }
    }
}
