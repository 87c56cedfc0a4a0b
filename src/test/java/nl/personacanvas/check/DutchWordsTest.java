package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A correct Dutch word is never taken for a typo of a lexicon word; a teacher's slip still is. */
class DutchWordsTest {
    private static final TextAnalyzer analyzer = CheckFixture.LEXICONS.analyzer;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    private static String stem(String word) {
        return analyzer.analyze(word).words().get(0).stem();
    }

    /** Each word was one edit (a neighbouring key, d/t, a letter left out) from the lexicon word beside it. */
    @ParameterizedTest
    @CsvSource({
        "sport, soort", "sporten, soort", "contract, contact", "integratie, interactie", "politiek, politie",
        "receptie, recept", "dieren, divers", "helft, heft", "hoeft, heft",
        "koopt, klopt", "start, staat", "stal, straal",
        "groen, grens", "terugkomt, terugkomst", "blok, blik"})
    void aRealWordKeepsItsOwnStem(String word, String lexiconWord) {
        assertThat(analyzer.correctedAsTypo(word)).as("without the word list, %s is corrected", word).isTrue();
        assertThat(stem(word)).as(word).isNotEqualTo(stem(lexiconWord));
    }

    /**
     * "stad" (A5) and "overal" ("overal anders") became cue words in session 12 (gen12b), "keurt" an attitude word
     * in session 16 (att16: "keurt ... niet af"): known, so no typo at all.
     */
    @ParameterizedTest
    @CsvSource({"stad, staat", "overal, overhal", "keurt, kleur"})
    void aLexiconWordIsItsOwnWord(String word, String neighbour) {
        assertThat(analyzer.correctedAsTypo(word)).as(word).isFalse();
        assertThat(stem(word)).as(word).isNotEqualTo(stem(neighbour));
    }

    /** The classifier's examples hold "moet", so "moeten" needs no list to stay apart from "moed". */
    @Test
    void moetenIsNotMoed() {
        assertThat(stem("moeten")).isEqualTo(stem("moet")).isNotEqualTo(stem("moed"));
    }

    @ParameterizedTest
    @CsvSource({
        "stagebedijf, stagebedrijf", "stagebedrijg, stagebedrijf", "internatonaal, internationaal",
        "intrnationaal, internationaal", "internationnaal, internationaal", "flexiebel, flexibel",
        "feeback, feedback", "comuniceert, communiceert", "uitwisselling, uitwisseling", "parnters, partners",
        "achtergonden, achtergronden", "accomodatie, accommodatie", "stagaire, stagiair",
        "verassende, verrassende"})
    void aTeachersSlipStillMeetsTheWordMeant(String typo, String meant) {
        assertThat(stem(typo)).as(typo).isEqualTo(stem(meant));
    }

    /** Snowball undoubles only k, d and t; the other doubled consonants meet their word by rule, not as a typo. */
    @Test
    void aDoubledConsonantIsTheSameWord() {
        assertThat(stem("noodgevallen")).isEqualTo(stem("noodgeval"));
        assertThat(stem("cultuurverschil")).isEqualTo(stem("cultuurverschillen"));
        assertThat(stem("tweetallen")).isEqualTo(stem("tweetal"));
    }

    /** "dieren" was the "divers" of diversity, which made looking after farm animals international. */
    @Test
    void aRealWordNearACueAddsNoCue() {
        assertThat(sorter.sort("Verzorgt samen met studenten de dieren op de boerderij", "A2").placement())
                .isEqualTo(Placement.GENERIC);
    }

    /**
     * A people's name is real Dutch, so the typo step no longer brings it to its place's name: the name's start and
     * an ending of peoples make it a cue of its own. Peoples at home stay too general, and so do novels.
     */
    @ParameterizedTest
    @CsvSource({
        "Kenianen, true", "Australiërs, true", "IJslanders, true", "Vietnamese, true", "Brusselaars, true",
        "Scandinaviërs, true", "Colombianen, true", "Maltese, true",
        "Friezen, false", "Nederlanders, false", "Limburgers, false", "Rotterdammers, false", "romanen, false",
        "bakkers, false"})
    void aPeoplesNameIsACueOfItsPlace(String people, boolean international) {
        SortedStatement s = sorter.sort("Werkt op de afdeling samen met " + people, "A2");
        assertThat(s.placement() != Placement.GENERIC).as(people).isEqualTo(international);
    }

    @Test
    void theListHoldsFoldedLowerCaseWordsOnly() {
        assertThat(ResourceText.lines(TextAnalyzer.DUTCH_WORDS)).hasSizeGreaterThan(1000)
                .allMatch(w -> w.matches("[a-z]+"), "lower case letters a-z")
                .contains("sport", "dieren", "contract").doesNotContain("stagebedijf", "flexiebel", "feeback");
    }

    @Test
    void theWordListWasDerivedFromTheLexiconsAsTheyAre() {
        assertThat(DutchWordsFingerprint.recorded())
                .as("dutch-words.txt was derived from other lexicons or rules than the current ones (a new known stem"
                        + " brings other Dutch words within the typo step's reach): run packaging/dutch-words.sh"
                        + " (needs apt-get install wdutch) and commit the list")
                .isEqualTo(DutchWordsFingerprint.current());
    }
}
