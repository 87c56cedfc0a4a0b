package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The values of a workbook file as {@link WorkbookReader} takes them from its parser, each held to the
 * format's rules: only a JSON string is text, texts and lists within their limits, ids well-formed and
 * unique, timestamps in the format's form. Anything else makes the reader give up. Apart from the reader
 * so that it holds only the file's structure.
 */
final class StrictTokens {
    /** Giving up carries nothing: the thorough reading words the refusal. */
    static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();

    interface Item<T> {
        T read(JsonToken token) throws IOException, GiveUp;
    }

    private final JsonParser parser;

    StrictTokens(JsonParser parser) {
        this.parser = parser;
    }

    /** A list of at most {@code max} items; the thorough reading refuses a longer one before binding it. */
    <T> List<T> list(JsonToken token, int max, Item<T> item) throws IOException, GiveUp {
        expect(token, JsonToken.START_ARRAY);
        List<T> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null || items.size() >= max) {
                throw GIVE_UP;
            }
            items.add(item.read(t));
        }
        return items;
    }

    /**
     * Ids: not blank, a short well-formed text without control characters, and unique: {@code addNew} adds
     * the id to the ones seen and says whether it was new.
     */
    String id(JsonToken token, Predicate<String> addNew) throws IOException, GiveUp {
        String id = string(token);
        if (id.isBlank() || !ValueRules.fits(id, Limits.MAX_NAME_LENGTH) || ValueRules.hasControlCharacter(id)
                || !addNew.test(id)) {
            throw GIVE_UP;
        }
        return id;
    }

    static String matrixActivity(String value) throws GiveUp {
        if (!ValueRules.MATRIX_ACTIVITY.matcher(value).matches()) {
            throw GIVE_UP;
        }
        return value;
    }

    Instant instant(JsonToken token) throws IOException, GiveUp {
        try {
            return Timestamps.parse(string(token));
        } catch (DateTimeParseException e) {
            throw GIVE_UP;
        }
    }

    String text(JsonToken token, int max) throws IOException, GiveUp {
        String value = string(token);
        if (!ValueRules.fits(value, max)) {
            throw GIVE_UP;
        }
        return value;
    }

    /** Only a JSON string is text: no numbers, booleans, nulls, lists or objects in its place. */
    String string(JsonToken token) throws IOException, GiveUp {
        expect(token, JsonToken.VALUE_STRING);
        return parser.getText();
    }

    static void expect(JsonToken token, JsonToken expected) throws GiveUp {
        if (token != expected) {
            throw GIVE_UP;
        }
    }

    static <T> T required(T value) throws GiveUp {
        if (value == null) {
            throw GIVE_UP;
        }
        return value;
    }
}
