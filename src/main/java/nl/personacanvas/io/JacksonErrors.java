package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse and binding errors into problems the user can read in Dutch or English.
 * Jackson gives most detail only in its English message, so a few messages are recognised by their
 * wording; the tests pin that wording, so a Jackson upgrade that changes it fails loudly.
 */
final class JacksonErrors {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.{1,40}?)': was expecting");
    private static final Pattern BAD_ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)' \\(code (\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) [\"'](.*)[\"']");
    private static final Pattern CONTROL_CHAR = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)");
    private static final Pattern CONTROL_BETWEEN = Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '(.{1,40}?)'");
    private static final Pattern BAD_NUMBER = Pattern.compile("^Invalid numeric value:");

    private JacksonErrors() {
    }

    static FormatProblem toProblem(JsonProcessingException e) {
        FormatProblem problem = classify(e);
        JsonLocation loc = e.getLocation();
        if (loc == null && e.getCause() instanceof JsonProcessingException cause) {
            loc = cause.getLocation();
        }
        if (loc == null || loc.getLineNr() <= 0) {
            return problem;
        }
        return problem.at(loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
    }

    private static FormatProblem classify(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return FormatProblem.of("error.truncated");
        }
        if (e instanceof DatabindException && e.getCause() instanceof JsonProcessingException cause) {
            // A parse error met while binding: what went wrong is the cause, where is the binding's path.
            FormatProblem inner = classify(cause);
            return new FormatProblem(inner.key(), inner.args(), path(e), 0, 0);
        }
        if (e instanceof DatabindException) {
            return binding(e, message);
        }
        Matcher m = DUPLICATE.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.duplicateKey", m.group(1));
        }
        m = UNEXPECTED_CHAR.matcher(message);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            return code < 0x20 || Character.isWhitespace(code) || Character.isSpaceChar(code)
                    ? FormatProblem.of("error.unexpectedCode", String.format("U+%04X", code))
                    : FormatProblem.of("error.unexpectedChar", new String(Character.toChars(code)));
        }
        m = CLOSE_MARKER.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.unexpectedChar", m.group(1));
        }
        m = CONTROL_CHAR.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.controlChar", String.format("U+%04X", Integer.parseInt(m.group(1))));
        }
        m = CONTROL_BETWEEN.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.unexpectedCode", String.format("U+%04X", Integer.parseInt(m.group(1))));
        }
        m = NON_STANDARD.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.unrecognizedToken", m.group(1));
        }
        m = BAD_NUMBER.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.badNumber");
        }
        m = BAD_ESCAPE.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.badEscape", m.group(1));
        }
        m = UNRECOGNIZED_TOKEN.matcher(message);
        if (m.find()) {
            return FormatProblem.of("error.unrecognizedToken", m.group(1));
        }
        return FormatProblem.of("error.syntax", firstLine(message));
    }

    private static FormatProblem limit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return FormatProblem.of("error.tooDeep", Limits.MAX_NESTING_DEPTH);
        }
        if (message.startsWith("String value length")) {
            return FormatProblem.of("error.stringTooLong", Limits.MAX_JSON_STRING_CHARS);
        }
        if (message.startsWith("Name length")) {
            return FormatProblem.of("error.keyTooLong", Limits.MAX_NAME_LENGTH);
        }
        if (message.startsWith("Number value length")) {
            return FormatProblem.of("error.numberTooLong", WorkbookCodec.MAX_NUMBER_DIGITS);
        }
        if (message.startsWith("Document length")) {
            return FormatProblem.of("error.tooLarge", Limits.MAX_DOCUMENT_BYTES / (1024 * 1024) + 1,
                    Limits.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        return FormatProblem.of("error.limit", firstLine(message));
    }

    private static FormatProblem binding(JsonProcessingException e, String message) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException u) {
            return new FormatProblem("error.unknownField", new Object[] {u.getPropertyName()}, path, 0, 0);
        }
        if (message.startsWith("Trailing token")) {
            return FormatProblem.of("error.trailing");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new FormatProblem(expectedKey(m.getTargetType()), new Object[0], path, 0, 0);
        }
        return new FormatProblem("error.syntax", new Object[] {firstLine(message)}, path, 0, 0);
    }

    private static String expectedKey(Class<?> type) {
        if (type == String.class) {
            return "error.expectedText";
        }
        if (type == Integer.class || type == int.class) {
            return "error.expectedInteger";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "error.expectedList";
        }
        return "error.expectedObject";
    }

    private static String path(JsonProcessingException e) {
        return String.valueOf(pathOf(e));
    }

    /** Where binding was when it failed; null for errors of the parser itself. */
    static JsonPath pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException)) {
            return null;
        }
        List<Object> segments = new ArrayList<>();
        for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
            if (ref.getFieldName() != null) {
                segments.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                segments.add(ref.getIndex());
            }
        }
        return JsonPath.of(segments);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
