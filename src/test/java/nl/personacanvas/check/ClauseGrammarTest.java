package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 9: the grammar that decides where a statement's attitude stands and whose task it is — the subject of a
 * "dat" clause behind its adjectives, "die van" and "als eerste" that open no clause, "Weet ... te ..." past a
 * relative clause, adverbs of habit, manner expressions ("zonder morren"), vetoes that keep the trained model off
 * a word read as no attitude, actors joined by "en" and departments named by a noun — and the paraphrase families
 * added with them. Sentences written for these tests, none from an evaluation set. The assertions hold whatever
 * the trained attitude model names: each case is decided by the rules and lexicons.
 */
class ClauseGrammarTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the subject of the "dat" clause behind determiners, adjectives and "en"
        "A4|Zorgt dat de Turkse en Nederlandse stagiairs samen optrekken|verbindend",
        "A5|Zorgt dat alle bezoekende leerlingen met elkaar in gesprek raken|verbindend",
        // "die van ..." is those of, not a relative clause that ends the "dat" clause
        "A5|Zorgt dat haar studenten en die van de school in Lille samen optrekken|verbindend",
        // "Weet [object die ...] ... te ...": the capability reaches past the relative clause
        "A1|Weet klasgenoten die elkaar negeren toch met elkaar in gesprek te brengen|verbindend",
        // a manner expression names the attitude wherever it stands
        "A5|Verschuift de excursie naar Gent zonder mopperen|flexibel",
        "A4|Zet het bezoek aan de stagiair in Turijn zonder te klagen een week later|flexibel",
        // others joined by "en" acting towards the teacher
        "A3|Ouders en studenten kloppen vaak bij haar aan|benaderbaar",
        // ... and the learner's heimwee they come with: empathisch beside it (session 25, att25b, LearnerDistress)
        "A4|Stagiairs kloppen bij hem aan met heimwee|benaderbaar,empathisch",
        // paraphrase families
        "A4|Kan goed leven met een stagerooster in Wenen dat steeds verandert|flexibel",
        "A5|Accepteert dat collega's in Ghana anders plannen|open-minded",
        "A1|Begrijpt hoe het voelt om in een vreemd land te wonen|empathisch",
        "A1|Laat zich door een Turkse student corrigeren over diens feestdagen|lerende houding",
        "A3|Raakt niet ontmoedigd als de partnerschool in Lyon afzegt|veerkrachtig",
        "A1|Durft het gesprek aan over racisme in de klas|zelfvertrouwen in complexe situaties",
        "A5|Durft het aan om met de klas naar Marokko te gaan|ondernemend",
    })
    void theRulesReadTheAttitude(String activity, String text, String attitude) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).as(text).containsExactly(attitude.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // courage given to someone else is a task: the veto also keeps the trained model off "moed"
        "A4|Weet een student die vastloopt in Madrid weer moed te geven",
        "A4|Spreekt een stagiair in Rome moed in na een tegenvaller",
        "A1|Geeft studenten uit Syrie moed bij hun eerste presentatie",
        // a "dat" clause about a thing stays a task
        "A2|Zorgt dat de Engelse lesbrieven voor de studenten klaarliggen",
    })
    void aTaskStaysATask(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isNotEqualTo(Placement.of(Quadrant.ATTITUDE));
        assertThat(s.attitudes()).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|De administratie en de roosteraar plannen de uitwisselingsweek",
        "A4|De afdeling financien betaalt de vliegtickets naar Spanje",
        "A5|Het team facilitair regelt de bus naar Keulen",
        "A4|Het bureau stages zoekt een gastgezin in Malaga",
    })
    void aDepartmentOrTwoOthersActingIsAnotherPersonsTask(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A5|Het team informeren over de reis naar Berlijn",
        "A4|De stagiair in Porto wekelijks bellen",
    })
    void theTeachersDoingToThemStaysTheTeachers(String activity, String text) {
        assertThat(sorter.sort(text, activity).reason()).as(text).isNotEqualTo(GenericReason.OTHER_PERSON);
    }

    @Test
    void anAdverbOfHabitAfterTheOpeningVerbDescribesBehaviour() {
        assertThat(habitual("Zoekt telkens naar wat de studenten gemeen hebben")).isTrue();
        assertThat(habitual("Bedenkt steeds weer andere werkvormen")).isTrue();
        assertThat(habitual("Zij vraagt voortdurend door op de ervaringen van stagiairs")).isTrue();
        assertThat(habitual("Geeft de les over Spanje")).isFalse();
        assertThat(habitual("Plant de gesprekken met de stagiairs en houdt die steeds bij")).isFalse();
    }

    @Test
    void alsBeforeARankComparesAndOpensNoSituation() {
        assertThat(inSituation("Neemt als eerste contact op met de gastschool in Rome")).isFalse();
        assertThat(inSituation("Is in het team als enige bezig met de uitwisseling")).isFalse();
        assertThat(inSituation("Belt de ouders als een student in Rome ziek wordt")).isTrue();
    }

    private static boolean habitual(String text) {
        return lexicons.attitudes.habitual(lexicons.analyzer.analyze(text));
    }

    private static boolean inSituation(String text) {
        return lexicons.attitudes.inSituation(lexicons.analyzer.analyze(text));
    }
}
