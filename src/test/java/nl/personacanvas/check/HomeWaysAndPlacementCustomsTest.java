package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (`gen26`): false "too general" on content that is international by what it names, not by a country: the
 * students' relatives and family by any possessive (A1), the parents' land by any possessive, the guest or client named
 * as the Dutch one, help declined from someone of the other sex, the placement's directness and shoes off at a client's
 * home (A3-A5), the quiet students' own experience heard (A1), a custom that differs inside a compound after "andere"
 * ({@link CustomsInACompound}); and their look-alikes that stay too general. The sentences are my own, none from a
 * labelled set.
 */
class HomeWaysAndPlacementCustomsTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Laat studenten in tweetallen navragen hoe hun grootouders vroeger het huishouden deden",
        "A1 | Maakt een presentatieopdracht over een gerecht dat haar familie op zondag eet",
        "A2 | Laat een student vertellen hoe in het land van zijn ouders een kapsalon eruitziet",
        "A2 | Bespreekt met de groep waarom een Nederlandse bezoeker liever niet wordt aangeraakt",
        "A3 | Praat na over een cliënt die alleen door een vrouwelijke stagiaire gedoucht wilde worden",
        "A3 | Helpt een stagiaire die zich gekwetst voelt door de directe opmerkingen van haar chef",
        "A4 | Bespreekt met een stagiair waarom hij bij gastgezinnen steeds zijn schoenen moet uittrekken",
        "A1 | Zet een kletspot in zodat ook de stille leerlingen hun ervaring met werken in de winkel vertellen",
        "A2 | Oefent met de klas een gesprek met een klant die andere schoonheidsrituelen gewend is",
        "A3 | Laat de stagiaire uitzoeken wat een gezin met andere rouwgebruiken van de uitvaartverzorger verwacht",
    })
    void contentOfHomeOrPlacementIsNotTooGeneral(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Mailt de ouders van studenten onder de achttien over de rapportvergadering",
        "A2 | Geeft direct feedback op het werkstuk van een student",
        "A3 | Bespreekt met de stagiair wat zijn werkbegeleider van zijn verslag vond",
        "A3 | Plant een vrouwelijke stagiaire in op de ochtenddienst",
        "A3 | Controleert of de stagiairs hun veiligheidsschoenen aan hebben",
        "A1 | Geeft de stille studenten in de les wat meer tijd om na te denken",
        "A1 | Bij ons op school werken we met een vast rooster per periode",
        "A2 | Laat de studenten andere kniptechnieken op een oefenhoofd proberen",
    })
    void theirLookAlikesStayTooGeneral(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    /**
     * The probes ({@code probes/gen26-probes.jsonl}, 33: 20 of the classes, 13 that must stay generic), written and
     * scored on the start (99c15171) before any change: 17 right there, all 16 misses wrongly generic; here 31 right, one
     * wrongly generic ("hoe je thuis ... een Nederlandse hotelgast": the Dutch one inside a compound, left), all 13
     * generic statements kept.
     */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen26-probes.jsonl");
        assertThat(probes).hasSize(33);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(31 / 33.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic").isLessThanOrEqualTo(1);
        assertThat(generic.truePositives()).as("generic statements kept").isEqualTo(13);
    }

    /**
     * The probes of a custom inside a compound after "andere" ({@link CustomsInACompound}; {@code
     * probes/gen26-probes-2.jsonl}, 8: five of the class, three look-alikes with "andere" / "ander"), written and scored
     * before that change: 4 right there (four wrongly too general), all 8 here.
     */
    @Test
    void compoundProbesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen26-probes-2.jsonl");
        assertThat(probes).hasSize(8);
        assertThat(Evaluation.run(probes, sorter).accuracy()).isEqualTo(1.0);
    }
}
