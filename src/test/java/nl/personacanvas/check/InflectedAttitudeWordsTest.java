package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix's attitude words in their inflected forms (attributive -e, comparative -er, superlative -st/-ste, the
 * noun where the lexicon lists one) name their attitude, and reach the base form's stem by an inflection rule, not
 * by the typo step: once the words of the labelled sets were made plain words of the analyser (never a typo),
 * "proactieve", "creatieve", "sensitieve" no longer met "proactief", "creatief", "sensitief". Sentences written for
 * this test.
 */
class InflectedAttitudeWordsTest {
    /** attitude, base form, attributive, comparative, superlative, noun ("-" where there is none). */
    private static final String[][] FORMS = {
        {"flexibel", "flexibel", "flexibele", "flexibeler", "flexibelste", "flexibiliteit"},
        {"cultureel sensitief", "cultureel sensitief", "cultureel sensitieve", "cultureel sensitiever",
            "cultureel sensitiefste", "-"},
        {"cultureel zelfbewust", "cultureel zelfbewust", "cultureel zelfbewuste", "cultureel zelfbewuster",
            "cultureel zelfbewustste", "zelfbewustzijn"},
        {"empathisch", "empathisch", "empathische", "empathischer", "empathischste", "empathie"},
        {"nieuwsgierig", "nieuwsgierig", "nieuwsgierige", "nieuwsgieriger", "nieuwsgierigste", "nieuwsgierigheid"},
        {"open", "open", "open", "opener", "openste", "openheid"},
        {"verbindend", "verbindend", "verbindende", "-", "-", "-"},
        {"proactief", "proactief", "proactieve", "proactiever", "proactiefste", "-"},
        {"creatief", "creatief", "creatieve", "creatiever", "creatiefste", "creativiteit"},
        {"benaderbaar", "benaderbaar", "benaderbare", "benaderbaarder", "benaderbaarste", "-"},
        {"veerkrachtig", "veerkrachtig", "veerkrachtige", "veerkrachtiger", "veerkrachtigste", "veerkracht"},
        {"alert", "alert", "alerte", "alerter", "alertste", "alertheid"},
        {"daadkrachtig", "daadkrachtig", "daadkrachtige", "daadkrachtiger", "daadkrachtigste", "daadkracht"},
        {"ondernemend", "ondernemend", "ondernemende", "ondernemender", "ondernemendste", "-"},
        {"zelfvertrouwen in complexe situaties", "zelfverzekerd", "zelfverzekerde", "zelfverzekerder",
            "zelfverzekerdste", "zelfvertrouwen"},
    };
    private static final String SITUATION = "bij de uitwisseling met een school in Spanje";

    private static final StatementSorter sorter = CheckFixture.SORTER;

    /** Every form in sentences shaped as an attitude, plus the two attitudes that are no adjective. */
    static Stream<Arguments> sentences() {
        List<Arguments> result = new ArrayList<>();
        for (String[] f : FORMS) {
            String attitude = f[0];
            result.add(Arguments.of(attitude, "Is " + f[1] + " " + SITUATION));
            result.add(Arguments.of(attitude, "Een " + f[2] + " docent " + SITUATION));
            if (!f[3].equals("-")) {
                result.add(Arguments.of(attitude, "Is " + f[3] + " dan vroeger " + SITUATION));
                result.add(Arguments.of(attitude, "Een " + f[3] + "e docent dan vroeger " + SITUATION));
                result.add(Arguments.of(attitude, "Is de " + f[4] + " van het team " + SITUATION));
                String superlative = f[4].substring(0, f[4].length() - 1);
                result.add(Arguments.of(attitude, "Is het " + superlative + " als de uitwisseling met Spanje vastloopt"));
            }
            if (!f[5].equals("-")) {
                result.add(Arguments.of(attitude, "Toont " + f[5] + " " + SITUATION));
            }
        }
        result.add(Arguments.of("open-minded", "Is open-minded " + SITUATION));
        result.add(Arguments.of("open-minded", "Een openminded docent " + SITUATION));
        result.add(Arguments.of("lerende houding", "Heeft een lerende houding " + SITUATION));
        result.add(Arguments.of("lerende houding", "Een lerende docent " + SITUATION));
        return result.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void inflectedFormNamesItsAttitude(String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, "A4");
        assertThat(sorted.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).contains(attitude);
    }

    /**
     * The mechanism itself: an analyser whose vocabulary is the base forms and whose plain words are the labelled
     * sets' texts and every inflected form (words the typo step must leave alone) still reads each form as its
     * base form's stem, so the rules, not the typo step, do it.
     */
    @Test
    void inflectedFormsMeetTheirBaseByRuleEvenWhenPlain() {
        List<String> bases = new ArrayList<>();
        List<String> plain = new ArrayList<>(LabelledTraining.load().stream().map(LabelledStatement::text).toList());
        List<String[]> pairs = new ArrayList<>();
        for (String[] f : FORMS) {
            String base = lastWord(f[1]);
            bases.add(base);
            List<String> forms = f[3].equals("-") ? List.of(f[2])
                    : List.of(f[2], f[3], f[3] + "e", f[4], f[4].substring(0, f[4].length() - 1));
            for (String form : forms) {
                plain.add(lastWord(form));
                pairs.add(new String[] {base, lastWord(form)});
            }
        }
        TextAnalyzer analyzer = TextAnalyzer.create(bases, plain);
        for (String[] pair : pairs) {
            assertThat(stem(analyzer, pair[1])).as(pair[1]).isEqualTo(stem(analyzer, pair[0]));
        }
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    private static String stem(TextAnalyzer analyzer, String word) {
        return analyzer.analyze(word).words().get(0).stem();
    }
}
