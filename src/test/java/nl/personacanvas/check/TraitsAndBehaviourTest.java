package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 8: an everyday quality with nothing international in it is too general, while the same quality in a
 * situation of the activity, towards the learners or with an international cue stays an attitude; behaviour in a
 * situation ("... als ...") is read as the attitude it shows, while a task in a situation stays a task; "We ..."
 * and "(Is) iemand die ..." describe the teacher. Sentences written for these tests, none from an evaluation set.
 */
class TraitsAndBehaviourTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Is altijd punctueel",
        "A2|Blijft rustig onder druk",
        "A3|Goed bereikbaar via de mail",
        "A3|Is altijd telefonisch bereikbaar",
        "A4|Houdt het hoofd koel bij drukte",
        "A5|Blijft positief",
        "A1|Heeft gevoel voor humor",
        "A2|Stressbestendig en nauwkeurig",
        "A3|Staat altijd klaar voor collega's",
        "A4|Rustig blijven onder tijdsdruk",
        "A5|Blijft kalm tijdens drukke weken",
        "A1|Geduldig en vriendelijk",
        "A2|Betrouwbaar en stipt",
        "A3|Is goed georganiseerd en werkt gestructureerd",
        "A4|Blijft opgewekt op maandagochtend",
        "A5|Kan goed relativeren en heeft humor",
        "A1|Is optimistisch over zijn vak",
        "A2|Straalt rust uit",
        "A3|Is kalm en beheerst",
        "A4|Geduld met de administratie",
        "A1|Is zorgzaam voor iedereen",
        "A2|Eerlijk en direct in zijn communicatie",
        "A3|Heeft altijd een luisterend oor",
        "A4|Laat zich niet gek maken",
    })
    void anEverydayQualityWithNothingInternationalIsTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Blijft rustig als een discussie over religie in de klas uit de hand loopt|zelfvertrouwen in complexe situaties",
        "A3|Is goed bereikbaar voor stagiairs met vragen|benaderbaar",
        "A5|Blijft positief als de partnerschool in Riga afzegt|veerkrachtig",
        "A3|Blijft positief als een leerbedrijf op het laatste moment afhaakt|veerkrachtig",
        "A1|Blijft kalm wanneer studenten elkaar uitdagen over hun geloof|zelfvertrouwen in complexe situaties",
        "A4|Blijft rustig als een stagiair in Lissabon zijn paspoort verliest|zelfvertrouwen in complexe situaties",
        "A3|Is veerkrachtig|veerkrachtig",
        "A1|Is flexibel|flexibel",
        "A2|Staat open voor feedback|lerende houding",
        "A3|Heeft een luisterend oor voor stagiairs die heimwee hebben|empathisch",
    })
    void theQualityInASituationTowardsLearnersOrByItsOwnNameIsAnAttitude(String activity, String text, String attitude) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Gooit het dagprogramma zonder morren om als het regent in Berlijn|flexibel",
        "A4|Past zich zonder mopperen aan wanneer het gastbedrijf de werktijden verandert|flexibel",
        "A1|Merkt het snel op als een student zich buitengesloten voelt|alert",
        "A3|Ziet het meteen als een stagiair met een andere achtergrond niet lekker in zijn vel zit|alert",
        "A5|Neemt direct een besluit als de vlucht naar Madrid wordt geannuleerd|daadkrachtig",
        "A2|Heeft de overtuiging dat een andere aanpak niet fout is, alleen anders|open-minded",
        "A1|Vindt dat andere gewoontes niet beter of slechter zijn maar anders|open-minded",
        "A2|Volgt zelf een online cursus over het vak in andere landen|lerende houding",
        "A2|Volgt uit eigen beweging lessen Duits om met partners te kunnen praten|lerende houding",
    })
    void behaviourThatShowsAnAttitudeIsThatAttitude(String activity, String text, String attitude) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|We zoeken met de klas naar wat studenten van verschillende afkomst gemeen hebben|verbindend",
        "A5|Wij zorgen dat onze studenten en de Poolse groep niet in twee kampen uiteenvallen|verbindend",
        "A1|Is iemand die niet wegduikt als studenten over discriminatie beginnen|zelfvertrouwen in complexe situaties",
        "A4|Iemand die ook 's avonds klaarstaat voor een stagiair in Noorwegen|benaderbaar",
    })
    void weAndSomeoneWhoDescribeTheTeacher(String activity, String text, String attitude) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4|Belt de verzekeraar als een stagiair in Spanje ziek wordt",
        "A3|Bespreekt het met de werkbegeleider als een stagiair uit Syrie vaak te laat komt",
        "A4|Stuurt een mail naar de partnerschool als de stagiair zijn formulier niet heeft ingeleverd",
        "A5|Regelt een andere bus als de touringcar in Polen pech heeft",
        "A1|Stopt de les als er racistische opmerkingen vallen en bespreekt het met de klas",
        "A2|Vraagt een gastspreker uit Duitsland als de module over export begint",
        "A3|Neemt contact op met het leerbedrijf als de student met een hoofddoek wordt geweigerd",
        "A4|Zoekt samen met de student een nieuwe kamer als het hostel in Porto vol is",
        "A5|Geeft de groep een opdracht over de stad als ze in Praag aankomen",
    })
    void aTaskInASituationStaysATask(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isNotIn(Placement.GENERIC, Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Laat zich door een student uitleggen hoe een feest in zijn land gaat",
        "A2|Laat zich door collega's uit Spanje meenemen in hun manier van lesgeven",
        "A3|Laat zich door de stagiair vertellen wat hij anders doet dan in zijn geboorteland",
    })
    void lettingOthersDoSomethingIsStillTheTeachers(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Bespreekt na elke excursiedag wat studenten anders vonden dan thuis",
        "A4|Vraagt de stagiair in het weekgesprek wat hij vreemd vond aan de werkdag",
        "A5|Laat de groep opschrijven wat er anders ging dan thuis",
    })
    void whatStruckThemAsDifferentDuringAStayIsInternational(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Bespreekt met de klas wat ze vreemd vonden aan het nieuwe rooster",
        "A2|Vraagt studenten wat ze anders vonden aan de nieuwe opdracht",
    })
    void somethingStrangeAtHomeStaysTooGeneral(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isEqualTo(Placement.GENERIC);
    }
}
