package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.personacanvas.io.AppVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private Path example;

    @BeforeEach
    void copyFixture() throws IOException {
        example = dir.resolve("example.pcanvas");
        try (InputStream in = getClass().getResourceAsStream("/io/valid/example.pcanvas")) {
            Files.copy(in, example);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun en = CliRun.english("--help");
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("Usage: persona-canvas", "validate", "info", "--lang", "Exit codes:");
        CliRun nl = CliRun.dutch("--help");
        assertThat(nl.out()).contains("Gebruik: persona-canvas", "Opdrachten:", "Afsluitcodes:");
        assertThat(CliRun.english("validate", "--help").out()).contains("FILE...", "--quiet");
    }

    @Test
    void everyCommandsHelpSpeaksTheChosenLanguageWhateverTheSystemsLanguage() {
        Locale system = Locale.getDefault();
        StringWriter out = new StringWriter();
        try {
            Locale.setDefault(Locale.ENGLISH);
            for (String command : Cli.subcommandNames()) {
                Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), Locale.forLanguageTag("nl"),
                        command, "--help");
            }
        } finally {
            Locale.setDefault(system);
        }
        assertThat(out.toString()).doesNotContain("Usage:", "Options:", "Arguments:");
        assertThat(out.toString().split("Gebruik: ", -1)).hasSize(Cli.subcommandNames().size() + 1);
        assertThat(out.toString()).contains("Zet persona's van een werkboek als posters");
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.english("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("Persona Canvas " + AppVersion.current());
        assertThat(AppVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void validateExitsZeroForValidFiles() {
        CliRun run = CliRun.english("validate", example.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(example + ": valid" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(CliRun.english("validate", "-q", example.toString()).out()).isEmpty();
    }

    @Test
    void validatePrintsOneLinePerProblemWithPlaceAndExitsOne() throws IOException {
        String json = Files.readString(example).replace("\"activity\" : \"k-a4\"", "\"activity\" : \"k-gone\"")
                .replace("\"group\" : \"at-home\"", "\"group\" : \"home\"");
        Path bad = write("bad.pcanvas", json);
        CliRun run = CliRun.english("validate", example.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(
                bad + ":23:17: workbook.activities[1].group: Invalid value \"home\"; allowed: at-home, mobility.",
                bad + ":29:20: workbook.personas[0].activity: Refers to core activity \"k-gone\", which the workbook does not have.");
        assertThat(run.out()).contains(example + ": valid");
    }

    @Test
    void validateSpeaksDutchOnADutchSystemAndFollowsLang() throws IOException {
        Path empty = write("empty.pcanvas", "");
        assertThat(CliRun.dutch("validate", empty.toString()).err().strip()).isEqualTo(empty + ": Het bestand is leeg.");
        assertThat(CliRun.dutch("--lang", "en", "validate", empty.toString()).err().strip()).isEqualTo(empty + ": The file is empty.");
        assertThat(CliRun.english("validate", "--lang=nl", empty.toString()).err().strip()).isEqualTo(empty + ": Het bestand is leeg.");
        assertThat(CliRun.run(Locale.GERMANY, "validate", empty.toString()).err().strip()).isEqualTo(empty + ": The file is empty.");
    }

    @Test
    void validateReportsMissingFilesAndFoldersInOneLine() {
        Path missing = dir.resolve("missing.pcanvas");
        CliRun run = CliRun.english("validate", missing.toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(missing + ": File not found.",
                dir + ": This is a folder, not a workbook file.");
    }

    @Test
    void wrongUsageExitsTwoWithAHint() {
        for (String[] args : new String[][] {{"--bogus"}, {"frobnicate"}, {"validate"}, {"info"},
            {"info", "--format", "xml", "x"}, {"--lang", "de", "validate", "x"}, {"--lang", "en"}, {"validate", "--nope", "x"}}) {
            CliRun run = CliRun.english(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).as(String.join(" ", args)).hasSize(2);
            assertThat(run.errLines()[1]).contains("--help");
            assertThat(run.out()).isEmpty();
        }
        assertThat(CliRun.english("--bogus").err()).startsWith("persona-canvas: unknown option or command: --bogus");
        assertThat(CliRun.dutch("validate").err()).startsWith("persona-canvas validate: ontbreekt: FILE");
    }

    @Test
    void infoShowsSchoolActivitiesPersonasAndEntryCounts() {
        CliRun run = CliRun.dutch("info", example.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("School: Voorbeeldcollege", "Regio: Utrecht", "Team: Toerisme en recreatie",
                "Kernactiviteiten: 2",
                "A4 Internationale en interculturele dimensies integreren in stages in het buitenland (Mobiliteit)",
                "Laura begeleidt studenten bij een internationale stage. [Ontwerpen & Ontwikkelen 1, "
                        + "Uitvoeren & Begeleiden 1, Organiseren & Communiceren 0, Houding 1]",
                "eigen Buitenlandse gastdocenten ontvangen (Internationalisation at Home)", "(geen persona's)");
    }

    @Test
    void infoAsJson() throws IOException {
        CliRun run = CliRun.english("info", "--format", "json", example.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("school").asText()).isEqualTo("Voorbeeldcollege");
        assertThat(json.at("/activities/0/personas/0/name").asText()).isEqualTo("Laura");
        assertThat(json.at("/activities/0/personas/0/entries/attitude").asInt()).isEqualTo(1);
        assertThat(json.at("/activities/1/matrix").isNull()).isTrue();
    }

    @Test
    void infoOnABadFileReportsLikeValidate() throws IOException {
        Path bad = write("bad.pcanvas", "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":7}");
        CliRun run = CliRun.english("info", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith(bad + ":1:53: schemaVersion: This workbook was saved by a newer version");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void subcommandsAreKnownToTheLauncher() {
        assertThat(Cli.subcommandNames()).contains("validate", "info");
    }
}
