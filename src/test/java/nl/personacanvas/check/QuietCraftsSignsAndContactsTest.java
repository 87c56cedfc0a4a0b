package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 27 (`gen27`): false "too general" on tasks whose international content a fresh writer names by its own word
 * rather than by a country: a cue's noun inside the trade's compound ({@link CueNounInACompound}: "gemengde
 * moodboardgroepjes", "een Nederlandse hotelgast"), another tradition in the singular, signs and amulets of faiths,
 * crafts and techniques of other cultures, ways of working named after their place abroad, the trades' bodies and
 * traditions abroad, conflict minerals, a client who deals only with one sex, Flemish towns that are Dutch words; and
 * their look-alikes that stay too general. The sentences are my own, none from a labelled set or the probes.
 */
class QuietCraftsSignsAndContactsTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Zet de studenten voor de eindopdracht in gemengde bouwteams bij elkaar",
        "A1 | Bespreekt met de klas hoe de gemengde leesgroepjes de vorige periode liepen",
        "A2 | Oefent met de klas wat een Nederlandse restaurantgast verwacht bij het afrekenen",
        "A1 | Laat elke student een lied uit een andere traditie dan de eigen voorstellen aan de groep",
        "A2 | Laat zien hoe je een nazar als hanger op een ketting zet",
        "A1 | Bespreekt met de klas waar de hamsa voor staat in verschillende geloven",
        "A2 | Geeft een workshop kintsugi met gebroken kopjes uit de kantine",
        "A2 | Laat de tweedejaars een vloer met azulejos leggen in het oefenlokaal",
        "A2 | Werkt een lessenreeks uit over de Housing First-aanpak voor de derdejaars",
        "A5 | Regelt een bezoek aan de Worshipful Company of Goldsmiths voor de vierdejaars",
        "A2 | Vertelt over zijn eigen tijd op de Walz en laat de studenten vragen stellen",
        "A2 | Laat studenten uitzoeken welke conflictmineralen in een elektrische fiets zitten",
        "A3 | Bereidt de stagiaire voor op een klant die alleen met haar man over de prijs wil spreken",
        "A5 | Boekt een hostel in Geel voor de groep die de gezinsverpleging bezoekt",
    })
    void quietContentIsNotTooGeneral(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1 | Zet de studenten voor de eindopdracht in vaste bouwteams bij elkaar",
        "A1 | Laat de klas een gemengde salade en een fruitschaal maken",
        "A2 | Oefent met de klas wat een restaurantgast verwacht bij het afrekenen",
        "A2 | Houdt vast aan de traditie van een kerstontbijt met de afdeling",
        "A2 | Laat zien hoe je een hanger op een ketting zet",
        "A2 | Geeft een workshop lijmen en kitten met gebroken tegels uit de kantine",
        "A2 | Bespreekt met Kimberley haar verslag over de stage bij de bakkerij",
        "A2 | Laat zien hoe je met de takel en de lier een motorblok optilt",
        "A2 | Verft met de eerstejaars de hekken van het schoolplein geel",
        "A3 | Belt de klant die alleen 's ochtends over de prijs wil spreken",
        "A2 | Laat een student die zich een Mokumer noemt over zijn buurt vertellen",
        "A2 | Bespreekt met de klas hoe je een conflict met een klant oplost",
        "A2 | Zorgt voor een conflictvrije werkplek in de praktijkruimte",
    })
    void theirLookAlikesStayTooGeneral(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(sorted.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @Test
    void aCueNounCountsAsTheLastPartOfACompoundRightAfterItsAdjective() {
        CueNounInACompound rules = new CueNounInACompound(List.of(
                "A1 | gemengde gemengd | groep groepjes teams", "all | nederlandse | gast"));
        assertThat(scopes(rules, "in gemengde moodboardgroepjes")).containsExactly(Set.of("A1"));
        assertThat(scopes(rules, "een Nederlandse hotelgast en gemengde projectteams"))
                .containsExactlyInAnyOrder(Set.of("all"), Set.of("A1"));
        // the word alone is the cue line's, a word between or another ending is no compound of the cue
        assertThat(scopes(rules, "in gemengde groepjes")).isEmpty();
        assertThat(scopes(rules, "gemengde kleine projectgroepjes")).isEmpty();
        assertThat(scopes(rules, "een gemengde bedrijfsvoering")).isEmpty();
    }

    private static List<Set<String>> scopes(CueNounInACompound rules, String text) {
        List<Set<String>> scopes = new ArrayList<>();
        rules.addScopes(CheckFixture.analysed(text), scopes);
        return scopes;
    }

    /**
     * The probes ({@code probes/gen27-probes.jsonl}, 56: 33 of the classes, 23 that must stay generic), written and scored
     * on the start (ddae6305) before any change: 24 right there, 31 wrongly generic; here 49 right, none wrongly generic
     * and 22 of the 23 generic statements kept (the one missed, a look-alike read as an attitude, was so at the start).
     */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen27-probes.jsonl");
        assertThat(probes).hasSize(56);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(49 / 56.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.predicted() - generic.truePositives()).as("statements wrongly generic").isZero();
        assertThat(generic.truePositives()).as("generic statements kept").isEqualTo(22);
    }

    /**
     * The second batch ({@code probes/gen27-probes-2.jsonl}, 20: 11 of the classes, 9 look-alikes), written after the
     * first change in other sentences, so a regression set: 11 right on the start, 19 here. Left: "of het tin ...
     * conflictvrij is", as "conflictvrij" counts only beside its goods ("een conflictvrije werkplek" is a calm one).
     */
    @Test
    void secondProbesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("gen27-probes-2.jsonl");
        assertThat(probes).hasSize(20);
        Evaluation e = Evaluation.run(probes, sorter);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(19 / 20.0);
        Evaluation.PrecisionRecall generic = e.perPlacement().get(Placement.GENERIC);
        assertThat(generic.truePositives()).as("generic statements kept").isEqualTo(9);
    }
}
