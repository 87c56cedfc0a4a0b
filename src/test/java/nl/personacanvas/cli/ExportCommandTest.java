package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path workbook;

    @BeforeEach
    void writeWorkbook() throws Exception {
        Instant t = Instant.parse("2026-03-01T09:00:00Z");
        Persona laura = new Persona("p-laura", "Laura", "begeleidt studenten bij een internationale stage", "k-a4",
                List.of(), null, "", t, t, Canvas.empty().add(Quadrant.DELIVER, Entry.of("Coacht op afstand")));
        Persona mehmet = new Persona("p-mehmet", "Mehmet", "bespreekt actualiteiten in een diverse klas", "k-a1",
                List.of(), null, "", t, t, Canvas.empty().add(Quadrant.ATTITUDE, Entry.of("Nieuwsgierig")));
        Workbook wb = new Workbook("Summa College", "Brainportregio", "", "", List.of(),
                List.of(new CoreActivity("k-a1", "A1", "Diverse perspectieven", ActivityGroup.AT_HOME),
                        new CoreActivity("k-a4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY)),
                List.of(laura, mehmet), null);
        workbook = dir.resolve("summa.pcanvas");
        Files.write(workbook, new WorkbookCodec().write(wb));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void exportsAllPersonasOrOneActivityOrChosenIds() throws Exception {
        Path all = dir.resolve("all.pdf");
        assertThat(Cli.run("export", workbook.toString(), "--pdf", all.toString())).isZero();
        assertThat(text(all)).contains("Laura begeleidt").contains("Mehmet bespreekt").contains("Coacht op afstand");

        Path a4 = dir.resolve("a4.pdf");
        assertThat(Cli.run("export", workbook.toString(), "--pdf", a4.toString(), "--activity", "A4", "--size", "A3",
                "--landscape")).isZero();
        assertThat(text(a4)).contains("Laura begeleidt").doesNotContain("Mehmet");
        try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(1190f, 1191f);
        }

        Path one = dir.resolve("one.pdf");
        assertThat(Cli.run("export", workbook.toString(), "--pdf", one.toString(), "--persona", "p-mehmet")).isZero();
        assertThat(text(one)).contains("Mehmet").doesNotContain("Laura");
    }

    @Test
    void tiledReportAndOnePerPersona() throws Exception {
        Path tiled = dir.resolve("tiled.pdf");
        assertThat(Cli.run("export", workbook.toString(), "--pdf", tiled.toString(), "--size", "A1", "--tile", "A3",
                "--persona", "p-laura")).isZero();
        try (PDDocument doc = Loader.loadPDF(tiled.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
        }
        Path report = dir.resolve("report.pdf");
        assertThat(Cli.run("export", workbook.toString(), "--pdf", report.toString(), "--report")).isZero();
        assertThat(text(report)).contains("Summa College").contains("Brainportregio");

        Path folder = dir.resolve("each");
        assertThat(Cli.run("export", workbook.toString(), "--one-per-persona", folder.toString())).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("Laura A4.pdf", "Mehmet A4.pdf");
        }
    }

    /**
     * ci17: one file per persona is named with the paper, as the export dialog names it (the same {@code ExportNames}),
     * so the A4 hand-outs and the A2 wall posters can share a folder; it used to be "Laura.pdf" for both.
     */
    @Test
    void onePerPersonaNamesTheFilesWithThePaperInTheChosenLanguage() throws Exception {
        Path folder = dir.resolve("each");
        assertThat(Cli.run("export", workbook.toString(), "--one-per-persona", folder.toString(), "--size", "A2",
                "--landscape", "--tile", "A4")).isZero();
        assertThat(Cli.run("export", workbook.toString(), "--one-per-persona", folder.toString(), "--size", "A3",
                "--persona", "p-laura", "--landscape")).isZero();
        assertThat(Cli.run("--lang", "en", "export", workbook.toString(), "--one-per-persona", folder.toString(),
                "--size", "A1", "--tile", "A3", "--persona", "p-mehmet")).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "Laura A2 liggend in A4-tegels.pdf", "Laura A3 liggend.pdf", "Mehmet A1 tiled on A3.pdf",
                    "Mehmet A2 liggend in A4-tegels.pdf");
        }
        assertThat(text(folder.resolve("Laura A3 liggend.pdf"))).contains("Laura begeleidt");
    }

    /**
     * fix14: without {@code --lang} the posters are Dutch, as the app and docs/pdf.md say, whatever the system's
     * language; under C.UTF-8 (English) they came out English. {@code --lang en} still gives English.
     */
    @Test
    void withoutLangThePostersAreDutchOnAnEnglishSystem() throws Exception {
        Locale system = Locale.getDefault();
        Path plain = dir.resolve("plain.pdf");
        Path english = dir.resolve("english.pdf");
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Cli.run("export", workbook.toString(), "--pdf", plain.toString(), "--persona", "p-laura"))
                    .isZero();
            assertThat(Cli.run("--lang", "en", "export", workbook.toString(), "--pdf", english.toString(),
                    "--persona", "p-laura")).isZero();
        } finally {
            Locale.setDefault(system);
        }
        assertThat(text(plain)).contains("Afgedrukt op").doesNotContain("Printed on");
        assertThat(text(english)).contains("Printed on").doesNotContain("Afgedrukt op");
    }

    @Test
    void footerCarriesTheCheckSummaryUnlessTurnedOff() throws Exception {
        Path with = dir.resolve("with.pdf");
        assertThat(Cli.run("--lang", "nl", "export", workbook.toString(), "--pdf", with.toString(), "--persona",
                "p-laura")).isZero();
        // Laura's one entry is the matrix's "Coachen op afstand": 1 of A4's 5 deliver elements.
        assertThat(text(with).replaceAll("\\s+", " ")).contains("Dekking: Ontwerpen & Ontwikkelen 0/4")
                .contains("Uitvoeren & Begeleiden 1/5").contains("Houdingen: 0 van").contains("Afgedrukt op");

        Path without = dir.resolve("without.pdf");
        assertThat(Cli.run("--lang", "en", "export", workbook.toString(), "--pdf", without.toString(), "--persona",
                "p-laura", "--no-check-summary")).isZero();
        assertThat(text(without)).contains("Printed on").doesNotContain("Coverage:").doesNotContain("Attitudes:");

        Path report = dir.resolve("report.pdf");
        assertThat(Cli.run("--lang", "nl", "export", workbook.toString(), "--pdf", report.toString(), "--report",
                "--no-check-summary")).isZero();
        String reportText = text(report).replaceAll("\\s+", " ");
        assertThat(reportText).doesNotContain("Dekking: ").contains("Dekking per persona")
                .contains("Laura A4 0/4 1/5").contains("Niet gedekt per kernactiviteit")
                .contains("Oog voor behoefte studenten");
    }

    @Test
    void wrongUsageExitsTwoAndUnreadableInputExitsOne() throws Exception {
        Path out = dir.resolve("x.pdf");
        assertThat(Cli.run("export", workbook.toString())).isEqualTo(2);
        assertThat(Cli.run("export", workbook.toString(), "--pdf", out.toString(), "--size", "B5")).isEqualTo(2);
        assertThat(Cli.run("export", workbook.toString(), "--pdf", out.toString(), "--size", "A3", "--tile", "A4")).isEqualTo(2);
        assertThat(Cli.run("export", workbook.toString(), "--pdf", out.toString(), "--persona", "p-nobody")).isEqualTo(2);
        assertThat(Cli.run("export", workbook.toString(), "--pdf", out.toString(), "--activity", "A5")).isEqualTo(2);
        assertThat(Cli.run("export", dir.resolve("missing.pcanvas").toString(), "--pdf", out.toString())).isEqualTo(1);
        Path broken = dir.resolve("broken.pcanvas");
        Files.writeString(broken, "{ not json");
        assertThat(Cli.run("export", broken.toString(), "--pdf", out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    /**
     * A PDF that cannot be replaced (open in a reader on Windows, read-only; here a folder of that name) is named with
     * what to do, not with the temporary file written beside it (session 16's review: "…/.ro.pdf.e79f….tmp ->
     * …/ro.pdf: Operation not permitted").
     */
    @Test
    void aTargetThatCannotBeReplacedIsNamedWithWhatToDo() throws Exception {
        Path taken = dir.resolve("posters.pdf");
        Files.createDirectories(taken.resolve("inside"));
        CliRun run = CliRun.dutch("export", workbook.toString(), "--pdf", taken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("posters.pdf kon niet worden opgeslagen", "open in een pdf-lezer")
                .doesNotContain(".tmp");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /**
     * Session 23 (rob23): a PDF whose name is long in bytes (Arabic letters are 2 each in UTF-8; a file system allows 255).
     * The temporary file written beside it was named after it with 42 bytes more, so a name of 214 to 255 bytes could
     * not be exported at all, and the message asked whether the file was open in a PDF reader. A name past 255 bytes,
     * which no file system holds, is said as such in the user's language.
     */
    @Test
    void aPdfWhoseNameIsLongInBytesIsWrittenAndOneTooLongIsSaidAsSuch() throws Exception {
        Path fits = dir.resolve("\u0639".repeat(120) + ".pdf"); // 244 bytes
        CliRun written = CliRun.dutch("export", workbook.toString(), "--pdf", fits.toString());
        assertThat(written.exitCode()).as(written.err()).isEqualTo(0);
        assertThat(text(fits)).contains("Laura");

        Path tooLong = dir.resolve("\u0639".repeat(126) + ".pdf"); // 256 bytes
        CliRun refused = CliRun.dutch("export", workbook.toString(), "--pdf", tooLong.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("De bestandsnaam " + tooLong.getFileName() + " is te lang: 256 bytes, waar een"
                + " bestandsnaam er hoogstens 255 mag hebben (een letter met een accent of een Arabische letter telt voor 2,"
                + " een emoji voor 4). Kies een kortere naam." + System.lineSeparator());
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("summa.pcanvas",
                    fits.getFileName().toString());
        }
    }

    /**
     * A persona with a name of 300 characters and three notes in another script printed the whole name in each of
     * its three warnings (session 20's leftover). Its warnings now stand under its name, written once and shortened;
     * a persona with one warning keeps its one line. Its three notes in another font are one warning that counts them
     * (polish30b); two notes with characters no font has are warned for each.
     */
    @Test
    void aPersonasWarningsNameItOnceAndShortened() throws Exception {
        StringBuilder name = new StringBuilder("Maria");
        while (name.length() < 295) {
            name.append(" Josefina Alexandra");
        }
        String longest = name.substring(0, 300).strip();
        Instant t = Instant.parse("2026-03-01T09:00:00Z");
        Persona maria = new Persona("p-maria", longest, "begeleidt studenten", "k-a4", List.of(), null, "", t, t,
                Canvas.empty().add(Quadrant.DESIGN, Entry.of("Stage in Spanje \uD83C\uDF0D"))
                        .add(Quadrant.DELIVER, Entry.of("Spreekt \u0627\u0644\u0639\u0631\u0628\u064A\u0629"))
                        .add(Quadrant.ATTITUDE, Entry.of("Open \u2708"))
                        .add(Quadrant.ORGANISE, Entry.of("Belt met \u6771\u4EAC"))
                        .add(Quadrant.ORGANISE, Entry.of("Mailt met \u5927\u962A")));
        Persona joost = new Persona("p-joost", "Joost", "werkt in Duitsland", "k-a4", List.of(), null, "", t, t,
                Canvas.empty().add(Quadrant.DESIGN, Entry.of("Reist naar Berlijn \uD83C\uDF0D")));
        Workbook wb = new Workbook("Summa College", "", "", "", List.of(),
                List.of(new CoreActivity("k-a4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY)),
                List.of(maria, joost), null);
        Path file = dir.resolve("lang.pcanvas");
        Files.write(file, new WorkbookCodec().write(wb));

        CliRun run = CliRun.dutch("export", file.toString(), "--pdf", dir.resolve("lang.pdf").toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(run.err().split("Maria Josefina", -1)).as("the long name once: %s", run.err()).hasSize(2);
        assertThat(lines).as("no line carries the whole name").allSatisfy(l -> assertThat(l).hasSizeLessThan(200));
        assertThat(lines.get(0)).startsWith("waarschuwingen over Maria Josefina").endsWith(" …:");
        assertThat(lines.get(1)).isEqualTo("  - 3 teksten bevatten tekens (een emoji of een ander schrift) die in een"
                + " ander lettertype zijn gezet.");
        assertThat(lines.subList(2, 4)).allSatisfy(l -> assertThat(l).startsWith("  - \"").contains("vervangingsteken"));
        assertThat(lines).contains("waarschuwing: Joost: \"Reist naar Berlijn \uD83C\uDF0D\" bevat tekens (een emoji of een"
                + " ander schrift) die in een ander lettertype zijn gezet.");
    }

    /**
     * Session 21 (rob21b): the report's cover printed "\uFFFD" for a school's Hebrew (Thai since session 26, when Hebrew got its font) without a word on the command line;
     * now it warns once, naming the cover, and the posters do not say it again.
     */
    @Test
    void aReportWarnsOnceForItsCoversCharactersNoFontHas() throws Exception {
        String school = "Sint-Ignatius \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35 college";
        Workbook wb = new WorkbookCodec().read(Files.readAllBytes(workbook)).withSchool(school);
        Files.write(workbook, new WorkbookCodec().write(wb));

        CliRun run = CliRun.dutch("export", workbook.toString(), "--pdf", dir.resolve("report.pdf").toString(),
                "--report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().toList()).containsExactly("waarschuwing: Voorblad: \"" + school
                + "\" bevat tekens die geen lettertype heeft; er staat een vervangingsteken (\uFFFD).");
    }
}
