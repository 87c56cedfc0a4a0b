package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (gen24): the generic decisions on new writers in the dev set's manner. A company named by its trade as
 * the subject is its task, not the teacher's ({@code actors.txt} {@code [subject heads]}); an everyday quality said
 * of the teacher is too general where only the activity's own setting (the trip in A5, the call in A4) counts as
 * abroad ({@link EverydayQuality#saidOfTeacher}); bodies abroad that admit or inspect a trade's products, and the
 * European pharmacopoeia, count by their short name. Sentences written for this test in trades other than the
 * laboratory (transport, catering, installation, aviation, food), none from an evaluation set; each statement of the
 * groups that become another person's task, too general or a task was decided otherwise on 98e496a, and each
 * look-alike as it is here.
 */
class TradeCompaniesQualitiesAndBodiesTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Busbedrijf rijdt de klas van het hostel naar het museum in Antwerpen",
        "A5|Het taxibedrijf brengt de gasten uit Bilbao naar het station",
        "A3|Het cateringbedrijf kookt halal voor de ouderavond van de nieuwkomers",
        "A4|Het installatiebedrijf in Gent geeft de stagiair een eigen bus",
        "A5|Het koeriersbedrijf haalt de pakketten voor de partnerschool in Porto op",
        "A2|Transportbedrijf vervoert de machines voor de beurs in Hannover",
    })
    void aCompanyByItsTradeAsTheSubjectIsItsTask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    /** The company after the teacher's verb, the way through it, and a note of the teacher's own task. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Regelt met het busbedrijf dat de groep in Wenen op tijd bij de opera is",
        "A5|Vraagt drie touringcarbedrijven om een prijs voor de reis naar Kopenhagen",
        "A5|Loopt met de Duitse bezoekers door het bouwbedrijf en legt het werk uit",
        "A4|Bespreekt met de stagiair in Tallinn wat het installatiebedrijf van hem vraagt",
        "A5|Touringcarbedrijf boeken voor de reis naar Parijs",
    })
    void theCompanyElsewhereLeavesTheTeachersTask(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Is altijd punctueel op de excursie",
        "A5|Blijft vriendelijk in het hotel",
        "A5|Hij is betrouwbaar tijdens de excursies",
    })
    void anEverydayQualityInTheActivitysOwnSettingIsTooGeneral(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    /** A task done in some manner, a quality in a situation, and a place abroad any activity counts stay. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Regelt de excursie betrouwbaar en op tijd",
        "A5|Blijft rustig als de bus op de excursie naar Luik een uur te laat komt",
        "A5|Is altijd punctueel op de excursie naar Wenen",
    })
    void aTaskOrAQualityInASituationStays(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Laat studenten uitzoeken waarom de FDA een partij vitaminepillen afkeurt",
        "A2|Maakt een opdracht over het EFSA-advies over cafeïne in energiedrank",
        "A2|Bespreekt met de klas het ECHA-register van een schoonmaakmiddel",
        "A2|Ontwikkelt een practicum waarin de analisten werken volgens de Ph. Eur.",
        "A2|Laat de klas de EASA-eisen voor een onderhoudsbedrijf van vliegtuigen lezen",
    })
    void bodiesAbroadByTheirShortNameCount(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    /** A unique selling point, enamel, an e-mail and the Dutch food authority are no body abroad. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Bespreekt met de klas de USP's van een nieuwe fiets",
        "A2|Laat studenten een emaillen bord schoonmaken",
        "A2|Stuurt de ouders een e-mail over de toetsweek",
        "A2|Leest met de klas het rapport van de NVWA over de kantine",
    })
    void lookAlikesStayTooGeneral(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isEqualTo(Placement.GENERIC);
    }

    /**
     * This session's probes, written and scored on 98e496a before any change ({@code probes/gen24-probes.jsonl}, 42:
     * 23 generic, 19 not): 7 statements wrongly generic, 7 generic statements right. Here 0 and 22 (left: "Is altijd
     * vriendelijk op de studiereis", where "studiereis" counts in every activity). The second batch
     * ({@code gen24-probes-2.jsonl}, 15: 9 generic, written after the change in other sentences, a regression set of the
     * same classes): 2 and 2 on 98e496a, here 0 and 9.
     */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        Evaluation.PrecisionRecall probes = GenericProbes.generic("/check/probes/gen24-probes.jsonl", 42);
        assertThat(probes.predicted() - probes.truePositives()).as("statements wrongly generic").isZero();
        assertThat(probes.truePositives()).as("generic statements kept").isGreaterThanOrEqualTo(22);
        Evaluation.PrecisionRecall second = GenericProbes.generic("/check/probes/gen24-probes-2.jsonl", 15);
        assertThat(second.predicted() - second.truePositives()).as("statements wrongly generic").isZero();
        assertThat(second.truePositives()).as("generic statements kept").isGreaterThanOrEqualTo(9);
    }
}
