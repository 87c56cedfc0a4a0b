package nl.personacanvas.merge;

import static nl.personacanvas.merge.MergeFixtures.D1;
import static nl.personacanvas.merge.MergeFixtures.D2;
import static nl.personacanvas.merge.MergeFixtures.D3;
import static nl.personacanvas.merge.MergeFixtures.O1;
import static nl.personacanvas.merge.MergeFixtures.V1;
import static nl.personacanvas.merge.MergeFixtures.T0;
import static nl.personacanvas.merge.MergeFixtures.workbook;
import static nl.personacanvas.merge.MergeFixtures.withLaura;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/** Whole-workbook merges: personas added, activities matched, workbook fields and principles. */
class WorkbookMergerTest {
    private final WorkbookMerger merger = new WorkbookMerger(Locale.forLanguageTag("nl"));

    @Test
    void identicalWorkbooksMergeToNothing() {
        Workbook mine = workbook();
        Workbook theirs = withLaura(workbook(), p -> p);

        MergePlan plan = merger.plan(mine, theirs, "b.pcanvas");
        MergeResult result = plan.apply(MergeDecisions.defaults());

        assertThat(plan.isEmpty()).as("a different modified time alone is no difference").isTrue();
        assertThat(result.workbook()).isEqualTo(mine);
        assertThat(result.report().render(new MergeText(Locale.forLanguageTag("nl"))))
                .containsExactly("b.pcanvas: niets nieuws, niets veranderd.");
    }

    @Test
    void addsAPersonaOnlyTheyHaveWithItsOwnActivityMatchedByName() {
        CoreActivity myOwn = new CoreActivity("k-mine", null, "Actualiteiten bespreken in een diverse klas", ActivityGroup.AT_HOME);
        CoreActivity theirOwn = new CoreActivity("k-theirs", null, "actualiteiten  bespreken in een diverse klas ", ActivityGroup.AT_HOME);
        Workbook mine = workbook().withActivities(List.of(MergeFixtures.STAGE_ABROAD, myOwn));
        Persona sam = Persona.create("Sam", "bespreekt het nieuws", "k-theirs", T0);
        Workbook theirs = workbook().withActivities(List.of(MergeFixtures.STAGE_ABROAD, theirOwn)).addPersona(sam);

        MergePlan plan = merger.plan(mine, theirs, "b.pcanvas");
        Workbook merged = plan.apply(MergeDecisions.defaults()).workbook();

        assertThat(plan.additions()).extracting(a -> a.persona().name()).containsExactly("Sam");
        assertThat(merged.persona(sam.id()).orElseThrow().activityId()).isEqualTo("k-mine");
        assertThat(merged.activities()).hasSize(2);
        assertThat(plan.workbookFields()).extracting(FieldDifference::field).containsExactly(Field.ACTIVITY_NAME);
    }

    @Test
    void addsTheActivityOfANewPersonaWhenIHaveNoneLikeIt() {
        CoreActivity groupTrip = new CoreActivity("A4", "A5", "Studiereizen", ActivityGroup.MOBILITY);
        Persona tom = Persona.create("Tom", "organiseert studiereizen", "A4", T0);
        Workbook theirs = Workbook.empty().withActivities(List.of(groupTrip)).addPersona(tom);

        MergeResult result = merger.mergeKeepingBoth(workbook(), theirs, "b.pcanvas");

        CoreActivity added = result.workbook().activities().get(1);
        assertThat(added.matrixId()).isEqualTo("A5");
        assertThat(added.id()).as("their id A4 is taken by my stage activity").isNotEqualTo("A4");
        assertThat(result.workbook().persona(tom.id()).orElseThrow().activityId()).isEqualTo(added.id());
        assertThat(result.conflictsKept()).isFalse();
    }

