package nl.personacanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasLanguageTest {
    private static final Instant WHEN = Instant.parse("2026-12-02T10:00:00Z");

    private static Persona persona(String role, String... design) {
        Canvas canvas = Canvas.empty();
        int n = 0;
        for (String text : design) {
            canvas = canvas.add(Quadrant.DESIGN, new Entry("e" + n++, text, List.of(), ""));
        }
        return new Persona("p", "Laura", role, "A4", List.of(), null, "", WHEN, WHEN, canvas);
    }

    @Test
    void aDutchCanvasWithEnglishLoanWordsIsDutch() {
        assertThat(CanvasLanguage.of(persona("begeleidt studenten bij een internationale stage",
                "Houdt elke twee weken een online check-in met de stagiair", "Open-minded",
                "Past het beoordelingsformulier aan zodat de praktijkopleider het kan invullen (Engelstalig)")))
                .isEqualTo(CanvasLanguage.DUTCH);
    }

    @Test
    void aCanvasWrittenInEnglishIsEnglish() {
        assertThat(CanvasLanguage.of(persona("supervises students on an internship abroad",
                "Translates the learning goals of the programme for an internship abroad",
                "Coaches students at a distance with a video call every two weeks")))
                .isEqualTo(CanvasLanguage.ENGLISH);
    }

    @Test
    void theRoleAloneDecidesWhenTheCanvasIsEmpty() {
        assertThat(CanvasLanguage.of(persona("organises the exchange with a partner school in Finland")))
                .isEqualTo(CanvasLanguage.ENGLISH);
        assertThat(CanvasLanguage.of(persona("organiseert de uitwisseling met een partnerschool in Finland")))
                .isEqualTo(CanvasLanguage.DUTCH);
    }

    /** Nothing to tell by (no role, no notes, or only Arabic notes): Dutch, the language panels write in. */
    @Test
    void withoutWordsOfEitherLanguageACanvasIsDutch() {
        assertThat(CanvasLanguage.of(persona(""))).isEqualTo(CanvasLanguage.DUTCH);
        assertThat(CanvasLanguage.of(persona("", "يصمم مهمة تدريب تقارن بين الرعاية في المغرب وهولندا")))
                .isEqualTo(CanvasLanguage.DUTCH);
        assertThat(CanvasLanguage.of("in is over")).isEqualTo(CanvasLanguage.DUTCH);
    }
}
