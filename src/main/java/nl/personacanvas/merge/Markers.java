package nl.personacanvas.merge;

import java.util.Objects;

/**
 * How a kept version of theirs is marked in the merged workbook, always naming the file it came from, so
 * a reader can tell both versions apart and later delete the one they do not want.
 */
final class Markers {
    private final MergeText text;
    private final String source;

    Markers(MergeText text, String source) {
        this.text = text;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The note of their copy of an entry: "uit team-b.pcanvas" or "uit team-b.pcanvas: their note". */
    String entryNote(String theirNote) {
        return theirNote.isEmpty() ? text.get("marker.entry", source) : text.get("marker.entryWithNote", source, theirNote);
    }

    /** One note of an entry that keeps both notes. */
    String combinedNote(String mine, String theirs) {
        return text.get("marker.combinedNote", mine, source, theirs);
    }

    /** A line for a persona's notes recording their value of a field I kept. */
    String fieldLine(Field field, String theirs) {
        return text.get("marker.field", source, text.get("field." + field.key()), theirs);
    }

    /** A single-line field without notes to put theirs in (school, activity name): both on the line. */
    String inline(String mine, String theirs) {
        return text.get("marker.inline", mine, source, theirs);
    }

    /** Their text appended as a paragraph of its own below mine. */
    String paragraph(String mine, String theirs) {
        return mine + "\n\n" + text.get("marker.paragraph", source, theirs);
    }

    /** A persona's notes line saying their portrait was not taken, since only one fits. */
    String portraitLine() {
        return text.get("marker.portrait", source);
    }
}
