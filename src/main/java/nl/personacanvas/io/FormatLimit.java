package nl.personacanvas.io;

/**
 * Every bound the reader holds a workbook to that a workbook in the window can reach, in one list: the
 * texts' lengths, the lists' counts, the portraits' and the file's sizes. {@link SaveLimits} checks each of
 * them before a save, and {@code SaveLimitsTest} saves a workbook exactly at and just over each one, so the
 * check and the reader cannot drift apart. Bounds a written workbook cannot reach (nesting depth, key and
 * number lengths) are not here; the test says why for each.
 *
 * @param path where the bound applies in the file, with {@code []} for any index (as {@link ListLimits}
 *             names lists); a quadrant's bounds are named by its first quadrant, {@code design}
 */
enum FormatLimit {
    MATRIX_VERSION("matrixVersion", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    SCHOOL("workbook.school", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    REGION("workbook.region", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    TEAM("workbook.team", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    DEFINITION("workbook.definition", Measure.CODE_POINTS, Limits.MAX_TEXT_LENGTH),
    PRINCIPLES("workbook.principles", Measure.ITEMS, Limits.MAX_PRINCIPLES),
    THEME("workbook.principles[].theme", Measure.CODE_POINTS, Limits.MAX_SENTENCE_LENGTH),
    STATEMENTS("workbook.principles[].statements", Measure.ITEMS, Limits.MAX_STATEMENTS),
    STATEMENT("workbook.principles[].statements[]", Measure.CODE_POINTS, Limits.MAX_TEXT_LENGTH),
    ACTIVITIES("workbook.activities", Measure.ITEMS, Limits.MAX_ACTIVITIES),
    ACTIVITY_ID("workbook.activities[].id", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    ACTIVITY_NAME("workbook.activities[].name", Measure.CODE_POINTS, Limits.MAX_SENTENCE_LENGTH),
    PERSONAS("workbook.personas", Measure.ITEMS, Limits.MAX_PERSONAS),
    PERSONA_ID("workbook.personas[].id", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    PERSONA_NAME("workbook.personas[].name", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    ROLE("workbook.personas[].role", Measure.CODE_POINTS, Limits.MAX_SENTENCE_LENGTH),
    AUTHORS("workbook.personas[].authors", Measure.ITEMS, Limits.MAX_AUTHORS),
    AUTHOR("workbook.personas[].authors[]", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    NOTES("workbook.personas[].notes", Measure.CODE_POINTS, Limits.MAX_TEXT_LENGTH),
    /** Base64 of at most {@link ValueRules#MAX_PORTRAIT_BASE64} characters holds this many bytes. */
    PORTRAIT_BYTES("workbook.personas[].portrait.data", Measure.BYTES, ValueRules.MAX_PORTRAIT_BASE64 / 4 * 3),
    PORTRAIT_SIDE("workbook.personas[].portrait.data", Measure.PIXELS_A_SIDE, Limits.MAX_PORTRAIT_SIDE),
    PORTRAIT_PIXELS("workbook.personas[].portrait.data", Measure.PIXELS, Limits.MAX_PORTRAIT_PIXELS),
    ENTRIES("workbook.personas[].canvas.design", Measure.ITEMS, Limits.MAX_ENTRIES_PER_QUADRANT),
    ENTRY_ID("workbook.personas[].canvas.design[].id", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    ENTRY_TEXT("workbook.personas[].canvas.design[].text", Measure.CODE_POINTS, Limits.MAX_TEXT_LENGTH),
    LINKS("workbook.personas[].canvas.design[].links", Measure.ITEMS, Limits.MAX_LINKS),
    LINK("workbook.personas[].canvas.design[].links[]", Measure.CODE_POINTS, Limits.MAX_NAME_LENGTH),
    ENTRY_NOTE("workbook.personas[].canvas.design[].note", Measure.CODE_POINTS, Limits.MAX_TEXT_LENGTH),
    /** The whole file as written, known only while writing it: checked on the bytes as they go out. */
    DOCUMENT("", Measure.BYTES, Limits.MAX_DOCUMENT_BYTES);

    /** What the bound counts. */
    enum Measure { CODE_POINTS, ITEMS, BYTES, PIXELS_A_SIDE, PIXELS }

    private final String path;
    private final Measure measure;
    private final long max;

    FormatLimit(String path, Measure measure, long max) {
        this.path = path;
        this.measure = measure;
        this.max = max;
    }

    String path() {
        return path;
    }

    Measure measure() {
        return measure;
    }

    long max() {
        return max;
    }

    /** Whether {@code amount} (in this bound's measure) is more than the reader accepts. */
    boolean exceededBy(long amount) {
        return amount > max;
    }
}
