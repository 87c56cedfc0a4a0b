package nl.personacanvas.merge;

import static nl.personacanvas.merge.MergeFixtures.D1;
import static nl.personacanvas.merge.MergeFixtures.D2;
import static nl.personacanvas.merge.MergeFixtures.D3;
import static nl.personacanvas.merge.MergeFixtures.O1;
import static nl.personacanvas.merge.MergeFixtures.T1;
import static nl.personacanvas.merge.MergeFixtures.V1;
import static nl.personacanvas.merge.MergeFixtures.workbook;
import static nl.personacanvas.merge.MergeFixtures.withLaura;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/** One persona both sides have: each kind of field and entry difference, with each choice. */
class PersonaConflictTest {
    private final WorkbookMerger merger = new WorkbookMerger(Locale.forLanguageTag("nl"));

    private MergePlan planWithTheirLaura(UnaryOperator<Persona> change) {
        return merger.plan(workbook(), withLaura(workbook(), change), "b.pcanvas");
    }

    private static Persona laura(MergeResult result) {
        return result.workbook().persona("p-laura").orElseThrow();
    }

    private static <T extends Difference> T only(MergePlan plan, Class<T> type) {
        List<Difference> all = plan.differences();
        assertThat(all).hasSize(1);
        return type.cast(all.get(0));
    }

    private static MergeResult apply(MergePlan plan, Choice choice) {
        return plan.apply(MergeDecisions.defaults().with(plan.differences().get(0), choice));
    }

    @Test
    void nameConflictKeepsMineAndRecordsTheirsInTheNotes() {
        MergePlan plan = planWithTheirLaura(p -> p.withName("Lotte"));
        FieldDifference name = only(plan, FieldDifference.class);

        assertThat(name.field()).isEqualTo(Field.NAME);
        assertThat(name.conflicting()).isTrue();
        Persona both = laura(plan.apply(MergeDecisions.defaults()));
        assertThat(both.name()).isEqualTo("Laura");
        assertThat(both.notes()).isEqualTo("uit b.pcanvas \u2013 naam: Lotte");
        assertThat(both.modified()).isEqualTo(T1);
        assertThat(laura(apply(plan, Choice.THEIRS)).name()).isEqualTo("Lotte");
        assertThat(laura(apply(plan, Choice.MINE))).isEqualTo(MergeFixtures.laura());
    }

    @Test
    void roleAndActivityConflictsAreRecordedBelowMyNotes() {
        Workbook mine = workbook().withActivities(List.of(MergeFixtures.STAGE_ABROAD,
                new nl.personacanvas.model.CoreActivity("A3", "A3", "Stages in de regio", nl.personacanvas.model.ActivityGroup.AT_HOME)))
                .updatePersona("p-laura", p -> p.withNotes("Gebaseerd op sessie 4."));
        Workbook theirs = mine.updatePersona("p-laura", p -> p.withRole("coacht stagiairs").withActivityId("A3"));

        MergeResult result = merger.mergeKeepingBoth(mine, theirs, "b.pcanvas");

        Persona laura = laura(result);
        assertThat(laura.activityId()).isEqualTo("A4");
        assertThat(laura.notes()).isEqualTo("Gebaseerd op sessie 4.\nuit b.pcanvas \u2013 rol: coacht stagiairs\n"
                + "uit b.pcanvas \u2013 kernactiviteit: Stages in de regio");
        assertThat(result.report().conflictsKept()).isEqualTo(2);
    }

    @Test
    void authorsAreJoinedByDefault() {
        MergePlan plan = planWithTheirLaura(p -> p.withAuthors(List.of("Coördinator", "Docent Zorg")));
        FieldDifference authors = only(plan, FieldDifference.class);

        assertThat(authors.conflicting()).isFalse();
        assertThat(laura(plan.apply(MergeDecisions.defaults())).authors()).containsExactly("Docent Zorg", "Coördinator");
        assertThat(laura(apply(plan, Choice.THEIRS)).authors()).containsExactly("Coördinator", "Docent Zorg");
        assertThat(laura(apply(plan, Choice.MINE)).authors()).containsExactly("Docent Zorg");
    }

    @Test
    void bothNotesAreKeptAsParagraphs() {
        Workbook mine = withLaura(workbook(), p -> p.withNotes("Mijn aantekening."));
        Workbook theirs = withLaura(workbook(), p -> p.withNotes("Hun aantekening."));

        Persona laura = laura(merger.mergeKeepingBoth(mine, theirs, "b.pcanvas"));

        assertThat(laura.notes()).isEqualTo("Mijn aantekening.\n\n[uit b.pcanvas]\nHun aantekening.");
    }

