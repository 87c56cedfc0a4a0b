package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    private static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");
    private static final Entry D1 = new Entry("e-d1", "Ontwerpt een reflectieopdracht", List.of(), "");

    @TempDir
    Path dir;

    private final WorkbookStore store = new WorkbookStore(new WorkbookCodec());
    private Workbook base;

    @BeforeEach
    void createBase() {
        Persona laura = new Persona("p-laura", "Laura", "begeleidt stages", "A4", List.of(), null, "", T0, T0,
                Canvas.of(Map.of(Quadrant.DESIGN, List.of(D1))));
        base = Workbook.empty().withSchool("Alfa-college")
                .withActivities(List.of(new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY)))
                .addPersona(laura);
    }

    private Path save(String name, Workbook wb) throws Exception {
        Path file = dir.resolve(name);
        store.save(wb, file);
        return file;
    }

    private Workbook withText(String text) {
        return base.updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(D1.withText(text))));
    }

    private static CliRun merge(String... args) {
        return CliRun.english(Stream.concat(Stream.of("merge"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void mergeWithoutConflictsExitsZeroAndWritesEveryPersona() throws Exception {
        Path a = save("a.pcanvas", base);
        Path b = save("b.pcanvas", base.addPersona(Persona.create("Sam", "organiseert reizen", "A4", T0)));
        Path out = dir.resolve("out.pcanvas");

        CliRun run = merge("--into", out.toString(), a.toString(), b.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Merged with b.pcanvas:", "  + persona Sam added (no entries)",
                "Wrote " + out + ": 2 personas, no conflicts with both versions kept.");
        assertThat(store.load(out).personas()).extracting(Persona::name).containsExactly("Laura", "Sam");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void conflictsAreKeptBothWaysReportedAndExitThree() throws Exception {
        Path a = save("a.pcanvas", base);
        Path b = save("b.pcanvas", withText("Ontwerpt een reflectieopdracht met het stagebedrijf"));
        Path c = save("c.pcanvas", base.withSchool("Alfa-college Groningen"));
        Path out = dir.resolve("out.pcanvas");

        CliRun run = merge("--into", out.toString(), a.toString(), b.toString(), c.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Merged with b.pcanvas:", "    ! Design & Develop: conflict, kept both: "
                        + "\"Ontwerpt een reflectieopdracht\" and, marked, \"Ontwerpt een reflectieopdracht met het stagebedrijf\"",
                "Merged with c.pcanvas:", "  ! school: conflict, kept both",
                "Wrote " + out + ": 1 persona, 2 conflicts with both versions kept.");
        Workbook merged = store.load(out);
        List<Entry> design = merged.persona("p-laura").orElseThrow().canvas().entries(Quadrant.DESIGN);
        assertThat(design).extracting(Entry::text)
                .containsExactly("Ontwerpt een reflectieopdracht", "Ontwerpt een reflectieopdracht met het stagebedrijf");
        assertThat(design.get(1).note()).isEqualTo("from b.pcanvas");
        assertThat(merged.school()).isEqualTo("Alfa-college [from c.pcanvas: Alfa-college Groningen]");
    }

    private static String lastLine(String out) {
        List<String> lines = out.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** The closing line counted in words: it said "1 persona(s), 1 conflict(s)" and "6 persona('s), 0 conflict(en)". */
    @Test
    void theClosingLineSpeaksOfOneAsOneAndOfSeveralInThePluralInBothLanguages() throws Exception {
        Path a = save("a.pcanvas", base);
        Path b = save("b.pcanvas", withText("Ontwerpt een reflectieopdracht met het stagebedrijf"));
        Path c = save("c.pcanvas", base.withSchool("Alfa-college Groningen")
                .addPersona(Persona.create("Sam", "organiseert reizen", "A4", T0)));
        Path one = dir.resolve("een.pcanvas");
        Path several = dir.resolve("meer.pcanvas");

        assertThat(lastLine(CliRun.english("merge", "--into", one.toString(), a.toString(), b.toString()).out()))
                .isEqualTo("Wrote " + one + ": 1 persona, 1 conflict with both versions kept.");
        assertThat(lastLine(CliRun.dutch("merge", "--into", one.toString(), a.toString(), b.toString()).out()))
                .isEqualTo(one + " geschreven: 1 persona, 1 conflict met beide versies bewaard.");
        assertThat(lastLine(CliRun.english("merge", "--into", several.toString(), a.toString(), b.toString(),
                c.toString()).out()))
                .isEqualTo("Wrote " + several + ": 2 personas, 2 conflicts with both versions kept.");
        assertThat(lastLine(CliRun.dutch("merge", "--into", several.toString(), a.toString(), b.toString(),
                c.toString()).out()))
                .isEqualTo(several + " geschreven: 2 persona's, 2 conflicten met beide versies bewaard.");
        assertThat(lastLine(CliRun.dutch("merge", "--into", several.toString(), a.toString(), a.toString()).out()))
                .isEqualTo(several + " geschreven: 1 persona, geen conflicten met beide versies bewaard.");
    }

    @Test
    void replacesAnExistingOutputAsAWhole() throws Exception {
        Path a = save("a.pcanvas", base);
        Path out = save("out.pcanvas", Workbook.empty().withSchool("Oud").addPersona(Persona.create("Oud", "", "", T0)));

        CliRun run = merge("--into", out.toString(), a.toString(), a.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("a.pcanvas: nothing new, nothing changed.");
        assertThat(store.load(out)).isEqualTo(base);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "a.pcanvas", "out.pcanvas", "out.pcanvas.bak");
        }
    }

    @Test
    void aBadInputExitsOneWithTheReadErrorAndLeavesTheOutputAlone() throws Exception {
        Path a = save("a.pcanvas", base);
        Path bad = dir.resolve("bad.pcanvas");
        Files.writeString(bad, "{ not json");
        Path out = save("out.pcanvas", Workbook.empty().withSchool("Oud"));

        CliRun run = merge("--into", out.toString(), a.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(bad + ":").contains("JSON").doesNotContain("Exception", "\tat ");
        assertThat(store.load(out).school()).isEqualTo("Oud");
    }

    @Test
    void aMissingInputExitsOne() {
        Path missing = dir.resolve("missing.pcanvas");

        CliRun run = merge("--into", dir.resolve("out.pcanvas").toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(missing + ": File not found.");
        assertThat(dir.resolve("out.pcanvas")).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenExitsOne() throws Exception {
        Path a = save("a.pcanvas", base);

        CliRun run = merge("--into", dir.resolve("no/such/folder/out.pcanvas").toString(), a.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot be written").doesNotContain("\tat ");
    }

    @Test
    void anOutputInAFolderThatIsGoneIsExplainedInTheUsersLanguageWithoutTheTemporaryFile() throws Exception {
        Path a = save("a.pcanvas", base);
        Path out = dir.resolve("weg").resolve("samen.pcanvas");
        CliRun dutch = CliRun.dutch("merge", "--into", out.toString(), a.toString());
        assertThat(dutch.exitCode()).isEqualTo(1);
        assertThat(dutch.err().strip()).isEqualTo(out + ": kan niet worden geschreven: De map " + out.getParent()
                + " bestaat niet (meer). Kies een andere map om het werkboek in op te slaan.");
        CliRun english = merge("--into", out.toString(), a.toString());
        assertThat(english.err()).contains("The folder " + out.getParent() + " does not exist").doesNotContain(".tmp");
    }

    @Test
    void anOutputThatIsAFolderIsRefusedBeforeAnythingIsWrittenNextToIt() throws Exception {
        Path a = save("a.pcanvas", base);
        Path out = Files.createDirectory(dir.resolve("samen.pcanvas"));
        CliRun run = CliRun.dutch("merge", "--into", out.toString(), a.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("staat een map met de naam samen.pcanvas").doesNotContain(".tmp", "Is a directory");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.pcanvas", "samen.pcanvas");
        }
    }

    @Test
    void twoWorkbooksThatTogetherHoldMoreThanTheReaderOpensAreNotWrittenAndTheMessageSaysWhatIsOver() throws Exception {
        // Each file opens; together they hold 10,002 personas, three more than a workbook may (Laura is in both).
        int half = nl.personacanvas.io.Limits.MAX_PERSONAS / 2 + 1;
        Workbook many = base;
        Workbook others = base;
        for (int i = 0; i < half; i++) {
            many = many.addPersona(Persona.create("Ans " + i, "", "A4", T0));
            others = others.addPersona(Persona.create("Bert " + i, "", "A4", T0));
        }
        Path a = save("a.pcanvas", many);
        Path b = save("b.pcanvas", others);
        Path out = dir.resolve("samen.pcanvas");

        CliRun run = CliRun.dutch("merge", "--into", out.toString(), a.toString(), b.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("samen.pcanvas: kan niet worden geschreven: Bij samen.pcanvas staan te veel"
                + " persona's om op te slaan: 10.003, waar er hoogstens 10.000 passen. Haal er 3 weg");
        assertThat(out).doesNotExist();
        CliRun english = merge("--into", out.toString(), a.toString(), b.toString());
        assertThat(english.err()).contains("samen.pcanvas holds too many personas to save: 10,003, where at most 10,000");
        assertThat(out).doesNotExist();
    }

    @Test
    void wrongUsageExitsTwo() throws Exception {
        Path a = save("a.pcanvas", base);

        assertThat(merge(a.toString()).exitCode()).as("no --into").isEqualTo(2);
        assertThat(merge("--into", dir.resolve("out.pcanvas").toString()).exitCode()).as("no IN").isEqualTo(2);
        assertThat(merge("--into", "out.pcanvas", "--bogus", a.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void isRegisteredOnTheRootCommand() throws Exception {
        Path a = save("a.pcanvas", base);
        Path out = dir.resolve("out.pcanvas");

        CommandRun run = CommandRun.of(new RootCommand(), "merge", "--into", out.toString(), a.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(store.load(out)).isEqualTo(base);
        assertThat(CommandRun.of(new RootCommand(), "merge", "--help").out()).contains("--into", "OUT", "IN");
    }
}
