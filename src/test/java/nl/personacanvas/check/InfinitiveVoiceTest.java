package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class InfinitiveVoiceTest {
    private static final Predicate<String> STOPWORDS = Set.of("niet", "het", "dat", "als")::contains;

    @Test
    void infinitiveVoiceMovesTheVerbAndTakesItsInfinitive() {
        assertThat(InfinitiveVoice.of("pikt ... op dat", STOPWORDS)).containsExactly("oppikken dat", "op te pikken dat");
        assertThat(InfinitiveVoice.of("oordeelt niet", STOPWORDS)).containsExactly("niet oordelen");
    }

    @Test
    void aSeparableVerbAlsoHasItsParticleSplitOffByTe() {
        assertThat(InfinitiveVoice.of("leeft zich in", STOPWORDS)).containsExactly("zich inleven", "zich in te leven");
        assertThat(InfinitiveVoice.of("voelt aan wat gepast is", STOPWORDS))
                .containsExactly("aanvoelen wat gepast is", "aan te voelen wat gepast is");
    }

    @Test
    void verbLastVoiceMovesTheVerbAndKeepsItFinite() {
        assertThat(InfinitiveVoice.verbLast("merkt snel dat", STOPWORDS)).containsExactly("snel merkt dat");
        assertThat(InfinitiveVoice.verbLast("pikt ... op dat", STOPWORDS)).containsExactly("oppikt dat");
        assertThat(InfinitiveVoice.verbLast("oordeelt niet", STOPWORDS)).containsExactly("niet oordeelt");
    }

    @Test
    void noVoiceForAPhraseThatDoesNotOpenWithAThirdPersonVerb() {
        assertThat(InfinitiveVoice.verbLast("niet bij voorbaat", STOPWORDS)).isEmpty();
        assertThat(InfinitiveVoice.of("open blik", STOPWORDS)).isEmpty();
    }
}
