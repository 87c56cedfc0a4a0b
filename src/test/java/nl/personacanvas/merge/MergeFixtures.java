package nl.personacanvas.merge;

import java.time.Instant;
import java.util.List;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/** A small hand-made workbook: Laura (stage abroad) with a few entries, the common base of the unit tests. */
final class MergeFixtures {
    static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");
    static final Instant T1 = Instant.parse("2024-03-20T14:00:00Z");
    static final CoreActivity STAGE_ABROAD = new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY);
    static final Entry D1 = new Entry("e-d1", "Ontwerpt een reflectieopdracht over cultuurverschillen", List.of(), "");
    static final Entry D2 = new Entry("e-d2", "Stemt leerdoelen af met het stagebedrijf", List.of("A4.design.1"), "");
    static final Entry D3 = new Entry("e-d3", "Maakt een beoordelingsformulier met interculturele criteria", List.of(), "");
    static final Entry V1 = new Entry("e-v1", "Coacht op afstand via korte videogesprekken", List.of(), "");
    static final Entry O1 = new Entry("e-o1", "Onderhoudt contact met partnerscholen", List.of(), "");
    static final Entry H1 = new Entry("e-h1", "Flexibel bij onverwachte situaties", List.of(), "");

    private MergeFixtures() {
    }

    static Persona laura() {
        Canvas canvas = Canvas.of(java.util.Map.of(
                Quadrant.DESIGN, List.of(D1, D2, D3),
                Quadrant.DELIVER, List.of(V1),
                Quadrant.ORGANISE, List.of(O1),
                Quadrant.ATTITUDE, List.of(H1)));
        return new Persona("p-laura", "Laura", "begeleidt studenten bij een internationale stage", "A4",
                List.of("Docent Zorg"), null, "", T0, T0, canvas);
    }

    static Workbook workbook() {
        return Workbook.empty().withSchool("Alfa-college").withRegion("Noord en Oost Nederland").withTeam("Panel")
                .withDefinition("Internationalisering is voor iedereen.")
                .withPrinciples(List.of(new PrincipleTheme("Diversiteit", List.of("School als ontmoetingsplek"))))
                .withActivities(List.of(STAGE_ABROAD)).addPersona(laura()).withMatrixVersion("1.0");
    }

    static Workbook withLaura(Workbook wb, java.util.function.UnaryOperator<Persona> change) {
        return wb.updatePersona("p-laura", p -> change.apply(p).withModified(T1));
    }
}
