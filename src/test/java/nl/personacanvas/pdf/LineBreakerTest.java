package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static DutchHyphenator hyphenator;
    private static Typesetter type;

    @BeforeAll
    static void setUp() {
        hyphenator = DutchHyphenator.bundled();
        type = new Typesetter(FontLibrary.bundled(), hyphenator);
    }

    @Test
    void dutchWordsSplitAtSyllables() {
        assertThat(hyphenator.breakPoints("internationalisering")).containsExactly(2, 5, 7, 9, 10, 12, 14, 16);
        assertThat(hyphenator.breakPoints("stagebedrijf")).containsExactly(3, 5, 7);
        assertThat(hyphenator.breakPoints("ICT-docent")).contains(4);
        assertThat(hyphenator.breakPoints("en")).isEmpty();
    }

    /**
     * The headline's closing "They …" / "Zij …" never leaves the ellipsis alone on a line (session 16's review: Laura's
     * A2 landscape poster ended its first line with "They" and had "…" on the second).
     */
    @Test
    void anEllipsisStaysWithTheWordBeforeIt() {
        String headline = "Laura begeleidt studenten bij een internationale stage. They …";
        float exact = type.width("Laura begeleidt studenten bij een internationale stage. They", true, 22);
        List<String> lines = type.wrap(headline, true, 22, exact + 1);
        assertThat(lines).containsExactly("Laura begeleidt studenten bij een internationale stage.", "They …");
        assertThat(type.wrap("Zij … (vervolg, pagina 2)", false, 11, 400)).containsExactly("Zij … (vervolg, pagina 2)");
    }

    @Test
    void aWordWiderThanTheColumnIsHyphenatedAndNoLineIsTooWide() {
        float width = 90;
        List<String> lines = type.wrap("Het arbeidsmarktinternationaliseringsbeleidsprogramma loopt", false, 11, width);
        assertThat(lines).allSatisfy(l -> assertThat(type.width(l, false, 11)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replace("-", "").replace(" ", ""))
                .isEqualTo("Hetarbeidsmarktinternationaliseringsbeleidsprogrammaloopt");
        assertThat(lines.get(1)).endsWith("-");
        // Every break inside the long word is one the Dutch patterns allow.
        List<Integer> allowed = hyphenator.breakPoints("arbeidsmarktinternationaliseringsbeleidsprogramma");
        int offset = 0;
        for (String line : lines.subList(1, lines.size() - 1)) {
            offset += line.length() - 1;
            assertThat(allowed).contains(offset);
        }
    }

    @Test
    void wordsWrapAtSpacesAndUnbreakableTokensSplitBetweenCharacters() {
        List<String> lines = type.wrap("kort woord", false, 11, 500);
        assertThat(lines).containsExactly("kort woord");
        String url = "https://example.org/" + "x".repeat(80);
        List<String> split = type.wrap(url, false, 11, 100);
        assertThat(split).hasSizeGreaterThan(2);
        assertThat(split).allSatisfy(l -> assertThat(type.width(l, false, 11)).isLessThanOrEqualTo(100));
        assertThat(String.join("", split).replace("-", "")).isEqualTo(url.replace("-", ""));
    }

    @Test
    void tabsNewlinesAndControlCharactersNeverReachTheFont() {
        assertThat(TextCleaner.paragraphs("een\ttwee\r\ndrie\u0007\n\nvier")).containsExactly("een twee", "drie", "vier");
        assertThat(TextCleaner.singleLine("a\nb")).isEqualTo("a b");
    }

    /**
     * A pasted link is printed as it must be typed (pdf30): broken after a slash or before a dot, never with an added
     * hyphen ("htt-ps://", "internatio-naal/" before), and every line within the column.
     */
    @Test
    void aLongLinkBreaksAtItsSlashesAndDotsWithoutHyphens() {
        String link = "https://www.example.org/stageplaatsen/internationaal/".repeat(12).substring(0, 600);
        float width = 150;
        List<String> lines = type.wrap("Zie " + link, false, 9, width);
        assertThat(lines).allSatisfy(l -> assertThat(type.width(l, false, 9)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(link);
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            assertThat(line.endsWith("/") && !line.endsWith("https:/") || next.startsWith("."))
                    .as("break after a slash or before a dot: '%s' | '%s'", line, next).isTrue();
        }
        assertThat(LineBreaker.isLink("www.mbo.nl/stage")).isTrue();
        assertThat(LineBreaker.isLink("arbeidsmarkt/internationalisering")).isFalse();
    }
}
