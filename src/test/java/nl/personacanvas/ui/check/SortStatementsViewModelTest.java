package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.check.FxThread.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import nl.personacanvas.check.Placement;
import nl.personacanvas.io.Limits;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.HeldTasks;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortStatementsViewModelTest {
    private final HeldTasks tasks = new HeldTasks();
    private final WorkbookDocument document = new WorkbookDocument();
    private SortStatementsViewModel sort;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxThread.start();
    }

    @BeforeEach
    void setUp() {
        run(() -> {
            document.open(TestWorkbooks.twoPersonas(), null);
            sort = new SortStatementsViewModel(UiFixture.CHECKER, tasks, document, "p-laura",
                    new Messages(Locale.forLanguageTag("nl")), Clock.systemUTC());
        });
    }

    private List<String> texts(Quadrant q) {
        Persona laura = document.workbook().persona("p-laura").orElseThrow();
        return laura.canvas().entries(q).stream().map(Entry::text).toList();
    }

    @Test
    void proposesAPlacementPerStatementInTheBackground() {
        assertThat(sort.activityProperty().get().matrixId()).isEqualTo("A4");
        run(() -> {
            sort.inputProperty().set("""
                    - Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland
                    International office regelt het visum

                    Heeft een lerende houding
                    """);
            sort.sort();
        });
        assertThat(sort.busyProperty().get()).isTrue();
        assertThat(sort.rows()).isEmpty();
        run(tasks::runAll);
        assertThat(sort.rows()).extracting(r -> r.placementProperty().get())
                .containsExactly(Placement.DELIVER, Placement.GENERIC, Placement.ATTITUDE);
        assertThat(sort.rows()).extracting(r -> r.includedProperty().get()).containsExactly(true, false, true);
        assertThat(sort.proposalText(sort.rows().get(1))).isEqualTo("taak van een ander");
    }

    @Test
    void acceptsTheReviewedPlacementsAsOneUndoableStep() {
        run(() -> {
            sort.inputProperty().set("Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland\n"
                    + "International office regelt het visum\nHeeft een lerende houding");
            sort.sort();
        });
        run(tasks::runAll);
        run(() -> sort.rows().get(2).placementProperty().set(Placement.ORGANISE));
        List<String> deliverBefore = texts(Quadrant.DELIVER);
        int added = FxThread.call(sort::accept);

        assertThat(added).isEqualTo(2);
        assertThat(texts(Quadrant.DELIVER)).endsWith("Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland");
        assertThat(texts(Quadrant.ORGANISE)).endsWith("Heeft een lerende houding");
        assertThat(document.workbook().persona("p-laura").orElseThrow().canvas().allEntries().map(Entry::text))
                .doesNotContain("International office regelt het visum");
        run(document::undo);
        assertThat(texts(Quadrant.DELIVER)).isEqualTo(deliverBefore);
        assertThat(texts(Quadrant.ORGANISE)).doesNotContain("Heeft een lerende houding");
    }

    /**
     * Session 22 (rob22b): what adding leaves off the canvas is named with its reason and kept as text, in input order;
     * it used to vanish without a word.
     */
    @Test
    void whatAddingLeavesOffTheCanvasIsKeptWithItsReasons() {
        run(() -> {
            sort.inputProperty().set("Kan goed plannen\nHeeft een lerende houding\nInternational office regelt het visum\n"
                    + "Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland");
            sort.sort();
        });
        run(tasks::runAll);
        assertThat(sort.rows()).extracting(r -> r.placementProperty().get()).containsExactly(
                Placement.GENERIC, Placement.ATTITUDE, Placement.GENERIC, Placement.DELIVER);
        run(() -> {
            sort.rows().get(3).includedProperty().set(false);
            sort.inputProperty().set(sort.inputProperty().get() + "\nBelt de stagiair in Gent");
        });

        int added = FxThread.call(sort::accept);
        LeftOut left = FxThread.call(sort::leftOut);

        assertThat(added).isEqualTo(1);
        assertThat(left.text()).isEqualTo("Kan goed plannen\nInternational office regelt het visum\n"
                + "Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland\nBelt de stagiair in Gent");
        assertThat(left.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", added)).isEqualTo(
                "1 stelling toegevoegd aan Laura. 4 stellingen staan nog klaar in Stickers sorteren: 1 is te algemeen,"
                        + " 1 is een taak van een ander, 1 heb je zelf uitgezet en 1 heeft nog geen voorstel.");
        assertThat(left.summary(new Messages(Locale.ENGLISH), "Laura", added)).isEqualTo(
                "1 statement added to Laura. 4 statements are still waiting in Sort sticky notes: 1 is too general,"
                        + " 1 is someone else’s task, 1 was left out by you and 1 has no proposal yet.");
    }

    /**
     * Session 24 (rob24): a quadrant takes no more notes than a workbook file holds. Thousands of statements pasted into
     * the dialog used to become thousands of notes, which froze the window and made a workbook that could not be saved;
     * what does not fit stays in the dialog like anything else adding leaves, and the status line says why.
     */
    @Test
    void statementsPastTheirQuadrantsRoomAreLeftAndSaidAndNothingElseIsLost() {
        run(() -> document.open(TestWorkbooks.twoPersonas().updatePersona("p-laura", p -> {
            Canvas canvas = p.canvas();
            while (canvas.entries(Quadrant.ATTITUDE).size() < Limits.MAX_ENTRIES_PER_QUADRANT - 2) {
                canvas = canvas.add(Quadrant.ATTITUDE, Entry.of("Houding " + canvas.entries(Quadrant.ATTITUDE).size()));
            }
            return p.withCanvas(canvas);
        }), null));
        List<String> statements = List.of("Is nieuwsgierig 🌍", "Staat open voor عائشة", "Heeft geduld",
                "Blijft rustig", "Belt de stagiair in Gent");
        run(() -> {
            sort.inputProperty().set(String.join("\n", statements));
            sort.sort();
        });
        run(tasks::runAll);
        run(() -> {
            for (int i = 0; i < 5; i++) {
                sort.rows().get(i).placementProperty().set(i < 4 ? Placement.ATTITUDE : Placement.DELIVER);
                sort.rows().get(i).includedProperty().set(true);
            }
        });

        int added = FxThread.call(sort::accept);
        LeftOut left = FxThread.call(sort::leftOut);

        assertThat(added).isEqualTo(3);
        assertThat(texts(Quadrant.ATTITUDE)).hasSize(Limits.MAX_ENTRIES_PER_QUADRANT)
                .endsWith("Is nieuwsgierig 🌍", "Staat open voor عائشة");
        assertThat(texts(Quadrant.DELIVER)).endsWith("Belt de stagiair in Gent");
        assertThat(left.text()).isEqualTo("Heeft geduld\nBlijft rustig");
        assertThat(left.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", added)).isEqualTo(
                "3 stellingen toegevoegd aan Laura. 2 stellingen staan nog klaar in Stickers sorteren: 2 passen niet meer"
                        + " in een vol kwadrant (hoogstens 1.000 notities).");
        assertThat(left.summary(new Messages(Locale.ENGLISH), "Laura", added)).isEqualTo(
                "3 statements added to Laura. 2 statements are still waiting in Sort sticky notes: 2 no longer fit in a"
                        + " full quadrant (at most 1,000 notes).");

        // The quadrant now full: the next adding adds nothing there, and says so.
        run(() -> {
            sort.inputProperty().set(left.text());
            sort.sort();
        });
        run(tasks::runAll);
        run(() -> sort.rows().forEach(r -> {
            r.placementProperty().set(Placement.ATTITUDE);
            r.includedProperty().set(true);
        }));
        assertThat(FxThread.call(sort::accept)).isZero();
        LeftOut none = FxThread.call(sort::leftOut);
        assertThat(none.text()).isEqualTo("Heeft geduld\nBlijft rustig");
        assertThat(none.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", 0)).isEqualTo(
                "Geen stellingen toegevoegd aan Laura. 2 stellingen staan nog klaar in Stickers sorteren: 2 passen niet"
                        + " meer in een vol kwadrant (hoogstens 1.000 notities).");
        assertThat(texts(Quadrant.ATTITUDE)).hasSize(Limits.MAX_ENTRIES_PER_QUADRANT);
    }

    /** Session 23 (ux23): one statement left out is "die staat" / "it is", not "die staan" / "they are". */
    @Test
    void oneStatementLeftOffIsSpokenOfAsOneInBothLanguages() {
        run(() -> {
            sort.inputProperty().set("Kan goed plannen\nHeeft een lerende houding");
            sort.sort();
        });
        run(tasks::runAll);
        int added = FxThread.call(sort::accept);
        LeftOut left = FxThread.call(sort::leftOut);

        assertThat(left.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", added)).isEqualTo(
                "1 stelling toegevoegd aan Laura. 1 stelling staat nog klaar in Stickers sorteren: 1 is te algemeen.");
        assertThat(left.summary(new Messages(Locale.ENGLISH), "Laura", added)).isEqualTo(
                "1 statement added to Laura. 1 statement is still waiting in Sort sticky notes: 1 is too general.");
    }

    /**
     * Session 30: the reasons were notes, "(2 te algemeen, 2 voor een ander)"; each is now a clause whose verb and
     * noun follow its count, joined with "en" / "and" before the last.
     */
    @Test
    void manyStatementsLeftOffAreSpokenOfAsManyForEachReason() {
        LeftOut many = new LeftOut("…", 2, 3, 2, 2, 2);
        assertThat(many.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", 2)).isEqualTo(
                "2 stellingen toegevoegd aan Laura. 11 stellingen staan nog klaar in Stickers sorteren: 2 zijn te algemeen,"
                        + " 3 zijn taken van een ander, 2 heb je zelf uitgezet, 2 hebben nog geen voorstel en 2 passen niet"
                        + " meer in een vol kwadrant (hoogstens 1.000 notities).");
        assertThat(many.summary(new Messages(Locale.ENGLISH), "Laura", 2)).isEqualTo(
                "2 statements added to Laura. 11 statements are still waiting in Sort sticky notes: 2 are too general,"
                        + " 3 are someone else’s tasks, 2 were left out by you, 2 have no proposal yet and 2 no longer fit in"
                        + " a full quadrant (at most 1,000 notes).");
        LeftOut two = new LeftOut("…", 0, 1, 1, 0, 0);
        assertThat(two.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", 0)).isEqualTo(
                "Geen stellingen toegevoegd aan Laura. 2 stellingen staan nog klaar in Stickers sorteren: 1 is een taak van"
                        + " een ander en 1 heb je zelf uitgezet.");
        assertThat(two.summary(new Messages(Locale.ENGLISH), "Laura", 0)).isEqualTo(
                "No statements added to Laura. 2 statements are still waiting in Sort sticky notes: 1 is someone else’s"
                        + " task and 1 was left out by you.");
    }

    @Test
    void whenEverythingIsAddedNothingIsLeft() {
        run(() -> {
            sort.inputProperty().set("Heeft een lerende houding\n");
            sort.sort();
        });
        run(tasks::runAll);
        assertThat(FxThread.call(sort::accept)).isEqualTo(1);
        assertThat(FxThread.call(sort::leftOut)).isEqualTo(LeftOut.NONE);
        assertThat(LeftOut.NONE.summary(new Messages(Locale.forLanguageTag("nl")), "Laura", 1))
                .isEqualTo("1 stelling toegevoegd aan Laura");
    }

    @Test
    void readsStatementsFromACsvFile(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("stickers.csv");
        Files.writeString(csv, "nr;text\n1;Heeft een lerende houding\n2;\"Kan goed plannen\"\n");
        run(() -> sort.load(csv));
        run(tasks::runAll);
        assertThat(sort.inputProperty().get()).isEqualTo("Heeft een lerende houding\nKan goed plannen");
        run(tasks::runAll);
        assertThat(sort.rows()).extracting(SortRow::text).containsExactly("Heeft een lerende houding", "Kan goed plannen");
        assertThat(sort.rows().get(1).placementProperty().get()).isEqualTo(Placement.GENERIC);
    }

    /** Session 21: opening a file replaced what was typed or pasted in the input, without a way back. */
    @Test
    void aFileOpenedAfterTypingComesBelowWhatWasTypedWhichStays(@TempDir Path folder) throws Exception {
        Path txt = folder.resolve("stickers.txt");
        Files.writeString(txt, "Kan goed plannen\n");
        run(() -> sort.inputProperty().set("Zegt \u0639\u0627\u0626\u0634\u0629 gedag in haar taal \uD83C\uDF0D\nIs flexibel\n\n"));
        run(() -> sort.load(txt));
        run(tasks::runAll);
        assertThat(sort.inputProperty().get())
                .isEqualTo("Zegt \u0639\u0627\u0626\u0634\u0629 gedag in haar taal \uD83C\uDF0D\nIs flexibel\nKan goed plannen");
        run(tasks::runAll);
        assertThat(sort.rows()).extracting(SortRow::text).containsExactly(
                "Zegt \u0639\u0627\u0626\u0634\u0629 gedag in haar taal \uD83C\uDF0D", "Is flexibel", "Kan goed plannen");
    }

    /**
     * Session 24 (journey24): opening the same file twice appended its statements twice. A statement the list holds
     * already (also typed in another case or spacing, or with "ë" composed otherwise) is not added again, and the
     * dialog says how many were left out; the file's new statements still come below.
     */
    @Test
    void aStatementTheListHoldsAlreadyIsNotAddedAgainAndTheSkipIsSaid(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("stickers.csv");
        Files.writeString(csv, "nr;text\n1;Heeft een lerende houding\n2;\"Kan goed plannen; ook onder druk\"\n");
        run(() -> sort.load(csv));
        run(tasks::runAll);
        run(tasks::runAll);
        assertThat(sort.noticeProperty().get()).isEmpty();

        run(() -> sort.load(csv));
        run(tasks::runAll);
        assertThat(sort.inputProperty().get()).isEqualTo("Heeft een lerende houding\nKan goed plannen; ook onder druk");
        assertThat(sort.noticeProperty().get())
                .isEqualTo("2 stellingen uit stickers.csv stonden er al en zijn niet nog eens toegevoegd.");
        run(tasks::runAll);
        assertThat(sort.rows()).extracting(SortRow::text)
                .containsExactly("Heeft een lerende houding", "Kan goed plannen; ook onder druk");

        Path txt = folder.resolve("meer.txt");
        Files.writeString(txt, "- heeft een  LERENDE houding\nStaat open voor idee\u0065\u0308n\n");
        run(() -> sort.inputProperty().set(sort.inputProperty().get() + "\nStaat open voor idee\u00ebn"));
        run(() -> sort.load(txt));
        run(tasks::runAll);
        assertThat(sort.inputProperty().get())
                .isEqualTo("Heeft een lerende houding\nKan goed plannen; ook onder druk\nStaat open voor idee\u00ebn");
        assertThat(sort.noticeProperty().get())
                .isEqualTo("2 stellingen uit meer.txt stonden er al en zijn niet nog eens toegevoegd.");

        Path one = folder.resolve("een.txt");
        Files.writeString(one, "Kan goed plannen; ook onder druk\nBelt de stagiair elke week\n");
        SortStatementsViewModel english = FxThread.call(() -> new SortStatementsViewModel(UiFixture.CHECKER, tasks,
                document, "p-laura", new Messages(Locale.ENGLISH), Clock.systemUTC()));
        run(() -> english.inputProperty().set("Kan goed plannen; ook onder druk"));
        run(() -> english.load(one));
        run(tasks::runAll);
        assertThat(english.inputProperty().get()).isEqualTo("Kan goed plannen; ook onder druk\nBelt de stagiair elke week");
        assertThat(english.noticeProperty().get())
                .isEqualTo("1 statement from een.txt was already in the list and was not added again.");
        run(() -> sort.load(folder.resolve("weg.txt")));
        assertThat(sort.noticeProperty().get()).isEmpty();
        run(tasks::runAll);
    }

    @Test
    void readsACsvThatExcelSavedAsUtf8WithItsHeader(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("stickers.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rows = "text;groep\nIk ben nieuwsgierig naar andere culturen;1\n".getBytes(StandardCharsets.UTF_8);
        Files.write(csv, concat(bom, rows));
        run(() -> sort.load(csv));
        run(tasks::runAll);
        assertThat(sort.problemProperty().get()).isEmpty();
        assertThat(sort.inputProperty().get()).isEqualTo("Ik ben nieuwsgierig naar andere culturen");
    }

    @Test
    void readsATextFileSavedInWindowsOwnEncoding(@TempDir Path folder) throws Exception {
        Path txt = folder.resolve("stickers.txt");
        Files.write(txt, "Staat open voor idee\u00ebn van collega's uit andere landen\n".getBytes("windows-1252"));
        run(() -> sort.load(txt));
        run(tasks::runAll);
        assertThat(sort.problemProperty().get()).isEmpty();
        assertThat(sort.inputProperty().get()).isEqualTo("Staat open voor idee\u00ebn van collega's uit andere landen");
    }

    @Test
    void aFileThatIsGoneIsExplainedInWords(@TempDir Path folder) {
        run(() -> sort.load(folder.resolve("weg.txt")));
        run(tasks::runAll);
        assertThat(sort.problemProperty().get()).isEqualTo("weg.txt kan niet worden gelezen: Het bestand bestaat niet (meer).");
    }

    /**
     * Session 22 (rob22): a file of gigabytes chosen by mistake (a database export named .csv) was read whole: over 2 GB
     * the dialog said "java.lang.OutOfMemoryError: Required array size too large" in a Dutch window, and one of a few
     * hundred megabytes filled the memory of the window holding the unsaved workbook. Refused from its size, unread.
     */
    @Test
    void aFileFarLargerThanAnyListOfStatementsIsRefusedUnreadInWords(@TempDir Path folder) throws Exception {
        Path huge = folder.resolve("export.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk space taken
        }
        sort.inputProperty().set("Zoekt partnerscholen");
        run(() -> sort.load(huge));
        run(tasks::runAll);
        assertThat(sort.problemProperty().get()).isEqualTo("export.csv kan niet worden gelezen: het is 3.072 MB, en"
                + " Stickers sorteren leest hoogstens 10 MB aan stellingen. Is het wel het bestand met de stellingen?");
        assertThat(sort.inputProperty().get()).isEqualTo("Zoekt partnerscholen");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
