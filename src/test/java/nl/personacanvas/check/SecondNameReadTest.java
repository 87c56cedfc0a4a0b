package nl.personacanvas.check;

import static nl.personacanvas.check.CheckFixture.analysed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25 (`att25b`): a second attitude read as written beside a single named one: a learner's distress
 * ({@link LearnerDistress}, empathisch), the teacher's own tone adjusted ({@link ToneAdjusted}, cultureel sensitief),
 * everything tasted or a judgement held back ({@link OpenMindShown}, open-minded). Sentences written for these tests
 * (schilderen, transport, hotel, groen, bakkerij, autotechniek, kapper, beveiliging), none from an evaluation set.
 */
class SecondNameReadTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Neemt in het weekend op als een schildersleerling in Luik belt met heimwee
            Toen een stagiair transport in Duisburg huilend belde, ben ik gewoon aan de lijn gebleven
            Is bereikbaar voor hotelstagiairs in Wenen die er na drie weken helemaal doorheen zitten
            Staat klaar voor hoveniersstudenten die het zwaar hebben in hun eerste maand in Aarhus
            """)
    void readsALearnersDistress(String text) {
        assertThat(LearnerDistress.read(analysed(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the teacher's own distress, mistreatment noticed, no learner, distress as a lesson's topic word only
            Vertelt haar stagiairs eerlijk over haar eigen heimwee als leerling-bakker in Lyon
            Deelt met de klas dat hij zelf ook heimwee had tijdens zijn stage in Gent
            Pikt snel op als een stagiair in de garage in Keulen wordt uitgescholden
            Blijft rustig als een ouder in Antwerpen huilend de school belt
            """)
    void readsNoLearnersDistress(String text) {
        assertThat(LearnerDistress.read(analysed(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Weet dat haar Brabantse joviale manier hard kan overkomen en past haar toon daarop aan
            Ik merk dat mijn grapjes bij de Poolse chauffeurs niet vallen, dus ik schakel een tandje terug
            Kiest in mails aan de Duitse garage een zachtere toon sinds hij weet hoe direct hij schrijft
            Slaat bij de Japanse hotelmanager een andere toon aan dan bij zijn eigen team
            """)
    void readsTheOwnToneAdjusted(String text) {
        assertThat(ToneAdjusted.read(analysed(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a document's tone, a tone merely had, the tone of others
            Past de toon van de Engelstalige werkinstructies aan op studenten met een taalachterstand
            Heeft een rustige toon in gesprekken met Turkse ouders
            Bespreekt met de klas hoe de toon van Duitse klanten verschilt van die van Nederlandse
            """)
    void readsNoOwnToneAdjusted(String text) {
        assertThat(ToneAdjusted.read(analysed(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Proeft van alles op de vismarkt in Bergen en neemt de koksleerlingen mee
            Eet alles wat de Marokkaanse gastfamilie op tafel zet
            Wil weten waarom Duitse garages zo anders werken, en oordeelt pas als hij het snapt
            Vraagt door in plaats van haar te corrigeren als een kappersleerling vertelt hoe het in Casablanca gaat
            """)
    void readsAnOpenMindShown(String text) {
        assertThat(OpenMindShown.read(analysed(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # trying everything to save a placement, tasting as a lesson's task, improving work instead of judging
            Probeert alles om de stage in Gent te redden als het leerbedrijf failliet gaat
            Laat koksleerlingen gerechten uit hun thuisland proeven en bespreekt de verschillen
            Oordeelt streng over het vakmanschap van de Belgische leerbedrijven
            """)
    void readsNoOpenMindShown(String text) {
        assertThat(OpenMindShown.read(analysed(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Is ook in het weekend bereikbaar voor bakkersleerlingen in Lyon met heimwee | benaderbaar | empathisch
            A1 | Is zich bewust van zijn eigen Hollandse botheid en kiest in mails aan het Duitse garagebedrijf een zachtere toon | cultureel zelfbewust | cultureel sensitief
            A5 | Is nieuwsgierig naar de vismarkt in Bergen, proeft van alles en neemt de koksleerlingen daarin mee | nieuwsgierig | open-minded
            """)
    void theReadingAddsTheSecondName(String activity, String text, String named, String second) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).containsExactlyInAnyOrder(named, second);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Is ook 's avonds bereikbaar voor stagiairs logistiek in Antwerpen, ook voor kleine vragen over hun rooster | benaderbaar
            A3 | Geeft niet op en probeert alles om de stage in Gent te redden als het leerbedrijf failliet gaat | veerkrachtig
            """)
    void withoutTheReadingOneNameStays(String activity, String text, String named) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).containsExactly(named);
    }
}
