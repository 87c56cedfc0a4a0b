package nl.personacanvas.io;

import static nl.personacanvas.io.StrictTokens.GIVE_UP;
import static nl.personacanvas.io.StrictTokens.expect;
import static nl.personacanvas.io.StrictTokens.required;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.io.StrictTokens.GiveUp;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Reads a workbook file straight into the domain records in one streaming pass over its bytes, checking
 * every rule of the format on the way: the counterpart of {@link WorkbookWriter}. It only accepts. At the
 * first thing it does not accept it gives up, and {@link WorkbookCodec} reads the file again the thorough
 * way (scan, binding to the DTOs, validation), which words every refusal with its place in characters and
 * lists all rule problems. So what this reader loads the thorough reading loads too, into an equal
 * workbook ({@code WorkbookReaderTest} holds it to that on thousands of hostile and random files), and a
 * good file costs one parse instead of two, with no DTOs and no second walk to validate them.
 */
final class WorkbookReader {
    /** Fewer bytes than an entry with a sentence of text takes in a saved file (about 200): sizes the id set. */
    private static final int BYTES_PER_ENTRY = 160;

    /** What a file held, and where each persona's object stands in its bytes. */
    record Read(Workbook workbook, int schemaVersion, int[] personaSpans) {
        /** Where the {@code i}th persona's object starts in the bytes read. */
        int start(int i) {
            return personaSpans[2 * i];
        }

        /** Where the {@code i}th persona's object ends (exclusive) in the bytes read. */
        int end(int i) {
            return personaSpans[2 * i + 1];
        }
    }

    private final JsonParser parser;
    private final StrictTokens tokens;
    /** Offset of the bytes the parser reads from in the caller's array: its locations count from there. */
    private final int origin;
    private int[] personaSpans = new int[128];
    private int spans;
    private int schemaVersion;
    private final Set<String> activityIds = new HashSet<>();
    private final IdSet personaIds = new IdSet(64);
    private final IdSet entryIds;
    /** Activities personas name, checked at the end: a file may list its activities after its personas. */
    private final Set<String> namedActivities = new HashSet<>();

    private WorkbookReader(JsonParser parser, int origin, int length) {
        this.parser = parser;
        this.tokens = new StrictTokens(parser);
        this.origin = origin;
        // Sized by the file, the set does not grow for a usual workbook.
        this.entryIds = new IdSet(length / BYTES_PER_ENTRY);
    }