    @Test
    void matchesAMatrixActivityByItsMatrixIdWhateverItsIdAndName() {
        CoreActivity theirStage = new CoreActivity("k-stage", "A4", "Stage buitenland", ActivityGroup.MOBILITY);
        Persona ahmed = Persona.create("Ahmed", "bereidt studenten voor", "k-stage", T0);
        Workbook theirs = workbook().withActivities(List.of(theirStage)).addPersona(ahmed);

        MergePlan plan = merger.plan(workbook(), theirs, "b.pcanvas");
        Workbook merged = plan.apply(MergeDecisions.defaults()).workbook();

        assertThat(merged.activities()).hasSize(1);
        assertThat(merged.persona(ahmed.id()).orElseThrow().activityId()).isEqualTo("A4");
        assertThat(merged.activities().get(0).name()).isEqualTo("Stages in het buitenland [uit b.pcanvas: Stage buitenland]");
    }

    @Test
    void choosingMineLeavesANewPersonaOut() {
        Persona sam = Persona.create("Sam", "bespreekt het nieuws", "A4", T0);
        MergePlan plan = merger.plan(workbook(), workbook().addPersona(sam), "b.pcanvas");

        MergeResult result = plan.apply(MergeDecisions.defaults().with(plan.additions().get(0), Choice.MINE));

        assertThat(result.workbook().personas()).extracting(Persona::name).containsExactly("Laura");
        assertThat(result.report().render(new MergeText(Locale.ENGLISH))).contains("  - persona Sam not taken over");
    }

    @Test
    void givesANewPersonaNewIdsWhereTheyClashWithMine() {
        Persona clash = new Persona("e-d1", "Sam", "", "A4", List.of(), null, "", T0, T0,
                nl.personacanvas.model.Canvas.empty().add(Quadrant.DESIGN, new Entry("p-laura", "Iets", List.of(), "")));
        Workbook merged = merger.mergeKeepingBoth(workbook(), workbook().addPersona(clash), "b.pcanvas").workbook();

        Persona sam = merged.personas().get(1);
        assertThat(sam.id()).isNotIn("e-d1", "p-laura");
        assertThat(sam.canvas().entries(Quadrant.DESIGN).get(0).id()).isNotIn("e-d1", "p-laura");
        assertThat(sam.canvas().entries(Quadrant.DESIGN).get(0).text()).isEqualTo("Iets");
    }

    /**
     * Session 22: a coordinator importing panel members' files, which leave the working definition and the region
     * empty, was asked about both for every file and read "werkdefinitie: aangevuld (… / "")" in the report.
     */
    @Test
    void aWorkbookFieldTheyLeftEmptyIsNoDifferenceAndNotReported() {
        Workbook theirs = workbook().withDefinition("").withRegion(" ").withTeam("Techniek");

        MergePlan plan = merger.plan(workbook(), theirs, "panel-techniek.pcanvas");
        MergeResult result = plan.apply(MergeDecisions.defaults());

        assertThat(plan.workbookFields()).extracting(FieldDifference::field).containsExactly(Field.TEAM);
        assertThat(result.workbook().definition()).isEqualTo(workbook().definition());
        assertThat(result.workbook().region()).isEqualTo(workbook().region());
        String report = String.join("\n", result.report().render(new MergeText(java.util.Locale.forLanguageTag("nl"))));
        assertThat(report).contains("team").doesNotContain("werkdefinitie").doesNotContain("regio");

        MergePlan theirsFilledIn = merger.plan(workbook().withDefinition(""), workbook(), "panel-zorg.pcanvas");
        assertThat(theirsFilledIn.workbookFields()).as("a field only they filled in is still theirs to add")
                .extracting(FieldDifference::field).containsExactly(Field.DEFINITION);
    }

    /**
     * Session 24 (journey24): importing a panel's file into a new workbook asked about School, Regio and Team, whose
     * empty side had nothing to lose. A field I left empty is no question; it takes theirs and the report says so.
     */
    @Test
    void onlyAFieldHoldingTextTheirsWouldChangeIsAQuestion() {
        Workbook mine = workbook().withSchool("").withRegion(" ").withTeam("Panel");
        Workbook theirs = workbook().withRegion("Groningen").withTeam("Panel Techniek");

        MergePlan plan = merger.plan(mine, theirs, "panel-techniek.pcanvas");

        assertThat(plan.workbookQuestions()).extracting(FieldDifference::field).containsExactly(Field.TEAM);
        assertThat(plan.workbookFields()).extracting(FieldDifference::field)
                .containsExactly(Field.SCHOOL, Field.REGION, Field.TEAM);
        MergeResult result = plan.apply(MergeDecisions.defaults());
        assertThat(result.workbook().school()).isEqualTo("Alfa-college");
        assertThat(result.workbook().region()).isEqualTo("Groningen");
        assertThat(merger.plan(Workbook.empty(), theirs, "panel-techniek.pcanvas").workbookQuestions()).isEmpty();
    }

