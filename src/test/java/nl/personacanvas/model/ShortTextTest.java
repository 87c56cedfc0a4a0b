package nl.personacanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void aTextThatFitsIsLeftWhole() {
        assertThat(ShortText.cut("Laura", 5)).isEqualTo("Laura");
        assertThat(ShortText.cut("", 3)).isEmpty();
    }

    @Test
    void aLongerTextIsCutAtItsLastSpaceInTheSecondHalfWithAnEllipsis() {
        assertThat(ShortText.cut("Maria Josefina Alexandra", 17)).isEqualTo("Maria Josefina …");
        assertThat(ShortText.cut("Wolfeschlegelsteinhausenbergerdorff", 10)).as("no space: cut in the word")
                .isEqualTo("Wolfeschle …");
    }

    @Test
    void anEmojiIsNeverSplit() {
        String name = "Noor\uD83C\uDF0D\uD83C\uDF0D\uD83C\uDF0D";
        assertThat(ShortText.cut(name, 5)).isEqualTo("Noor\uD83C\uDF0D …");
    }
}
