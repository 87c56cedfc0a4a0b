package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cue tests assert of a statement written for them: that its cue puts it on the canvas, or that, with no
 * cue, it stays too general. Read with the shared checker ({@link CheckFixture}).
 */
final class CueAssertions {
    private CueAssertions() {
    }

    /** The statement is placed on the canvas (in some quadrant) for {@code activity}. */
    static void assertCounts(String activity, String text) {
        assertThat(CheckFixture.SORTER.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    /** The statement is generic for being too general, not for being another person's task. */
    static void assertTooGeneral(String activity, String text) {
        SortedStatement s = CheckFixture.SORTER.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }
}
