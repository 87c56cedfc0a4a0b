package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/** Two defects a teacher saw on session 30's prints (docs/pdf.md, polish30b). */
class TeacherPolish30Test {
    private static final Locale ENGLISH = Locale.ENGLISH;

    private static RenderedPdf posters(Workbook wb, Locale locale) throws Exception {
        return new PosterExporter(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE).withLocale(locale), CheckSummaries.none(),
                ExportMonitor.none());
    }

    /**
     * A persona without a role sentence printed "Leeg. Zij …", which read as a misprint; the poster says the role is
     * still to be written, in the canvas's language as "Zij …" is, and the editor says the same (CanvasHeaderUiTest).
     */
    @Test
    void aPersonaWithoutARoleSaysSoInItsHeadline() throws Exception {
        Persona empty = PosterFixtures.persona("p-leeg", "Leeg", "", "k-a4", Map.of());
        Persona english = PosterFixtures.persona("p-en", "Ann", "  ", "k-a4", Map.of(Quadrant.DESIGN,
                List.of("Designs an assignment with the students about their internship abroad")));
        Workbook wb = PosterFixtures.workbook(empty, english);
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), ENGLISH)) {
            try (RenderedPdf pdf = posters(wb, locale)) {
                String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
                assertThat(text).as(locale.toString()).contains("Leeg (rol nog niet ingevuld). Zij …")
                        .contains("Ann (role not written yet). They …")
                        .doesNotContain("Leeg. Zij").doesNotContain("Ann. They");
            }
        }
    }

    /** A persona with a role keeps its headline as it was. */
    @Test
    void aPersonaWithARoleKeepsItsHeadline() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        try (RenderedPdf pdf = posters(wb, Locale.forLanguageTag("nl-NL"))) {
            assertThat(PdfInspection.flattened(PdfInspection.text(pdf.document())))
                    .contains("stage. Zij …").doesNotContain("nog niet ingevuld");
        }
    }

    /**
     * An Arabic persona got one "another font" warning per note, seven for one persona: now one per persona that
     * counts them, in both languages. A single text is still named, and a replacement mark still warned for per text.
     */
    @Test
    void textsInAnotherFontAreWarnedForOncePerPersona() throws Exception {
        List<String> arabic = List.of("يتحدث اللغة العربية مع الطلاب", "يرتب التدريب في الخارج",
                "يتواصل مع المدرسة الشريكة", "يساعد الطلاب في التأمل", "يخطط الرحلة مع الفريق",
                "يكتب رسالة إلى العائلة", "يشرح القواعد بهدوء");
        Persona amina = PosterFixtures.persona("p-amina", "Amina", "begeleidt studenten bij een stage", "k-a4",
                Map.of(Quadrant.DELIVER, arabic));
        Persona one = PosterFixtures.persona("p-joost", "Joost", "geeft les", "k-a4",
                Map.of(Quadrant.DESIGN, List.of("Viert successen 🎉 met de groep", "Contact met 東京 via e-mail")));
        Workbook wb = PosterFixtures.workbook(amina, one);
        try (RenderedPdf pdf = posters(wb, Locale.forLanguageTag("nl-NL"))) {
            List<ExportWarning> warnings = pdf.result().warnings();
            assertThat(warnings).filteredOn(w -> w.personaId().equals("p-amina")).filteredOn(ExportWarning::otherFontOnly)
                    .singleElement().satisfies(w -> {
                        assertThat(w.kind()).isEqualTo(ExportWarning.Kind.FALLBACK_FONT_TEXTS);
                        assertThat(w.describe(Locale.forLanguageTag("nl-NL"))).isEqualTo(
                                "Amina: 7 teksten bevatten tekens (een emoji of een ander schrift) die in een ander"
                                        + " lettertype zijn gezet.");
                        assertThat(w.describe(ENGLISH)).isEqualTo(
                                "Amina: 7 texts contain characters (an emoji or another script) set in another font.");
                    });
            assertThat(warnings).filteredOn(w -> w.personaId().equals("p-joost"))
                    .extracting(ExportWarning::kind, ExportWarning::detail).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ExportWarning.Kind.FALLBACK_FONT,
                                    "Viert successen 🎉 met de groep"),
                            org.assertj.core.groups.Tuple.tuple(ExportWarning.Kind.REPLACEMENT_MARK,
                                    "Contact met 東京 via e-mail"));
        }
    }
}