    @Test
    void keepsBothWorkbookTextsMarkedByDefault() {
        Workbook theirs = workbook().withSchool("Alfa-college Groningen").withDefinition("Iedereen doet mee.").withTeam("");

        MergePlan plan = merger.plan(workbook(), theirs, "b.pcanvas");
        MergeResult result = plan.apply(MergeDecisions.defaults());

        assertThat(result.workbook().school()).isEqualTo("Alfa-college [uit b.pcanvas: Alfa-college Groningen]");
        assertThat(result.workbook().definition())
                .isEqualTo("Internationalisering is voor iedereen.\n\n[uit b.pcanvas]\nIedereen doet mee.");
        assertThat(result.workbook().team()).as("their empty team takes nothing away").isEqualTo("Panel");
        assertThat(result.report().conflictsKept()).isEqualTo(2);
    }

    /**
     * Files of three panel members imported one after another: the second added a line to Laura's notes (a marked
     * role) and a paragraph to the definition; the third member's unchanged notes and definition are already in
     * mine and add nothing, where they used to be added again under "[uit c.pcanvas]" as a conflict.
     */
    @Test
    void aTextAlreadyInMineIsNotAddedAgainByALaterImport() {
        Workbook first = withLaura(workbook(), p -> p.withNotes("Voorbeeldpersona uit sessie 4."));
        Workbook second = withLaura(workbook(), p -> p.withNotes("Voorbeeldpersona uit sessie 4.").withRole("coacht"))
                .withDefinition("Internationalisering is voor iedereen, ook op afstand.");
        Workbook afterSecond = merger.mergeKeepingBoth(first, second, "b.pcanvas").workbook();
        Persona laura = afterSecond.personas().get(0);
        assertThat(laura.notes()).startsWith("Voorbeeldpersona uit sessie 4.\nuit b.pcanvas");

        MergeResult third = merger.mergeKeepingBoth(afterSecond, first, "c.pcanvas");

        assertThat(third.workbook().personas().get(0).notes()).isEqualTo(laura.notes());
        assertThat(third.workbook().definition()).isEqualTo(afterSecond.definition());
        assertThat(third.report().conflictsKept()).isZero();
        assertThat(third.report().render(new MergeText(Locale.forLanguageTag("nl"))))
                .contains("    aantekeningen: hun tekst staat al in mijn versie; niets toegevoegd",
                        "  werkdefinitie: hun tekst staat al in mijn versie; niets toegevoegd");
    }

    @Test
    void workbookFieldsFollowExplicitChoices() {
        Workbook theirs = workbook().withSchool("Alfa-college Groningen").withDefinition("Iedereen doet mee.");
        MergePlan plan = merger.plan(workbook(), theirs, "b.pcanvas");
        FieldDifference school = field(plan, Field.SCHOOL);
        FieldDifference definition = field(plan, Field.DEFINITION);

        MergeResult result = plan.apply(MergeDecisions.defaults().with(school, Choice.THEIRS).with(definition, Choice.MINE));

        assertThat(result.workbook().school()).isEqualTo("Alfa-college Groningen");
        assertThat(result.workbook().definition()).isEqualTo("Internationalisering is voor iedereen.");
        assertThat(result.conflictsKept()).isFalse();
    }

    @Test
    void joinsPrinciplesWithoutConflicts() {
        Workbook theirs = workbook().withPrinciples(List.of(
                new PrincipleTheme("diversiteit", List.of("School als ontmoetingsplek", "Ruimte voor elkaars verhaal")),
                new PrincipleTheme("Focus op de regio", List.of("Samen met het bedrijfsleven"))));

        MergePlan plan = merger.plan(workbook(), theirs, "b.pcanvas");
        Workbook merged = plan.apply(MergeDecisions.defaults()).workbook();

        assertThat(merged.principles()).containsExactly(
                new PrincipleTheme("Diversiteit", List.of("School als ontmoetingsplek", "Ruimte voor elkaars verhaal")),
                new PrincipleTheme("Focus op de regio", List.of("Samen met het bedrijfsleven")));
        assertThat(plan.hasConflicts()).isFalse();
    }

