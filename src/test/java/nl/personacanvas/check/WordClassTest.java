package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The word classes (speed25) answer as the readers' {@code Set.of} lists they replace: each class holds exactly the
 * words of the list it came from, and a word's bits ({@link Word#classes()}) say for every class what asking the
 * list about the word's surface said, over every word of the studied, blind, own and probe statements, every word of
 * the classes and near misses of them.
 */
class WordClassTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;

    /** The readers' lists as they stood at the start of session 25 (d8a476d9), by reader and field. */
    private static final List<Map.Entry<String, Map.Entry<WordClass, Set<String>>>> FORMER = List.of(
                former("Negation.NEGATIONS", WordClass.NEGATION, "niet", "geen", "nooit"),
                former("AttitudeFeatures.NEGATIONS", WordClass.NEGATION, "niet", "geen", "nooit"),
                former("Clauses.SITUATION", WordClass.SITUATION, "als", "wanneer", "zodra"),
                former("Clauses.LEADING", WordClass.LEADING, "als", "wanneer", "zodra", "voordat", "nadat", "omdat",
                        "indien", "zolang", "terwijl", "hoewel", "mocht", "bij", "tijdens", "na", "toen", "sinds"),
                former("Clauses.JOINS", WordClass.JOINS, "en", "maar", "als", "wanneer", "zodra", "omdat", "doordat",
                        "zodat", "terwijl", "want", "dan"),
                former("ActorDetector.CLAUSE", WordClass.CLAUSE_OPENER, "als", "wanneer", "zodra", "dat", "die",
                        "zodat", "omdat", "doordat", "terwijl", "nadat", "voordat", "waar", "waarin", "waarbij",
                        "waarop", "wie", "of"),
                former("ActorPhrases.DETERMINERS", WordClass.ACTOR_DETERMINER, "de", "het", "een", "onze", "ons",
                        "the", "alle"),
                former("SentenceShape.SUBJECT_PRONOUNS", WordClass.SUBJECT_PRONOUN, "zij", "hij", "ze", "we", "wij",
                        "ik"),
                former("AttitudeRecognizer.REALISING", WordClass.REALISING_AFTER_NAME, "beseft", "besefte",
                        "realiseert", "realiseerde"),
                former("AttitudeRecognizer.ADMITTING", WordClass.ADMITTING, "geeft", "gaf"),
                former("OwnWayRealised.REALISE", WordClass.REALISE, "besef", "beseft", "besefte", "beseften",
                        "realiseer", "realiseert", "realiseerde"),
                former("OwnWayRealised.STARTLED", WordClass.STARTLED, "schrok", "schrik", "schrikt"),
                former("OwnWayRealised.OWN", WordClass.OWN_CULTURE, "eigen", "ons", "onze", "nederlands",
                        "nederlandse", "hollands", "hollandse", "streektaal", "dialect", "twents", "twentse",
                        "brabants", "brabantse", "limburgs", "limburgse", "fries", "friese", "gronings", "groningse",
                        "zeeuws", "zeeuwse", "drents", "drentse", "achterhoeks", "achterhoekse", "sallands",
                        "sallandse"),
                former("BringingTogether.SEEING_TO", WordClass.SEEING_TO, "zorg", "zorgt", "zorgde", "zorgen",
                        "zorgden"),
                former("BringingTogether.GOING_ABOUT", WordClass.GOING_ABOUT, "optrekken", "optrekt", "optrok",
                        "optrokken"),
                former("BringingTogether.MUTUAL", WordClass.MUTUAL, "samen", "elkaar"),
                former("OwnStory.HELD", WordClass.HELD, "vond", "dacht", "zag"),
                former("OwnStory.BEFORE", WordClass.EARLIER, "eerst", "vroeger"),
                former("OwnStory.TELLING", WordClass.TELLING, "vertel", "vertelt", "vertelde", "praat", "praatte"),
                former("GroupsMixed.FREE_SETTING", WordClass.FREE_SETTING, "eten", "maaltijd", "maaltijden", "kantine",
                        "pauze", "tafel", "tafeltje", "tafeltjes", "lunch", "avondeten", "ontbijt"),
                former("GroupsMixed.ORGANISING", WordClass.ORGANISING, "organiseert", "organiseer", "organiseren",
                        "organiseerde", "regelt", "regel", "regelen", "regelde", "plant", "plannen", "plande",
                        "tafelschikking", "programma"),
                former("GroupsMixed.APART", WordClass.APART, "hoekje", "kliekje", "kliekjes", "kampen"),
                former("GroupsMixed.MIXING", WordClass.MIXING, "mixt", "mixte", "mixen", "mengt", "mengde", "mengen"),
                former("GroupsMixed.OWN_GROUP", WordClass.OWN_GROUP, "bubbel", "groepje", "groepjes"),
                former("GroupsMixed.SEATING", WordClass.SEATING, "zet", "zetten", "zette", "zit", "zitten", "zat",
                        "zaten", "schuift", "schuiven", "schoof"),
                former("NewsActedOn.NEWS", WordClass.NEWS, "las", "lees", "leest", "lazen", "hoorde", "hoor", "hoort",
                        "hoorden"),
                former("NewsActedOn.AT_ONCE", WordClass.AT_ONCE, "meteen", "gelijk", "zelf", "diezelfde",
                        "onmiddellijk"),
                former("NewsActedOn.LESSON", WordClass.NEWS_LESSON, "les", "lessen", "klas", "groep", "groepjes",
                        "tweetallen", "studenten", "leerlingen", "cursisten"),
                former("WatchingOut.WATCH", WordClass.WATCH, "let", "letten", "lette", "lettend"),
                former("WatchingOut.ON", WordClass.WATCH_ON, "op", "erop"),
                former("WatchingOut.DROPPING_OUT", WordClass.DROPPING_OUT, "afhaakt", "afhaken", "stil", "stiller",
                        "alleen", "afzondert", "buiten", "eenzaam", "achterblijft", "kant", "drinkt"),
                former("WatchingOut.LESSON", WordClass.WATCH_LESSON, "les", "lessen", "woord", "groepjes",
                        "tweetallen", "duo's"),
                former("TeacherReached.CONTACT", WordClass.CONTACT, "app", "appt", "appte", "appten", "appen", "bel",
                        "belt", "belde", "belden", "bellen", "mail", "mailt", "mailde", "mailden", "mailen",
                        "aankloppen", "storen"),
                former("TeacherReached.KNOCK", WordClass.KNOCK, "klop", "klopt", "klopte", "klopten", "kloppen"),
                // New in session 26 (att26b), no list replaced: the classes' words as the readers were written.
                former("CuriosityMadeLesson (curious)", WordClass.CURIOUS, "nieuwsgierig", "benieuwd"),
                former("CuriosityMadeLesson (making)", WordClass.MAKING_PRODUCT, "maak", "maakt", "maakte", "maakten",
                        "gemaakt", "schrijf", "schrijft", "schreef", "geschreven", "ontwerp", "ontwerpt", "ontwierp",
                        "ontworpen", "bedenk", "bedenkt", "bedacht"),
                former("BroughtTogether (bringing)", WordClass.BRINGING, "breng", "brengt", "bracht", "brachten",
                        "gebracht"));

    private static Map.Entry<String, Map.Entry<WordClass, Set<String>>> former(String field, WordClass c,
                                                                              String... words) {
        return Map.entry(field, Map.entry(c, Set.of(words)));
    }

    @Test
    void eachClassHoldsTheWordsOfTheListItReplaces() {
        Set<WordClass> covered = new HashSet<>();
        for (var former : FORMER) {
            WordClass c = former.getValue().getKey();
            assertThat(c.words()).as(former.getKey()).isEqualTo(former.getValue().getValue());
            covered.add(c);
        }
        assertThat(covered).containsExactlyInAnyOrder(WordClass.values());
    }

    @Test
    void theClassesFitInOneLongWithABitEach() {
        assertThat(WordClass.values().length).isLessThanOrEqualTo(Long.SIZE);
        long all = 0;
        for (WordClass c : WordClass.values()) {
            assertThat(Long.bitCount(c.bit())).isEqualTo(1);
            assertThat(all & c.bit()).isZero();
            all |= c.bit();
        }
    }

    @Test
    void aWordsBitsAnswerAsTheListsDidOverLabelledStatements() throws IOException {
        List<String> texts = new ArrayList<>(ReadableStatements.texts());
        assertThat(texts).hasSizeGreaterThan(2000);
        for (WordClass c : WordClass.values()) {
            for (String w : c.words()) {
                // the word itself, capitalised, accented, inside a longer word, cut short
                texts.add(w + " " + capitalised(w) + " " + w + "e " + w.substring(0, w.length() - 1) + " x" + w);
            }
        }
        texts.add("Zorgt dat de groepjes NIET één keer sámen aan tafel zitten; dúo's bellen.");
        int[] members = new int[WordClass.values().length];
        Set<String> surfaces = new HashSet<>();
        for (String text : texts) {
            for (Word word : lexicons.analyzer.analyze(text).words()) {
                surfaces.add(word.surface());
                for (WordClass c : WordClass.values()) {
                    boolean listed = c.words().contains(word.surface());
                    assertThat(word.is(c)).as(c + " " + word.surface()).isEqualTo(listed);
                    members[c.ordinal()] += listed ? 1 : 0;
                }
                assertThat(word.classes()).isEqualTo(WordClass.of(word.surface()));
            }
        }
        assertThat(surfaces).hasSizeGreaterThan(5000);
        // Every class is met as a word of some statement, so every bit is compared both ways.
        assertThat(Arrays.stream(members).filter(m -> m == 0).count()).as(Arrays.toString(members)).isZero();
    }

    /**
     * {@link RegardWords}' gate bits, kept per word of its lexicon instance, answer as its lists of
     * {@code person-regard.txt}: a word listed as a person, noticing, asking or people has the bit, a simple word not
     * listed has none (a compound may still be a person by its last part, "BBL-stagiair").
     */
    @Test
    void personRegardsGateBitsAnswerAsItsLists() throws IOException {
        Map<String, List<String>> sections = Sections.read("person-regard.txt");
        RegardWords regard = lexicons.regard.words();
        List<String> texts = new ArrayList<>(ReadableStatements.texts());
        for (String section : List.of("person", "noticing", "asking", "people")) {
            texts.add(String.join(" ", sections.get(section)));
        }
        int[] found = new int[4];
        for (String text : texts) {
            for (Word w : lexicons.analyzer.analyze(text).words()) {
                int bits = regard.classesOf(w);
                boolean person = sections.get("person").contains(w.surface());
                assertThat((bits & 1) != 0).as(w.surface()).isEqualTo(person || (bits & 1) != 0 && !w.parts().isEmpty());
                assertThat((bits & 2) != 0).as(w.surface()).isEqualTo(sections.get("noticing").contains(w.surface()));
                assertThat((bits & 4) != 0).as(w.surface()).isEqualTo(sections.get("asking").contains(w.surface()));
                assertThat((bits & 8) != 0).as(w.surface()).isEqualTo(sections.get("people").contains(w.surface()));
                for (int b = 0; b < 4; b++) {
                    found[b] += (bits & 1 << b) != 0 ? 1 : 0;
                }
            }
        }
        assertThat(Arrays.stream(found).filter(n -> n == 0).count()).as(Arrays.toString(found)).isZero();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
