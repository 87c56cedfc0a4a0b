package nl.personacanvas.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One teacher persona: "Laura begeleidt studenten bij een internationale stage. Zij ..." and her canvas.
 *
 * @param id         stable id, unique within the workbook and kept across merges
 * @param name       the persona's first name, e.g. "Laura"
 * @param role       the role sentence without the name, e.g. "begeleidt studenten bij een internationale stage"
 * @param activityId id of one of the workbook's core activities
 * @param authors    panel members who wrote the canvas
 * @param portrait   picture, or null when the persona shows an initials avatar
 * @param notes      free notes of the panel
 */
public record Persona(String id, String name, String role, String activityId, List<String> authors,
                      Portrait portrait, String notes, Instant created, Instant modified, Canvas canvas) {
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    public Persona {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "");
        role = Objects.requireNonNullElse(role, "");
        activityId = Objects.requireNonNullElse(activityId, "");
        authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
        notes = Objects.requireNonNullElse(notes, "");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        canvas = Objects.requireNonNullElse(canvas, Canvas.empty());
    }

    public static Persona create(String name, String role, String activityId, Instant now) {
        return new Persona(Ids.newPersonaId(), name, role, activityId, List.of(), null, "", now, now, Canvas.empty());
    }

    /**
     * The heading of the canvas as the study writes it: name, role sentence and a full stop. Spaces typed before,
     * after or twice between words are the user's (kept in the fields) but not shown: "Noor  regelt" read as a slip.
     */
    public String headline() {
        String sentence = SPACES.matcher((name + " " + role).strip()).replaceAll(" ");
        return sentence.isEmpty() || sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /**
     * The headline as the poster and the editor set it above "Zij …": where the role sentence is empty,
     * {@code noRole} stands in for it ("Leeg (rol nog niet ingevuld)."). "Leeg. Zij …" read as a misprint.
     */
    public String headline(String noRole) {
        return role.isBlank() ? withRole(noRole).headline() : headline();
    }

    public Persona withName(String v) {
        return new Persona(id, v, role, activityId, authors, portrait, notes, created, modified, canvas);
    }

    public Persona withRole(String v) {
        return new Persona(id, name, v, activityId, authors, portrait, notes, created, modified, canvas);
    }

    public Persona withActivityId(String v) {
        return new Persona(id, name, role, v, authors, portrait, notes, created, modified, canvas);
    }

    public Persona withAuthors(List<String> v) {
        return new Persona(id, name, role, activityId, v, portrait, notes, created, modified, canvas);
    }

    public Persona withPortrait(Portrait v) {
        return new Persona(id, name, role, activityId, authors, v, notes, created, modified, canvas);
    }

    public Persona withNotes(String v) {
        return new Persona(id, name, role, activityId, authors, portrait, v, created, modified, canvas);
    }

    public Persona withModified(Instant v) {
        return new Persona(id, name, role, activityId, authors, portrait, notes, created, v, canvas);
    }

    public Persona withCanvas(Canvas v) {
        return new Persona(id, name, role, activityId, authors, portrait, notes, created, modified, v);
    }

    /** A copy with a new id and new entry ids, for "duplicate persona". */
    public Persona duplicate(String newName, Instant now) {
        Canvas copy = Canvas.empty();
        for (Quadrant q : Quadrant.values()) {
            copy = copy.withEntries(q, canvas.entries(q).stream()
                    .map(e -> new Entry(Ids.newEntryId(), e.text(), e.links(), e.note())).toList());
        }
        return new Persona(Ids.newPersonaId(), newName, role, activityId, authors, portrait, notes, now, now, copy);
    }

    /**
     * The avatar's letters when there is no portrait, in the editor and on posters alike: the first letter of the
     * name's first and of its last word, upper case; "?" when the name has no letter. Only letters count, so an
     * emoji in a name ("Sanne \uD83C\uDF0D") never becomes an initial the screen's font may lack.
     */
    public static String initialsOf(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String word : new String[] {words[0], words.length > 1 ? words[words.length - 1] : ""}) {
            word.codePoints().filter(Character::isLetter).findFirst()
                    .ifPresent(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
        }
        return out.length() == 0 ? "?" : out.toString();
    }
}
