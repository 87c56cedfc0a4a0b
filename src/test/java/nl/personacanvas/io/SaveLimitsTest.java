package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every bound of the reader, walked: a workbook just over it is refused at save, said in Dutch and English,
 * and the file on disk stays as it was; a workbook exactly at it saves and opens again. Both are built from
 * {@link FormatLimit}, the one description {@link SaveLimits} checks; the last tests fail when the reader gets a
 * bound that description does not hold.
 */
class SaveLimitsTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;

    private final WorkbookCodec codec = new WorkbookCodec();
    private final WorkbookStore store = new WorkbookStore(codec);

    @ParameterizedTest
    @EnumSource(FormatLimit.class)
    void aWorkbookJustOverABoundIsRefusedAtSaveSayingWhatAndByHowMuchAndTheFileStaysAsItWas(FormatLimit limit)
            throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(base(), file);
        byte[] before = Files.readAllBytes(file);
        Workbook over = at(limit, true);

        SaveFailedException refused = catchSaveFailure(over, file);

        assertThat(refused.reason()).isIn(SaveFailedException.Reason.TOO_LONG, SaveFailedException.Reason.TOO_MANY,
                SaveFailedException.Reason.TOO_LARGE);
        for (Locale locale : List.of(NL, Locale.ENGLISH)) {
            String said = refused.describe(locale);
            assertThat(said).as(limit + " in " + locale).doesNotContain("{", "}", "save.what")
                    .contains(NumberFormat.getIntegerInstance(locale).format(shownMax(limit)))
                    .contains(NumberFormat.getIntegerInstance(locale).format(shownOver(limit)))
                    .contains(locale == NL ? "niet meer te openen" : "could not be opened again");
        }
        assertThat(Files.readAllBytes(file)).as("the file on disk").isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing else written").containsExactly(file);
        }
        assertThatThrownBy(() -> codec.read(codec.write(over)))
                .as("the reader refuses what was refused at save").isInstanceOf(WorkbookFormatException.class);
    }

    @ParameterizedTest
    @EnumSource(FormatLimit.class)
    void aWorkbookExactlyAtABoundSavesAndOpensAgain(FormatLimit limit) throws Exception {
        Path file = dir.resolve("team.pcanvas");
        Workbook full = at(limit, false);

        store.save(full, file);

        assertThat(store.load(file)).isEqualTo(full);
        if (limit == FormatLimit.DOCUMENT) {
            assertThat(Files.size(file)).isEqualTo(Limits.MAX_DOCUMENT_BYTES);
        }
    }

    @Test
    void whatIsTooManyIsSaidWithItsPlaceInBothLanguages() throws Exception {
        Persona laura = Persona.create("Laura", "begeleidt", "", T);
        List<Entry> notes = IntStream.rangeClosed(0, Limits.MAX_ENTRIES_PER_QUADRANT + 1)
                .mapToObj(i -> new Entry("e-" + i, "Ontwerpt lessen " + i, List.of(), "")).toList();
        Workbook wb = base().addPersona(laura.withCanvas(laura.canvas().withEntries(Quadrant.ATTITUDE, notes)));

        SaveFailedException refused = catchSaveFailure(wb, dir.resolve("team.pcanvas"));

        assertThat(refused.describe(NL)).isEqualTo("Bij Laura staan te veel notities in Houding om op te slaan: 1.002,"
                + " waar er hoogstens 1.000 passen. Haal er 2 weg en sla opnieuw op; zo opgeslagen zou het werkboek niet"
                + " meer te openen zijn.");
        assertThat(refused.describe(Locale.ENGLISH)).isEqualTo("Laura holds too many notes in Attitude to save: 1,002,"
                + " where at most 1,000 fit. Take 2 away and save again; saved like this, the workbook could not be"
                + " opened again.");
    }

    /**
     * Each constant of {@link Limits} is a bound checked at save, or one a written workbook cannot reach, for the
     * reason asserted here. A new constant fails this test until it is one or the other.
     */
    @Test
    void everyConstantOfTheLimitsIsCheckedAtSaveOrOutOfAWrittenWorkbooksReach() throws Exception {
        Map<String, Set<FormatLimit>> checkedAs = Map.ofEntries(
                Map.entry("MAX_DOCUMENT_BYTES", EnumSet.of(FormatLimit.DOCUMENT)),
                Map.entry("MAX_NAME_LENGTH", EnumSet.of(FormatLimit.MATRIX_VERSION, FormatLimit.SCHOOL,
                        FormatLimit.REGION, FormatLimit.TEAM, FormatLimit.ACTIVITY_ID, FormatLimit.PERSONA_ID,
                        FormatLimit.PERSONA_NAME, FormatLimit.AUTHOR, FormatLimit.ENTRY_ID, FormatLimit.LINK)),
                Map.entry("MAX_SENTENCE_LENGTH", EnumSet.of(FormatLimit.THEME, FormatLimit.ACTIVITY_NAME, FormatLimit.ROLE)),
                Map.entry("MAX_TEXT_LENGTH", EnumSet.of(FormatLimit.DEFINITION, FormatLimit.STATEMENT, FormatLimit.NOTES,
                        FormatLimit.ENTRY_TEXT, FormatLimit.ENTRY_NOTE)),
                Map.entry("MAX_PERSONAS", EnumSet.of(FormatLimit.PERSONAS)),
                Map.entry("MAX_ENTRIES_PER_QUADRANT", EnumSet.of(FormatLimit.ENTRIES)),
                Map.entry("MAX_ACTIVITIES", EnumSet.of(FormatLimit.ACTIVITIES)),
                Map.entry("MAX_PRINCIPLES", EnumSet.of(FormatLimit.PRINCIPLES)),
                Map.entry("MAX_STATEMENTS", EnumSet.of(FormatLimit.STATEMENTS)),
                Map.entry("MAX_AUTHORS", EnumSet.of(FormatLimit.AUTHORS)),
                Map.entry("MAX_LINKS", EnumSet.of(FormatLimit.LINKS)),
                Map.entry("MAX_PORTRAIT_BYTES", EnumSet.of(FormatLimit.PORTRAIT_BYTES)),
                Map.entry("MAX_PORTRAIT_SIDE", EnumSet.of(FormatLimit.PORTRAIT_SIDE)),
                Map.entry("MAX_PORTRAIT_PIXELS", EnumSet.of(FormatLimit.PORTRAIT_PIXELS)),
                // Out of reach, for the reasons asserted below:
                Map.entry("MAX_NESTING_DEPTH", EnumSet.noneOf(FormatLimit.class)),
                Map.entry("MAX_JSON_STRING_CHARS", EnumSet.noneOf(FormatLimit.class)),
                // How many problems a refusal lists: no bound on content.
                Map.entry("MAX_REPORTED_PROBLEMS", EnumSet.noneOf(FormatLimit.class)));
        Map<String, Long> constants = new TreeMap<>();
        for (Field f : Limits.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("MAX_")) {
                f.setAccessible(true);
                constants.put(f.getName(), ((Number) f.get(null)).longValue());
            }
        }
        assertThat(constants.keySet()).as("the constants of Limits").isEqualTo(checkedAs.keySet());
        Set<FormatLimit> described = EnumSet.noneOf(FormatLimit.class);
        checkedAs.forEach((name, limits) -> {
            for (FormatLimit limit : limits) {
                long max = constants.get(name);
                // A portrait's bound is its Base64's length, four chars for each three bytes begun: the bytes that fit
                // are MAX_PORTRAIT_BYTES rounded up to three.
                assertThat(limit.max()).as(limit + " is " + name)
                        .isEqualTo(limit == FormatLimit.PORTRAIT_BYTES ? (max + 2) / 3 * 3 : max);
                described.add(limit);
            }
        });
        assertThat(described).isEqualTo(EnumSet.allOf(FormatLimit.class));
        assertThat(deepestNestingOf(codec.write(everything()))).as("nesting of a written workbook")
                .isLessThan(Limits.MAX_NESTING_DEPTH);
        assertThat(Math.max(ValueRules.MAX_PORTRAIT_BASE64, 2 * Limits.MAX_TEXT_LENGTH))
                .as("the longest string a workbook writes, in chars").isLessThanOrEqualTo(Limits.MAX_JSON_STRING_CHARS);
    }

    /** The counts the reader's scan holds lists to ({@link ListLimits}) are the ones checked at save. */
    @Test
    void everyListBoundOfTheScanIsTheOneCheckedAtSave() {
        for (FormatLimit limit : FormatLimit.values()) {
            if (limit.measure() != FormatLimit.Measure.ITEMS) {
                continue;
            }
            for (Quadrant q : Quadrant.values()) {
                List<Object> path = pathOf(limit.path().replace(".design", "." + q.key()));
                assertThat((long) ListLimits.maxItems(path)).as(limit + " at " + path).isEqualTo(limit.max());
            }
        }
    }

    /**
     * Every field the streaming reader bounds ({@code case "notes" -> ... Limits.MAX_TEXT_LENGTH}) has that bound
     * in {@link FormatLimit}: a new field with a bound, or a field given another, fails here until save checks it.
     */
    @Test
    void everyBoundTheReaderPutsOnAFieldIsCheckedAtSave() throws Exception {
        String reader = Files.readString(Path.of("src/main/java/nl/personacanvas/io/WorkbookReader.java"));
        Matcher field = Pattern.compile("case \"(\\w+)\" ->([^;]*);").matcher(reader);
        List<String> unknown = new ArrayList<>();
        int bounds = 0;
        while (field.find()) {
            Matcher bound = Pattern.compile("Limits\\.(MAX_\\w+)").matcher(field.group(2));
            while (bound.find()) {
                bounds++;
                long max = ((Number) field(bound.group(1)).get(null)).longValue();
                String name = field.group(1);
                boolean known = name.equals("savedBy") // the app's own name and version, asserted below
                        || Arrays.stream(FormatLimit.values()).anyMatch(l -> l.max() == max
                        && (l.path().endsWith("." + name) || l.path().endsWith("." + name + "[]") || l.path().equals(name)));
                if (!known) {
                    unknown.add(name + " " + bound.group(1));
                }
            }
        }
        assertThat(unknown).as("bounds of the reader that save does not check").isEmpty();
        assertThat(bounds).as("bounds found in the reader's fields").isGreaterThanOrEqualTo(22);
        Matcher all = Pattern.compile("Limits\\.(MAX_\\w+)").matcher(reader);
        int everywhere = 0;
        while (all.find()) {
            everywhere++;
        }
        assertThat(everywhere - bounds).as("bounds outside a field: only the quadrants' lists (ENTRIES)").isEqualTo(1);
        assertThat(("Persona Canvas " + AppVersion.current()).length()).isLessThan(Limits.MAX_NAME_LENGTH);
    }

    // --- workbooks at a bound ---

    private static Workbook base() {
        Persona laura = Persona.create("Laura", "begeleidt", "", T);
        return new Workbook("Het Talent", "", "", "", List.of(new PrincipleTheme("Thema", List.of("Uitspraak"))),
                List.of(new CoreActivity("a-1", "A1", "Lesgeven", ActivityGroup.values()[0])),
                List.of(laura.withCanvas(laura.canvas().add(Quadrant.DESIGN, new Entry("e-1", "Ontwerpt", List.of(), "")))),
                null);
    }

    /** {@link #base()} with one bound reached ({@code over}: passed by one). */
    private Workbook at(FormatLimit limit, boolean over) throws IOException {
        int n = (int) Math.min(Integer.MAX_VALUE, limit.max() + (over ? 1 : 0));
        String text = "x".repeat(limit.measure() == FormatLimit.Measure.CODE_POINTS ? n : 0);
        Workbook wb = base();
        return switch (limit) {
            case MATRIX_VERSION -> wb.withMatrixVersion(text);
            case SCHOOL -> wb.withSchool(text);
            case REGION -> wb.withRegion(text);
            case TEAM -> wb.withTeam(text);
            case DEFINITION -> wb.withDefinition(text);
            case PRINCIPLES -> wb.withPrinciples(times(n, i -> new PrincipleTheme("Thema " + i, List.of())));
            case THEME -> wb.withPrinciples(List.of(new PrincipleTheme(text, List.of("Uitspraak"))));
            case STATEMENTS -> wb.withPrinciples(List.of(new PrincipleTheme("Thema", times(n, i -> "Uitspraak " + i))));
            case STATEMENT -> wb.withPrinciples(List.of(new PrincipleTheme("Thema", List.of(text))));
            case ACTIVITIES -> wb.withActivities(times(n, i -> new CoreActivity("a-" + i, "A1", "Les " + i,
                    ActivityGroup.values()[0])));
            case ACTIVITY_ID -> wb.withActivities(List.of(new CoreActivity(text, "A1", "Les", ActivityGroup.values()[0])));
            case ACTIVITY_NAME -> wb.withActivities(List.of(new CoreActivity("a-1", "A1", text, ActivityGroup.values()[0])));
            case PERSONAS -> wb.withPersonas(times(n, i -> Persona.create("Persona " + i, "", "", T)));
            case PERSONA_ID -> wb.withPersonas(List.of(new Persona(text, "Laura", "", "", List.of(), null, "", T, T,
                    Canvas.empty())));
            case PERSONA_NAME -> persona(wb, p -> p.withName(text));
            case ROLE -> persona(wb, p -> p.withRole(text));
            case AUTHORS -> persona(wb, p -> p.withAuthors(times(n, i -> "Auteur " + i)));
            case AUTHOR -> persona(wb, p -> p.withAuthors(List.of(text)));
            case NOTES -> persona(wb, p -> p.withNotes(text));
            case PORTRAIT_BYTES -> persona(wb, p -> p.withPortrait(new Portrait("image/png", new byte[n])));
            case PORTRAIT_SIDE -> persona(wb, p -> p.withPortrait(png(n, 1)));
            case PORTRAIT_PIXELS -> persona(wb, p -> p.withPortrait(png(4000, over ? 4001 : 4000)));
            case ENTRIES -> entries(wb, times(n, i -> new Entry("e-" + i, "Ontwerpt " + i, List.of(), "")));
            case ENTRY_ID -> entries(wb, List.of(new Entry(text, "Ontwerpt", List.of(), "")));
            case ENTRY_TEXT -> entries(wb, List.of(new Entry("e-1", text, List.of(), "")));
            case LINKS -> entries(wb, List.of(new Entry("e-1", "Ontwerpt", times(n, i -> "A" + i), "")));
            case LINK -> entries(wb, List.of(new Entry("e-1", "Ontwerpt", List.of(text), "")));
            case ENTRY_NOTE -> entries(wb, List.of(new Entry("e-1", "Ontwerpt", List.of(), text)));
            case DOCUMENT -> ofSize(wb, n);
        };
    }

    /**
     * A workbook whose file is {@code bytes} long: ten personas with large portraits, then notes making up the rest
     * (a note of ASCII letters is one byte a letter in the file).
     */
    private Workbook ofSize(Workbook wb, int bytes) {
        int personas = 10;
        int portrait = (bytes - 60_000) / personas / 4 * 3;
        List<Persona> many = times(personas, i -> Persona.create("Persona " + i, "", "", T)
                .withPortrait(new Portrait("image/png", new byte[portrait])));
        Workbook big = wb.withPersonas(many);
        int missing = bytes - codec.write(big).length;
        List<Persona> padded = new ArrayList<>();
        for (Persona p : many) {
            int here = Math.min(missing, Limits.MAX_TEXT_LENGTH);
            padded.add(p.withNotes("x".repeat(here)));
            missing -= here;
        }
        assertThat(missing).isZero();
        Workbook sized = wb.withPersonas(padded);
        assertThat(codec.write(sized)).hasSize(bytes);
        return sized;
    }

    private static Workbook persona(Workbook wb, java.util.function.UnaryOperator<Persona> change) {
        return wb.updatePersona(wb.personas().get(0).id(), change);
    }

    private static Workbook entries(Workbook wb, List<Entry> entries) {
        return persona(wb, p -> p.withCanvas(p.canvas().withEntries(Quadrant.DESIGN, entries)));
    }

    private static <T> List<T> times(int n, java.util.function.IntFunction<T> item) {
        return IntStream.range(0, n).mapToObj(item).toList();
    }

    /** The start of a PNG file declaring {@code width} by {@code height}: all the reader looks at. */
    private static Portrait png(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height);
        b.put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return new Portrait("image/png", b.array());
    }

    /** A workbook with one of every kind of thing, for its nesting. */
    private static Workbook everything() {
        Workbook wb = base();
        return persona(wb, p -> p.withAuthors(List.of("Ans")).withPortrait(png(10, 10))
                .withCanvas(p.canvas().replace(new Entry("e-1", "Ontwerpt", List.of("A1"), "waarom"))));
    }

    private static int deepestNestingOf(byte[] json) throws IOException {
        int depth = 0;
        int deepest = 0;
        try (JsonParser parser = WorkbookCodec.strictFactory().createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t.isStructStart()) {
                    deepest = Math.max(deepest, ++depth);
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
        }
        return deepest;
    }

    /** {@code workbook.personas[].canvas.design} as the scan's path: names, and 0 for each index. */
    private static List<Object> pathOf(String shape) {
        List<Object> path = new ArrayList<>();
        for (String part : shape.split("\\.")) {
            String name = part.replace("[]", "");
            path.add(name);
            for (int i = 0; i < (part.length() - name.length()) / 2; i++) {
                path.add(0);
            }
        }
        return Collections.unmodifiableList(path);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = Limits.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** The limit as the sentence shows it: in kilobytes, megabytes or millions where it says so. */
    private static long shownMax(FormatLimit limit) {
        return switch (limit) {
            case PORTRAIT_BYTES -> limit.max() / 1024;
            case PORTRAIT_PIXELS -> limit.max() / 1_000_000;
            case DOCUMENT -> limit.max() / (1024 * 1024);
            default -> limit.max();
        };
    }

    /** How much the workbook just over the bound holds, as the sentence shows it. */
    private static long shownOver(FormatLimit limit) {
        return switch (limit) {
            case PORTRAIT_BYTES -> (limit.max() + 1 + 1023) / 1024;
            case PORTRAIT_PIXELS -> 4001; // the height of the 4,000 by 4,001 pixels
            case DOCUMENT -> WorkbookCodec.megabytes(limit.max() + 1);
            default -> limit.max() + 1;
        };
    }

    private SaveFailedException catchSaveFailure(Workbook wb, Path file) {
        try {
            store.save(wb, file);
        } catch (SaveFailedException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("Expected a SaveFailedException, got " + e, e);
        }
        throw new AssertionError("The save did not fail");
    }
}
