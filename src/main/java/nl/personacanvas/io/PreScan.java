package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A first streaming pass over the document, before anything is bound to objects. It finds the top-level
 * {@code format} and {@code schemaVersion}, so a file written by a newer version is refused for that
 * reason alone, before any of its content is judged by today's rules. It also refuses over-long lists
 * (see {@link ListLimits}) before they are bound to objects, and finds explicit {@code null}s, which the
 * format never uses but which binding cannot tell apart from absent fields. The tokens it reads are kept
 * for binding, which is then no second parse of the text.
 */
final class PreScan {
    private final JsonFactory factory;
    private final String json;

    private String format;
    private int[] formatAt = {1, 1};
    private JsonToken versionToken;
    private String versionText;
    private int[] versionAt;
    private final List<FormatProblem> nulls = new ArrayList<>();
    private FormatProblem tooMany;
    private JsonProcessingException parseError;
    /** Every token read, so binding need not parse the text a second time. */
    private TokenBuffer tokens;
    private int[] parseErrorAt;

    PreScan(JsonFactory factory, String json) {
        this.factory = factory;
        this.json = json;
    }

    /** Throws for the first of: not a workbook, bad or future version, invalid JSON, a list too long, nulls. */
    void check() throws WorkbookFormatException {
        try {
            scan();
        } catch (IOException e) {
            throw new WorkbookFormatException("error.syntax", e.getMessage());
        }
        boolean headerSeen = format != null && versionToken != null;
        if (parseError != null && !headerSeen) {
            throw new WorkbookFormatException(parseProblem());
        }
        checkHeader();
        if (parseError != null) {
            throw new WorkbookFormatException(parseProblem());
        }
        if (tooMany != null) {
            throw new WorkbookFormatException(tooMany);
        }
        if (!nulls.isEmpty()) {
            throw new WorkbookFormatException(nulls);
        }
    }

    /**
     * The document's tokens, to bind from after {@link #check} passed. They carry no places in the text;
     * a binding error is placed by its path instead ({@link JsonLocator}).
     */
    JsonParser tokens() {
        return tokens.asParser();
    }

    private void checkHeader() throws WorkbookFormatException {
        if (!WorkbookCodec.FORMAT.equals(format)) {
            throw problem(formatAt, "format", "error.notWorkbook");
        }
        if (versionToken == null) {
            throw problem(new int[] {1, 1}, "", "error.missingVersion");
        }
        if (versionToken != JsonToken.VALUE_NUMBER_INT) {
            throw problem(versionAt, "schemaVersion", "error.badVersion", versionText);
        }
        BigInteger version = new BigInteger(versionText);
        if (version.compareTo(BigInteger.valueOf(WorkbookCodec.SCHEMA_VERSION)) > 0) {
            throw problem(versionAt, "schemaVersion", "error.futureVersion", shorten(versionText),
                    WorkbookCodec.SCHEMA_VERSION);
        }
        if (version.signum() <= 0) {
            throw problem(versionAt, "schemaVersion", "error.badVersion", versionText);
        }
    }

    private void scan() throws IOException, WorkbookFormatException {
        try (JsonParser parser = factory.createParser(json)) {
            tokens = new TokenBuffer(parser);
            try {
                scan(parser);
            } catch (JsonProcessingException e) {
                // Limits of the parser are reported without a place; the parser still knows where it is.
                parseError = e;
                parseErrorAt = at(parser.currentLocation());
            }
        }
    }

    private void scan(JsonParser parser) throws IOException, WorkbookFormatException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw problem(at(parser), "", "error.notObject");
        }
        keep(parser);
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            keep(parser);
            if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                continue;
            }
            JsonStreamContext ctx = parser.getParsingContext();
            JsonStreamContext owner = token.isStructStart() ? ctx.getParent() : ctx;
            if (owner.inObject() && owner.getParent().inRoot()) {
                header(parser, token, owner.getCurrentName());
            }
            if (tooMany == null && owner.inArray() && ListLimits.isCheckpoint(owner.getCurrentIndex())) {
                checkListSize(parser, owner);
            }
            if (token == JsonToken.VALUE_NULL && nulls.size() < Limits.MAX_REPORTED_PROBLEMS) {
                int[] where = at(parser);
                nulls.add(new FormatProblem("error.nullValue", new Object[0], path(ctx), where[0], where[1]));
            }
        }
    }

    private void keep(JsonParser parser) throws IOException {
        tokens.copyCurrentEvent(parser);
    }

    private void header(JsonParser parser, JsonToken token, String name) throws IOException {
        if ("format".equals(name) && format == null) {
            format = token == JsonToken.VALUE_STRING ? parser.getText() : "";
            formatAt = at(parser);
        } else if ("schemaVersion".equals(name) && versionToken == null) {
            versionToken = token;
            versionText = switch (token) {
                case VALUE_STRING -> '"' + shorten(parser.getText()) + '"';
                case START_ARRAY -> "[...]";
                case START_OBJECT -> "{...}";
                default -> parser.getText();
            };
            versionAt = at(parser);
        }
    }

    /** Refuses an over-long list while streaming, so its items are never bound to objects. */
    private void checkListSize(JsonParser parser, JsonStreamContext element) {
        List<Object> listPath = segments(element.getParent());
        int max = ListLimits.maxItems(listPath);
        if (element.getCurrentIndex() >= max) {
            int[] where = at(parser);
            tooMany = new FormatProblem("error.tooMany", new Object[] {max}, JsonPath.of(listPath).toString(),
                    where[0], where[1]);
        }
    }

    private static int[] at(JsonParser parser) {
        return at(parser.currentTokenLocation());
    }

    private static int[] at(JsonLocation loc) {
        return new int[] {loc.getLineNr(), loc.getColumnNr()};
    }

    private FormatProblem parseProblem() {
        FormatProblem p = JacksonErrors.toProblem(parseError);
        return p.hasLocation() || parseErrorAt[0] <= 0 ? p : p.at(parseErrorAt[0], parseErrorAt[1]);
    }

    private static String path(JsonStreamContext ctx) {
        return JsonPath.of(segments(ctx)).toString();
    }

    private static List<Object> segments(JsonStreamContext ctx) {
        List<Object> segments = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            segments.add(c.inArray() ? (Object) c.getCurrentIndex() : String.valueOf(c.getCurrentName()));
        }
        Collections.reverse(segments);
        return segments;
    }

    private static WorkbookFormatException problem(int[] at, String path, String key, Object... args) {
        return new WorkbookFormatException(new FormatProblem(key, args, path, at[0], at[1]));
    }

    private static String shorten(String value) {
        String v = String.valueOf(value);
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
