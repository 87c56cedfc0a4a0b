package nl.personacanvas.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * The rules of the reader that are no bound ({@link SaveLimits} holds those), met before a save, so no save writes
 * a file its own reader refuses. What can be mended without losing a word is mended in what is written, as the
 * window shows it: an id that is blank, holds a control character or was taken before gets a fresh one (a persona
 * naming a doubled activity keeps the first, the one the window shows, and one naming an activity given a fresh id
 * names it by that; an id holding half a character counts as one
 * with a control character, as it is written with U+FFFD for the half); a persona whose activity was removed is
 * written without one, as the window lists it; a portrait declared as neither PNG nor JPEG is written as the type
 * its bytes are. What cannot be mended so is refused, said in the user's language: a matrix activity other than
 * A1 to A5, a portrait whose bytes are no PNG or JPEG. The window takes up what was written after the save (since
 * session 21), its undo history keeping the unmended steps before it (undo can still bring the removed activity back
 * to its personas).
 */
final class SaveRules {
    /** Room for "-" and a number after an id cut short, within the reader's bound on ids. */
    private static final int MAX_ID_BASE = Limits.MAX_NAME_LENGTH - 12;

    private final Path target;

    private SaveRules(Path target) {
        this.target = target;
    }

    /**
     * The workbook as it can be written: {@code wb} itself when it meets every rule (the usual case, one pass over
     * its ids), else a mended copy.
     *
     * @throws SaveFailedException when a rule is broken in a way that cannot be mended without loss
     */
    static Workbook mended(Workbook wb, Path target) throws SaveFailedException {
        SaveRules rules = new SaveRules(target);
        rules.refuseWhatCannotBeMended(wb);
        return meetsEveryRule(wb) ? wb : mend(wb);
    }

    /** {@code wb} mended as {@link #mended} would, without refusing: what cannot be mended is left as it is. */
    static Workbook asWritten(Workbook wb) {
        return meetsEveryRule(wb) ? wb : mend(wb);
    }

    private void refuseWhatCannotBeMended(Workbook wb) throws SaveFailedException {
        for (CoreActivity a : wb.activities()) {
            if (a.matrixId() != null && !ValueRules.MATRIX_ACTIVITY.matcher(a.matrixId()).matches()) {
                throw SaveFailedException.againstARule("save.matrixactivity", target,
                        List.of(SaveLimits.beginning(a.name()), SaveLimits.beginning(a.matrixId())));
            }
        }
        for (Persona p : wb.personas()) {
            Portrait portrait = p.portrait();
            if (portrait != null && !ValueRules.MEDIA_TYPES.contains(portrait.mediaType())
                    && ImageHeader.mediaTypeOf(portrait.data()).isEmpty()) {
                throw SaveFailedException.againstARule("save.portraittype", target,
                        List.of(SaveLimits.who(p, target.getFileName()), SaveLimits.beginning(portrait.mediaType())));
            }
        }
    }

