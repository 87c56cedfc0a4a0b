package nl.personacanvas.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Merges of generated pairs of diverged workbooks: nothing lost, ids unique, references intact. */
class MergePropertyTest {
    // Shared: JUnit makes a test instance per seed, and a codec (an ObjectMapper) is costly to build.
    private static final WorkbookMerger merger = new WorkbookMerger(Locale.forLanguageTag("nl"));
    private static final WorkbookCodec codec = new WorkbookCodec();

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nonInteractiveMergeKeepsEveryEntryText(long seed) throws Exception {
        Diverged pair = Diverged.of(seed);
        Workbook mine = pair.mine();
        Workbook theirs = pair.theirs();

        Workbook merged = merger.mergeKeepingBoth(mine, theirs, "theirs.pcanvas").workbook();

        assertThat(texts(merged)).containsAll(texts(mine)).containsAll(texts(theirs));
        String namesAndNotes = merged.personas().stream().map(p -> p.name() + "\n" + p.notes())
                .reduce("", String::concat);
        Stream.concat(mine.personas().stream(), theirs.personas().stream())
                .forEach(p -> assertThat(namesAndNotes).contains(p.name()));
        assertValid(merged);
        assertThat(codec.read(codec.write(merged))).isEqualTo(merged);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergingAWorkbookWithItselfChangesNothing(long seed) {
        DivergedWorkbooks gen = new DivergedWorkbooks(seed);
        Workbook wb = gen.edit(gen.base(), 5);

        MergePlan plan = merger.plan(wb, wb, "same.pcanvas");
        MergeResult result = plan.apply(MergeDecisions.defaults());

        assertThat(plan.isEmpty()).isTrue();
        assertThat(result.workbook()).isEqualTo(wb);
        assertThat(result.report().changedNothing()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void choosingTheirsEverywhereGivesTheirVersionOfEverySharedPersona(long seed) {
        MergePlan plan = Diverged.of(seed).plan();

        Workbook merged = chooseEverywhere(plan, Choice.THEIRS);

        for (PersonaConflict conflict : plan.conflicts()) {
            Persona result = merged.persona(conflict.personaId()).orElseThrow();
            assertThat(result.withModified(conflict.theirs().modified())).isEqualTo(conflict.theirs());
        }
        assertValid(merged);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void choosingMineEverywhereKeepsEverySharedPersonaAsItWas(long seed) {
        Diverged pair = Diverged.of(seed);
        Workbook mine = pair.mine();

        Workbook merged = chooseEverywhere(pair.plan(), Choice.MINE);

        assertThat(merged.personas()).isEqualTo(mine.personas());
        assertThat(merged.school()).isEqualTo(mine.school());
        assertThat(merged.definition()).isEqualTo(mine.definition());
    }

    /** Guards the generator: the properties above mean little unless the pairs really conflict. */
    @Test
    void generatedPairsCoverEveryKindOfDifference() {
        Set<String> seen = new HashSet<>();
        seeds().forEach(seed -> {
            MergePlan plan = Diverged.of(seed).plan();
            for (Difference d : plan.differences()) {
                if (d instanceof EntryDifference e) {
                    seen.add(e.kind().name() + (e.moved() ? "+moved" : ""));
                } else if (d instanceof FieldDifference f) {
                    seen.add(f.field().name());
                } else {
                    seen.add("ADDITION");
                }
            }
            if (!plan.addedActivities().isEmpty()) {
                seen.add("ACTIVITY_ADDED");
            }
        });

        assertThat(seen).contains("CHANGED", "CHANGED+moved", "MOVED+moved", "ONLY_MINE", "ONLY_THEIRS", "ADDITION",
                "NAME", "ROLE", "ACTIVITY", "AUTHORS", "NOTES", "PORTRAIT", "SCHOOL", "DEFINITION", "ACTIVITY_ADDED");
    }

    /** Two edits of one generated base, as two panel members would make them apart. */
    private record Diverged(Workbook mine, Workbook theirs) {
        static Diverged of(long seed) {
            DivergedWorkbooks gen = new DivergedWorkbooks(seed);
            Workbook base = gen.base();
            return new Diverged(gen.edit(base, 8), gen.edit(base, 8));
        }

        MergePlan plan() {
            return merger.plan(mine, theirs, "theirs.pcanvas");
        }
    }

    private static Workbook chooseEverywhere(MergePlan plan, Choice choice) {
        MergeDecisions decisions = MergeDecisions.defaults();
        for (Difference d : plan.differences()) {
            decisions = decisions.with(d, choice);
        }
        return plan.apply(decisions).workbook();
    }

    private static void assertValid(Workbook wb) {
        List<String> ids = new ArrayList<>();
        for (Persona p : wb.personas()) {
            ids.add(p.id());
            p.canvas().allEntries().map(Entry::id).forEach(ids::add);
        }
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> activityIds = new HashSet<>();
        wb.activities().stream().map(CoreActivity::id).forEach(activityIds::add);
        assertThat(activityIds).hasSameSizeAs(wb.activities());
        for (Persona p : wb.personas()) {
            assertThat(p.activityId().isEmpty() || activityIds.contains(p.activityId()))
                    .as("activity of %s", p.name()).isTrue();
        }
    }

    private static List<String> texts(Workbook wb) {
        return wb.personas().stream().flatMap(p -> p.canvas().allEntries()).map(Entry::text).toList();
    }
}