    @Test
    void reportsWhatHappenedInBothLanguages() {
        Persona sam = Persona.create("Sam", "bespreekt het nieuws", "A4", T0);
        Workbook theirs = withLaura(workbook(), p -> p.withCanvas(p.canvas().replace(D1.withText("Ontwerpt een reflectieopdracht"))))
                .addPersona(sam);

        MergeReport report = merger.mergeKeepingBoth(workbook(), theirs, "b.pcanvas").report();

        assertThat(report.render(new MergeText(Locale.forLanguageTag("nl")))).containsExactly(
                "Samengevoegd met b.pcanvas:",
                "  \u2260 persona Laura: 1 verschil",
                "    ! Ontwerpen & Ontwikkelen: conflict, beide versies bewaard: "
                        + "\"Ontwerpt een reflectieopdracht over cultuurverschillen\" en, gemarkeerd, \"Ontwerpt een reflectieopdracht\"",
                "  + persona Sam toegevoegd (geen notities)");
        assertThat(report.render(new MergeText(Locale.ENGLISH))).contains("  + persona Sam added (no entries)", "  \u2260 persona Laura: 1 difference");
        assertThat(report.addedPersonas()).containsExactly("Sam");
    }

    /**
     * Session 16: the import's summary said "Laura: 3 verschillen" and listed two. A note only I have (they deleted it,
     * or an earlier import added it) is kept without a line of its own; the count under the persona says so.
     */
    @Test
    void notesOnlyIHaveAreCountedInALineSoTheCountMatchesWhatIsListed() {
        Workbook theirs = withLaura(workbook(), p -> p.withRole("coacht")
                .withCanvas(p.canvas().remove(D3.id()).remove(D2.id())));

        MergeReport report = merger.mergeKeepingBoth(workbook(), theirs, "b.pcanvas").report();

        List<String> nl = report.render(new MergeText(Locale.forLanguageTag("nl")));
        assertThat(nl).contains("  \u2260 persona Laura: 3 verschillen",
                "    2 notities alleen in mijn versie (bij hen niet aanwezig): gehouden");
        assertThat(nl.subList(nl.indexOf("  \u2260 persona Laura: 3 verschillen") + 1, nl.size()))
                .as("a line for each difference, the kept notes in one").hasSize(2);
        assertThat(report.render(new MergeText(Locale.ENGLISH)))
                .contains("    2 notes only in my version (not in theirs): kept");
    }

    @Test
    void differenceKeysAreDistinctSoDecisionsCannotCollide() {
        Workbook theirs = withLaura(workbook().withSchool("X"), p -> p.withName("Lotte")
                .withCanvas(p.canvas().remove(D3.id()).replace(D2.withText("Anders")).move(O1.id(), Quadrant.DESIGN, 0)
                        .add(Quadrant.DELIVER, new Entry("e-new", "Nieuw", List.of(), ""))));

        List<Difference> differences = merger.plan(workbook(), theirs, "b.pcanvas").differences();

        assertThat(differences).hasSize(6);
        assertThat(differences.stream().map(Difference::key).distinct()).hasSize(6);
        assertThat(V1.id()).isNotIn(differences.stream().map(Difference::key).toList());
        assertThat(D1.id()).isEqualTo("e-d1");
    }

    private static FieldDifference field(MergePlan plan, Field field) {
        return plan.workbookFields().stream().filter(f -> f.field() == field).findFirst().orElseThrow();
    }

    @Test
    void fillsInAPortraitIHaveNotGot() {
        Portrait photo = new Portrait("image/png", new byte[] {1, 2, 3});
        Workbook theirs = withLaura(workbook(), p -> p.withPortrait(photo));

        MergeResult result = merger.mergeKeepingBoth(workbook(), theirs, "b.pcanvas");

        assertThat(result.workbook().persona("p-laura").orElseThrow().portrait()).isEqualTo(photo);
        assertThat(result.conflictsKept()).isFalse();
    }
}