    @Test
    void twoPortraitsKeepMineAndSayTheirsWasNotTaken() {
        Portrait mine = new Portrait("image/png", new byte[] {1});
        Portrait theirs = new Portrait("image/jpeg", new byte[] {2});
        MergePlan plan = merger.plan(withLaura(workbook(), p -> p.withPortrait(mine)),
                withLaura(workbook(), p -> p.withPortrait(theirs)), "b.pcanvas");

        Persona both = laura(plan.apply(MergeDecisions.defaults()));

        assertThat(only(plan, FieldDifference.class).theirs()).isEqualTo("image/jpeg, 1 kB");
        assertThat(both.portrait()).isEqualTo(mine);
        assertThat(both.notes()).contains("uit b.pcanvas \u2013 foto");
        assertThat(laura(apply(plan, Choice.THEIRS)).portrait()).isEqualTo(theirs);
    }

    @Test
    void changedEntryKeepsBothWithTheirCopyMarkedBelowMine() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().replace(D2.withText("Stemt leerdoelen af met de stagebegeleider"))));
        EntryDifference changed = only(plan, EntryDifference.class);

        assertThat(changed.kind()).isEqualTo(EntryDifference.Kind.CHANGED);
        assertThat(changed.conflicting()).isTrue();
        List<Entry> design = laura(plan.apply(MergeDecisions.defaults())).canvas().entries(Quadrant.DESIGN);
        assertThat(design).extracting(Entry::text).containsExactly(D1.text(), D2.text(),
                "Stemt leerdoelen af met de stagebegeleider", D3.text());
        Entry copy = design.get(2);
        assertThat(copy.id()).isNotEqualTo(D2.id()).startsWith("e-");
        assertThat(copy.note()).isEqualTo("uit b.pcanvas");
        assertThat(copy.links()).containsExactly("A4.design.1");
        assertThat(laura(apply(plan, Choice.THEIRS)).canvas().entries(Quadrant.DESIGN).get(1))
                .isEqualTo(D2.withText("Stemt leerdoelen af met de stagebegeleider"));
        assertThat(laura(apply(plan, Choice.MINE)).canvas()).isEqualTo(MergeFixtures.laura().canvas());
    }

    @Test
    void theirCopyKeepsTheirNoteAfterTheMarker() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().replace(new Entry(D1.id(), "Ander", List.of(), "te vaag"))));

        Entry copy = laura(plan.apply(MergeDecisions.defaults())).canvas().entries(Quadrant.DESIGN).get(1);

        assertThat(copy.note()).isEqualTo("uit b.pcanvas: te vaag");
    }

    @Test
    void linksOnlyDifferenceJoinsTheLinksInOneEntry() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().replace(D2.withLinks(List.of("A4.design.2")))));
        EntryDifference changed = only(plan, EntryDifference.class);

        assertThat(changed.conflicting()).isFalse();
        Persona laura = laura(plan.apply(MergeDecisions.defaults()));
        assertThat(laura.canvas().entries(Quadrant.DESIGN)).hasSize(3);
        assertThat(laura.canvas().find(D2.id()).orElseThrow().links()).containsExactly("A4.design.1", "A4.design.2");
    }

    @Test
    void differentNotesOnTheSameTextAreBothKeptInOneEntry() {
        Workbook mine = withLaura(workbook(), p -> p.withCanvas(p.canvas().replace(D1.withNote("goed"))));
        Workbook theirs = withLaura(workbook(), p -> p.withCanvas(p.canvas().replace(D1.withNote("te vaag"))));

        MergeResult result = merger.mergeKeepingBoth(mine, theirs, "b.pcanvas");

        assertThat(laura(result).canvas().find(D1.id()).orElseThrow().note()).isEqualTo("goed | uit b.pcanvas: te vaag");
        assertThat(result.report().conflictsKept()).isEqualTo(1);
    }

    @Test
    void entryMovedToAnotherQuadrantIsKeptInBothPlacesByDefault() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().move(O1.id(), Quadrant.DESIGN, 1)));
        EntryDifference moved = only(plan, EntryDifference.class);

        assertThat(moved.kind()).isEqualTo(EntryDifference.Kind.MOVED);
        assertThat(moved.quadrantChanged()).isTrue();
        Persona both = laura(plan.apply(MergeDecisions.defaults()));
        assertThat(both.canvas().entries(Quadrant.ORGANISE)).containsExactly(O1);
        assertThat(both.canvas().entries(Quadrant.DESIGN)).extracting(Entry::text)
                .containsExactly(D1.text(), O1.text(), D2.text(), D3.text());
        assertThat(both.canvas().entries(Quadrant.DESIGN).get(1).note()).isEqualTo("uit b.pcanvas");

        Persona theirs = laura(apply(plan, Choice.THEIRS));
        assertThat(theirs.canvas().entries(Quadrant.ORGANISE)).isEmpty();
        assertThat(theirs.canvas().entries(Quadrant.DESIGN)).containsExactly(D1, O1, D2, D3);
        assertThat(laura(apply(plan, Choice.MINE)).canvas()).isEqualTo(MergeFixtures.laura().canvas());
    }

    @Test
    void reorderingInsideAQuadrantKeepsMyOrderByDefault() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().move(D3.id(), Quadrant.DESIGN, 0)));
        EntryDifference moved = only(plan, EntryDifference.class);

        assertThat(moved.entryId()).isEqualTo(D3.id());
        assertThat(moved.defaultChoice()).isEqualTo(Choice.MINE);
        assertThat(moved.conflicting()).isFalse();
        assertThat(laura(plan.apply(MergeDecisions.defaults())).canvas()).isEqualTo(MergeFixtures.laura().canvas());
        assertThat(laura(apply(plan, Choice.THEIRS)).canvas().entries(Quadrant.DESIGN)).containsExactly(D3, D1, D2);
    }

    @Test
    void entriesAddedOrDeletedAroundAnotherDoNotMakeItMove() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().remove(D1.id())
                .insert(Quadrant.DESIGN, 1, new Entry("e-new", "Nieuw", List.of(), ""))));

        assertThat(plan.differences()).extracting(d -> ((EntryDifference) d).kind())
                .containsExactlyInAnyOrder(EntryDifference.Kind.ONLY_MINE, EntryDifference.Kind.ONLY_THEIRS);
    }

    @Test
    void entryOnlyIHaveIsKeptUnlessIChooseTheirs() {
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().remove(V1.id())));
        EntryDifference onlyMine = only(plan, EntryDifference.class);

        assertThat(onlyMine.kind()).isEqualTo(EntryDifference.Kind.ONLY_MINE);
        assertThat(laura(plan.apply(MergeDecisions.defaults())).canvas().entries(Quadrant.DELIVER)).containsExactly(V1);
        assertThat(laura(apply(plan, Choice.MINE)).canvas().entries(Quadrant.DELIVER)).containsExactly(V1);
        assertThat(laura(apply(plan, Choice.THEIRS)).canvas().entries(Quadrant.DELIVER)).isEmpty();
    }

    @Test
    void entryOnlyTheyHaveIsAddedWhereTheyHaveItUnlessIChooseMine() {
        Entry added = new Entry("e-new", "Kiest casussen uit verschillende landen", List.of(), "");
        MergePlan plan = planWithTheirLaura(p -> p.withCanvas(p.canvas().insert(Quadrant.DESIGN, 2, added)));
        EntryDifference onlyTheirs = only(plan, EntryDifference.class);

        assertThat(onlyTheirs.kind()).isEqualTo(EntryDifference.Kind.ONLY_THEIRS);
        assertThat(laura(plan.apply(MergeDecisions.defaults())).canvas().entries(Quadrant.DESIGN))
                .containsExactly(D1, D2, added, D3);
        assertThat(laura(apply(plan, Choice.MINE)).canvas()).isEqualTo(MergeFixtures.laura().canvas());
    }

    @Test
    void theirEntryWhoseIdIsTakenElsewhereGetsANewId() {
        Persona sam = new Persona("p-sam", "Sam", "", "A4", List.of(), null, "", MergeFixtures.T0, MergeFixtures.T0,
                nl.personacanvas.model.Canvas.empty().add(Quadrant.DESIGN, new Entry("e-x", "Van Sam", List.of(), "")));
        Workbook mine = workbook().addPersona(sam);
        Workbook theirs = withLaura(mine, p -> p.withCanvas(p.canvas().add(Quadrant.DELIVER, new Entry("e-x", "Van Laura", List.of(), ""))));

        Workbook merged = merger.mergeKeepingBoth(mine, theirs, "b.pcanvas").workbook();

        Entry added = merged.persona("p-laura").orElseThrow().canvas().entries(Quadrant.DELIVER).get(1);
        assertThat(added.text()).isEqualTo("Van Laura");
        assertThat(added.id()).isNotEqualTo("e-x");
    }
}
