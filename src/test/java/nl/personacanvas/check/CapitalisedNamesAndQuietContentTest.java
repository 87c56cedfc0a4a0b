package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 20 (gen20): names abroad that are also Dutch words count only when written with a capital (Luik, Kiel,
 * Polen, Hamburgers; "het luik", "de kiel", "twee polen", "hamburgers bakken" stay too general); and quiet
 * international content by class: pork in a compound, alcohol beside a recipe, a cuisine among others, the country
 * something comes from asked, Dutch not spoken, a name in the other country's own language. And compound parts that
 * are no cue: "gebed" across the seam of stage|bedrijf, an animal shelter, a background colour, a cell culture, the
 * diversity of species. Sentences written for this test, none from an evaluation set.
 */
class CapitalisedNamesAndQuietContentTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Laat studenten het luik naar de zolder controleren",
        "A2|Laat studenten de kiel van de sloep schuren",
        "A2|Laat studenten hamburgers grillen in de kantine",
        "A2|Legt uit waarom de aarde twee polen heeft",
        "A2|Laat studenten een pilsener tappen in de schoolbar",
        "A2|Laat studenten de varkens in de stal wegen",
        "A2|Bespreekt met de klas wat alcohol met je rijvaardigheid doet",
        "A2|Laat studenten de keuken van de kantine schoonmaken",
        "A2|Bezoekt elke student op zijn stagebedrijf",
        "A2|Laat studenten bij een garagebedrijf de remmen vervangen",
        "A2|Laat studenten de honden in het dierenasiel uitlaten",
        "A2|Laat studenten de achtergrondkleur van de folder kiezen",
        "A2|Geeft achtergrondinformatie bij de nieuwe opdracht",
        "A2|Laat studenten een celcultuur onder de microscoop bekijken",
        "A2|Laat studenten de biodiversiteit in de schooltuin tellen",
        "A2|Oefent perspectieftekenen met een liniaal",
    })
    void everydayWordsStayTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4|Zoekt een stageplaats bij een drukkerij in Luik",
        "A5|Bezoekt met de klas de scheepswerf in Kiel",
        "A4|Regelt een stage in Polen voor twee lassers",
        "A2|Werkt op de bouw samen met twee Polen",
        "A2|Laat een groep Hamburgers de werkplaats zien",
        "A2|Bespreekt welke snoepjes varkensgelatine bevatten",
        "A2|Laat studenten een lunch zonder varkensproducten samenstellen",
        "A1|Laat studenten kijken hoe ze omgaan met alcohol in recepten voor de kantine",
        "A1|Laat studenten proeven hoe scherp eten in elke keuken anders is",
        "A2|Laat studenten uitzoeken in welk land hun telefoon gemaakt is",
        "A2|Oefent een werkinstructie voor collega's zonder Nederlands",
        "A2|Laat studenten translanguaging toepassen in de groepsopdracht",
        "A2|Laat studenten een advertentie in de Deutsche Zeitung lezen",
        "A2|Bespreekt met de klas de enige Nederlander in een Duits team",
        "A2|Zegt tegen studenten dat zijn beeld van een goede kapper best Hollands is",
        "A2|Richt een gebedsruimte in op de stagelocatie",
        "A2|Bespreekt de asielprocedure met de klas",
        "A2|Houdt rekening met de migratieachtergrond van studenten",
        "A2|Oefent perspectiefwisseling in gesprekken met klanten",
        "A2|Bespreekt de bedrijfscultuur op de stageplek",
        "A2|Bespreekt de taaldiversiteit in de klas",
        "A2|Bespreekt met collega's hoe monocultureel hun team is",
        "A4|Spreekt met het stagebedrijf af welke taken de stagiair krijgt",
    })
    void quietInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @Test
    void aCapitalAnywhereInTheTextDecides() {
        assertThat(WrittenText.capitalised("Stage in Luik.", "luik")).isTrue();
        assertThat(WrittenText.capitalised("Luik: een stad", "luik")).isTrue();
        assertThat(WrittenText.capitalised("Opent het luik.", "luik")).isFalse();
        assertThat(WrittenText.capitalised("Opent de Luiken.", "luik")).isFalse();
    }

    /**
     * The probes of this session (own words, sectors of their own), each batch written and measured before the
     * changes it led to. First batch ({@code probes/gen20-probes.jsonl}, 48 tasks, 38 controls): on 92e76c8 12 tasks
     * were called too general and 25 controls kept too general; here 3 and 36. Second batch
     * ({@code probes/gen20-probes-2.jsonl}, 30 tasks, 18 controls): 1 and 18 before its change, here 0 and 18. The
     * levels hold what was measured here.
     */
    @ParameterizedTest
    @CsvSource({"gen20-probes.jsonl, 86, 3, 36", "gen20-probes-2.jsonl, 48, 0, 18"})
    void probesHoldTheirMeasuredLevel(String file, int size, int tasksTooGeneral, int controlsKept) throws Exception {
        List<LabelledStatement> probes;
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/check/probes/" + file)), StandardCharsets.UTF_8)) {
            probes = new LabelledStatementReader().read(r);
        }
        assertThat(probes).hasSize(size);
        Evaluation.PrecisionRecall generic = Evaluation.run(probes, sorter).perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("tasks called too general")
                .isLessThanOrEqualTo(tasksTooGeneral);
        assertThat(generic.truePositives()).as("controls kept too general").isGreaterThanOrEqualTo(controlsKept);
    }
}
