package nl.personacanvas.ui.canvas;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The undoable edits of the canvas screen, on the persona it shows: each a pure change of the workbook handed to
 * the document with its Edit-menu label, which stamps the persona's modification time only when it changed
 * something. Edits of one field or one entry's text share a coalescing key, so typing a sentence is one undo step.
 */
final class PersonaEdits {
    private final WorkbookDocument document;
    private final Clock clock;
    private final Supplier<Optional<Persona>> shown;

    PersonaEdits(WorkbookDocument document, Clock clock, Supplier<Optional<Persona>> shown) {
        this.document = document;
        this.clock = clock;
        this.shown = shown;
    }

    /** Changes a header field; {@code field} names it in the coalescing key. */
    void editPersona(String label, String field, UnaryOperator<Persona> change) {
        shown.get().ifPresent(p -> document.apply(label, field + ":" + p.id(),
                wb -> wb.updatePersona(p.id(), old -> touched(old, change))));
    }

    /**
     * Gives the shown persona another core activity. One of the matrix's activities the workbook does not
     * have yet is added to the workbook in the same undo step.
     */
    void chooseActivity(CoreActivity chosen) {
        // Coalesced: arrowing through the open picker changes the value at every step, which is one choice.
        shown.get().ifPresent(p -> document.apply("undo.changeActivity", "activity:" + p.id(), wb -> {
            Workbook withActivity = wb;
            if (wb.activity(chosen.id()).isEmpty()) {
                List<CoreActivity> list = new ArrayList<>(wb.activities());
                list.add(chosen);
                withActivity = wb.withActivities(list);
            }
            return withActivity.updatePersona(p.id(), old -> touched(old, o -> o.withActivityId(chosen.id())));
        }));
    }

    /** Applies {@code change} and stamps the modification time, unless it changed nothing. */
    private Persona touched(Persona old, UnaryOperator<Persona> change) {
        Persona changed = change.apply(old);
        return changed.equals(old) ? old : changed.withModified(clock.instant());
    }

    private void editCanvas(String label, String coalesceKey, UnaryOperator<Canvas> change) {
        shown.get().ifPresent(p -> document.apply(label, coalesceKey,
                wb -> wb.updatePersona(p.id(), old -> touched(old, o -> o.withCanvas(change.apply(o.canvas()))))));
    }

    void editText(String entryId, String text) {
        editCanvas("undo.editEntry", "entry:" + entryId,
                c -> c.find(entryId).map(e -> c.replace(e.withText(text))).orElse(c));
    }

    void editNote(String entryId, String note) {
        editCanvas("undo.editNote", "note:" + entryId,
                c -> c.find(entryId).map(e -> c.replace(e.withNote(note))).orElse(c));
    }

    /**
     * Adds entries after {@code afterId} (at the end when null), one per line of {@code lines}, as one
     * undo step; returns the first new entry's id, or empty when no persona is shown.
     */
    Optional<String> addEntries(Quadrant quadrant, String afterId, List<String> lines) {
        if (shown.get().isEmpty() || lines.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> created = lines.stream().map(Entry::of).toList();
        editCanvas(lines.size() == 1 ? "undo.addEntry" : "undo.pasteEntries", null, c -> {
            int index = afterId == null ? c.entries(quadrant).size() : c.indexOf(quadrant, afterId) + 1;
            Canvas result = c;
            for (Entry e : created) {
                result = result.insert(quadrant, index++, e);
            }
            return result;
        });
        return Optional.of(created.get(0).id());
    }

    void removeEntry(String entryId) {
        editCanvas("undo.removeEntry", null, c -> c.find(entryId).isPresent() ? c.remove(entryId) : c);
    }

    /** Moves an entry to {@code target} at {@code index} (counted without the entry itself). */
    void moveEntry(String entryId, Quadrant target, int index) {
        document.sealUndoStep();
        editCanvas("undo.moveEntry", null, c -> c.find(entryId).isPresent() ? c.move(entryId, target, index) : c);
    }

    /** Moves an entry to the quadrant beside it in the 2x2 grid; empty when there is none that way. */
    Optional<Quadrant> moveEntryTowards(String entryId, QuadrantGrid.Direction direction) {
        Optional<Quadrant> to = quadrantOf(entryId).flatMap(q -> QuadrantGrid.neighbour(q, direction));
        to.ifPresent(q -> moveEntry(entryId, q, Integer.MAX_VALUE));
        return to;
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code +1}) within its quadrant. */
    void shiftEntry(String entryId, int delta) {
        shown.get().ifPresent(p -> p.canvas().quadrantOf(entryId).ifPresent(q -> {
            int index = p.canvas().indexOf(q, entryId) + delta;
            if (index >= 0 && index < p.canvas().entries(q).size()) {
                moveEntry(entryId, q, index);
            }
        }));
    }

    /** Sets (or with null removes) the portrait of a persona, which need not be the one shown any more. */
    void setPortrait(String personaId, Portrait newPortrait) {
        if (document.workbook().persona(personaId).isPresent()) {
            document.apply(newPortrait == null ? "undo.removePortrait" : "undo.setPortrait", null,
                    wb -> wb.updatePersona(personaId, old -> touched(old, p -> p.withPortrait(newPortrait))));
        }
    }

    void setLinks(String entryId, List<String> links) {
        editCanvas("undo.linkEntry", null, c -> c.find(entryId).map(e -> c.replace(e.withLinks(links))).orElse(c));
    }

    Optional<Quadrant> quadrantOf(String entryId) {
        return shown.get().flatMap(p -> p.canvas().quadrantOf(entryId));
    }
}
