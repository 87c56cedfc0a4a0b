package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

/** Streaming the model must write exactly the bytes serialising the DTOs wrote, so no file changes. */
class WorkbookWriterTest {
    private static final String SAVED_BY = "Persona Canvas " + AppVersion.current();

    private final WorkbookCodec codec = new WorkbookCodec();
    private final DtoSerialiser reference = new DtoSerialiser();

    @Test
    void writesTheSameBytesAsTheDtosForSeededRandomWorkbooks() throws Exception {
        RandomWorkbooks generator = new RandomWorkbooks(8_2026L);
        for (int i = 0; i < 300; i++) {
            Workbook wb = generator.next();
            assertThat(new String(codec.write(wb), StandardCharsets.UTF_8)).as("case %d", i)
                    .isEqualTo(new String(reference.write(wb, SAVED_BY), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLargeWorkbookSerialisedInTwoHalvesIsStillTheSameBytes() throws Exception {
        RandomWorkbooks generator = new RandomWorkbooks(64_000L);
        for (int size : new int[] {WorkbookWriter.PARALLEL_FROM - 1, WorkbookWriter.PARALLEL_FROM,
                WorkbookWriter.PARALLEL_FROM + 1, 301}) {
            List<Persona> personas = new java.util.ArrayList<>();
            Workbook base = generator.next();
            while (personas.size() < size) {
                personas.addAll(generator.next().personas());
            }
            Workbook wb = base.withPersonas(personas.subList(0, size));
            assertThat(new String(codec.write(wb), StandardCharsets.UTF_8)).as("%d personas", size)
                    .isEqualTo(new String(reference.write(wb, SAVED_BY), StandardCharsets.UTF_8));
        }
    }

    /**
     * A write reuses the bytes of the personas the last write held: after any mix of edits, new personas,
     * removals and moves (sometimes with enough new ones to serialise on two threads) the file is still
     * exactly what serialising the DTOs gives.
     */
    @Test
    void writesAfterEditsAreTheSameBytesAsTheDtos() throws Exception {
        RandomWorkbooks generator = new RandomWorkbooks(2026_11_29L);
        java.util.Random random = new java.util.Random(29);
        Workbook base = generator.next();
        List<Persona> personas = new java.util.ArrayList<>();
        while (personas.size() < 150) {
            personas.addAll(generator.next().personas());
        }
        for (int round = 0; round < 60; round++) {
            Workbook wb = base.withPersonas(List.copyOf(personas));
            assertThat(new String(codec.write(wb), StandardCharsets.UTF_8)).as("round %d", round)
                    .isEqualTo(new String(reference.write(wb, SAVED_BY), StandardCharsets.UTF_8));
            int at = random.nextInt(personas.size());
            switch (random.nextInt(5)) {
                case 0 -> personas.set(at, personas.get(at).withNotes("Bewerkt in ronde " + round + " ✓"));
                case 1 -> personas.remove(at);
                case 2 -> personas.add(at, generator.next().personas().stream().findFirst()
                        .orElse(personas.get(0).withName("Nieuw " + round)));
                case 3 -> java.util.Collections.swap(personas, at, random.nextInt(personas.size()));
                default -> {
                    // Replaces every other persona, so many are new at once, spread between kept ones.
                    for (int i = 0; i < personas.size(); i += 2) {
                        personas.set(i, personas.get(i).withRole(personas.get(i).role() + " " + round));
                    }
                }
            }
        }
        Workbook last = base.withPersonas(List.copyOf(personas));
        assertThat(codec.write(last)).isEqualTo(new WorkbookCodec().write(last));
    }

    @Test
    void leavesOutAndKeepsTheSameOptionalFields() throws Exception {
        Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
        quadrants.put(Quadrant.DESIGN, List.of(new Entry("e-1", "", List.of(), ""),
                new Entry("e-2", "Zij ontwerpt.", List.of("A4.design.1", "A4.design.2"), "Een notitie.")));
        Instant now = Instant.parse("2026-11-28T22:00:00.123456789Z");
        Persona bare = new Persona("p-1", "", "", "", List.of(), null, "", now, now, Canvas.empty());
        Persona full = new Persona("p-2", "Laura", "begeleidt \"studenten\"\n\tbij een stage \\ 😀", "k-1",
                List.of("Panel Utrecht", ""), new Portrait("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, -1, 7}),
                "notities", now, now.plusSeconds(1), Canvas.of(quadrants));
        Workbook withEverything = new Workbook("School", "Regio", "Team", "Definitie",
                List.of(new PrincipleTheme("Thema", List.of("Een", "Twee")), new PrincipleTheme("", List.of())),
                List.of(new CoreActivity("k-1", "A4", "Stages", ActivityGroup.MOBILITY),
                        new CoreActivity("k-2", null, "", ActivityGroup.AT_HOME)),
                List.of(bare, full), "2024.1");
        for (Workbook wb : List.of(Workbook.empty(), withEverything, withEverything.withMatrixVersion(null),
                withEverything.withMatrixVersion(""))) {
            String written = codec.writeString(wb);
            assertThat(written).isEqualTo(new String(reference.write(wb, SAVED_BY), StandardCharsets.UTF_8));
            assertThat(codec.read(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(wb);
        }
    }

    /** Every ASCII character at every place of an eight-byte word and in the tail after the last one. */
    @Test
    void plainAsciiTextsAreTheGeneratorsBytesWhateverCharacterTheyHold() throws Exception {
        Instant now = Instant.parse("2026-11-29T04:00:00Z");
        for (int length : new int[] {1, 7, 8, 9, 16, 23}) {
            for (int at = 0; at < length; at++) {
                StringBuilder texts = new StringBuilder();
                Canvas canvas = Canvas.empty();
                for (char c = 0; c < 128; c++) {
                    String text = "x".repeat(at) + c + "y".repeat(length - at - 1);
                    assertThat(PlainJsonText.nothingToEscape(text.getBytes(StandardCharsets.US_ASCII)))
                            .as("%d at %d of %d", (int) c, at, length).isEqualTo(c >= ' ' && c != '"' && c != '\\' && c != '?');
                    canvas = canvas.add(Quadrant.DESIGN, new Entry("e-" + (int) c, text, List.of(), ""));
                    texts.append(text);
                }
                Persona persona = new Persona("p-1", texts.substring(0, 40), "", "", List.of(), null, "", now, now, canvas);
                Workbook wb = Workbook.empty().addPersona(persona);
                assertThat(codec.write(wb)).isEqualTo(reference.write(wb, SAVED_BY));
            }
        }
    }

    @Test
    void leavesOutAnEmptyEntryIdAsTheDtosDid() throws Exception {
        Instant now = Instant.parse("2026-11-28T22:00:00Z");
        Persona persona = new Persona("p-1", "", "", "", List.of(), null, "", now, now,
                Canvas.empty().add(Quadrant.ATTITUDE, new Entry("", "Zonder id", List.of(), "")));
        Workbook wb = Workbook.empty().addPersona(persona);
        assertThat(codec.write(wb)).isEqualTo(reference.write(wb, SAVED_BY));
        assertThat(codec.writeString(wb)).doesNotContain("\"id\" : \"\"");
    }
}
