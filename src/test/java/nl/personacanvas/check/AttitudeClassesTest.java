package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of attitude mistakes sessions 10 and 11 fixed on wording nobody foresaw (docs/checker.md, "Attitude
 * misses by class" and "Attitudes nothing named"), each guarded both ways: a statement of the class names its attitude, one that only looks like it
 * names none. Every sentence is written for this test; none comes from an evaluation set.
 */
class AttitudeClassesTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a change of plan, or deciding, in a situation stays the attitude
            A5 | flexibel            | Schakelt snel om als het museum in Lissabon onverwacht dicht is
            A5 | daadkrachtig        | Handelt snel en neemt een besluit als de vlucht naar Rome wordt geannuleerd
            A4 | daadkrachtig        | Is doortastend als een stagiair in Spanje ziek wordt
            # candour, others' openness, noticing
            A1 | open                | Vertelt eerlijk over haar eigen twijfels als nieuwkomer in Nederland
            A3 | open-minded         | Staat open voor de werkwijze van een Turks familiebedrijf
            A3 | alert               | Heeft snel in de gaten als een stagiair uit Polen zich niet thuis voelt
            # families of wording
            A4 | daadkrachtig        | Durft knopen door te hakken als het programma in Malta vastloopt
            A2 | creatief            | Denkt buiten de gebaande paden bij lessen over handel met China
            A2 | creatief            | Kleurt graag buiten de lijntjes met opdrachten over het buitenland
            A2 | creatief            | Zet met weinig middelen toch een les over Japanse keukens neer
            A1 | cultureel sensitief | Voelt de gevoeligheden rond het suikerfeest in de klas goed aan
            A1 | empathisch          | Voelt goed aan als een student uit Eritrea het moeilijk heeft
            A5 | ondernemend         | Ziet in elke vakbeurs kansen voor een uitwisseling met Belgische scholen
            A4 | flexibel            | Past het stageplan zonder moeite aan de feestdagen in Marokko aan
            A2 | proactief           | Gaat uit zichzelf op zoek naar een partnerschool in Estland
            A2 | proactief           | Legt contact met een bedrijf in Gent zonder dat iemand erom vraagt
            A5 | verbindend          | Weet de Poolse en Nederlandse studenten snel tot elkaar te brengen
            A1 | verbindend          | Zorgt dat de Turkse en Nederlandse studenten echt een groep worden
            A3 | alert, cultureel sensitief | Merkt meteen op als een opmerking op de werkvloer kwetsend is voor een stagiair uit Ghana
            A4 | cultureel zelfbewust | Beseft dat haar directe manier van feedback geven typisch Nederlands is
            A2 | lerende houding     | Volgt webinars over hoe de logistiek in Duitsland werkt
            A2 | lerende houding     | Volgt zelf een cursus Spaans voor de uitwisseling
            A1 | open                | Geeft toe als hij iets niet weet over de gewoontes in Somalie
            A4 | open                | Staat open voor feedback van de Duitse stagebegeleider
            A1 | open-minded         | Open-minded tegenover de gewoontes van Syrische studenten
            A1 | nieuwsgierig        | Wil van studenten horen hoe feesten in hun familie gevierd worden
            A4 | empathisch          | Toont empathie voor stagiairs met heimwee in Spanje
            # session 11: what the teacher knows of themself, the persona's own voice, a bond made, groups brought to
            # work together, part of the plan dropped or moved without trouble
            A4 | cultureel zelfbewust | Zij weet dat haar eigen directheid in Spanje bot kan overkomen
            A4 | cultureel zelfbewust | Ik weet inmiddels dat mijn eigen kijk op stiptheid in Portugal niet de norm is
            A3 | benaderbaar         | Studenten durven me altijd te bellen als ze vastlopen op hun stage in Gent
            A4 | verbindend          | Legt makkelijk een band met de stagebegeleider in Polen
            A1 | verbindend          | Krijgt Syrische en Nederlandse studenten die elkaar mijden toch samen aan het werk
            A5 | flexibel            | Schuift zonder moeite het dagprogramma om als het regent in Berlijn
            A5 | daadkrachtig        | Heeft binnen een uur een andere bus geregeld als de trein naar Milaan uitvalt
            A1 | verbindend          | Zoekt naar wat ze delen als Turkse en Koerdische studenten in de klas botsen
            A3 | alert, empathisch   | Ziet het meteen als een stagiair uit Peru stil wordt en vraagt hoe het met haar gaat
            A4 | cultureel sensitief | Houdt er in de feedback rekening mee dat een stagiair uit Japan kritiek als gezichtsverlies kan ervaren
            # session 11 (att11b): noticing what goes on with a person without being told
            A3 | alert               | Pikt in het eerste gesprek al op dat een stagiair uit Polen zich alleen voelt op de bouwplaats
            A5 | alert               | Heeft tijdens de excursie in Gent meteen door wie er buiten de groep valt
            A5 | alert               | Houdt op de avonden in Lissabon een oogje in het zeil bij de groep
            # groups drawn towards each other, what still binds a group looked for
            A5 | verbindend          | Trekt de Belgische en de Nederlandse klas tijdens de uitwisseling naar elkaar toe
            A1 | verbindend, zelfvertrouwen in complexe situaties | Blijft rustig als de klas fel discussieert over de oorlog in Oekraine en zoekt wat de groep nog bindt
            # reachable outside working hours
            A4 | benaderbaar         | Appt ook na werktijd terug als een stagiair in Porto met een vraag zit
            A4 | benaderbaar         | Neemt 's avonds nog op als een stagiair in Dublin belt
            # asking because the teacher wants to know, tasting what a foreign market offers
            A1 | nieuwsgierig        | Vraagt een student uit Somalie oprecht hoe bruiloften bij hem thuis gaan
            A5 | nieuwsgierig        | Proeft op de markt in Istanbul van alles en moedigt de groep aan hetzelfde te doen
            A2 | nieuwsgierig        | Leest artikelen over het onderwijs in Finland, omdat ze benieuwd is hoe het daar gaat
            # the own view named as coloured by the own culture, wondering how the teacher comes across
            A1 | cultureel zelfbewust | Geeft in de klas toe dat zijn idee van een goede werkhouding erg Nederlands gekleurd is
            A4 | cultureel zelfbewust | Vraagt zich af hoe hij als Nederlandse begeleider overkomt bij de werkgever in Marokko
            # surprised by another way of doing, criticism heard without defending oneself, taking charge at once
            A2 | open-minded         | Laat zich graag verrassen door de manier waarop ze in Zweden lesgeven
            A2 | open-minded         | Luistert zonder zich te verdedigen als een collega uit Gent kritiek heeft op de opzet van de module
            A4 | daadkrachtig        | Neemt meteen de regie als een stagiair in Rome na een ongeluk in het ziekenhuis ligt
            # session 11 (att11c): the infinitive voice of the lexicon's third-person phrases
            # noticing that someone feels lonely: alert by the infinitive voice, empathisch beside it by the model, which the
            # evidence ("voelt", "eenzaam") supports (session 14; writers label noticing a student fall quiet alert + empathisch)
            # empathisch beside alert stood at 0.699 of one fit (threshold 0.69); the averaged fit gives 0.52 (att17b)
            A3 | alert               | Oppikken dat een stagiair in Lyon zich eenzaam voelt in het hostel
            A5 | ondernemend         | Kansen zien om een hotel in Gent als opdrachtgever voor de klas te winnen
            A1 | open-minded         | Niet meteen oordelen over hoe een student uit Syrie op de markt afdingt
            A4 | daadkrachtig        | Knopen doorhakken als de bus naar Krakau op het laatste moment uitvalt
            # a verb-last "doorgaat" in a later clause is the trip's, not perseverance of the teacher ("gaat door")
            A4 | daadkrachtig        | Neemt meteen een besluit als de excursie naar Gent op het laatste moment niet doorgaat
            # session 12 (deliv12): switching quickly without working it out with a student stays the attitude
            A5 | flexibel            | Schakelt snel als de bus in Berlijn niet komt en regelt met de groep iets anders
            # session 13 (att13): behaviour that shows the attitude, nothing named by its own word
            A2 | creatief            | Komt telkens met verrassende invalshoeken voor lessen over handel met Japan
            A2 | creatief            | Maakt zelf iets met foto's uit Ghana als er geen lesmateriaal over de markt in Accra is
            A2 | proactief           | Stelt zelf voor om de module marketing te vergelijken met die van de school in Lyon
            A2 | proactief           | Legt de Duitse lesstof naast de onze, nog voordat iemand erom vraagt
            A5 | daadkrachtig        | Bij een staking in Parijs meteen beslissen welke trein de groep neemt
            A5 | daadkrachtig        | Op het vliegveld van Madrid beslist hij direct wat de groep gaat doen als de vlucht vervalt
            A1 | cultureel sensitief | Gaat respectvol om met de gebruiken van studenten uit Somalie
            A1 | cultureel sensitief | Begrijpt waarom een student uit Eritrea de mentor niet durft tegen te spreken
            # session 14: how another culture talks, felt (a person's own feelings stay empathisch, above and below)
            A4 | cultureel sensitief | Voelt aan dat een stagiair uit Japan zijn baas liever niet tegenspreekt
            A2 | cultureel sensitief | Voelt goed aan wanneer een les over Polen te veel op een stereotype leunt
            A4 | cultureel sensitief | Voelt aan wanneer een Thaise leermeester liever geen nee zegt
            A4 | empathisch          | Voelt aan wanneer een stagiaire zich alleen voelt in Lyon
            # ... and beside another attitude, in a clause of its own: a conversation held with respect
            A1 | open-minded, cultureel sensitief | Gaat onbevooroordeeld en respectvol in gesprek met een imam uit Rotterdam-Zuid
            # the lexicon's phrases verb-last in the relative clause of "(Is) iemand die ..."
            A3 | alert               | Is iemand die snel merkt wanneer een stagiair in Gent zich niet thuis voelt
            A3 | alert               | Iemand die het oppikt als een student uit Syrie stil wordt in de klas
            # session 15: open to it that something goes otherwise abroad (the veto of the attitude open read nothing)
            A4 | open-minded         | Staat ervoor open dat de stage in Ghana anders verloopt dan hier
            A2 | open-minded         | Ik sta er echt voor open dat collega's in Spanje anders lesgeven
            # session 15: learners of two origins brought together outside a task
            A5 | verbindend          | Zorgt dat de Belgische en Nederlandse deelnemers 's avonds samen gaan eten
            A1 | verbindend          | Krijgt de Syrische jongens en de Drentse meiden samen rond een tafel
            # session 15: where the teacher's own views come from (beside staying calm), letting oneself be taught
            A1 | cultureel zelfbewust, zelfvertrouwen in complexe situaties | Blijft kalm als de klas ruzie maakt over de oorlog, en weet waar haar eigen mening vandaan komt
            A1 | lerende houding     | Laat zich door een student uit Eritrea uitleggen hoe een koffieceremonie gaat
            A2 | lerende houding     | Laat zich door de Duitse collega bijpraten over de duale opleiding daar
            # ... and the teacher's own wish to know or learn (below: what the teacher wants of students)
            A2 | nieuwsgierig        | Wil weten hoe het vak in Belgie wordt gegeven
            A2 | lerende houding     | Wil leren hoe collega's in Gent lesgeven
            # session 16 (att16): the first person reflecting on itself, wondering, fascinated, not startled, admitting
            A1 | cultureel zelfbewust | Ik merk dat ik bij ouders met een hoofddoek sneller aan onderdrukking denk
            A3 | cultureel zelfbewust | Ik realiseer me dat mijn idee van een goede begeleider erg Nederlands is
            A1 | cultureel zelfbewust | Ik betrap mezelf erop dat ik van meisjes uit Marokko minder inbreng verwacht
            A2 | nieuwsgierig        | Ik vind het boeiend om te ontdekken hoe jeugdzorg in Finland werkt
            A2 | nieuwsgierig        | Ik vraag me af waarom kinderopvang in Frankrijk zo anders geregeld is
            A1 | open-minded         | Ik schrik niet van ideeen over straffen die anders zijn dan wat ik gewend ben
            A3 | zelfvertrouwen in complexe situaties | Ik schrik niet van heftige verhalen van stagiairs die in een azc werken
            A1 | lerende houding     | Ik vind het niet moeilijk om toe te geven dat ik weinig weet over het hindoeisme
            A1 | open-minded         | Ik keur de manier waarop ouders uit Ghana hun kinderen opvoeden niet meteen af
            A1 | open-minded         | Ik probeer de gewoontes van Poolse gezinnen niet meteen af te keuren
            # ... the first person's reflexive pronoun and "heb"/"ben", a particle split off by "te"
            A1 | empathisch          | Ik probeer me in te leven in een jongen die net uit Eritrea komt
            A4 | alert               | Ik heb snel door wanneer een stagiaire in Lissabon zich alleen voelt
            A3 | benaderbaar         | Ik ben er voor stagiairs die op hun stage in Brussel vastlopen
            A1 | cultureel sensitief | Ik probeer aan te voelen welke grappen voor een groep gevoelig liggen
            # ... and behaviour in a situation, opening in the main clause after "Als ..., (dan)"
            A3 | alert               | Als een stagiair na een huisbezoek bij een Syrisch gezin stil is, dan heb ik dat meteen door
            A5 | creatief            | Als het museum in Berlijn dicht is, maakt hij zelf iets met wat de groep onderweg ziet
            # session 16 (att16b): time taken to hear someone out; going up to someone oneself, in the first person too
            A3 | empathisch          | Ik neem de tijd voor een gesprek met een vader uit Somalie die zich zorgen maakt
            A3 | empathisch          | Ik neem de tijd om te horen wat een meisje uit Jemen in het weekend heeft meegemaakt
            A2 | proactief           | Ik stap zelf op de stagecoordinator van de school in Antwerpen af
            # ... and "Ik blijf ..." behaviour the classifier is sure is Houding, named by the model from 0.6
            A3 | nieuwsgierig        | Ik blijf vragen stellen over hoe het thuis gaat bij een jongen uit Syrie
            # session 18 (att18): not waiting for others, fresh courage after a setback, others coming to me, in the
            # first person and after a leading clause
            A2 | proactief           | Ik neem zelf contact op met een school in Riga zonder te wachten tot het bureau internationalisering iets doet
            A5 | proactief           | Wanneer een stagiaire in Leipzig weken niets laat horen, stap ik op haar af zonder te wachten tot de school belt
            A3 | veerkrachtig        | Na een vervelend gesprek met een leerbedrijf in Bremen ga ik de volgende keer met frisse moed weer langs
            # session 20 (att20): the own way named as Dutch by degree; the first person's and the past tense's "uninvited"
            A1 | cultureel zelfbewust | Zegt tegen de klas dat op tijd komen ook maar een Nederlandse gewoonte is
            A5 | cultureel zelfbewust | Ik besef in Tunis dat mijn haast best Hollands is
            A2 | proactief           | Heb uit mezelf een Vlaamse hogeschool gemaild over hun module logistiek
            A5 | proactief           | Regelde voor de reis naar Krakau een gids, niemand had erom gevraagd
            A4 | proactief           | Wacht ik niet op het stagebureau, dan bel ik zelf het hotel in Lyon
            # ... telling about the own life as readily as asking; the own way seen landing hard on others
            A1 | open                | Vertelt de nieuwkomers over zijn eigen eerste jaar in Nederland, toen hij de taal nog niet sprak
            A4 | cultureel zelfbewust | Merkt dat zijn grapjes bij de Japanse stagebegeleider hard binnenkomen en laat ze voortaan weg
            # ... and the group kept together as one, the newcomer included
            A5 | verbindend          | Houdt de groep bij elkaar, ook de stille jongen uit Eritrea die nog geen vrienden heeft
            """)
    void namesItsAttitude(String activity, String attitudes, String text) {
        List<String> expected = Arrays.stream(attitudes.split(",")).map(String::strip).toList();
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # acting quickly when a student is in trouble is the matrix's Uitvoeren task ("crises")
            A4 | Handelt snel als een stagiair in Madrid ziek wordt en belt de huisarts
            A4 | Schakelt snel als een student in Berlijn zijn paspoort kwijt is
            A5 | Handelt snel wanneer een deelnemer tijdens de reis naar Praag gewond raakt
            A3 | Kan snel schakelen als een stagiair uit Syrie zonder onderdak komt te zitten
            A5 | Kan snel handelen bij een ruzie in de jeugdherberg in Berlijn
            A4 | Snel handelen als er een incident is op de stageplek in Porto
            # session 12 (deliv12): ... and switching quickly to work it out with the student or intern
            A4 | Schakelt snel als de stageplek in Noorwegen wegvalt en zoekt met de student iets nieuws
            A4 | Kan snel schakelen wanneer een stagiaire in Wenen met haar begeleider botst en bespreekt met de stagiaire wat ze kan doen
            # "eerlijk" as fair
            A1 | Verdeelt de schoonmaaktaken in het lokaal eerlijk over de groep
            A1 | Beoordeelt alle verslagen eerlijk met hetzelfde formulier
            # others who are open
            A3 | Weet welke stagebedrijven openstaan voor studenten uit het buitenland
            A3 | Zoekt gastbedrijven die openstaan voor anderstalige stagiairs
            # session 16 (att16b): first-person tasks with a leading situation, time or going somewhere stay tasks
            A2 | Ik regel de verzekering voor de studenten die naar Lyon gaan
            A2 | Ik maak een rooster voor de week met de gastdocenten uit Tampere
            A3 | Ik bespreek met de student hoe haar stage in Krakau is gegaan
            A2 | Als de aanmelding voor de uitwisseling met Gent binnen is, boek ik de treinkaartjes
            A3 | Ik neem de tijd om de opdracht over de Turkse keuken met de klas door te nemen
            A2 | Ik stap naar de administratie om de papieren van de Poolse stagiair te regelen
            A3 | Ik blijf de voortgang van de Syrische stagiairs wekelijks bijhouden in het portfolio
            A2 | Ik blijf de stagiairs in Gent elke week bellen over hun verslag
            # keeping a thing in view
            A1 | Houdt het budget van de excursie in de gaten
            A5 | Houdt de aanmeldingen voor de reis naar Gent in de gaten
            # look-alikes of the new families
            A3 | Ziet de stageverslagen van de studenten in Gent na
            A5 | Organiseert met weinig budget een excursie naar Antwerpen
            A4 | Past het stageplan aan de feestdagen in Marokko aan
            A1 | Deelt de klas in groepen voor een opdracht over migratie
            # session 11: their look-alikes (knowledge of someone else, a skill, a task, a placement gone bankrupt)
            A4 | Weet dat haar stagiair in Madrid nog een kamer zoekt
            A5 | Spreekt zonder moeite Engels met de gastfamilie in Londen
            A1 | Legt contact met een school in Gent voor een uitwisseling
            A5 | Verplaatst het bezoek aan het museum in Parijs naar dinsdag
            A4 | Schakelt snel als het stagebedrijf van een student in Lyon failliet gaat
            A2 | Vraagt door op wat studenten al weten over handel met China
            A3 | Belt de stagiair in Gent wekelijks over hoe het gaat
            A4 | Plant het bezoek aan Sevilla en houdt daarbij rekening met de lokale feestdagen
            A1 | Regelt binnen een dag de lokalen voor de uitwisseling met Gent
            A5 | Pikt de studenten om acht uur op bij het station in Keulen
            A2 | Heeft de planning voor de reis naar Praag door met de collega's
            A5 | Trekt de stoelen in het lokaal naar voren voor de presentatie over Gent
            A2 | Zoekt een lesboek dat de stof over Duitsland bindt aan de praktijk
            A5 | Organiseert 's avonds een borrel met de Duitse gasten
            A4 | Werkt na werktijd de stageadministratie voor Spanje bij
            A1 | Vraagt studenten een verslag te schrijven over hun stage in Gent
            A5 | Proeft het menu voor de afsluitende avond met de Italiaanse gasten
            A2 | Vraagt zich af hoe de lessen over Spanje bij de studenten overkomen en past ze aan
            A2 | Maakt gekleurde kaartjes met Duitse vaktermen voor de les
            A5 | Laat de studenten verrassen met een rondleiding door het stadion in Madrid
            A2 | Neemt de regie over het projectplan voor de uitwisseling van de collega over
            # an attitude noun hyphened to a thing is that thing
            A4 | Empathie-oefening over heimwee voor stagiairs in Spanje
            A5 | Veerkracht-training voor de groep voor de reis naar Ghana
            # verb-last after the first clause is a subordinate clause about someone else, not the infinitive voice
            A5 | Regelt een andere bus als de excursie naar Brugge niet doorgaat
            A2 | Bespreekt met de klas welke kansen studenten zien in een stage in Duitsland
            # session 13 (att13): look-alikes of the behaviour families (a thing made, introduced, decided by others)
            A2 | Maakt een nieuwe lesbrief over de haven van Rotterdam en Antwerpen
            A2 | Bedenkt een opdracht over de markt in Marrakech
            A2 | Stelt de gastspreker uit Spanje voor aan de klas
            A2 | Past de toon van de brief aan de gastschool in Tokio aan
            A2 | Oefent met studenten hoe ze respectvol omgaan met klanten uit Turkije
            A1 | Bespreekt met de klas hoe je respectvol in gesprek gaat met ouders uit Marokko
            A5 | Laat studenten beslissen welke musea ze in Berlijn bezoeken
            A5 | Spreekt met de studenten af dat ze snel beslissen over de reis naar Rome
            A1 | Legt de klas uit zodat studenten begrijpen waarom de winkels in Spanje 's middags dicht zijn
            # verb-last about someone else than the teacher
            A3 | Werkt samen met een mentor in Gent die snel merkt wanneer een stagiair het moeilijk heeft
            A3 | Zoekt voor de stage in Lyon een begeleider die snel merkt dat een student vastloopt
            # session 15: working alongside someone ("samen met"), things put together
            A1 | Zorgt dat de studenten samen met de mentor een plan maken voor de stage in Gent
            A5 | Krijgt samen met een collega de subsidie voor de reis naar Praag rond
            A1 | Zorgt dat de lessen ook te volgen zijn voor stagiairs die net uit Polen komen samen met de taalcoach
            A2 | Zorgt dat de opdrachten over Duitsland en Belgie samen in de studiewijzer staan
            # session 15: the students' views and explanations, being informed by an office
            A1 | Vraagt studenten uit Syrie waar hun ideeen over zorg vandaan komen
            A2 | Laat studenten uitleggen hoe een bedrijf in Spanje werkt
            A2 | Laat zich informeren door het internationaliseringsbureau over beurzen
            # session 15: what the teacher wants of others ("Wil dat studenten ...") is not the teacher's attitude
            A2 | Wil dat studenten leren hoe ze met klanten uit Duitsland omgaan
            A2 | Wil dat studenten meer willen weten over het vak in Belgie
            A4 | Wil dat stagiairs flexibel zijn als de stage in Spanje anders loopt
            # session 16 (att16): first-person tasks with the first-person attitude words, how a thing comes across
            A4 | Ik maak een rooster voor de bezoeken aan stagiairs in Spanje
            A1 | Ik merk de spelfouten in de verslagen van anderstalige studenten op en bespreek ze
            A2 | Ik vraag me af hoe de opdracht over Turkije bij de studenten overkomt en pas hem aan
            A1 | Als een student een kwetsende opmerking over moslims maakt, dan bespreek ik dat met de hele groep
            A1 | Ik maak de les over opvoeding in Marokko boeiend met filmpjes
            A5 | Als de bus in Gent niet komt, dan bel ik de busmaatschappij voor een andere
            A1 | Ik keur de verslagen over de stage in Gent goed of af
            # session 18 (att18): a leading clause and "ik" let the model name, but first-person tasks stay tasks
            A3 | Als de stage in Duitsland begint, stuur ik de planning naar het leerbedrijf
            A3 | Toen de inschrijving voor de reis sloot, heb ik de deelnemerslijst naar de administratie gestuurd
            A3 | Als een student ziek is tijdens de stage in Spanje, meld ik dat bij de stagecoordinator
            A1 | Wanneer de groep terug is uit Italie, bespreek ik de reflectieverslagen in de les
            A3 | Als een stagiair in Praag zijn portemonnee kwijt is, bel ik zijn ouders en de bank
            # ... and what "we" do after a leading clause is the group's, not the teacher's attitude
            A5 | Als de trein naar Keulen uitvalt, improviseren we een programma op het station
            # session 20 (att20): Dutch ways as the lesson's subject, not the teacher's verdict on the own way
            A2 | Maakt een les over wat Turkse klanten in de kapsalon heel Nederlands vinden
            A1 | Bespreekt met de studenten welke Nederlandse gewoontes gasten uit Japan vreemd vinden
            A1 | Laat studenten opschrijven wat Duitse gasten heel Nederlands vinden aan onze bediening
            A3 | Bereidt Poolse stagiairs voor op de erg Nederlandse directheid van de praktijkopleiders
            # ... and a learner made to tell about "zijn eigen" is the learner's story, not the teacher's openness
            A1 | Laat een student uit Ghana in de les vertellen over zijn eigen dorp
            # ... and everyone kept together on a trip is the trip's logistics
            A5 | Telt in Parijs op elk station de koppen en houdt iedereen bij elkaar
            """)
    void namesNone(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).isEmpty();
    }

    /** A leading clause and then "ik" in the main clause is behaviour told from the inside; not "we", "hij", no clause. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | Als een student uit Irak zijn stage wil stoppen, bel ik hem dezelfde dag nog
            true  | Toen de stageplek in Lille wegviel, heb ik met de student een nieuwe gezocht
            true  | Wanneer het gesprek over geloof hoog oploopt, dan blijf ik rustig
            false | Als de trein naar Keulen uitvalt, improviseren we een programma op het station
            false | Als de trein naar Keulen uitvalt, regelt hij een bus
            false | Ik bel de student in Lille als de stageplek wegvalt
            """)
    void reactsInFirstPersonAfterALeadingClause(boolean expected, String text) {
        assertThat(Reactions.inFirstPerson(lexicons.analyzer.analyze(text))).isEqualTo(expected);
    }

    /** Keeping up with the trade is lerende houding only with something from abroad in it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Houdt haar vakkennis bij door vakbladen te lezen",
        "Leest de vakbladen over de bouw",
    })
    void keepingUpAtHomeIsTooGeneral(String text) {
        SortedStatement sorted = sorter.sort(text, "A2");
        assertThat(sorted.placement()).isEqualTo(Placement.GENERIC);
        assertThat(sorted.genericReason()).contains(GenericReason.TOO_GENERAL);
    }

    /**
     * The model's attitude beside the lexicons' names: only where it is all but sure, never one the lexicons already
     * named, and nothing beside nothing (where the lexicons name nothing the model's own gate decides).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Gooit zonder paniek het programma om als de gastschool dichtgaat",
        "Vraagt studenten graag hoe het er in hun land aan toe gaat",
        "Voelt goed aan als een student uit Eritrea het moeilijk heeft",
    })
    void besideOnlyWhenAllButSure(String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        List<String> names = lexicons.attitudes.names();
        double[] p = lexicons.attitudeModel.probabilities(analysed);
        int top = 0;
        for (int c = 1; c < names.size(); c++) {
            top = p[c] > p[top] ? c : top;
        }
        String other = names.get((top + 1) % names.size());
        AttitudeRecognizer.Recognition named = new AttitudeRecognizer.Recognition(List.of(other), true, List.of());
        boolean sure = p[top] >= AttitudeModel.BESIDE_THRESHOLD && p[top] >= p[names.size()];
        assertThat(lexicons.attitudeModel.beside(analysed, named, name -> false)).isEqualTo(sure ? names.get(top) : null);
        // with other evidence of the attitude in the statement, a lower probability will do
        boolean fairlySure = p[top] >= AttitudeModel.SUPPORTED_BESIDE_THRESHOLD && p[top] >= p[names.size()];
        assertThat(lexicons.attitudeModel.beside(analysed, named, name -> true))
                .isEqualTo(fairlySure ? names.get(top) : null);
        assertThat(lexicons.attitudeModel.beside(analysed, new AttitudeRecognizer.Recognition(List.of(names.get(top)),
                true, List.of()), name -> true)).isNull();
        assertThat(lexicons.attitudeModel.beside(analysed, AttitudeRecognizer.Recognition.NONE, name -> true)).isNull();
    }
}
