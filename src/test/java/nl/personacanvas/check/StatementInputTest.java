package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StatementInputTest {

    @Test
    void textHasOneStatementPerLineWithoutBulletsOrBlanks() throws Exception {
        assertThat(StatementInput.lines(new StringReader("- Is flexibel\n\n  • Kan goed plannen  \nRegelt stages\n")))
                .containsExactly("Is flexibel", "Kan goed plannen", "Regelt stages");
    }

    @Test
    void csvUsesTheTextColumnWhenThereIsOne() throws Exception {
        String csv = "nr;text;auteur\n1;\"Coacht op afstand; ook 's avonds\";Kim\n2;Is flexibel;Ali\n";
        assertThat(StatementInput.csv(new StringReader(csv)))
                .containsExactly("Coacht op afstand; ook 's avonds", "Is flexibel");
    }

    @Test
    void csvWithoutTextHeaderUsesTheFirstColumn() throws Exception {
        String csv = "\"Zegt \"\"hallo\"\" in het Engels\",x\nIs flexibel,y\n";
        assertThat(StatementInput.csv(new StringReader(csv)))
                .containsExactly("Zegt \"hallo\" in het Engels", "Is flexibel");
        assertThat(StatementInput.isCsv("notes.CSV")).isTrue();
        assertThat(StatementInput.isCsv("notes.txt")).isFalse();
    }
}
