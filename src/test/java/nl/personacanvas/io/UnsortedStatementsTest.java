package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 22 (rob22): the sort dialog's statements, in no workbook until added, are kept in the recovery folder and
 * offered after a crash, with the workbook's copy or on their own; they stay when the workbook is saved and go when
 * added or cleared; a file of them that cannot be read is kept aside, never deleted.
 */
class UnsortedStatementsTest {
    /** Thirty statements as a panel pastes them: an emoji, Arabic with right-to-left marks, a combining accent. */
    private static final String TYPED = String.join("\n", Stream.concat(
            Stream.of("Zoekt partnerscholen in Marokko \uD83C\uDF0D", "\u200Fمرحبا عائشة\u200F belt de stagiair",
                    "Zoe\u0308 plant de uitwisseling"),
            java.util.stream.IntStream.rangeClosed(4, 30).mapToObj(i -> "Stelling " + i + " over het buitenland")).toList());
    private static final Instant WHEN = Instant.parse("2026-12-01T03:00:00Z");

    @TempDir
    Path folder;

    private RecoveryFiles app() {
        return new RecoveryFiles(folder.resolve("recovery"), new WorkbookStore(new WorkbookCodec()));
    }

    private Path source() {
        return folder.resolve("twente \uD83D\uDCC1 عائشة.pcanvas");
    }

    @Test
    void statementsAloneAreOfferedAfterACrashAsTheyWereTyped() throws IOException {
        RecoveryFiles crashed = app();
        crashed.writeStatements(new UnsortedStatements(TYPED, source(), WHEN));
        crashed.letGo();

        RecoveryFiles.Recovered found = app().find().orElseThrow();

        assertThat(found.hasWorkbook()).isFalse();
        assertThat(found.workbook()).isNull();
        assertThat(found.hasStatements()).isTrue();
        assertThat(found.statements().text()).isEqualTo(TYPED);
        assertThat(found.source()).isEqualTo(source().toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(WHEN);
    }

    @Test
    void theWorkbookAndTheStatementsAreOfferedTogether() throws IOException {
        Workbook wb = Workbook.empty().withSchool("ROC").addPersona(Persona.create("Laura", "begeleidt", "", WHEN));
        RecoveryFiles crashed = app();
        crashed.write(wb, source(), null, WHEN);
        crashed.writeStatements(new UnsortedStatements(TYPED, source(), WHEN.plusSeconds(5)));
        crashed.letGo();

        RecoveryFiles.Recovered found = app().find().orElseThrow();

        assertThat(found.workbook()).isEqualTo(wb);
        assertThat(found.statements().text()).isEqualTo(TYPED);
        assertThat(found.savedAt()).isEqualTo(WHEN);
    }

    @Test
    void savingTheWorkbookKeepsTheStatementsAndAddingThemLeavesNothing() throws IOException {
        RecoveryFiles running = app();
        running.write(Workbook.empty().withSchool("ROC"), source(), null, WHEN);
        running.writeStatements(new UnsortedStatements(TYPED, source(), WHEN));

        running.discardWorkbook(); // the workbook was saved
        running.letGo(); // and then the crash
        RecoveryFiles next = app();
        RecoveryFiles.Recovered found = next.find().orElseThrow();
        assertThat(found.hasWorkbook()).isFalse();
        assertThat(found.statements().text()).isEqualTo(TYPED);

        next.discardStatements(); // added to a canvas
        assertThat(app().find()).isEmpty();
        assertThat(visibleFiles()).isEmpty();
    }

    @Test
    void clearingTheStatementsKeepsTheWorkbooksCopy() throws IOException {
        RecoveryFiles running = app();
        running.write(Workbook.empty().withSchool("ROC"), source(), null, WHEN);
        running.writeStatements(new UnsortedStatements(TYPED, source(), WHEN));
        running.discardStatements();
        running.letGo();

        RecoveryFiles.Recovered found = app().find().orElseThrow();
        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.hasStatements()).isFalse();
    }

    @Test
    void discardingWhatACrashLeftRemovesTheStatementsToo() throws IOException {
        RecoveryFiles crashed = app();
        crashed.write(Workbook.empty().withSchool("ROC"), source(), null, WHEN);
        crashed.writeStatements(new UnsortedStatements(TYPED, source(), WHEN));
        crashed.letGo();

        RecoveryFiles next = app();
        assertThat(next.find()).isPresent();
        next.discard();

        assertThat(app().find()).isEmpty();
        assertThat(visibleFiles()).isEmpty();
    }

