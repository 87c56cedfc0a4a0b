package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The audit of word forms for all 17 attitudes of the matrix (docs/checker.md, session 12 syn12): the adjective in
 * several positions, inflected and comparative forms, the noun, verbs, Dutch synonyms and the loanwords teachers
 * use, alone and two together, each in an international situation; and tasks that use such a word for a thing
 * ("Maakt een flexibel rooster", "Organiseert een open dag"), which name no attitude.
 */
class AttitudeWordFormsTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvFileSource(resources = "/check/attitude-word-forms.psv", delimiter = '|')
    void namesTheAttitudeOrNone(String activity, String attitudes, String alsoAllowed, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        if (attitudes.equals("none")) {
            assertThat(sorted.placement()).isNotEqualTo(Placement.ATTITUDE);
            assertThat(sorted.attitudes()).isEmpty();
            return;
        }
        List<String> required = names(attitudes);
        List<String> allowed = new java.util.ArrayList<>(required);
        allowed.addAll(names(alsoAllowed));
        assertThat(sorted.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).containsAll(required);
        assertThat(allowed).containsAll(sorted.attitudes());
    }

    private static List<String> names(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
