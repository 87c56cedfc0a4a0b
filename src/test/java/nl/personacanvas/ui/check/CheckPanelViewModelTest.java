package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.check.FxThread.call;
import static nl.personacanvas.ui.check.FxThread.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.EntryFlag;
import nl.personacanvas.check.QuadrantCoverage;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.HeldTasks;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.canvas.EntryViewModel;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckPanelViewModelTest {
    private final HeldTasks tasks = new HeldTasks();
    private final FxThread.ManualDebouncer debouncer = new FxThread.ManualDebouncer();
    private WorkbookDocument document;
    private CanvasViewModel canvas;
    private CheckPanelViewModel check;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxThread.start();
    }

    @BeforeEach
    void setUp() {
        run(() -> {
            document = new WorkbookDocument();
            document.open(TestWorkbooks.twoPersonas(), null);
            canvas = new CanvasViewModel(document, UiFixture.MATRIX, Clock.systemUTC());
            check = new CheckPanelViewModel(canvas, document, UiFixture.CHECKER::check, tasks, debouncer,
                    new Messages(Locale.forLanguageTag("nl")));
            canvas.personaIdProperty().set("p-laura");
        });
    }

    private void settle() {
        run(debouncer::fire);
        run(tasks::runAll);
    }

    private Persona laura() {
        return document.workbook().persona("p-laura").orElseThrow();
    }

    private EntryViewModel entry(Quadrant q, int index) {
        return call(() -> canvas.entries(q).get(index));
    }

    @Test
    void typingIsDebouncedIntoOneBackgroundCheck() {
        settle();
        int before = debouncer.requests;
        EntryViewModel design = entry(Quadrant.DESIGN, 0);
        run(() -> {
            design.textProperty().set("Stageopdrachten met");
            design.textProperty().set("Stageopdrachten met interculturele");
            design.textProperty().set("Stageopdrachten met interculturele leeruitkomsten");
        });
        assertThat(debouncer.requests - before).isEqualTo(3);
        assertThat(tasks.queued).isEmpty();
        run(debouncer::fire);
        assertThat(tasks.queued).hasSize(1);
        assertThat(check.checkingProperty().get()).isTrue();
        run(tasks::runAll);
        assertThat(check.checkingProperty().get()).isFalse();
        assertThat(check.reportProperty().get().finding(design.id()).orElseThrow().elements()).isNotEmpty();
    }

    @Test
    void theNewestRequestWinsWhateverOrderChecksFinishIn() {
        settle();
        EntryViewModel organise = entry(Quadrant.ORGANISE, 0);
        run(() -> organise.textProperty().set("Kan goed plannen"));
        run(debouncer::fire);
        Task<?> older = tasks.queued.remove(0);
        run(() -> organise.textProperty().set("International office regelt het visum"));
        run(debouncer::fire);
        Task<?> newer = tasks.queued.remove(0);

        run(newer::run);
        run(older::run);

        assertThat(check.findings().get(organise.id()).flags()).containsExactly(EntryFlag.OTHER_PERSON);
        assertThat(check.reportProperty().get().finding(organise.id()).orElseThrow().has(EntryFlag.TOO_GENERAL))
                .isFalse();
    }

    @Test
    void showsCoverageFiguresAndMissingWordingOfTheReport() {
        settle();
        CheckReport report = check.reportProperty().get();
        assertThat(check.figures().coverage()).extracting(CoverageRow::quadrant)
                .containsExactly(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE, Quadrant.ATTITUDE);
        for (QuadrantCoverage q : report.coverage().quadrants()) {
            CoverageRow row = check.figures().coverage().stream().filter(r -> r.quadrant() == q.quadrant()).findFirst().orElseThrow();
            assertThat(row.figure()).isEqualTo(q.covered().size() + " van " + q.total());
            assertThat(row.fraction()).isEqualTo(q.coverage());
            assertThat(row.missing()).containsExactlyElementsOf(q.missing().stream().map(m -> m.excerpt()).toList());
        }
        assertThat(check.figures().attitudesMissing()).contains("flexibel", "nieuwsgierig");
        assertThat(check.figures().professionalMissing()).isNotEmpty();
        assertThat(check.summaryProperty().get()).isEqualTo(report.summary(Locale.forLanguageTag("nl")));
    }

    @Test
    void movesAMisplacedEntryToTheSuggestedQuadrantAsOneUndoableStep() {
        EntryViewModel organise = entry(Quadrant.ORGANISE, 0);
        run(() -> organise.textProperty().set("Is flexibel en staat open voor andere culturen"));
        settle();
        assertThat(check.findings().get(organise.id()).suggested()).isEqualTo(Quadrant.ATTITUDE);

        run(() -> check.moveToSuggested(organise.id()));
        assertThat(laura().canvas().quadrantOf(organise.id())).contains(Quadrant.ATTITUDE);
        run(document::undo);
        assertThat(laura().canvas().quadrantOf(organise.id())).contains(Quadrant.ORGANISE);
        assertThat(laura().canvas().find(organise.id()).map(Entry::text)).contains("Is flexibel en staat open voor andere culturen");
    }

    @Test
    void linksSetByAPersonAreSavedUndoableAndWinInTheReport() {
        run(() -> canvas.setLinks("e-u1", List.of("A4.deliver.1", "P.1")));
        assertThat(laura().canvas().find("e-u1").orElseThrow().links()).containsExactly("A4.deliver.1", "P.1");
        settle();
        assertThat(check.findings().get("e-u1").elements()).extracting(m -> m.elementId())
                .containsExactly("A4.deliver.1", "P.1");
        run(document::undo);
        assertThat(laura().canvas().find("e-u1").orElseThrow().links()).isEmpty();
    }

    @Test
    void noPersonShownClearsThePanel() {
        settle();
        run(() -> canvas.personaIdProperty().set(null));
        settle();
        assertThat(check.reportProperty().get()).isNull();
        assertThat(check.figures().coverage()).isEmpty();
        assertThat(check.findings()).isEmpty();
        assertThat(check.personaShownProperty().get()).isFalse();
        assertThat(check.summaryProperty().get()).startsWith("Kies een persona");
    }

    @Test
    void aCheckThatThrowsEndsTheWaitAndTheNextEditTriesAgain() {
        boolean[] broken = {true};
        Messages messages = new Messages(Locale.forLanguageTag("nl"));
        CheckPanelViewModel flaky = call(() -> {
            canvas.personaIdProperty().set(null);
            CheckPanelViewModel vm = new CheckPanelViewModel(canvas, document, (persona, activity) -> {
                if (broken[0]) {
                    throw new IllegalStateException("lexicon could not be read");
                }
                return UiFixture.CHECKER.check(persona, activity);
            }, tasks, debouncer, messages);
            canvas.personaIdProperty().set("p-laura");
            return vm;
        });
        assertThat(flaky.summaryProperty().get()).isEqualTo("Het canvas wordt gecontroleerd…");
        assertThat(flaky.checkingProperty().get()).isTrue();

        settle();

        assertThat(flaky.checkingProperty().get()).as("the busy mark after a failed check").isFalse();
        assertThat(flaky.summaryProperty().get()).isEqualTo("De controle kon niet worden uitgevoerd. Het canvas "
                + "blijft bewerkbaar; na de volgende wijziging wordt het opnieuw geprobeerd.");
        assertThat(flaky.reportProperty().get()).isNull();
        run(() -> messages.localeProperty().set(Locale.ENGLISH));
        assertThat(flaky.summaryProperty().get()).isEqualTo(
                "The check could not be done. The canvas stays editable; it is tried again after your next change.");

        // The canvas takes the edit, and the edit asks for a check again, which now succeeds.
        broken[0] = false;
        EntryViewModel design = entry(Quadrant.DESIGN, 0);
        run(() -> design.textProperty().set("Stageopdrachten met interculturele leeruitkomsten"));
        assertThat(laura().canvas().entries(Quadrant.DESIGN).get(0).text())
                .isEqualTo("Stageopdrachten met interculturele leeruitkomsten");
        settle();
        assertThat(flaky.checkingProperty().get()).isFalse();
        assertThat(flaky.reportProperty().get().personaId()).isEqualTo("p-laura");
        assertThat(flaky.summaryProperty().get()).isEqualTo(flaky.reportProperty().get().summary(Locale.ENGLISH));
    }

    @Test
    void aFailedCheckDoesNotLeaveTheOlderReportShownAsThisCanvas() {
        boolean[] broken = {false};
        CheckPanelViewModel flaky = call(() -> new CheckPanelViewModel(canvas, document, (persona, activity) -> {
            if (broken[0]) {
                throw new IllegalStateException("checker broke");
            }
            return UiFixture.CHECKER.check(persona, activity);
        }, tasks, debouncer, new Messages(Locale.forLanguageTag("nl"))));
        settle();
        assertThat(flaky.reportProperty().get()).isNotNull();
        broken[0] = true;
        run(() -> entry(Quadrant.DESIGN, 0).textProperty().set("Iets anders"));
        settle();
        assertThat(flaky.reportProperty().get()).isNull();
        assertThat(flaky.figures().coverage()).isEmpty();
        assertThat(flaky.findings()).isEmpty();
        assertThat(flaky.summaryProperty().get()).startsWith("De controle kon niet worden uitgevoerd.");
        assertThat(flaky.checkingProperty().get()).isFalse();
    }
}
