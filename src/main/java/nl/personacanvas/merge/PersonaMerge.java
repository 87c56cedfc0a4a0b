package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;

/**
 * Applies the decisions of one {@link PersonaConflict}. Keeping both of two values of a one-line field
 * (name, role, core activity) or of the portrait keeps mine and records theirs as a marked line in the
 * persona's notes; both notes are kept as paragraphs; authors are joined.
 */
final class PersonaMerge {
    private final Markers markers;
    private final IdAllocator ids;
    private final List<Message> report = new ArrayList<>();
    private int conflictsKept;

    PersonaMerge(Markers markers, IdAllocator ids) {
        this.markers = markers;
        this.ids = ids;
    }

    Persona merge(PersonaConflict conflict, MergeDecisions decisions) {
        Persona mine = conflict.mine();
        Persona theirs = conflict.theirs();
        Persona result = mine;
        List<String> noteLines = new ArrayList<>();
        for (FieldDifference d : conflict.fields()) {
            Choice choice = decisions.choiceFor(d);
            result = switch (d.field()) {
                case NAME -> result.withName(line(d, mine.name(), theirs.name(), choice, noteLines));
                case ROLE -> result.withRole(line(d, mine.role(), theirs.role(), choice, noteLines));
                case ACTIVITY -> result.withActivityId(activity(d, mine, theirs, choice, noteLines));
                case AUTHORS -> result.withAuthors(authors(d, mine.authors(), theirs.authors(), choice));
                case NOTES -> result.withNotes(notes(d, mine.notes(), theirs.notes(), choice));
                case PORTRAIT -> result.withPortrait(portrait(d, mine, theirs, choice, noteLines));
                default -> throw new IllegalArgumentException("Not a persona field: " + d.field());
            };
        }
        if (!noteLines.isEmpty()) {
            String notes = result.notes();
            result = result.withNotes((notes.isEmpty() ? "" : notes + "\n") + String.join("\n", noteLines));
        }
        CanvasMerge canvas = new CanvasMerge(markers, ids);
        result = result.withCanvas(canvas.merge(mine.canvas(), theirs.canvas(), conflict.entries(), decisions));
        report.addAll(canvas.report());
        conflictsKept += canvas.conflictsKept();
        if (!result.equals(mine)) {
            result = result.withModified(mine.modified().isAfter(theirs.modified()) ? mine.modified() : theirs.modified());
        }
        return result;
    }

    List<Message> report() {
        return List.copyOf(report);
    }

    int conflictsKept() {
        return conflictsKept;
    }

    private String line(FieldDifference d, String mine, String theirs, Choice choice, List<String> noteLines) {
        TextResolution r = TextResolution.of(mine, theirs, choice);
        if (r != null) {
            report(d, r.outcome());
            return r.value();
        }
        noteLines.add(markers.fieldLine(d.field(), theirs));
        keptBoth(d);
        return mine;
    }

    /** Like a one-line field, but the activity is an id while the notes line names it. */
    private String activity(FieldDifference d, Persona mine, Persona theirs, Choice choice, List<String> noteLines) {
        TextResolution r = TextResolution.of(mine.activityId(), theirs.activityId(), choice);
        if (r != null) {
            report(d, r.outcome());
            return r.value();
        }
        noteLines.add(markers.fieldLine(d.field(), d.theirs()));
        keptBoth(d);
        return mine.activityId();
    }

    private List<String> authors(FieldDifference d, List<String> mine, List<String> theirs, Choice choice) {
        report(d, switch (choice) {
            case MINE -> Outcome.KEPT_MINE;
            case THEIRS -> Outcome.TOOK_THEIRS;
            case BOTH -> Outcome.COMBINED;
        });
        if (choice == Choice.BOTH) {
            LinkedHashSet<String> all = new LinkedHashSet<>(mine);
            all.addAll(theirs);
            return List.copyOf(all);
        }
        return choice == Choice.MINE ? mine : theirs;
    }

    private String notes(FieldDifference d, String mine, String theirs, Choice choice) {
        TextResolution r = TextResolution.ofParagraphs(mine, theirs, choice);
        if (r != null) {
            report(d, r.outcome());
            return r.value();
        }
        keptBoth(d);
        return markers.paragraph(mine, theirs);
    }

    private Portrait portrait(FieldDifference d, Persona mine, Persona theirs, Choice choice,
                              List<String> noteLines) {
        if (choice == Choice.THEIRS || choice == Choice.BOTH && mine.portrait() == null) {
            report(d, choice == Choice.THEIRS ? Outcome.TOOK_THEIRS : Outcome.COMBINED);
            return theirs.portrait();
        }
        if (choice == Choice.BOTH && theirs.portrait() != null) {
            noteLines.add(markers.portraitLine());
            keptBoth(d);
        } else {
            report(d, choice == Choice.MINE ? Outcome.KEPT_MINE : Outcome.COMBINED);
        }
        return mine.portrait();
    }

    private void keptBoth(FieldDifference d) {
        conflictsKept++;
        report(d, Outcome.KEPT_BOTH);
    }

    private void report(FieldDifference d, Outcome outcome) {
        report.add(Message.of("report.field." + outcome.name(), Message.of("field." + d.field().key()), d.mine(), d.theirs()));
    }
}
