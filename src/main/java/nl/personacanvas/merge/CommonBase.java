package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Settles, before a merge, every part that only one side changed since the version both started from: the file as
 * the window last read or wrote it, when a colleague saved the same file meanwhile. Without it the merge compared
 * only the two sides, could not tell who changed what, and kept both versions of each difference: the note the user
 * had just typed came back beside its old wording "uit werk.pcanvas", and the colleague's new school name beside
 * the old one. Parts both sides changed stay different, so the merge still keeps both of those. A persona or entry
 * one side deleted and the other left alone goes, whichever side deleted it; nothing the other side changed is
 * dropped: a persona deleted on one side and changed on the other is kept and named in {@link Sides#kept()}.
 */
public final class CommonBase {

    /**
     * A persona one side deleted and the other changed: kept, so no words are lost, and to be told to the user, who
     * may still want it gone. The id lets the window find it again (the name may be shared or changed later).
     */
    public record KeptPersona(String id, String name) {
    }

    /**
     * Mine and theirs after settling; hand them to {@link WorkbookMerger}.
     *
     * @param kept the personas one side deleted and the other changed
     */
    public record Sides(Workbook mine, Workbook theirs, List<KeptPersona> kept) {
        public Sides {
            kept = List.copyOf(kept);
        }

        /** Two sides without a common version: nothing settled. */
        public Sides(Workbook mine, Workbook theirs) {
            this(mine, theirs, List.of());
        }

        /** The names of {@link #kept()}, in order. */
        public List<String> keptDeleted() {
            return kept.stream().map(KeptPersona::name).toList();
        }
    }

    private CommonBase() {
    }

    public static Sides settle(Workbook base, Workbook mine, Workbook theirs) {
        Sides sides = new Sides(mine, theirs);
        sides = field(sides, base, Workbook::school, Workbook::withSchool);
        sides = field(sides, base, Workbook::region, Workbook::withRegion);
        sides = field(sides, base, Workbook::team, Workbook::withTeam);
        sides = field(sides, base, Workbook::definition, Workbook::withDefinition);
        List<Persona> theirPersonas = new ArrayList<>();
        List<KeptPersona> keptDeleted = new ArrayList<>();
        Workbook settledMine = withoutWhatTheyDeleted(base, sides.mine(), sides.theirs(), keptDeleted);
        for (Persona their : sides.theirs().personas()) {
            Optional<Persona> was = base.persona(their.id());
            Optional<Persona> my = settledMine.persona(their.id());
            if (was.isEmpty()) {
                theirPersonas.add(their);
            } else if (my.isEmpty()) {
                if (!unchanged(was.get(), their)) {
                    theirPersonas.add(their);
                    keptDeleted.add(new KeptPersona(their.id(), their.name()));
                }
            } else {
                Persona[] pair = persona(was.get(), my.get(), their);
                settledMine = settledMine.updatePersona(their.id(), p -> pair[0]);
                theirPersonas.add(pair[1]);
            }
        }
        return new Sides(settledMine, sides.theirs().withPersonas(theirPersonas), keptDeleted);
    }

    /**
     * Mine without the personas they deleted that I left alone. The merge itself keeps every persona only I have
     * (without a common version it cannot tell mine added from theirs deleted), so their deletion is settled here.
     */
    private static Workbook withoutWhatTheyDeleted(Workbook base, Workbook mine, Workbook theirs,
                                                   List<KeptPersona> keptDeleted) {
        List<Persona> kept = new ArrayList<>();
        for (Persona my : mine.personas()) {
            Optional<Persona> was = base.persona(my.id());
            boolean deletedByThem = was.isPresent() && theirs.persona(my.id()).isEmpty();
            if (!deletedByThem) {
                kept.add(my);
            } else if (!unchanged(was.get(), my)) {
                kept.add(my);
                keptDeleted.add(new KeptPersona(my.id(), my.name()));
            }
        }
        return kept.size() == mine.personas().size() ? mine : mine.withPersonas(kept);
    }

    /** The persona as it was, apart from when it was last saved (a persona only saved again is not changed). */
    private static boolean unchanged(Persona was, Persona now) {
        return now.withModified(was.modified()).equals(was);
    }

    private static Persona[] persona(Persona base, Persona mine, Persona theirs) {
        Persona[] p = {mine, theirs};
        settle(p, base, Persona::name, Persona::withName);
        settle(p, base, Persona::role, Persona::withRole);
        settle(p, base, Persona::activityId, Persona::withActivityId);
        settle(p, base, Persona::authors, Persona::withAuthors);
        settle(p, base, Persona::notes, Persona::withNotes);
        settle(p, base, Persona::portrait, Persona::withPortrait);
        Canvas[] c = canvas(base.canvas(), p[0].canvas(), p[1].canvas());
        return new Persona[] {p[0].withCanvas(c[0]), p[1].withCanvas(c[1])};
    }

    private static Canvas[] canvas(Canvas base, Canvas mine, Canvas theirs) {
        for (Quadrant q : Quadrant.values()) {
            for (Entry was : base.entries(q)) {
                Optional<Entry> my = mine.find(was.id());
                Optional<Entry> their = theirs.find(was.id());
                if (same(base, was, theirs, their)) {
                    theirs = my.isPresent() ? put(theirs, my.get(), mine) : theirs.remove(was.id());
                } else if (same(base, was, mine, my)) {
                    mine = their.isPresent() ? put(mine, their.get(), theirs) : mine.remove(was.id());
                }
            }
        }
        return new Canvas[] {mine, theirs};
    }

    /** The entry unchanged on that side: same text, note and links, in the same quadrant. */
    private static boolean same(Canvas base, Entry was, Canvas side, Optional<Entry> now) {
        return now.isPresent() && now.get().equals(was) && side.quadrantOf(was.id()).equals(base.quadrantOf(was.id()));
    }

    /** {@code target} with {@code entry} as {@code source} has it, in the same quadrant and place. */
    private static Canvas put(Canvas target, Entry entry, Canvas source) {
        Quadrant q = source.quadrantOf(entry.id()).orElseThrow();
        Canvas without = target.remove(entry.id());
        int index = Math.min(source.indexOf(q, entry.id()), without.entries(q).size());
        return without.insert(q, index, entry);
    }

    private static <T> Sides field(Sides sides, Workbook base, Function<Workbook, T> get,
                                   BiFunction<Workbook, T, Workbook> with) {
        Workbook[] w = {sides.mine(), sides.theirs()};
        settle(w, base, get, with);
        return new Sides(w[0], w[1]);
    }

    /** The side that left {@code get} as it was takes the other side's value; both changed: left as is. */
    private static <S, T> void settle(S[] mineAndTheirs, S base, Function<S, T> get, BiFunction<S, T, S> with) {
        T was = get.apply(base);
        T mine = get.apply(mineAndTheirs[0]);
        T theirs = get.apply(mineAndTheirs[1]);
        if (Objects.equals(theirs, was)) {
            mineAndTheirs[1] = with.apply(mineAndTheirs[1], mine);
        } else if (Objects.equals(mine, was)) {
            mineAndTheirs[0] = with.apply(mineAndTheirs[0], theirs);
        }
    }
}
