package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private static final TextAnalyzer analyzer = CheckFixture.LEXICONS.analyzer;

    private static String stem(String word) {
        return analyzer.analyze(word).words().get(0).stem();
    }

    @Test
    void compoundsYieldTheirParts() {
        assertThat(analyzer.analyze("stagebedrijf").stems()).contains(stem("stage"), stem("bedrijf"));
        assertThat(analyzer.analyze("leeruitkomsten").stems()).contains(stem("uitkomst"));
        assertThat(analyzer.analyze("stagebedrijven").stems()).contains(stem("stage"), stem("bedrijf"));
        assertThat(analyzer.analyze("studentenadministratie").stems()).contains(stem("administratie"));
        assertThat(analyzer.analyze("bedrijfscultuur").stems()).contains(stem("cultuur"));
    }

    @Test
    void verbFormsMeetTheInfinitive() {
        assertThat(stem("begeleidt")).isEqualTo(stem("begeleiden"));
        assertThat(stem("ontwikkelt")).isEqualTo(stem("ontwikkelen"));
        assertThat(stem("coacht")).isEqualTo(stem("coachen"));
    }

    @Test
    void diminutivesMeetTheirBase() {
        assertThat(stem("opdrachtje")).isEqualTo(stem("opdracht"));
        assertThat(stem("groepjes")).isEqualTo(stem("groep"));
    }

    @Test
    void smallTyposMeetTheKnownWord() {
        assertThat(stem("feeback")).isEqualTo(stem("feedback"));
        assertThat(stem("interculturle")).isEqualTo(stem("interculturele"));
        assertThat(stem("stagair")).isEqualTo(stem("stagiair"));
        assertThat(stem("ondersteinen")).as("a neighbouring key").isEqualTo(stem("ondersteunen"));
    }

    /** A letter struck for one far away on the keyboard is no slip: the word is another word. */
    @Test
    void anotherWordIsNoTypo() {
        assertThat(stem("voegt")).isNotEqualTo(stem("voelt"));
        assertThat(EditDistance.bounded("voegt", "voelt", 1)).isEqualTo(2);
        assertThat(EditDistance.bounded("voeld", "voelt", 1)).as("d/t").isEqualTo(1);
        assertThat(EditDistance.bounded("voelr", "voelt", 1)).as("r is next to t").isEqualTo(1);
        assertThat(EditDistance.bounded("veolt", "voelt", 1)).as("swapped").isEqualTo(1);
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(stem("Creëren")).isEqualTo(stem("creeren"));
        assertThat(stem("BUITENLAND")).isEqualTo(stem("buitenland"));
    }

    @Test
    void englishLoanwordsMapOntoTheDutchTerm() {
        assertThat(analyzer.analyze("learning outcomes").stems()).containsExactlyElementsOf(
                analyzer.analyze("leeruitkomsten").stems());
        assertThat(analyzer.analyze("open-minded").stems()).containsExactly("openminded");
    }

    @Test
    void synonymsApplyWhereverTheirFirstWordStandsAndOnlyThere() {
        // Texts without a synonym rule's first word skip the synonym filter; these must still map.
        assertThat(analyzer.analyze("Formuleert samen de learning outcomes voor de stage").stems())
                .contains(stem("leeruitkomsten")).doesNotContain(stem("learning"), stem("outcomes"));
        assertThat(analyzer.analyze("Zoekt een host country voor de stage").stems()).contains(stem("gastland"));
        assertThat(analyzer.analyze("Werkt met studenten").stems()).containsExactly(stem("werkt"), stem("studenten"));
    }

    @Test
    void phrasesMatchWithASeparatedParticle() {
        Phrase phrase = analyzer.phrase("stemt ... af");
        assertThat(analyzer.analyze("Stemt de interculturele dimensies van het onderwijs af met collega's")
                .contains(phrase)).isTrue();
        assertThat(analyzer.analyze("Stemt in met het plan").contains(phrase)).isFalse();
    }
}
