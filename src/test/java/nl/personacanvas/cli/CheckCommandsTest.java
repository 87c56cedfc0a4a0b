package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandsTest {
    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sortWritesOneJsonObjectPerStatement() throws Exception {
        System.setIn(new ByteArrayInputStream(("Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland\n"
                + "International office regelt het visum\n\nIs flexibel en empathisch\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(Cli.run("sort", "--activity", "A4", "--format", "jsonl")).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("quadrant").asText()).isEqualTo("deliver");
        assertThat(lines.get(0).get("elements").toString()).contains("A4.deliver.5");
        assertThat(lines.get(0).has("reason")).isFalse();
        assertThat(lines.get(1).get("quadrant").asText()).isEqualTo("generic");
        assertThat(lines.get(1).get("reason").asText()).isEqualTo("other-person");
        assertThat(lines.get(2).get("attitudes").toString()).isEqualTo("[\"flexibel\",\"empathisch\"]");
        assertThat(lines.get(2).get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    /**
     * Session 24, a coordinator's day: the sticky notes typed out in Excel ("CSV UTF-8", with its byte order mark, a
     * header and a quoted cell holding the separator) and in a .txt with bullets. The app's sort dialog opens both; the
     * command read standard input only, so the .csv gave its header and its other columns as statements.
     */
    @Test
    void sortReadsACsvOrTxtFileAsTheSortDialogDoes(@TempDir Path dir) throws Exception {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Path csv = dir.resolve("stickers.csv");
        byte[] text = ("nr;text;auteur\r\n1;\"Onderhoudt contact met het gastbedrijf in Münster\";Noël\r\n"
                + "2;\"Ontwerpt een opdracht over zorg in Marokko; met interviews\";Joëlle\r\n"
                + "3;Is flexibel en empathisch;Ïlse\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(csv, withMark);
        assertThat(Cli.run("sort", "--activity", "A4", "--format", "jsonl", csv.toString())).isZero();
        List<String> texts = new ArrayList<>();
        for (String line : output().split("\n")) {
            texts.add(json.readTree(line).get("text").asText());
        }
        assertThat(texts).containsExactly("Onderhoudt contact met het gastbedrijf in Münster",
                "Ontwerpt een opdracht over zorg in Marokko; met interviews", "Is flexibel en empathisch");

        out.reset();
        Path txt = Files.writeString(dir.resolve("stickers.txt"),
                "- Spreekt Engels met de stagebegeleider in Lyon\n\n• Maakt een reflectieopdracht over cultuurverschillen\n");
        assertThat(Cli.run("sort", "--activity", "A4", txt.toString())).isZero();
        assertThat(output().strip().split("\n")).hasSize(2);
        assertThat(output()).contains("Spreekt Engels met de stagebegeleider in Lyon")
                .contains("Maakt een reflectieopdracht over cultuurverschillen").doesNotContain("• ", "- Spreekt");

        Path missing = dir.resolve("weg.csv");
        assertThat(Cli.run("sort", "--activity", "A4", missing.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(missing + ": ");
    }

    @Test
    void sortRejectsAnUnknownActivityAsUsage() {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        assertThat(Cli.run("sort", "--activity", "A9")).isEqualTo(2);
        assertThat(Cli.run("sort")).isEqualTo(2);
    }

    @Test
    void evalPrintsTheFiguresAndTheMistakes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, """
                {"id":"X1","activity":"A4","quadrant":"generic","attitudes":[],"text":"Kan goed plannen","also_accept":[]}
                {"id":"X2","activity":"A4","quadrant":"design","attitudes":[],"text":"Is flexibel","also_accept":[]}
                """);
        assertThat(Cli.run("eval", file.toString())).isZero();
        assertThat(output()).containsPattern("0[.,]500 \\(1 ").contains("X2", "Is flexibel");
        out.reset();
        assertThat(Cli.run("eval", "--figures-only", file.toString())).isZero();
        assertThat(output()).containsPattern("0[.,]500 \\(1 ")
                .doesNotContain("X2", "Is flexibel", "Kan goed plannen");
    }

    @Test
    void evalRefusesABadFileWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"X1\",\"quadrant\":\"sideways\",\"text\":\"x\"}\n");
        assertThat(Cli.run("eval", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1", "sideways");
        assertThat(Cli.run("eval", dir.resolve("missing.jsonl").toString())).isEqualTo(1);
    }

    @Test
    void checkReportsEveryPersonaOfASampleAsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alfa.pcanvas");
        try (InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(Cli.run("check", file.toString(), "--format", "json")).isZero();
        JsonNode reports = json.readTree(output());
        assertThat(reports.size()).isGreaterThan(1);
        JsonNode first = reports.get(0);
        assertThat(first.get("summary").asText()).isNotBlank();
        assertThat(first.get("entries").size()).isGreaterThan(0);
        assertThat(first.get("coverage").get("attitudes").has("missing")).isTrue();
        String id = first.get("persona").asText();
        out.reset();
        assertThat(Cli.run("check", file.toString(), "--persona", id)).isZero();
        assertThat(output()).contains(id);
        assertThat(Cli.run("check", file.toString(), "--persona", "nobody")).isEqualTo(1);
    }

    /** A matrix id as the files and the json write it: "A4.design.2", "P.3", "H.1". */
    private static final String MATRIX_ID = "\\b(A[1-5]\\.(design|deliver|organise|attitude)\\.[0-9]+|[PH]\\.[0-9]+)\\b";

    /**
     * The text output names matrix elements as the editor and the PDFs do ("Ontwerpen 3", "Design 3"), in the
     * language asked for; the json keeps the ids, a documented machine format.
     */
    @Test
    void checkTextNamesElementsInWordsAndTheJsonKeepsTheIds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alfa.pcanvas");
        try (InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(Cli.run("--lang", "nl", "check", file.toString(), "--format", "text")).isZero();
        assertThat(output()).containsPattern("ontbreekt (Ontwerpen|Uitvoeren|Organiseren) [0-9]+: ")
                .containsPattern("elementen \\[(Ontwerpen|Uitvoeren|Organiseren|Professioneel) [0-9]+")
                .doesNotContainPattern(MATRIX_ID);
        out.reset();
        assertThat(Cli.run("--lang", "en", "check", file.toString())).isZero();
        assertThat(output()).containsPattern("missing (Design|Deliver|Organise) [0-9]+: ")
                .containsPattern("elements \\[(Design|Deliver|Organise|Professional) [0-9]+")
                .doesNotContainPattern(MATRIX_ID);
        out.reset();
        assertThat(Cli.run("--lang", "en", "check", file.toString(), "--format", "json")).isZero();
        assertThat(output()).containsPattern(MATRIX_ID).doesNotContain("Design 1");
    }

    /**
     * Session 30 (polish30b): the best fit was the json's id in a sentence ("past bij design", "past bij generic").
     * The text names the quadrant in the report's language, and a statement that belongs on no quadrant says why in
     * its flag's words; no line ends in a space left by an empty list ("Professional: 0 van 7 getoond ").
     */
    @Test
    void checkTextNamesTheBestFitInWordsInBothLanguages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alfa.pcanvas");
        try (InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            Files.write(file, in.readAllBytes());
        }
        java.util.regex.Pattern rawId = java.util.regex.Pattern.compile(
                "\\b(design|deliver|organise|attitude|generic|too-general|other-person|MISPLACED|TOO_GENERAL"
                        + "|OTHER_PERSON|OVERLAP|GENERIC)\\b");
        assertThat(Cli.run("--lang", "nl", "check", file.toString())).isZero();
        String dutch = output();
        assertThat(dutch).contains("past bij Ontwerpen & Ontwikkelen (0,82)")
                .contains("past bij Houding (0,90)")
                .contains("niet op het canvas, taak van een ander (0,90)")
                .contains("niet op het canvas, te algemeen (0,75)")
                .doesNotContain("past bij design").doesNotContain("past bij generic")
                .doesNotContainPattern(rawId).doesNotContainPattern("(?m) $");
        out.reset();
        assertThat(Cli.run("--lang", "en", "check", file.toString())).isZero();
        String english = output();
        assertThat(english).contains("fits Design & Develop (0.82)")
                .contains("not on the canvas, another person's task (0.90)")
                .contains("not on the canvas, too general (0.75)")
                .doesNotContainPattern(rawId).doesNotContainPattern("(?m) $");
        out.reset();
        assertThat(Cli.run("check", file.toString(), "--format", "json")).isZero();
        assertThat(output()).contains("\"bestFit\" : \"design\"").contains("\"bestFit\" : \"generic\"");
    }

    /** {@code sort}'s text names the elements a statement addresses; its jsonl keeps their ids. */
    @Test
    void sortTextNamesElementsInWordsAndTheJsonlKeepsTheIds() throws Exception {
        byte[] statement = "Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland\n"
                .getBytes(StandardCharsets.UTF_8);
        System.setIn(new ByteArrayInputStream(statement));
        assertThat(Cli.run("--lang", "nl", "sort", "--activity", "A4", "--format", "text")).isZero();
        assertThat(output()).contains("[Uitvoeren 5").doesNotContainPattern(MATRIX_ID);
        out.reset();
        System.setIn(new ByteArrayInputStream(statement));
        assertThat(Cli.run("--lang", "en", "sort", "--activity", "A4")).isZero();
        assertThat(output()).contains("[Deliver 5").doesNotContainPattern(MATRIX_ID);
        out.reset();
        System.setIn(new ByteArrayInputStream(statement));
        assertThat(Cli.run("--lang", "en", "sort", "--activity", "A4", "--format", "jsonl")).isZero();
        assertThat(output()).contains("\"A4.deliver.5\"");
    }

    /**
     * The command line says what the editor says: an entry is a "notitie" ("kaartje" before), in the help and in
     * the check's summary lines; English says "entry".
     */
    @Test
    void checkCallsAnEntryANotitieAsTheEditorDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summa.pcanvas");
        try (InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/summa-college.pcanvas")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(Cli.run("--lang", "nl", "check", file.toString())).isZero();
        assertThat(output()).containsPattern("(1 notitie|[0-9]+ notities) misplaatst").doesNotContain("kaartje");
        out.reset();
        assertThat(Cli.run("--lang", "en", "check", file.toString())).isZero();
        assertThat(output()).containsPattern("(1 entry|[0-9]+ entries) misplaced");
        out.reset();
        Cli.run("--lang", "nl", "check", "--help");
        Cli.run("--lang", "nl", "info", "--help");
        // The help wraps its lines.
        assertThat((output() + err.toString(StandardCharsets.UTF_8)).replaceAll("\\s+", " "))
                .contains("per notitie", "aantal notities")
                .doesNotContain("kaartje");
    }

    /**
     * Session 30: a persona whose workbook names no core activity was "[…, eigen activiteit]" with a summary "Eigen
     * kernactiviteit: …" in the text, and "Own core activity: …" in the json, where the window's list and check panel
     * say "Zonder kernactiviteit" / "No core activity". The school's own activity is "Eigen kernactiviteit" in the
     * heading as in the summary; a matrix activity keeps its code.
     */
    @Test
    void checkNamesAPersonaWithoutCoreActivityAsTheWindowDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("alfa.pcanvas");
        try (InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            // Laura's activity taken away, as the workbook page's remove button leaves her.
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"activity\" : \"A4\",", ""));
        }
        assertThat(Cli.run("--lang", "nl", "check", file.toString())).isZero();
        assertThat(output()).contains("[p-alfa-laura, Zonder kernactiviteit]\n  Zonder kernactiviteit: 0 van 7 elementen")
                .contains("[p-alfa-sanne, Eigen kernactiviteit]\n  Eigen kernactiviteit: ")
                .contains("[p-alfa-joost, A4]\n  ")
                .doesNotContain("eigen activiteit");
        out.reset();
        assertThat(Cli.run("--lang", "en", "check", file.toString())).isZero();
        assertThat(output()).contains("[p-alfa-laura, No core activity]\n  No core activity: 0 of 7 professional")
                .contains("[p-alfa-sanne, Own core activity]\n  Own core activity: ")
                .doesNotContain("own activity");
        out.reset();
        assertThat(Cli.run("--lang", "en", "check", file.toString(), "--format", "json")).isZero();
        JsonNode reports = json.readTree(output());
        assertThat(reports.get(0).get("persona").asText()).isEqualTo("p-alfa-laura");
        assertThat(reports.get(0).get("summary").asText()).startsWith("No core activity: ");
        assertThat(reports.get(0).get("activity").isNull()).isTrue();
        assertThat(reports.get(3).get("summary").asText()).startsWith("Own core activity: ");
    }
}
