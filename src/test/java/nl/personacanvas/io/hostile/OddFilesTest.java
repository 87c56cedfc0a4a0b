package nl.personacanvas.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 26 (rob26): the odd files a user's disk, a sync client or a colleague's editor really makes, each opened the
 * way the window opens a file ({@link WorkbookStore#loadTracked}): refused whole with a Dutch sentence and the file
 * untouched, or read exactly. The seeded {@code HostileInputTest} covers their kinds at random; these are the named
 * cases, each asserted by its own words.
 */
class OddFilesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");
    private final WorkbookCodec codec = new WorkbookCodec();
    private final WorkbookStore store = new WorkbookStore(codec);

    @TempDir
    Path folder;

    @Test
    void aFileCutOffInTheMiddleOfAnEntryIsRefusedAsIncomplete() throws Exception {
        String whole = codec.writeString(sample());
        int inEntry = whole.indexOf("\"text\"", whole.indexOf("\"canvas\"")) + 14;
        assertRefused(whole.substring(0, inEntry).getBytes(StandardCharsets.UTF_8), "houdt te vroeg op");
        // Cut after a whole entry, before the comma: the same.
        int afterEntry = whole.indexOf('}', inEntry) + 1;
        assertRefused(whole.substring(0, afterEntry).getBytes(StandardCharsets.UTF_8), "houdt te vroeg op");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        assertRefused(new byte[0], "Het bestand is leeg.");
        assertRefused("  \r\n".getBytes(StandardCharsets.UTF_8), "leeg");
    }

    @Test
    void aFileOfANewerFormatVersionAsksForTheNewerApp() throws Exception {
        String future = codec.writeString(sample()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
        assertRefused(future.getBytes(StandardCharsets.UTF_8),
                "nieuwere versie van Persona Canvas (formaatversie 2; deze versie leest tot en met 1)");
    }

    /** A million nested arrays (2 MB, within the size limit), at the top and as a field's value: no stack overflow. */
    @Test
    void aMillionNestedArraysAreRefusedAtTheirDepthWithoutOverflowingTheStack() throws Exception {
        String million = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        assertRefused(million.getBytes(StandardCharsets.US_ASCII), "Dit is geen werkboek");
        String inside = codec.writeString(sample()).replaceFirst("\"school\" : \"[^\"]*\"", "\"school\" : " + million);
        long started = System.nanoTime();
        // On a small stack, as a thread of a busy machine may have: the reading must not recurse per level.
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                assertRefused(inside.getBytes(StandardCharsets.UTF_8), "meer dan 32 niveaus diep genest");
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        if (failed.get() != null) {
            throw new AssertionError(failed.get());
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsReadAsTheSameWorkbook() throws Exception {
        Workbook wb = sample();
        byte[] plain = codec.writeString(wb).getBytes(StandardCharsets.UTF_8);
        byte[] crlf = codec.writeString(wb).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bomCrlf = new byte[crlf.length + 3];
        bomCrlf[0] = (byte) 0xEF;
        bomCrlf[1] = (byte) 0xBB;
        bomCrlf[2] = (byte) 0xBF;
        System.arraycopy(crlf, 0, bomCrlf, 3, crlf.length);
        Workbook read = codec.read(plain);
        for (byte[] bytes : List.of(crlf, bomCrlf)) {
            Path file = write(bytes);
            assertThat(store.loadTracked(file).workbook()).isEqualTo(read);
            assertThat(Files.readAllBytes(file)).as("opening never changes the file").isEqualTo(bytes);
        }
    }

    /** Names of grapheme clusters: emoji sequences joined by ZWJ, skin tones, flags, letters with combining marks. */
    @Test
    void namesOfEmojiSequencesAndCombiningMarksComeBackExactlyAfterASave() throws Exception {
        List<String> names = List.of(
                "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83C\uDFEB Zoe\u0308",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 familie",
                "\uD83C\uDDF3\uD83C\uDDF1 Vie\u0323\u0302t",
                "\u0641\u064E\u0627\u0637\u0650\u0645\u064E\u0629 \uD83E\uDDD5\uD83C\uDFFE",
                "\u05E9\u05BC\u05B8\u05E8\u05B8\u05D4 \u2764\uFE0F");
        Workbook wb = sample();
        List<Persona> personas = wb.personas();
        Workbook named = wb.withPersonas(java.util.stream.IntStream.range(0, personas.size())
                .mapToObj(i -> personas.get(i).withName(names.get(i % names.size()))).toList());
        Path file = folder.resolve("namen.pcanvas");
        store.save(named, file);
        Workbook back = store.load(file);
        assertThat(back.personas()).extracting(Persona::name)
                .isEqualTo(named.personas().stream().map(Persona::name).toList());
    }

    private void assertRefused(byte[] bytes, String dutch) throws Exception {
        Path file = write(bytes);
        WorkbookFormatException e = catchThrowableOfType(WorkbookFormatException.class, () -> store.loadTracked(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.describe(NL)).contains(dutch);
        assertThat(Files.readAllBytes(file)).as("the file unchanged").isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(LONG_AGO);
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".~")).toList())
                    .as("nothing written beside it").containsExactly(file.getFileName().toString());
        }
        Files.delete(file);
    }

    private Path write(byte[] bytes) throws Exception {
        Path file = folder.resolve("werkboek-" + Arrays.hashCode(bytes) + ".pcanvas");
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }

    private Workbook sample() {
        SampleWorkbooks samples = new SampleWorkbooks(codec);
        return samples.load(samples.defaultSample());
    }
}
