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
 * Session 25 (gen25): task and generic decisions by class of wording. A call, a contact or a letter to another
 * professional or organisation is arranging ({@link PartnerContact}), while the same verbs with a learner or lesson
 * material keep their weight; where a trade's raw materials come from counts as international content
 * ({@link GoodsOrigin}, {@code goods-origin.txt}); an office or company in note style opened by its adjective is another
 * person's task ({@link ActorDetector}). Sentences written for this test in trades other than furniture making
 * (catering, shipping, care, bakery, stone, fish, butchery, travel), none from an evaluation set; each statement of the
 * changed groups was decided otherwise on d8a476d9, each look-alike as it is here.
 */
class PartnerContactGoodsAndNoteOfficesTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Belt met het kantoor van een Noorse rederij in Rotterdam over een gastles voor de klas",
        "A4|Neemt contact op met een zorghotel in Aken om te vergelijken wat een stagiair daar mag",
        "A2|Pakt de telefoon en belt een adviseur van de Kamer van Koophandel over exportregels voor Marokko",
        "A5|Stuurt de gastgezinnen in Krakau een brief over de aankomst van de groep",
    })
    void aContactWithAPartnerIsArranging(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isEqualTo(Placement.ORGANISE);
    }

    /** With a learner, or writing lesson material or with the class, the verb keeps its own weight. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A3|Belt wekelijks met de stagiair in Lyon over hoe het gaat in de keuken|DELIVER",
        "A2|Vraagt studenten in de les hoe een bakkerij in hun land van herkomst werkt|DELIVER",
        "A3|Neemt de tijd om met de stagiair uit Syrië zijn eerste week door te nemen|DELIVER",
        "A1|Schrijft een lesbrief over hygiëne in keukens in verschillende landen|DESIGN",
        "A2|Schrijft met de klas een brief aan een Duitse leverancier over een levering|DESIGN",
    })
    void theSameVerbsWithALearnerOrMaterialStay(String activity, String text, Placement placement) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isEqualTo(placement);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Maakt een opdracht waarin studenten uitzoeken waar het graniet voor het aanrechtblad vandaan komt",
        "A2|Laat de klas nagaan waar de vis in de koeling vandaan komt",
        "A3|Bespreekt met de stagiair waar het vlees in de slagerij vandaan komt",
    })
    void whereARawMaterialComesFromCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    /** Where a fault comes from is no supply chain. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Laat studenten uitzoeken waar de lekkage in de koelcel vandaan komt",
        "A2|Bespreekt met de klas waar het geluid in de compressor vandaan komt",
    })
    void whereAFaultComesFromStaysTooGeneral(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Financiële administratie betaalt het voorschot voor de reis naar Rome uit",
        "A4|Lokale stagebureau stuurt de contracten naar het hotel in Malaga",
        "A4|Centraal bpv-bureau registreert de stages in Spanje",
    })
    void anOfficeInNoteStyleOpenedByItsAdjectiveIsItsTask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    /** A note of the teacher's own task (an infinitive), and the office after the teacher's verb, stay the teacher's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Nieuwe collega's inwerken in de lessen over Europese regels",
        "A5|Financiële zaken van de reis naar Wenen regelt hij met de administratie",
    })
    void theTeachersOwnNoteStays(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    /**
     * This session's probes, written and scored on d8a476d9 before any change ({@code probes/gen25-probes.jsonl}, 44):
     * 27 right there, 39 here; 7 statements wrongly generic there, 2 here ("hoe thuis brood wordt gebakken ... wat een
     * Nederlandse klant verwacht", shoes off at a client's home: left), all 9 generic statements kept.
     */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes;
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/check/probes/gen25-probes.jsonl")), StandardCharsets.UTF_8)) {
            probes = new LabelledStatementReader().read(r);
        }
        assertThat(probes).hasSize(44);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(39 / 44.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic").isLessThanOrEqualTo(2);
        assertThat(generic.truePositives()).as("generic statements kept").isEqualTo(9);
    }
}
