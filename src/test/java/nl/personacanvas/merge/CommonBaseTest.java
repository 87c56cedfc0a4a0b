package nl.personacanvas.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/** A colleague saved the file I have open: what only one of us changed since I read it is simply taken. */
class CommonBaseTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Workbook base() {
        CoreActivity stage = new CoreActivity("k-stage", "A4", "Stages", ActivityGroup.MOBILITY);
        Canvas canvas = Canvas.of(Map.of(
                Quadrant.DESIGN, List.of(entry("e1", "Stageopdrachten"), entry("e2", "Leeruitkomsten")),
                Quadrant.ATTITUDE, List.of(entry("e3", "Benaderbaar"))));
        Persona laura = new Persona("p-laura", "Laura", "begeleidt stages", "k-stage", List.of(), null, "", T0, T0,
                canvas);
        Persona joost = new Persona("p-joost", "Joost", "bereidt voor", "k-stage", List.of(), null, "", T0, T0,
                Canvas.empty());
        return new Workbook("Alfa", "Noord", "", "", List.of(), List.of(stage), List.of(laura, joost), null);
    }

    private static Entry entry(String id, String text) {
        return new Entry(id, text, List.of(), "");
    }

    private static Workbook mergeOf(Workbook base, Workbook mine, Workbook theirs) {
        CommonBase.Sides sides = CommonBase.settle(base, mine, theirs);
        return new WorkbookMerger(Locale.forLanguageTag("nl")).mergeKeepingBoth(sides.mine(), sides.theirs(), "werk.pcanvas")
                .workbook();
    }

    private static List<String> texts(Workbook wb, String personaId, Quadrant q) {
        return wb.persona(personaId).orElseThrow().canvas().entries(q).stream().map(Entry::text).toList();
    }

    @Test
    void changesToDifferentPartsAreEachTakenWithoutMarkers() {
        Workbook base = base();
        Workbook mine = base.updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(entry("e1", "Stageopdrachten in Duitsland"))));
        Workbook theirs = base.withSchool("Alfa-college")
                .updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(entry("e3", "Benaderbaar en geduldig"))))
                .updatePersona("p-joost", p -> p.withRole("bereidt studenten voor"));

        Workbook merged = mergeOf(base, mine, theirs);

        assertThat(merged.school()).isEqualTo("Alfa-college");
        assertThat(texts(merged, "p-laura", Quadrant.DESIGN)).containsExactly("Stageopdrachten in Duitsland", "Leeruitkomsten");
        assertThat(texts(merged, "p-laura", Quadrant.ATTITUDE)).containsExactly("Benaderbaar en geduldig");
        assertThat(merged.persona("p-joost").orElseThrow().role()).isEqualTo("bereidt studenten voor");
    }

    @Test
    void aPartBothChangedIsStillKeptBothWays() {
        Workbook base = base();
        Workbook mine = base.withSchool("Alfa-college Zwolle");
        Workbook theirs = base.withSchool("Alfa-college Groningen");

        Workbook merged = mergeOf(base, mine, theirs);

        assertThat(merged.school()).contains("Alfa-college Zwolle").contains("Alfa-college Groningen");
    }

    @Test
    void whatOneSideDeletedAndTheOtherLeftAloneGoesButAChangedOneStays() {
        Workbook base = base();
        Persona laura = base.persona("p-laura").orElseThrow();
        Workbook mine = base.withPersonas(List.of(laura.withCanvas(laura.canvas().remove("e2"))));
        Workbook theirs = base.updatePersona("p-laura", p -> p.withCanvas(p.canvas().remove("e3")
                .replace(entry("e1", "Stageopdrachten, ook online"))));

        Workbook merged = mergeOf(base, mine, theirs);

        assertThat(texts(merged, "p-laura", Quadrant.DESIGN)).containsExactly("Stageopdrachten, ook online");
        assertThat(texts(merged, "p-laura", Quadrant.ATTITUDE)).isEmpty();
        assertThat(merged.persona("p-joost")).as("Joost, deleted by me and untouched by them").isEmpty();
    }

    @Test
    void aPersonaTheyDeletedThatILeftAloneGoes() {
        Workbook base = base();
        Workbook mine = base.updatePersona("p-joost", p -> p.withModified(T0.plusSeconds(60))); // only saved again
        Workbook theirs = base.removePersona("p-joost");

        CommonBase.Sides sides = CommonBase.settle(base, mine, theirs);
        Workbook merged = mergeOf(base, mine, theirs);

        assertThat(merged.persona("p-joost")).as("Joost, deleted by them and untouched by me").isEmpty();
        assertThat(merged.persona("p-laura")).isPresent();
        assertThat(sides.keptDeleted()).isEmpty();
    }

    @Test
    void aPersonaDeletedOnOneSideAndChangedOnTheOtherIsKeptAndNamed() {
        Workbook base = base();
        Workbook mineChanged = base.updatePersona("p-joost", p -> p.withRole("bereidt studenten voor op Duitsland"));
        Workbook theirsDeleted = base.removePersona("p-joost");

        CommonBase.Sides sides = CommonBase.settle(base, mineChanged, theirsDeleted);

        assertThat(mergeOf(base, mineChanged, theirsDeleted).persona("p-joost").orElseThrow().role())
                .isEqualTo("bereidt studenten voor op Duitsland");
        assertThat(sides.keptDeleted()).containsExactly("Joost");
        assertThat(sides.kept()).as("the window finds the kept persona by its id")
                .containsExactly(new CommonBase.KeptPersona("p-joost", "Joost"));

        Workbook mineDeleted = base.removePersona("p-laura");
        Workbook theirsChanged = base.updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(entry("e2", "Leeruitkomsten toetsen"))));

        CommonBase.Sides other = CommonBase.settle(base, mineDeleted, theirsChanged);

        assertThat(texts(mergeOf(base, mineDeleted, theirsChanged), "p-laura", Quadrant.DESIGN))
                .containsExactly("Stageopdrachten", "Leeruitkomsten toetsen");
        assertThat(other.keptDeleted()).containsExactly("Laura");
        assertThat(other.kept()).containsExactly(new CommonBase.KeptPersona("p-laura", "Laura"));
    }
}