    /** A new app must not take the copy number whose statements a crashed app left: its save would delete them. */
    @Test
    void aNewAppWritesBesideTheStatementsACrashedAppLeftNeverOverThem() throws IOException {
        RecoveryFiles crashed = app();
        crashed.writeStatements(new UnsortedStatements(TYPED, source(), WHEN));
        crashed.letGo();

        RecoveryFiles other = app(); // started with a file given, before anything was offered
        other.write(Workbook.empty().withSchool("Ander"), null, null, WHEN);
        other.discardWorkbook();
        other.discard();

        RecoveryFiles.Recovered found = app().find().orElseThrow();
        assertThat(found.statements().text()).isEqualTo(TYPED);
        assertThat(Files.exists(folder.resolve("recovery/recovery-2.pcanvas"))).isFalse();
    }

    @Test
    void statementsFromANewerVersionAreKeptAsideNotDeletedAndTheWorkbookIsStillOffered() throws IOException {
        RecoveryFiles crashed = app();
        crashed.write(Workbook.empty().withSchool("ROC"), null, null, WHEN);
        crashed.writeStatements(new UnsortedStatements(TYPED, null, WHEN));
        crashed.letGo();
        Path file = folder.resolve("recovery/recovery.statements.properties");
        String newer = Files.readString(file).replace("layout=1", "layout=7");
        Files.writeString(file, newer);

        RecoveryFiles next = app();
        RecoveryFiles.Recovered found = next.find().orElseThrow();

        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.hasStatements()).isFalse();
        Path kept = next.keptAside().orElseThrow().file();
        assertThat(kept.getFileName().toString()).startsWith("unreadable-").endsWith("recovery.statements.properties");
        assertThat(Files.readString(kept)).isEqualTo(newer);
        assertThat(next.keptAside().orElseThrow().why()).isInstanceOfSatisfying(WorkbookFormatException.class, e -> {
            assertThat(e.describe(Locale.forLanguageTag("nl"))).contains("nieuwere versie", "indeling 7");
            assertThat(e.describe(Locale.ENGLISH)).contains("newer version", "layout 7");
        });
        // A later save and discard leave it where it is.
        next.write(Workbook.empty().withSchool("ROC 2"), null, null, WHEN);
        next.discard();
        assertThat(Files.readString(kept)).isEqualTo(newer);
    }

    @Test
    void aDamagedStatementsFileIsKeptAsideAndSaidToBeDamaged() throws IOException {
        RecoveryFiles crashed = app();
        crashed.writeStatements(new UnsortedStatements(TYPED, null, WHEN));
        crashed.letGo();
        Path file = folder.resolve("recovery/recovery.statements.properties");
        String damaged = Files.readString(file).replaceFirst("\\\\u[0-9A-Fa-f]{4}", "\\\\u12");
        Files.writeString(file, damaged);

        RecoveryFiles next = app();
        assertThat(next.find()).isEmpty();
        RecoveryFiles.KeptAside kept = next.keptAside().orElseThrow();
        assertThat(Files.readString(kept.file())).isEqualTo(damaged);
        assertThat(((WorkbookFormatException) kept.why()).describe(Locale.forLanguageTag("nl"))).contains("beschadigd");
    }

    @Test
    void aStatementsFileWithoutItsTextIsDamagedNotEmptyStatements() throws IOException {
        Files.createDirectories(folder.resolve("recovery"));
        Files.writeString(folder.resolve("recovery/recovery.statements.properties"), "layout=1\nsavedAt=nooit\n");
        RecoveryFiles next = app();
        assertThat(next.find()).isEmpty();
        assertThat(next.keptAside()).isPresent();
    }

    /**
     * Session 22 (rob22b): the persona in whose sort dialog the statements were is kept with them, so the dialog can say
     * whose they were when it offers them back for another; a file kept before (no persona) still reads, without one.
     */
    @Test
    void thePersonaTheStatementsWereForIsKeptWithThemAndAnOlderFileReadsWithoutOne() throws IOException {
        RecoveryFiles crashed = app();
        crashed.writeStatements(new UnsortedStatements(TYPED, source(), WHEN, "p-laura \uD83C\uDF31"));
        crashed.letGo();
        RecoveryFiles.Recovered found = app().find().orElseThrow();
        assertThat(found.statements().personaId()).isEqualTo("p-laura \uD83C\uDF31");
        assertThat(found.statements().text()).isEqualTo(TYPED);

        Path older = folder.resolve("older");
        Files.createDirectories(older);
        Files.writeString(older.resolve("recovery.statements.properties"),
                "layout=1\nsavedAt=2026-11-30T10\\:00\\:00Z\ntext=Zoekt partnerscholen\\nBelt de stagiair\n");
        RecoveryFiles.Recovered old = new RecoveryFiles(older, new WorkbookStore(new WorkbookCodec())).find().orElseThrow();
        assertThat(old.statements().text()).isEqualTo("Zoekt partnerscholen\nBelt de stagiair");
        assertThat(old.statements().personaId()).isNull();
    }

    private List<String> visibleFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("recovery"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }
}
