package nl.personacanvas.model;

import java.util.List;
import java.util.Objects;

/**
 * One sticky note on a canvas.
 *
 * @param id    stable id, unique within the workbook
 * @param text  what the panel wrote
 * @param links matrix element ids a person linked this entry to (these win over automatic matches)
 * @param note  optional remark about the entry, empty when there is none
 */
public record Entry(String id, String text, List<String> links, String note) {

    public Entry {
        Objects.requireNonNull(id, "id");
        text = Objects.requireNonNullElse(text, "");
        links = List.copyOf(Objects.requireNonNullElse(links, List.of()));
        note = Objects.requireNonNullElse(note, "");
    }

    public static Entry of(String text) {
        return new Entry(Ids.newEntryId(), text, List.of(), "");
    }

    public Entry withText(String newText) {
        return new Entry(id, newText, links, note);
    }

    public Entry withLinks(List<String> newLinks) {
        return new Entry(id, text, newLinks, note);
    }

    public Entry withNote(String newNote) {
        return new Entry(id, text, links, newNote);
    }
}
