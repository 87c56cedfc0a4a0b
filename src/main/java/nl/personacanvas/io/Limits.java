package nl.personacanvas.io;

/**
 * The bounds a workbook file must stay within. They are far above what a panel writes by hand, and
 * exist so a damaged or hostile file is refused quickly instead of exhausting memory. The UI may use
 * them to stop typing at the same limit the file enforces.
 */
public final class Limits {
    /** Whole file, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    /** Deepest nesting a valid file needs is 7; anything far deeper is refused while parsing. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Ids, names, school, region, team, authors, links, versions: code points. */
    public static final int MAX_NAME_LENGTH = 300;
    /** Role sentence, activity name, principle theme: code points. */
    public static final int MAX_SENTENCE_LENGTH = 1_000;
    /** Entry text, notes, definition, principle statements: code points. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final int MAX_PERSONAS = 10_000;
    public static final int MAX_ENTRIES_PER_QUADRANT = 1_000;
    public static final int MAX_ACTIVITIES = 1_000;
    public static final int MAX_PRINCIPLES = 1_000;
    public static final int MAX_STATEMENTS = 1_000;
    public static final int MAX_AUTHORS = 100;
    public static final int MAX_LINKS = 100;
    /** Decoded portrait image, in bytes. */
    public static final int MAX_PORTRAIT_BYTES = 2 * 1024 * 1024;
    /** Portrait width or height, in pixels, as the image header declares it (checked without decoding). */
    public static final int MAX_PORTRAIT_SIDE = 4096;
    /** Portrait pixels: 16 megapixels decode to 64 MB, already far more than a poster needs. */
    public static final long MAX_PORTRAIT_PIXELS = 16_000_000L;
    /** Longest JSON string the parser accepts: a maximal portrait in Base64, with room to spare. */
    static final int MAX_JSON_STRING_CHARS = 3 * 1024 * 1024;
    /** The tolerated problems a single file reports before the rest is summarised. */
    static final int MAX_REPORTED_PROBLEMS = 50;

    private Limits() {
    }
}
