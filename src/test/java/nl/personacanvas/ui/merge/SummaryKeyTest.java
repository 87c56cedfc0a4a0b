package nl.personacanvas.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.personacanvas.ui.Messages;
import org.junit.jupiter.api.Test;

/** The import summary's key: words for the marks its report uses, in the UI's language. */
class SummaryKeyTest {
    private static final List<String> REPORT = List.of("Samengevoegd met joost.pcanvas:",
            "  + persona Noor toegevoegd (geen notities)", "  \u2260 persona Laura: 2 verschillen",
            "    Rol: mijn versie gehouden (\"docent\"), hun versie niet overgenomen (\"mentor\")");

    @Test
    void explainsTheMarksTheReportUsesAndNoOthers() {
        String key = SummaryKey.of(REPORT, new Messages(Messages.DUTCH));
        assertThat(key).startsWith("Tekens: +\u00a0toegevoegd").contains("\u2260\u00a0verschilt van je eigen versie")
                .doesNotContain("niet overgenomen", "!");
        assertThat(SummaryKey.of(REPORT, new Messages(java.util.Locale.ENGLISH)))
                .startsWith("Marks: +\u00a0added").contains("\u2260\u00a0differs from your own version");
    }

    @Test
    void aReportWithoutMarksHasNoKey() {
        assertThat(SummaryKey.of(List.of("joost.pcanvas: niets nieuws, niets veranderd."), new Messages(Messages.DUTCH)))
                .isEmpty();
    }
}
