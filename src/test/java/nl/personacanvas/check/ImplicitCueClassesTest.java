package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (gen12b): real task statements whose international, intercultural or diversity content is implicit,
 * by class of cue (a faith's food and dress, names said right, papers and agencies of newcomers, Dutch still being
 * learnt, feasts of faiths, prejudice and sexual diversity, money of other countries, the UN's goals, work across
 * the border, a student's own flag, heritage languages and regions, hosts and emergencies on a stay abroad, the
 * town on a group trip). Each was too general on the build this branch started from (d5af44e). Beside them,
 * statements with nothing international that must stay too general, among them the everyday use of the weak cues
 * (alcohol at a school party, a flag, a war in the history lesson, a town or an emergency outside A4/A5).
 * Sentences written for these tests, none from an evaluation set.
 */
class ImplicitCueClassesTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Houdt bij het kerstdiner rekening met studenten die geen alcohol drinken",
        "A1|Zorgt dat er bij de klassenlunch ook vegetarisch eten is voor wie om geloofsredenen geen vlees eet",
        "A1|Vraagt bij het kookpracticum welke studenten geen rundvlees eten",
        "A1|Corrigeert klasgenoten die de voornaam van een medestudent verbasteren",
        "A1|Geeft een student die zijn familie achterliet in de oorlog extra ruimte",
        "A1|Zorgt dat ook studenten met twee moeders zich gezien voelen",
        "A1|Reageert op homofobe grappen in de les",
        "A1|Organiseert een les over moslimhaat en antisemitisme",
        "A1|Laat studenten ontdekken dat beleefdheid overal anders is",
        "A1|Laat studenten hun eigen vlag of symbool tekenen en erover vertellen",
        "A1|Houdt rekening met een student die na zijn besnijdenis een week afwezig is",
        "A1|Neemt contact op met de COA-locatie over een student",
        "A1|Helpt een student met de brief van de IND",
        "A1|Laat studenten met een Indische opa vertellen over zijn jeugd",
        "A1|Leert een paar woorden Papiaments om studenten te begroeten",
        "A1|Hoort studenten Sranantongo spreken en vraagt wat ze zeggen",
        "A1|Laat een student die Dari spreekt een klasgenoot helpen",
        "A1|Zorgt dat een student die het Nederlands niet machtig is toch mee kan doen",
        "A1|Geeft in de klas aandacht aan Prinsjesdag en aan Eid",
        "A1|Spreekt studenten aan op seksistische opmerkingen",
        "A1|Behandelt met de klas de Holocaust en de lessen voor nu",
        "A1|Bespreekt met de klas waarom sommige mensen zwarte piet kwetsend vinden",
        "A1|Laat studenten hun levensverhaal delen",
        "A1|Vermijdt voorbeelden die alleen over Nederlandse situaties gaan",
        "A2|Laat studenten prijzen omrekenen van euro naar dollar",
        "A2|Koppelt de opdrachten aan de Sustainable Development Goals",
        "A2|Vergelijkt de bouwregels in Scandinavische landen met die hier",
        "A2|Behandelt de gevolgen van de Brexit voor de logistiek",
        "A2|Laat studenten uitzoeken wat het Schengengebied betekent voor transport",
        "A2|Leert studenten gerechten uit de Levant bereiden",
        "A3|Bespreekt met de zorginstelling de kledingvoorschriften voor een stagiaire met een boerkini",
        "A3|Bespreekt met de stagebieder dat een sollicitant met een niet-Nederlandse achternaam vaker wordt afgewezen",
        "A3|Bespreekt met de student de regels voor grensarbeiders",
        "A3|Bespreekt met de praktijkopleider hoe hij instructie geeft aan een student die net het Nederlands leert",
        "A3|Bespreekt met de stagiaire hoe zij omgaat met een patient die als Jehova's getuige geen bloedtransfusie wil",
        "A3|Bespreekt met studenten hoe ze omgaan met klanten die anders communiceren",
        "A4|Zorgt dat de student weet wie hij bij nood moet bellen",
        "A5|Zorgt voor ISIC-kaarten voor alle studenten",
        "A5|Telt de studenten bij het instappen",
        "A5|Zorgt voor een kaart van de stad voor elke student",
        "A5|Laat studenten zelf de weg vinden in de stad",
        "A5|Bespreekt met de gastdocent het programma",
        "A1|Verbastert nooit de naam van een student",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Kan goed plannen",
        "A2|Houdt de cijferadministratie bij",
        "A1|Geeft duidelijke instructies",
        "A2|Werkt samen met collega's",
        "A1|Heeft oog voor elke student",
        "A3|Zorgt voor een veilige sfeer in de klas",
        "A3|Bezoekt de student op de stageplek",
        "A1|Zorgt dat er op het schoolfeest geen alcohol wordt geschonken",
        "A2|Leert studenten rundvlees op de juiste temperatuur garen",
        "A2|Leert studenten een vegetarisch menu samenstellen",
        "A1|Noemt studenten bij hun voornaam",
        "A2|Laat studenten de kassa opmaken in euro's",
        "A2|Laat studenten een begroting maken",
        "A1|Houdt de presentielijst bij",
        "A3|Voert het driegesprek met student en praktijkopleider",
        "A1|Geeft feedback op het verslag",
        "A1|Maakt een weekplanning voor de klas",
        "A2|Ontwikkelt een nieuwe praktijkopdracht over lassen",
        "A1|Bespreekt de oorlog in de geschiedenisles",
        "A2|Laat studenten een pond boter afwegen",
        "A1|Hangt de vlag uit bij het behalen van het diploma",
        "A1|Spreekt studenten aan op hun kleding tijdens het practicum",
        "A2|Leert studenten de Nederlandse spelling",
        "A1|Zorgt dat elke student mee kan doen",
        "A1|Reageert rustig op grappen in de les",
        "A2|Laat studenten werken met een Bosch boormachine",
        "A2|Behandelt de lean-methode in de productie",
        "A3|Regelt de stageovereenkomst met het leerbedrijf",
        "A1|Houdt het klaslokaal netjes",
        "A2|Laat studenten verschillende materialen vergelijken",
        "A1|Laat studenten hun eigen leerdoelen formuleren",
        "A3|Bespreekt met de praktijkopleider de voortgang van de student",
        "A1|Stimuleert studenten om vragen te stellen",
        "A2|Gebruikt video's in de les",
        "A1|Zorgt voor rust in de klas na de pauze",
        "A2|Leert studenten meten in centimeters en millimeters",
        "A1|Organiseert een kerstdiner met de klas",
        "A1|Houdt bij de toetsplanning rekening met de vakanties",
        "A1|Helpt studenten met het invullen van een formulier",
        "A1|Spreekt met ouders over het verzuim",
        "A2|Laat studenten de veiligheidsregels in de werkplaats leren",
        "A1|Viert de verjaardagen van studenten in de klas",
        "A1|Laat studenten een opdracht over de eigen stad maken",
        "A1|Weet wat te doen bij nood in het lokaal",
        "A2|Nodigt een gastdocent uit het bedrijfsleven uit",
        "A1|Spreekt studenten aan die de regels verbasteren tot grapjes",
    })
    void everydayWordingStaysTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }
}