    /** Whether every id is good and unique where the reader wants it so, every named activity there, every portrait typed. */
    private static boolean meetsEveryRule(Workbook wb) {
        Set<String> activities = new HashSet<>();
        for (CoreActivity a : wb.activities()) {
            if (!goodId(a.id()) || !activities.add(a.id())) {
                return false;
            }
        }
        IdSet personas = new IdSet(wb.personas().size());
        IdSet entries = new IdSet(16 * wb.personas().size());
        for (Persona p : wb.personas()) {
            if (!goodId(p.id()) || !personas.add(p.id())
                    || !p.activityId().isEmpty() && !activities.contains(p.activityId())
                    || p.portrait() != null && !ValueRules.MEDIA_TYPES.contains(p.portrait().mediaType())) {
                return false;
            }
            for (Quadrant q : Quadrant.values()) {
                for (Entry e : p.canvas().entries(q)) {
                    if (!goodId(e.id()) || !entries.add(e.id())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * An id the reader takes, as far as its form goes; its length is a bound ({@link FormatLimit}). Half a character
     * is written as U+FFFD ({@link WellFormedStrings}), so two ids differing only in one would be written the same.
     */
    private static boolean goodId(String id) {
        return !id.isBlank() && !ValueRules.hasControlCharacter(id) && ValueRules.codePoints(id) >= 0;
    }

    private static Workbook mend(Workbook wb) {
        FreshIds activityIds = new FreshIds("k", wb.activities().stream().map(CoreActivity::id).toList());
        List<CoreActivity> activities = new ArrayList<>();
        // What a persona's activity id names in the file: the first activity of that id, under its id as written.
        Map<String, String> written = new HashMap<>();
        for (CoreActivity a : wb.activities()) {
            String id = activityIds.claim(a.id());
            written.putIfAbsent(a.id(), id);
            activities.add(id.equals(a.id()) ? a : new CoreActivity(id, a.matrixId(), a.name(), a.group()));
        }
        FreshIds personaIds = new FreshIds("p", wb.personas().stream().map(Persona::id).toList());
        FreshIds entryIds = new FreshIds("e", wb.personas().stream()
                .flatMap(p -> p.canvas().allEntries()).map(Entry::id).toList());
        List<Persona> personas = new ArrayList<>();
        for (Persona p : wb.personas()) {
            String id = personaIds.claim(p.id());
            String activity = p.activityId().isEmpty() ? "" : written.getOrDefault(p.activityId(), "");
            Canvas canvas = p.canvas();
            for (Quadrant q : Quadrant.values()) {
                List<Entry> entries = new ArrayList<>();
                for (Entry e : canvas.entries(q)) {
                    String entryId = entryIds.claim(e.id());
                    entries.add(entryId.equals(e.id()) ? e : new Entry(entryId, e.text(), e.links(), e.note()));
                }
                canvas = canvas.withEntries(q, entries);
            }
            Persona mended = new Persona(id, p.name(), p.role(), activity, p.authors(), typed(p.portrait()), p.notes(),
                    p.created(), p.modified(), canvas);
            personas.add(mended.equals(p) ? p : mended); // the same persona keeps the bytes its last write made
        }
        return wb.withActivities(activities).withPersonas(personas);
    }

    /**
     * A portrait declared as the type its bytes are, when it was declared as neither PNG nor JPEG; left as it is when
     * its bytes are of neither type (a save refuses it before mending).
     */
    private static Portrait typed(Portrait portrait) {
        if (portrait == null || ValueRules.MEDIA_TYPES.contains(portrait.mediaType())) {
            return portrait;
        }
        Optional<String> type = ImageHeader.mediaTypeOf(portrait.data());
        return type.map(t -> new Portrait(t, portrait.data())).orElse(portrait);
    }

    /**
     * Ids of one kind handed out in order: the first of each id keeps it, a later one and one the reader would refuse
     * gets the id it was made from (without control characters and halves of characters) with "-2", "-3" … (or the
     * kind's letter for an id of nothing else), free among all the ids of the workbook. The same workbook is mended
     * the same way at every save.
     */
    private static final class FreshIds {
        private final String kind;
        private final Set<String> all;
        private final Set<String> claimed = new HashSet<>();

        FreshIds(String kind, List<String> ids) {
            this.kind = kind;
            this.all = new HashSet<>(ids);
        }

        String claim(String id) {
            if (goodId(id) && claimed.add(id)) {
                return id;
            }
            String base = id.codePoints()
                    .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
            if (base.isEmpty()) {
                base = kind;
            }
            if (base.codePointCount(0, base.length()) > MAX_ID_BASE) {
                base = base.substring(0, base.offsetByCodePoints(0, MAX_ID_BASE));
            }
            for (int n = 2; ; n++) {
                String fresh = base + "-" + n;
                if (!all.contains(fresh) && claimed.add(fresh)) {
                    return fresh;
                }
            }
        }
    }
}
