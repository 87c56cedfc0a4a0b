package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 19 (the lead, after rob19's list of reader rules not checked at save): a lone half of a surrogate pair in
 * any text was saved as it was, and the reader then refused the whole file ("an incomplete character"). It is now
 * written as U+FFFD, so the file opens with every other word intact.
 */
class WellFormedStringsTest {
    private static final String HALF_HIGH = "\uD83D";
    private static final String HALF_LOW = "\uDE00";
    private static final String SMILE = "\uD83D\uDE00";

    @TempDir
    Path dir;

    private final WorkbookCodec codec = new WorkbookCodec();

    @Test
    void aWorkbookWithHalfCharactersSavesAndOpensWithReplacementCharacters() throws Exception {
        SampleWorkbooks samples = new SampleWorkbooks(codec);
        Workbook sample = samples.load(samples.defaultSample());
        Persona first = sample.personas().get(0);
        Entry broken = Entry.of("Viert Suikerfeest met de klas " + SMILE + " en " + HALF_HIGH);
        Workbook workbook = sample.withSchool("Alfa" + HALF_LOW + "college")
                .updatePersona(first.id(), p -> p.withName("Laura " + HALF_HIGH)
                        .withCanvas(p.canvas().add(Quadrant.DELIVER, broken)));
        Path file = dir.resolve("halve tekens.pcanvas");

        new WorkbookStore(codec).save(workbook, file);
        Workbook back = codec.read(Files.readAllBytes(file));

        assertThat(back.school()).isEqualTo("Alfa\uFFFDcollege");
        Persona laura = back.persona(first.id()).orElseThrow();
        assertThat(laura.name()).isEqualTo("Laura \uFFFD");
        assertThat(laura.canvas().find(broken.id()).orElseThrow().text())
                .isEqualTo("Viert Suikerfeest met de klas " + SMILE + " en \uFFFD");
        assertThat(back.personas()).hasSameSizeAs(workbook.personas());
        assertThat(back.personas().get(1)).isEqualTo(workbook.personas().get(1));
    }

    @Test
    void wellFormedTextIsWrittenAsItIs() {
        for (String text : List.of("", "Laura", "Ça va, Zoë " + SMILE, "مرحبا")) {
            assertThat(WellFormedStrings.wellFormed(text)).isSameAs(text);
        }
        assertThat(WellFormedStrings.wellFormed(HALF_LOW + SMILE + HALF_HIGH)).isEqualTo("\uFFFD" + SMILE + "\uFFFD");
        assertThat(WellFormedStrings.wellFormed(null)).isNull();
    }
}
