package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where values sit in a document that already parsed, so problems found on the bound objects
 * can still name a line and column. One pass over the document for any number of paths, skipping
 * every part that cannot contain one of them; only used when there is something to report.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    /** Line and column of the value at each path that the document has; paths it lacks are left out. */
    static Map<JsonPath, int[]> locate(JsonFactory factory, String json, Collection<JsonPath> paths) {
        Set<List<Object>> targets = new HashSet<>();
        Set<List<Object>> prefixes = new HashSet<>();
        for (JsonPath p : paths) {
            List<Object> s = p.segments();
            targets.add(s);
            for (int i = 0; i <= s.size(); i++) {
                prefixes.add(s.subList(0, i));
            }
        }
        Map<JsonPath, int[]> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while (found.size() < targets.size() && (token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext ctx = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                List<Object> here = segments(ctx);
                if (targets.contains(here)) {
                    JsonLocation loc = parser.currentTokenLocation();
                    found.put(JsonPath.of(here), new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
                if (token.isStructStart() && !prefixes.contains(here)) {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // The document parsed before, so this does not happen; what was found so far still holds.
        }
        return found;
    }

    private static List<Object> segments(JsonStreamContext ctx) {
        List<Object> segments = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(c.getCurrentIndex());
            } else {
                segments.add(String.valueOf(c.getCurrentName()));
            }
        }
        Collections.reverse(segments);
        return segments;
    }
}
