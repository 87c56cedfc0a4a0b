package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkbookCodecTest {
    private final WorkbookCodec codec = new WorkbookCodec();

    static String example() {
        try (InputStream in = WorkbookCodecTest.class.getResourceAsStream("/io/valid/example.pcanvas")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example with one exact piece of text replaced; fails if the piece is not there. */
    static String exampleWith(String from, String to) {
        String base = example();
        assertThat(base).contains(from);
        return base.replace(from, to);
    }

    private WorkbookFormatException refused(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private WorkbookFormatException refused(byte[] bytes) {
        WorkbookFormatException e = catchThrowableOfType(WorkbookFormatException.class, () -> codec.read(bytes));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void readsTheExample() throws Exception {
        Workbook wb = codec.read(example().getBytes(StandardCharsets.UTF_8));
        assertThat(wb.school()).isEqualTo("Voorbeeldcollege");
        assertThat(wb.matrixVersion()).isEqualTo("2024.1");
        assertThat(wb.activities()).hasSize(2);
        assertThat(wb.activities().get(1).isOwn()).isTrue();
        assertThat(wb.personas().get(0).canvas().entries(Quadrant.DESIGN).get(0).links()).containsExactly("A4.design.1");
        assertThat(wb.personas().get(0).canvas().entries(Quadrant.DELIVER).get(0).note()).isEqualTo("Via videobellen.");
    }

    @Test
    void writesHeaderFieldsPrettyPrinted() throws Exception {
        String json = codec.writeString(codec.read(example().getBytes(StandardCharsets.UTF_8)));
        assertThat(json).startsWith("{\n  \"format\" : \"persona-canvas-workbook\",\n  \"schemaVersion\" : 1,\n"
                + "  \"matrixVersion\" : \"2024.1\",\n  \"savedBy\" : \"Persona Canvas " + AppVersion.current() + "\"");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void toleratesAUtf8ByteOrderMark() throws Exception {
        byte[] json = example().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(codec.read(withBom)).isEqualTo(codec.read(json));
    }

    static Stream<Arguments> otherEncodings() {
        return Stream.of(
                Arguments.of(Charset.forName("UTF-16"), "UTF-16"),
                Arguments.of(StandardCharsets.UTF_16LE, "UTF-16"),
                Arguments.of(StandardCharsets.UTF_16BE, "UTF-16"),
                Arguments.of(Charset.forName("UTF-32"), "UTF-32"),
                Arguments.of(Charset.forName("UTF-32LE"), "UTF-32"));
    }

    @ParameterizedTest
    @MethodSource("otherEncodings")
    void refusesUtf16AndUtf32WithOrWithoutByteOrderMark(Charset charset, String named) {
        WorkbookFormatException e = refused(example().getBytes(charset));
        assertThat(e.key()).isEqualTo("error.encoding");
        assertThat(e.describe(Locale.ENGLISH)).contains(named).contains("UTF-8");
    }

    @Test
    void refusesInvalidUtf8AtItsPlace() {
        byte[] bytes = exampleWith("Utrecht\"", "Utr\u0001cht\"").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf('\u0001');
        bytes[at] = (byte) 0xC3; // a lead byte followed by an ASCII letter
        WorkbookFormatException e = refused(bytes);
        assertThat(e.key()).isEqualTo("error.invalidUtf8");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.column()).isEqualTo(20);
        assertThat(e.describe(Locale.ENGLISH)).contains("0xC3");
    }

    @Test
    void aPictureOpenedByMistakeIsNamedAsNoWorkbookWithoutByteOffsets() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        WorkbookFormatException e = refused(png);
        assertThat(e.key()).isEqualTo("error.notText");
        assertThat(e.describe(Locale.forLanguageTag("nl"))).contains("geen werkboek").doesNotContain("0x89");
        assertThat(e.describe(Locale.ENGLISH)).contains("not a Persona Canvas workbook").contains("another program");
    }

    @Test
    void refusesANewerVersionBeforeLookingAtTheRest() {
        String future = "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":2,"
                + "\"workbook\":{\"school\":42,\"somethingNew\":{\"x\":[1,2]}},\"extra\":true}";
        WorkbookFormatException e = refused(future);
        assertThat(e.key()).isEqualTo("error.futureVersion");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.describe(Locale.forLanguageTag("nl"))).contains("nieuwere versie").contains("2");
        assertThat(e.describe(Locale.ENGLISH)).contains("newer version");
    }

    @Test
    void refusesAHugeFutureVersionNumberToo() {
        assertThat(refused(exampleWith("\"schemaVersion\" : 1", "\"schemaVersion\" : 123456789012345678901234567890")).key())
                .isEqualTo("error.futureVersion");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("", "error.empty"),
                Arguments.of("  \n\t ", "error.empty"),
                Arguments.of("[]", "error.notObject"),
                Arguments.of("\"workbook\"", "error.notObject"),
                Arguments.of("{}", "error.notWorkbook"),
                Arguments.of("{\"format\":\"other\",\"schemaVersion\":1}", "error.notWorkbook"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\"}", "error.missingVersion"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":\"1\"}", "error.badVersion"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1.0}", "error.badVersion"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":0}", "error.badVersion"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1", "error.truncated"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{}} x", "error.unrecognizedToken"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{}} {}", "error.trailing"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{}}}", "error.unexpectedChar"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1}", "error.missingField"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{}/*c*/}", "error.unexpectedChar"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{'school':'x'}}", "error.unexpectedChar"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":\"a\tb\"}}", "error.controlChar"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":[]}", "error.expectedObject"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":01}", "error.badNumber"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":NaN}", "error.unrecognizedToken"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":\u007f}}", "error.unexpectedCode"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":\"\\u00\u0004x\"}}", "error.badUnicodeEscape"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":\"\\u00zz\"}}", "error.badUnicodeEscape"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":\"\\\u0014\"}}", "error.badEscape"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"activities\":"
                        + "[{\"id\":\"a\",\"group\":\"at-home\",\"matrix\":\"" + "A".repeat(100_000) + "\"}]}}", "error.badMatrixActivity"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\u0004\"workbook\":{}}", "error.unexpectedCode"),
                Arguments.of("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"personas\":{}}}", "error.expectedList"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void refusesBadFilesWithAKey(String json, String key) {
        assertThat(refused(json).key()).isEqualTo(key);
    }

    static Stream<Arguments> badFields() {
        String big = "x".repeat(Limits.MAX_TEXT_LENGTH + 1);
        return Stream.of(
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : 42", "error.expectedText", "workbook.school"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : true", "error.expectedText", "workbook.school"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : [\"x\"]", "error.expectedText", "workbook.school"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : {}", "error.expectedText", "workbook.school"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : null", "error.nullValue", "workbook.school"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"schol\" : \"x\"", "error.unknownField", "workbook.schol"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : \"a\", \"school\" : \"b\"", "error.duplicateKey", ""),
                Arguments.of("[ \"Panel Utrecht\" ]", "[ 7 ]", "error.expectedText", "workbook.personas[0].authors[0]"),
                Arguments.of("[ \"Panel Utrecht\" ]", "[ null ]", "error.nullValue", "workbook.personas[0].authors[0]"),
                Arguments.of("\"group\" : \"mobility\"", "\"group\" : \"abroad\"", "error.badEnum", "workbook.activities[0].group"),
                Arguments.of("\"matrix\" : \"A4\"", "\"matrix\" : \"A9\"", "error.badMatrixActivity", "workbook.activities[0].matrix"),
                Arguments.of("\"activity\" : \"k-a4\"", "\"activity\" : \"k-gone\"", "error.unknownActivity", "workbook.personas[0].activity"),
                Arguments.of("\"id\" : \"e-2\"", "\"id\" : \"e-1\"", "error.duplicateId", "workbook.personas[0].canvas.deliver[0].id"),
                Arguments.of("\"id\" : \"k-eigen\"", "\"id\" : \"k-a4\"", "error.duplicateId", "workbook.activities[1].id"),
                Arguments.of("\"id\" : \"e-2\"", "\"id\" : \"e\\n2\"", "error.controlInId", "workbook.personas[0].canvas.deliver[0].id"),
                Arguments.of("\"id\" : \"e-2\"", "\"id\" : \" \"", "error.emptyId", "workbook.personas[0].canvas.deliver[0].id"),
                Arguments.of("\"id\" : \"e-2\",", "", "error.missingField", "workbook.personas[0].canvas.deliver[0]"),
                Arguments.of("\"created\" : \"2025-03-14T09:30:00Z\"", "\"created\" : \"14-03-2025\"", "error.badTimestamp", "workbook.personas[0].created"),
                Arguments.of("\"created\" : \"2025-03-14T09:30:00Z\",", "", "error.missingField", "workbook.personas[0]"),
                Arguments.of("\"Zij is nieuwsgierig naar andere culturen.\"", "\"" + big + "\"", "error.tooLong", "workbook.personas[0].canvas.attitude[0].text"),
                Arguments.of("\"Zij is nieuwsgierig naar andere culturen.\"", "\"\\ud800x\"", "error.loneSurrogate", "workbook.personas[0].canvas.attitude[0].text"),
                Arguments.of("\"school\" : \"Voorbeeldcollege\"", "\"school\" : \"" + "s".repeat(301) + "\"", "error.tooLong", "workbook.school"),
                Arguments.of("\"notes\" : \"\"", "\"notes\" : \"\", \"portrait\" : {\"mediaType\" : \"image/gif\", \"data\" : \"AAAA\"}", "error.badEnum", "workbook.personas[0].portrait.mediaType"),
                Arguments.of("\"notes\" : \"\"", "\"notes\" : \"\", \"portrait\" : {\"mediaType\" : \"image/png\", \"data\" : \"not base64!\"}", "error.badBase64", "workbook.personas[0].portrait.data"),
                Arguments.of("\"notes\" : \"\"", "\"notes\" : \"\", \"portrait\" : {\"mediaType\" : \"image/png\", \"data\" : \""
                        + Base64.getEncoder().encodeToString(new byte[Limits.MAX_PORTRAIT_BYTES + 3]) + "\"}", "error.portraitTooLarge", "workbook.personas[0].portrait.data"),
                Arguments.of("\"notes\" : \"\"", "\"notes\" : \"\", \"portrait\" : {\"mediaType\" : \"image/png\"}", "error.missingField", "workbook.personas[0].portrait"));
    }

    @ParameterizedTest
    @MethodSource("badFields")
    void refusesBadFieldsNamingThePathAndPlace(String from, String to, String key, String path) {
        WorkbookFormatException e = refused(exampleWith(from, to));
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.line()).as("line").isPositive();
        assertThat(e.column()).as("column").isPositive();
    }

    @Test
    void locatesAProblemFoundAfterParsingOnTheValueItself() {
        String json = exampleWith("\"activity\" : \"k-a4\"", "\"activity\" : \"k-gone\"");
        WorkbookFormatException e = refused(json);
        String[] lines = json.split("\n", -1);
        assertThat(lines[e.line() - 1].substring(e.column() - 1)).startsWith("\"k-gone\"");
    }

    @Test
    void reportsEveryRuleProblemNotJustTheFirst() {
        String json = exampleWith("\"activity\" : \"k-a4\"", "\"activity\" : \"k-gone\"")
                .replace("\"id\" : \"e-2\"", "\"id\" : \"e-1\"")
                .replace("\"group\" : \"at-home\"", "\"group\" : \"home\"");
        assertThat(refused(json).problems()).extracting(FormatProblem::key)
                .containsExactly("error.badEnum", "error.unknownActivity", "error.duplicateId");
    }

    @Test
    void capsTheNumberOfReportedProblems() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"id\":\"same\",\"text\":\"x\"}");
        }
        String json = exampleWith("\"organise\" : [ ]", "\"organise\" : [" + entries + "]");
        WorkbookFormatException e = refused(json);
        assertThat(e.problems()).hasSize(Limits.MAX_REPORTED_PROBLEMS + 1);
        assertThat(e.problems().get(Limits.MAX_REPORTED_PROBLEMS).key()).isEqualTo("error.moreProblems");
    }

    @Test
    void refusesTooManyEntriesInAQuadrant() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i <= Limits.MAX_ENTRIES_PER_QUADRANT; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"id\":\"x").append(i).append("\"}");
        }
        WorkbookFormatException e = refused(exampleWith("\"organise\" : [ ]", "\"organise\" : [" + entries + "]"));
        assertThat(e.key()).isEqualTo("error.tooMany");
        assertThat(e.path()).isEqualTo("workbook.personas[0].canvas.organise");
        assertThat(e.describe(Locale.ENGLISH)).contains("1,000");
        String[] lines = exampleWith("\"organise\" : [ ]", "\"organise\" : [" + entries + "]").split("\n", -1);
        assertThat(lines[e.line() - 1].substring(e.column() - 1)).as("at the first item too many").startsWith("{\"id\":\"x1000\"}");
    }

    @Test
    void refusesTooManyPersonasAuthorsAndLinks() {
        StringBuilder personas = new StringBuilder();
        for (int i = 0; i <= Limits.MAX_PERSONAS; i++) {
            personas.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\"}");
        }
        String json = "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"personas\":[" + personas + "]}}";
        assertThat(refused(json).path()).isEqualTo("workbook.personas");
        String authors = "\"a\",".repeat(Limits.MAX_AUTHORS) + "\"a\"";
        assertThat(refused(exampleWith("[ \"Panel Utrecht\" ]", "[" + authors + "]")).path()).isEqualTo("workbook.personas[0].authors");
        String links = "\"l\",".repeat(Limits.MAX_LINKS) + "\"l\"";
        assertThat(refused(exampleWith("[ \"A4.design.1\" ]", "[" + links + "]")).path())
                .isEqualTo("workbook.personas[0].canvas.design[0].links");
        assertThat(refused(exampleWith("[ \"Panel Utrecht\" ]", "[" + links + "]")).key()).isEqualTo("error.tooMany");
    }

    @Test
    void refusesDeepNestingAndHugeStringsWhileParsing() {
        String deep = "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
        assertThat(refused(deep).key()).isEqualTo("error.tooDeep");
        String huge = exampleWith("\"Utrecht\"", "\"" + "u".repeat(10 * 1024 * 1024) + "\"");
        WorkbookFormatException e = refused(huge);
        assertThat(e.key()).isEqualTo("error.stringTooLong");
        assertThat(e.line()).isEqualTo(8);
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        assertThatThrownBy(() -> codec.read(new byte[Limits.MAX_DOCUMENT_BYTES + 1]))
                .isInstanceOfSatisfying(WorkbookFormatException.class, e -> assertThat(e.key()).isEqualTo("error.tooLarge"));
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws Exception {
        Workbook wb = codec.read(("{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":"
                + "{\"personas\":[{\"id\":\"p\",\"created\":\"2025-01-01T00:00:00Z\",\"modified\":\"2025-01-01T00:00:00Z\"}]}}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(wb.school()).isEmpty();
        assertThat(wb.personas().get(0).canvas().size()).isZero();
        assertThat(wb.matrixVersion()).isNull();
    }
}
