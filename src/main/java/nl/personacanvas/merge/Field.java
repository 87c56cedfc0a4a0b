package nl.personacanvas.merge;

/** The fields a merge compares one by one; the key names the field in messages ({@code field.<key>}). */
public enum Field {
    SCHOOL("school", Shape.LINE),
    REGION("region", Shape.LINE),
    TEAM("team", Shape.LINE),
    DEFINITION("definition", Shape.TEXT),
    ACTIVITY_NAME("activityName", Shape.LINE),
    NAME("name", Shape.LINE),
    ROLE("role", Shape.LINE),
    ACTIVITY("activity", Shape.LINE),
    AUTHORS("authors", Shape.LIST),
    NOTES("notes", Shape.TEXT),
    PORTRAIT("portrait", Shape.IMAGE);

    /** How "keep both" can hold two values of the field. */
    enum Shape {
        /** One line: keep mine, record theirs beside it. */
        LINE,
        /** Paragraphs: mine, then theirs as a marked paragraph. */
        TEXT,
        /** A list: the union. */
        LIST,
        /** Only one value fits: keep mine, record that theirs was not taken. */
        IMAGE
    }

    private final String key;
    private final Shape shape;

    Field(String key, Shape shape) {
        this.key = key;
        this.shape = shape;
    }

    public String key() {
        return key;
    }

    Shape shape() {
        return shape;
    }
}