    /** The workbook in {@code bytes} from {@code start}, or null when the file is not one this reader accepts. */
    static Read read(JsonFactory factory, byte[] bytes, int start) {
        // The factory's limits (depth, string and number lengths) and duplicate key detection apply here too.
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            WorkbookReader reader = new WorkbookReader(parser, start, bytes.length - start);
            Workbook workbook = reader.file();
            return new Read(workbook, reader.schemaVersion, Arrays.copyOf(reader.personaSpans, reader.spans));
        } catch (GiveUp | IOException e) {
            return null;
        }
    }

    private Workbook file() throws IOException, GiveUp {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        boolean workbookFormat = false;
        boolean knownVersion = false;
        String matrixVersion = null;
        Workbook content = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "format" -> workbookFormat = WorkbookCodec.FORMAT.equals(tokens.string(value));
                case "schemaVersion" -> {
                    knownVersion = value == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() == JsonParser.NumberType.INT
                            && parser.getIntValue() >= 1 && parser.getIntValue() <= WorkbookCodec.SCHEMA_VERSION;
                    schemaVersion = knownVersion ? parser.getIntValue() : 0;
                }
                case "matrixVersion" -> matrixVersion = tokens.text(value, Limits.MAX_NAME_LENGTH);
                case "savedBy" -> tokens.text(value, Limits.MAX_NAME_LENGTH);
                case "workbook" -> content = workbook(value);
                default -> throw GIVE_UP;
            }
        }
        if (parser.nextToken() != null || !workbookFormat || !knownVersion || content == null
                || !activityIds.containsAll(namedActivities)) {
            throw GIVE_UP;
        }
        return new Workbook(content.school(), content.region(), content.team(), content.definition(),
                content.principles(), content.activities(), content.personas(), matrixVersion);
    }

    private Workbook workbook(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        String school = null;
        String region = null;
        String team = null;
        String definition = null;
        List<PrincipleTheme> principles = null;
        List<CoreActivity> activities = null;
        List<Persona> personas = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "school" -> school = tokens.text(value, Limits.MAX_NAME_LENGTH);
                case "region" -> region = tokens.text(value, Limits.MAX_NAME_LENGTH);
                case "team" -> team = tokens.text(value, Limits.MAX_NAME_LENGTH);
                case "definition" -> definition = tokens.text(value, Limits.MAX_TEXT_LENGTH);
                case "principles" -> principles = tokens.list(value, Limits.MAX_PRINCIPLES, this::principle);
                case "activities" -> activities = tokens.list(value, Limits.MAX_ACTIVITIES, this::activity);
                case "personas" -> personas = tokens.list(value, Limits.MAX_PERSONAS, this::persona);
                default -> throw GIVE_UP;
            }
        }
        return new Workbook(school, region, team, definition, principles, activities, personas, null);
    }

    private PrincipleTheme principle(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        String theme = null;
        List<String> statements = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "theme" -> theme = tokens.text(value, Limits.MAX_SENTENCE_LENGTH);
                case "statements" -> statements =
                        tokens.list(value, Limits.MAX_STATEMENTS, t -> tokens.text(t, Limits.MAX_TEXT_LENGTH));
                default -> throw GIVE_UP;
            }
        }
        return new PrincipleTheme(theme, statements);
    }

    private CoreActivity activity(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        String id = null;
        String matrix = null;
        String name = null;
        ActivityGroup group = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = tokens.id(value, activityIds::add);
                case "matrix" -> matrix = StrictTokens.matrixActivity(tokens.string(value));
                case "name" -> name = tokens.text(value, Limits.MAX_SENTENCE_LENGTH);
                case "group" -> group = ActivityGroup.fromKey(tokens.string(value)).orElseThrow(() -> GIVE_UP);
                default -> throw GIVE_UP;
            }
        }
        return new CoreActivity(required(id), matrix, name, required(group));
    }

    private Persona persona(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        int start = offset();
        String id = null;
        String name = null;
        String role = null;
        String activity = null;
        List<String> authors = null;
        Portrait portrait = null;
        String notes = null;
        Instant created = null;
        Instant modified = null;
        Canvas canvas = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = tokens.id(value, personaIds::add);
                case "name" -> name = tokens.text(value, Limits.MAX_NAME_LENGTH);
                case "role" -> role = tokens.text(value, Limits.MAX_SENTENCE_LENGTH);
                case "activity" -> activity = namedActivity(tokens.string(value));
                case "authors" -> authors = tokens.list(value, Limits.MAX_AUTHORS, t -> tokens.text(t, Limits.MAX_NAME_LENGTH));
                case "portrait" -> portrait = portrait(value);
                case "notes" -> notes = tokens.text(value, Limits.MAX_TEXT_LENGTH);
                case "created" -> created = tokens.instant(value);
                case "modified" -> modified = tokens.instant(value);
                case "canvas" -> canvas = canvas(value);
                default -> throw GIVE_UP;
            }
        }
        span(start, offset() + 1);
        return new Persona(required(id), name, role, activity, authors, portrait, notes, required(created),
                required(modified), canvas);
    }

    /** Where the current token starts in the caller's array. */
    private int offset() {
        return origin + (int) parser.currentTokenLocation().getByteOffset();
    }

    private void span(int start, int end) {
        if (spans + 2 > personaSpans.length) {
            personaSpans = Arrays.copyOf(personaSpans, 2 * personaSpans.length);
        }
        personaSpans[spans++] = start;
        personaSpans[spans++] = end;
    }

    private Canvas canvas(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            Quadrant quadrant = switch (field) {
                case "design" -> Quadrant.DESIGN;
                case "deliver" -> Quadrant.DELIVER;
                case "organise" -> Quadrant.ORGANISE;
                case "attitude" -> Quadrant.ATTITUDE;
                default -> throw GIVE_UP;
            };
            quadrants.put(quadrant, tokens.list(parser.nextToken(), Limits.MAX_ENTRIES_PER_QUADRANT, this::entry));
        }
        return Canvas.of(quadrants);
    }

    private Entry entry(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        String id = null;
        String text = null;
        List<String> links = null;
        String note = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = tokens.id(value, entryIds::add);
                case "text" -> text = tokens.text(value, Limits.MAX_TEXT_LENGTH);
                case "links" -> links = tokens.list(value, Limits.MAX_LINKS, t -> tokens.text(t, Limits.MAX_NAME_LENGTH));
                case "note" -> note = tokens.text(value, Limits.MAX_TEXT_LENGTH);
                default -> throw GIVE_UP;
            }
        }
        return new Entry(required(id), text, links, note);
    }

    private Portrait portrait(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.START_OBJECT);
        String mediaType = null;
        String data = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (field) {
                case "mediaType" -> mediaType = tokens.string(value);
                case "data" -> data = tokens.string(value);
                default -> throw GIVE_UP;
            }
        }
        if (!ValueRules.MEDIA_TYPES.contains(required(mediaType))
                || required(data).length() > ValueRules.MAX_PORTRAIT_BASE64) {
            throw GIVE_UP;
        }
        byte[] image;
        try {
            image = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw GIVE_UP;
        }
        if (ImageHeader.sizeOf(image).filter(ValueRules::tooManyPixels).isPresent()) {
            throw GIVE_UP;
        }
        return new Portrait(mediaType, image);
    }

    private String namedActivity(String id) {
        if (!id.isEmpty()) {
            namedActivities.add(id);
        }
        return id;
    }
}
