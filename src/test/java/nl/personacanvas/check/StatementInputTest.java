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

    /**
     * Session 21: a spreadsheet writes a cell of several lines (Alt+Enter) as one quoted field over several lines. It
     * was read line by line: the note fell apart into statements, and with the text column not the first its later
     * lines were dropped without a word.
     */
    @Test
    void aCellOfSeveralLinesIsOneStatementAndNoLineOfItIsLost() throws Exception {
        String csv = "nr;text;auteur\r\n1;\"Zij belt de student wekelijks.\r\nOok in het weekend;\r\nals het moet.\";Kim\r\n"
                + "2;Is flexibel;Ali\r\n";
        assertThat(StatementInput.csv(new StringReader(csv)))
                .containsExactly("Zij belt de student wekelijks. Ook in het weekend; als het moet.", "Is flexibel");
        assertThat(StatementInput.csv(new StringReader("\"Eerste regel\nTweede regel\",x\n\nDerde,y")))
                .containsExactly("Eerste regel Tweede regel", "Derde");
    }

    /** Session 21: a Dutch panel heads its column "Tekst" or "Stelling"; the first column (numbers) was taken. */
    @Test
    void aDutchHeaderNamesTheColumnOfTheStatements() throws Exception {
        assertThat(StatementInput.csv(new StringReader("Nr;Stelling;Wie\n1;Is nieuwsgierig;Kim\n")))
                .containsExactly("Is nieuwsgierig");
        assertThat(StatementInput.csv(new StringReader("Nr,Tekst\n1,Regelt stages\n"))).containsExactly("Regelt stages");
    }

    /** Names and notes in emoji, Arabic and combining characters come through as they were written. */
    @Test
    void emojiArabicAndCombiningCharactersComeThroughUnchanged() throws Exception {
        String zoe = "Zoe\u0308 \uD83D\uDC69\uD83C\uDFFD\u200D\uD83C\uDFEB belt \u0639\u0627\u0626\u0634\u0629 in Sa\u0303o Paulo";
        assertThat(StatementInput.csv(new StringReader("text\n\"" + zoe + "\"\n"))).containsExactly(zoe);
        assertThat(StatementInput.lines(new StringReader(zoe + "\n"))).containsExactly(zoe);
    }
}
