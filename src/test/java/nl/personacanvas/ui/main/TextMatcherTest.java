package nl.personacanvas.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatcherTest {

    @Test
    void ignoresAccentsAndCase() {
        assertThat(new TextMatcher("creeren").matches("Creëert een veilige sfeer")).isFalse();
        assertThat(new TextMatcher("creeer").matches("Creëert een veilige sfeer")).isTrue();
        assertThat(new TextMatcher("CRÉËR").matches("creëren")).isTrue();
        assertThat(new TextMatcher("  stage ").matches("Internationale Stage")).isTrue();
    }

    @Test
    void blankQueryIsEmpty() {
        assertThat(new TextMatcher("  ").isEmpty()).isTrue();
    }
}
