package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25 (`att25`): warm scenes read by {@link WarmScene}: a learner asked how it is ({@link WellbeingAsked}), a
 * setback shrugged off ({@link SetbackShrugged}), taught by the learners ({@link TaughtByLearners}), sitting down with
 * someone ({@link SatWith}), one's own form of address changed ({@link AddressChanged}), another's way asked and taken
 * over ({@link AskedAndAdopted}). Sentences written for these tests (autotechniek, bouw, zorg, ICT, kapper, groen,
 * hotel, beveiliging), none from an evaluation set; each class read in its forms, its look-alike tasks read as none.
 */
class WarmSceneTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    private static String firstName(String text) {
        var names = lexicons.warmScenes.read(lexicons.analyzer.analyze(text));
        return names.isEmpty() ? "none" : names.get(0);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            empathisch | Toen een leerling in de werkplaats stil bleef na een opmerking over zijn accent, heb ik hem na de les gevraagd hoe het met hem ging
            empathisch | Gert vraagt bij de koffieautomaat aan een Eritrese stagiaire die al een week niets zegt hoe het thuis gaat
            empathisch | Ik vroeg mijn cursist na de praktijkles gewoon hoe het echt was
            veerkrachtig | Als een garage in Aken mijn Syrische leerling weer weigert, haal ik mijn schouders op en mail ik de volgende
            veerkrachtig | Weer een hotel dat afhaakt vanwege de taal. Balen, maar morgen bel ik er drie nieuwe
            veerkrachtig | Toen de hovenier in Gent afzegde, ben ik niet bij de pakken neer gaan zitten maar heb ik met de student verder gezocht
            flexibel | Bus naar Keulen valt uit? Dan gewoon plan B, met de trein
            lerende houding | Ik heb me door een Poolse leerling laten uitleggen hoe je daar een dakgoot soldeert
            lerende houding | In Porto liet ik me door de stagiairs bijpraten over hoe hun salon werkt
            lerende houding | Femke laat zich door haar cursisten verbeteren als ze een Arabische term verkeerd zegt
            open-minded | Op excursie laat ik me ook door hen verrassen als ze een kraam uit hun land herkennen
            empathisch | Toen een stagiair na een ruzie met zijn werkbegeleider zat te piekeren, ben ik naast hem gaan zitten
            verbindend | Ik ben bij de moeder van een nieuwe leerling aan de keukentafel gaan zitten om het kamp uit te leggen
            benaderbaar | Bij het bedrijfsbezoek in Venlo drinkt Kees gewoon een kop koffie mee met zijn leerlingen in de schaftkeet
            cultureel sensitief | Toen de Belgische opdrachtgever stug reageerde op mijn 'hoi Luc', ben ik overgestapt op 'meneer Peeters'
            cultureel sensitief | Ik weet dat de Franse hotelmanager dat niet waardeert, dus ik mail hem sindsdien beleefder
            cultureel sensitief | Bij elke nieuwe klas oefen ik de namen tot ik ze goed uitspreek
            lerende houding | Vraagt een Marokkaanse leerling hoe zijn oom in Fez een tegelvloer legt, en probeert dat thuis zelf uit
            lerende houding | Ik vraag de Poolse collega hoe zij beveiligers inwerkt, daar steek ik zelf veel van op
            lerende houding | Vraagt de cursisten na de les wat ze misten en past het daarna aan
            """)
    void readsEachWarmSceneWithItsFirstAttitude(String attitude, String text) {
        assertThat(firstName(text)).as(text).isEqualTo(attitude);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a check-in at fixed times, asked beside a task's talk, how it goes there
            Belt elke vrijdag met de leerlingen in Gent en vraagt hoe het gaat met het logboek
            Bezoekt de stagiair in Bremen en vraagt ook hoe het gaat met de Duitse taal
            Ik vraag collega's die in Zweden werkten hoe het daar gaat met de veiligheid op de bouw
            Begint elk intakegesprek met de vraag hoe het voelt om als enige vrouw in de werkplaats te staan
            Ik blijf vragen stellen over hoe het thuis gaat bij een leerling uit Irak
            # a lesson about a shrug, a plan B made in advance
            Ontwerpt een les over tegenslag waarin studenten oefenen hoe je je schouders ophaalt na een afwijzing
            Zorgt bij elke reis naar Berlijn voor een plan B als de trein uitvalt
            # learners made to explain to each other, a coordinator who explains, a discouragement
            Laat studenten door elkaar uitleggen hoe een meterkast in hun land eruitziet
            Laat zich door de stagecoördinator uitleggen welke verzekering nodig is voor Turkije
            Laat zich niet door de studenten gek maken als het in de klas onrustig wordt
            # beside a learner at a planned talk, a table or a meal organised
            Gaat bij het driegesprek naast de stagiair zitten en bespreekt de beoordeling
            Regelt in Parijs een tafel in een restaurant waar de groep samen kan lunchen
            Organiseert een lunch waarbij hij bij de ouders aan tafel gaat zitten
            # a lesson on forms of address, learners practising names, a change of bus company
            Ontwerpt een les over aanspreekvormen waarin studenten oefenen wanneer je 'Sie' zegt
            Laat studenten in tweetallen elkaars namen goed uitspreken
            Is voor de reis naar Lyon overgestapt op een ander busbedrijf
            # asked and compared in class, asked of an office, asked and put in a lesson letter
            Vraagt studenten hoe een auto in hun land wordt gekeurd en laat de klas vergelijken
            Vraagt bij het reisbureau na welke hotels geschikt zijn en past de planning aan
            Vraagt collega's om Duitse vakteksten en neemt die op in de lesbrief
            """)
    void readsNoneInTheLookAlikeTasks(String text) {
        assertThat(firstName(text)).as(text).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | Toen een leerling in de werkplaats stil bleef na een opmerking over zijn accent, heb ik hem na de les gevraagd hoe het met hem ging
            A3 | Als een garage in Aken mijn Syrische leerling weer weigert, haal ik mijn schouders op en mail ik de volgende
            A2 | Ik heb me door een Poolse leerling laten uitleggen hoe je daar een dakgoot soldeert
            A4 | Toen de Belgische opdrachtgever stug reageerde op mijn 'hoi Luc', ben ik overgestapt op 'meneer Peeters'
            """)
    void theSceneIsPlacedInHouding(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Belt elke vrijdag met de leerlingen in Gent en vraagt hoe het gaat met het logboek
            A5 | Regelt in Parijs een tafel in een restaurant waar de groep samen kan lunchen
            A1 | Laat studenten door elkaar uitleggen hoe een meterkast in hun land eruitziet
            """)
    void theLookAlikeTasksStayOutOfHouding(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
    }
}
