package nl.personacanvas.ui.main;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import nl.personacanvas.check.StatementInput;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.UnsortedStatements;
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
    private final Consumer<UnsortedStatements> restoreStatements;

    /** @param restoreStatements takes back the sort dialog's statements kept from the last run */
    StartContent(AppServices services, MainViewModel viewModel, Autosaver autosaver,
                 Consumer<UnsortedStatements> restoreStatements) {
        this.services = services;
        this.messages = services.messages();
        this.viewModel = viewModel;
        this.autosaver = autosaver;
        this.restoreStatements = restoreStatements;
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
            if (found.hasWorkbook()) {
                viewModel.files().openRestored(found);
                // Back where the work stopped, not on the workbook page: the persona changed last.
                found.workbook().personas().stream().max(Comparator.comparing(Persona::modified))
                        .ifPresent(p -> viewModel.personas().selectedPersonaIdProperty().set(p.id()));
            } else if (arguments.isEmpty() && found.source() != null) {
                // Only statements were kept, the workbook was saved: back in the file they were written for.
                viewModel.files().openAtStart(found.source());
            } else if (sample == null || !arguments.isEmpty()) {
                openInitial(arguments);
            }
            if (found.hasStatements()) {
                restoreStatements.accept(found.statements());
            }
            viewModel.status().announce(messages.get(!found.hasStatements() ? "status.restored"
                    : found.hasWorkbook() ? "status.restoredWithStatements" : "status.statementsRestored"));
            return;
        }
        autosaver.discardAllInBackground();
        if (sample == null || !arguments.isEmpty()) {
            openInitial(arguments);
        }
    }

    /**
     * Asks whether to take back what was kept: the unsaved workbook, the sort dialog's statements not yet added, or
     * both. Statements alone are also what a clean close leaves, so their question does not speak of a crash.
     */
    private boolean offerRestore(RecoveryFiles.Recovered recovered) {
        Workbook wb = recovered.workbook();
        String name = recovered.source() != null ? recovered.source().getFileName().toString()
                : wb == null || wb.school().isBlank() ? messages.get("title.untitled") : wb.school();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(recovered.savedAt().atZone(ZoneId.systemDefault()));
        int statements = recovered.hasStatements() ? statementCount(recovered.statements().text()) : 0;
        String message;
        if (wb == null) {
            message = messages.get("restore.statements.message", name, when, statements);
        } else {
            long entries = wb.personas().stream().mapToLong(p -> p.canvas().size()).sum();
            message = messages.get(statements > 0 ? "restore.messageWithStatements" : "restore.message", name, when,
                    wb.personas().size(), entries, statements);
        }
        return services.dialogs().offerRestore(messages.get(wb == null ? "restore.statements.title" : "restore.title"),
                message, messages.get("restore.accept"), messages.get("restore.discard"));
    }

    /** How many statements the sort dialog will make of {@code text}: one a line, blank lines left out. */
    private static int statementCount(String text) {
        try {
            return StatementInput.lines(new StringReader(text)).size();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
    }

    private void openInitial(List<String> arguments) {
        if (arguments.isEmpty()) {
            viewModel.files().openDefaultSample();
        } else {
            viewModel.files().openAtStart(Path.of(arguments.get(0)));
        }
    }
}
