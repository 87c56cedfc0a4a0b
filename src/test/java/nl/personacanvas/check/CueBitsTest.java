package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cue bits (speed26) only turn away what cannot be read: a word's bits say which registered sets hold its surface,
 * {@link SurfacePatterns} and {@link WarmScene} answer with the statement's bits as with every bit set (nothing turned
 * away), over every studied, blind, own and probe statement, and the warm scenes' sets all get a bit of their own.
 */
class CueBitsTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final Map<String, List<String>> SCENES = Sections.read(WarmScene.RESOURCE);

    private static List<List<Word>> statements() throws IOException {
        List<String> texts = new ArrayList<>(ReadableStatements.texts());
        // Sentences of each warm scene and of its look-alike tasks, written for these tests.
        texts.addAll(List.of(
                "Toen de leerling stil bleef, heb ik hem na de les gevraagd hoe het met hem ging",
                "Belt elke vrijdag met de leerlingen en vraagt hoe het gaat met het logboek",
                "Als een garage mijn leerling weigert, haal ik mijn schouders op en mail ik de volgende",
                "Ontwerpt een les waarin studenten oefenen hoe je je schouders ophaalt",
                "Bus valt uit? Dan gewoon plan B, met de trein",
                "Ik heb me door een Poolse leerling laten uitleggen hoe je een dakgoot soldeert",
                "Laat studenten door elkaar uitleggen hoe een meterkast eruitziet",
                "Ben ik naast haar gaan zitten en heb ik geluisterd",
                "Ik ben bij de vader aan de keukentafel gaan zitten",
                "Drinkt bij het bezoek gewoon koffie mee met de stagiairs",
                "Organiseert een lunch waarbij hij bij de ouders aan tafel gaat zitten",
                "Ik ben overgestapt op 'meneer Peeters'",
                "Oefent in de les het overstappen op u met een rollenspel",
                "Ik vraag de collega hoe zij inwerkt, daar steek ik zelf veel van op",
                "Vraagt de school hoe zij het doen en neemt het rooster over"));
        List<List<Word>> statements = new ArrayList<>();
        for (String text : texts) {
            statements.add(lexicons.analyzer.analyze(text).words());
        }
        return statements;
    }

    @Test
    void aSetKeepsItsBitAndASetPastTheSixtyFourthSharesAnEarlierOnesBit() {
        CueBits cues = new CueBits();
        Set<Long> bits = new HashSet<>();
        for (int i = 0; i < Long.SIZE; i++) {
            long bit = cues.bit(Set.of("w" + i));
            assertThat(Long.bitCount(bit)).isEqualTo(1);
            bits.add(bit);
        }
        assertThat(bits).hasSize(Long.SIZE);
        assertThat(cues.bit(Set.of("w7"))).isEqualTo(1L << 7);
        // Past the 64th, round again (session 29): the 65th set has the first one's bit, the 66th the second's.
        assertThat(cues.bit(Set.of("w64"))).isEqualTo(1L);
        assertThat(cues.bit(Set.of("w65"))).isEqualTo(1L << 1);
        assertThat(cues.bit(Set.of("w65"))).isEqualTo(1L << 1);
        // A word of either set gives the statement the shared bit: a gate needing it lets both through.
        List<Word> words = lexicons.analyzer.analyze("w65 w5").words();
        assertThat(cues.of(words)).isEqualTo(1L << 1 | 1L << 5);
        assertThat(cues.of(lexicons.analyzer.analyze("w1").words())).isEqualTo(1L << 1);
        assertThat(CueBits.all(1L << 3 | 1L << 4, 1L << 3)).isFalse();
    }

    /**
     * The readings of a data file with more sets than bits (shown conduct's over two hundred) read every statement as
     * with every bit set, and each reads something somewhere.
     */
    @Test
    void readingsWithSharedBitsReadAsWithout() throws IOException {
        int conducts = 0;
        int stances = 0;
        for (List<Word> words : statements()) {
            AnalyzedText text = new AnalyzedText("test", words);
            ShownConduct.Kind conduct = lexicons.shownConduct.read(text);
            assertThat(conduct).as("%s", words).isEqualTo(lexicons.shownConduct.read(text, CueBits.ALL));
            HeldStance.Kind stance = lexicons.stances.read(text);
            assertThat(stance).as("%s", words).isEqualTo(lexicons.stances.read(text, CueBits.ALL));
            conducts += conduct == null ? 0 : 1;
            stances += stance == null ? 0 : 1;
        }
        assertThat(conducts).isPositive();
        assertThat(stances).isPositive();
    }

    @Test
    void aStatementsBitsAreTheSetsItsWordsBelongTo() throws IOException {
        CueBits cues = new CueBits();
        List<Set<String>> sets = new ArrayList<>();
        for (List<String> section : SCENES.values()) {
            Set<String> words = new HashSet<>();
            section.forEach(line -> words.add(line.split("[\\s|]+")[0]));
            sets.add(Set.copyOf(words));
        }
        List<Long> bits = new ArrayList<>();
        sets.forEach(s -> bits.add(cues.bit(s)));
        int present = 0;
        for (List<Word> words : statements()) {
            long expected = 0L;
            for (int i = 0; i < sets.size(); i++) {
                for (Word w : words) {
                    if (sets.get(i).contains(w.surface())) {
                        expected |= bits.get(i);
                    }
                }
            }
            assertThat(cues.of(words)).as("%s", words).isEqualTo(expected);
            present += expected != 0 ? 1 : 0;
        }
        assertThat(present).isGreaterThan(100);
    }

    /** A word of several sets has all their bits, a set registered again adds none (one look-up per word, speed28). */
    @Test
    void aWordOfSeveralSetsHasTheBitOfEach() {
        CueBits cues = new CueBits();
        long learners = cues.bit(Set.of("leerling", "student", "stagiair"));
        long asked = cues.bit(Set.of("vraagt", "student"));
        long again = cues.bit(Set.of("stagiair", "student", "leerling"));
        assertThat(again).isEqualTo(learners);
        List<Word> words = lexicons.analyzer.analyze("Vraagt de student hoe het gaat").words();
        assertThat(cues.of(words)).isEqualTo(learners | asked);
        assertThat(cues.of(lexicons.analyzer.analyze("Belt de stagiair").words())).isEqualTo(learners);
        assertThat(cues.of(lexicons.analyzer.analyze("Plant de les").words())).isZero();
    }

    @Test
    void patternsAnswerWithTheBitsAsWithout() throws IOException {
        CueBits cues = new CueBits();
        List<SurfacePatterns> patterns = new ArrayList<>();
        for (String section : List.of("shrugged off", "plan b", "sat beside", "sat at their table", "coffee shared",
                "address changed", "adopted")) {
            patterns.add(new SurfacePatterns(SCENES.get(section), cues));
        }
        List<List<Word>> statements = statements();
        int found = 0;
        int turnedAway = 0;
        for (List<Word> words : statements) {
            long present = cues.of(words);
            for (SurfacePatterns p : patterns) {
                for (int from = 0; from <= words.size(); from += 3) {
                    boolean ungated = p.in(words, from, CueBits.ALL);
                    // Described by a format, made only on a failure: building the words' text eagerly, some 200,000
                    // times, was three-quarters of this class's CPU time (docs/benchmarks.md, ci28).
                    assertThat(p.in(words, from, present)).as("%s from %d", words, from).isEqualTo(ungated);
                    found += ungated ? 1 : 0;
                }
                boolean mayOccur = p.mayOccur(present);
                assertThat(mayOccur || !p.in(words, CueBits.ALL)).isTrue();
                turnedAway += mayOccur ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(10);
        assertThat(turnedAway).isGreaterThan(statements.size() * patterns.size() / 2);
    }

    @Test
    void warmScenesAreReadWithTheBitsAsWithout() throws IOException {
        WarmScene scenes = lexicons.warmScenes;
        Set<List<String>> read = new HashSet<>();
        int taught = 0;
        for (String text : ReadableStatements.texts()) {
            AnalyzedText analyzed = lexicons.analyzer.analyze(text);
            List<String> ungated = scenes.read(analyzed, CueBits.ALL);
            assertThat(scenes.read(analyzed)).as(text).isEqualTo(ungated);
            boolean taughtUngated = scenes.taughtByLearners(analyzed, CueBits.ALL);
            assertThat(scenes.taughtByLearners(analyzed)).as(text).isEqualTo(taughtUngated);
            read.add(ungated);
            taught += taughtUngated ? 1 : 0;
        }
        // Every reading answered somewhere: empathisch, veerkrachtig, flexibel, lerende houding, open-minded,
        // verbindend, benaderbaar, cultureel sensitief.
        assertThat(read).contains(List.of(), WellbeingAsked.ATTITUDES, AskedAndAdopted.ATTITUDES,
                AddressChanged.ATTITUDES, List.of("veerkrachtig"), List.of("flexibel", "veerkrachtig"));
        assertThat(read.size()).isGreaterThanOrEqualTo(7);
        assertThat(taught).isPositive();
    }

    @Test
    void theWarmScenesSetsAllGetABit() {
        CueBits cues = new CueBits();
        LearnerWords learners = new LearnerWords(SCENES.get("learners"));
        new WellbeingAsked(SCENES, cues);
        new SetbackShrugged(SCENES, cues);
        new TaughtByLearners(SCENES, learners, cues);
        new SatWith(SCENES, learners, cues);
        new AddressChanged(SCENES, cues);
        new AskedAndAdopted(SCENES, cues);
        assertThat(cues.bit(Set.of("a set of no reading"))).isNotZero();
    }
}
