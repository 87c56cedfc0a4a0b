package nl.personacanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbookTest {
    private static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");

    private final CoreActivity stageAbroad = new CoreActivity("A4", "A4",
            "Internationale en interculturele dimensies integreren in stages in het buitenland", ActivityGroup.MOBILITY);
    private final CoreActivity own = new CoreActivity("k-slb", null,
            "Internationale en interculturele dimensie integreren in studieloopbaantraject", ActivityGroup.AT_HOME);
    private final Persona laura = Persona.create("Laura", "begeleidt studenten bij een internationale stage", "A4", T0);
    private final Persona mehmet = Persona.create("Mehmet", "is slb'er", "k-slb", T0);

    private Workbook workbook() {
        return Workbook.empty().withSchool("Alfa-college").withActivities(List.of(stageAbroad, own))
                .addPersona(laura).addPersona(mehmet);
    }

    @Test
    void findsPersonasAndTheirActivities() {
        Workbook wb = workbook();

        assertThat(wb.persona(laura.id())).contains(laura);
        assertThat(wb.activityOf(mehmet)).contains(own);
        assertThat(wb.personasOf("A4")).containsExactly(laura);
        assertThat(own.isOwn()).isTrue();
        assertThat(stageAbroad.matrixActivity()).contains("A4");
    }

    @Test
    void updatesOnePersonaAndLeavesTheRest() {
        Workbook wb = workbook();

        Workbook changed = wb.updatePersona(laura.id(), p -> p.withName("Laura B."));

        assertThat(changed.persona(laura.id())).map(Persona::name).contains("Laura B.");
        assertThat(changed.persona(mehmet.id())).contains(mehmet);
        assertThat(wb.persona(laura.id())).map(Persona::name).contains("Laura");
        assertThatThrownBy(() -> wb.updatePersona("unknown", p -> p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void insertsAndRemovesPersonas() {
        Persona sanne = Persona.create("Sanne", "organiseert een uitwisseling", "A4", T0);

        Workbook wb = workbook().insertPersona(1, sanne);

        assertThat(wb.personas()).containsExactly(laura, sanne, mehmet);
        assertThat(wb.removePersona(sanne.id()).personas()).containsExactly(laura, mehmet);
    }

    @Test
    void equalWorkbooksAreEqualValues() {
        assertThat(workbook()).isEqualTo(workbook()).hasSameHashCodeAs(workbook());
        assertThat(workbook().withMatrixVersion("1.0")).isNotEqualTo(workbook());
    }
}
