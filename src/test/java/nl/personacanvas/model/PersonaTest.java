package nl.personacanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaTest {
    private static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");

    @Test
    void headlineReadsLikeTheStudysCanvas() {
        Persona laura = Persona.create("Laura", "begeleidt studenten bij een internationale stage", "A4", T0);

        assertThat(laura.headline()).isEqualTo("Laura begeleidt studenten bij een internationale stage.");
        assertThat(laura.withRole("").headline()).isEqualTo("Laura.");
        assertThat(laura.withRole("geeft les.").headline()).isEqualTo("Laura geeft les.");
        assertThat(laura.withRole(" geeft  les ").headline()).as("spaces typed around and between words")
                .isEqualTo("Laura geeft les.");
    }

    /** The poster's and the editor's headline: an empty role is said to be still to write, not left as "Laura.". */
    @Test
    void aHeadlineWithAStandInForAnEmptyRole() {
        Persona laura = Persona.create("Laura", "geeft les", "A4", T0);
        assertThat(laura.headline("(rol nog niet ingevuld)")).isEqualTo("Laura geeft les.");
        assertThat(laura.withRole(" ").headline("(rol nog niet ingevuld)")).isEqualTo("Laura (rol nog niet ingevuld).");
        assertThat(laura.withRole("").headline("")).isEqualTo("Laura.");
    }

    @Test
    void duplicateGetsFreshIdsButKeepsTheWords() {
        Persona laura = Persona.create("Laura", "begeleidt studenten", "A4", T0)
                .withCanvas(Canvas.empty().add(Quadrant.DELIVER, new Entry("e1", "Coacht op afstand", List.of("A4.deliver.1"), "n")));

        Persona copy = laura.duplicate("Laura (kopie)", T0.plusSeconds(60));

        assertThat(copy.id()).isNotEqualTo(laura.id());
        assertThat(copy.name()).isEqualTo("Laura (kopie)");
        Entry copied = copy.canvas().entries(Quadrant.DELIVER).get(0);
        assertThat(copied.id()).isNotEqualTo("e1");
        assertThat(copied.text()).isEqualTo("Coacht op afstand");
        assertThat(copied.links()).containsExactly("A4.deliver.1");
        assertThat(copy.created()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void nullTextFieldsBecomeEmptySoViewsNeverSeeNull() {
        Persona p = new Persona("p1", null, null, null, null, null, null, T0, T0, null);

        assertThat(p.name()).isEmpty();
        assertThat(p.authors()).isEmpty();
        assertThat(p.canvas()).isEqualTo(Canvas.empty());
        assertThat(p.portrait()).isNull();
    }

    @Test
    void portraitsCompareByContent() {
        Portrait a = new Portrait("image/png", new byte[] {1, 2, 3});
        Portrait b = new Portrait("image/png", new byte[] {1, 2, 3});
        byte[] leaked = a.data();
        leaked[0] = 9;

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.data()[0]).isEqualTo((byte) 1);
    }
}
