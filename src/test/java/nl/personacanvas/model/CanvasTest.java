package nl.personacanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasTest {

    private final Entry visa = new Entry("e1", "Weet welke papieren nodig zijn voor een stage in Turkije", List.of(), "");
    private final Entry coach = new Entry("e2", "Coacht op afstand via videobellen", List.of("A4.deliver.1"), "");
    private final Entry open = new Entry("e3", "Staat open voor andere gewoontes", List.of(), "uit sessie 2");

    private Canvas sample() {
        return Canvas.empty().add(Quadrant.ORGANISE, visa).add(Quadrant.DELIVER, coach).add(Quadrant.ATTITUDE, open);
    }

    @Test
    void addsEntriesInOrderPerQuadrant() {
        Entry second = Entry.of("Plant de stagebezoeken");
        Canvas canvas = sample().add(Quadrant.ORGANISE, second);

        assertThat(canvas.entries(Quadrant.ORGANISE)).containsExactly(visa, second);
        assertThat(canvas.entries(Quadrant.DESIGN)).isEmpty();
        assertThat(canvas.size()).isEqualTo(4);
    }

    @Test
    void movesAnEntryToAnotherQuadrantAtTheGivenPlace() {
        Canvas moved = sample().move("e1", Quadrant.DELIVER, 0);

        assertThat(moved.entries(Quadrant.ORGANISE)).isEmpty();
        assertThat(moved.entries(Quadrant.DELIVER)).containsExactly(visa, coach);
        assertThat(moved.quadrantOf("e1")).contains(Quadrant.DELIVER);
    }

    @Test
    void reordersWithinAQuadrant() {
        Canvas canvas = Canvas.empty().add(Quadrant.DESIGN, visa).add(Quadrant.DESIGN, coach).add(Quadrant.DESIGN, open);

        Canvas reordered = canvas.move("e3", Quadrant.DESIGN, 0);

        assertThat(reordered.entries(Quadrant.DESIGN)).containsExactly(open, visa, coach);
    }

    @Test
    void clampsInsertPositionsOutsideTheList() {
        Canvas canvas = sample().insert(Quadrant.ATTITUDE, 99, visa.withText("x")).insert(Quadrant.ATTITUDE, -5, coach.withText("y"));

        assertThat(canvas.entries(Quadrant.ATTITUDE)).extracting(Entry::text).containsExactly("y", "Staat open voor andere gewoontes", "x");
    }

    @Test
    void replacesAndRemovesById() {
        Canvas canvas = sample().replace(coach.withText("Coacht op afstand")).remove("e3");

        assertThat(canvas.find("e2")).map(Entry::text).contains("Coacht op afstand");
        assertThat(canvas.find("e3")).isEmpty();
        assertThatThrownBy(() -> canvas.remove("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAValueThatNeverChangesUnderneathItsUsers() {
        Canvas original = sample();
        List<Entry> before = original.entries(Quadrant.ORGANISE);

        original.move("e1", Quadrant.DESIGN, 0);

        assertThat(original.entries(Quadrant.ORGANISE)).isEqualTo(before).containsExactly(visa);
        assertThat(original).isEqualTo(sample()).hasSameHashCodeAs(sample());
        assertThatThrownBy(() -> original.entries(Quadrant.DESIGN).add(visa)).isInstanceOf(UnsupportedOperationException.class);
    }
}
