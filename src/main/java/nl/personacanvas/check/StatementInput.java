package nl.personacanvas.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loose statements from a paste, a .txt file (one per line) or a .csv file (the {@code text} column if
 * the header has one, also named {@code tekst}, {@code stelling}, {@code statement} or {@code uitspraak}, else
 * the first column; comma or semicolon separated, as Dutch spreadsheets save; a cell of several lines is one statement).
 * Blank lines are skipped; a leading bullet ("-", "*", "•") is dropped.
 */
public final class StatementInput {
    /** Headers naming the column of the statements, as a Dutch or English spreadsheet would. */
    private static final Set<String> TEXT_HEADERS = Set.of("text", "tekst", "stelling", "statement", "uitspraak");

    private StatementInput() {
    }

    public static List<String> lines(Reader source) throws IOException {
        List<String> result = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String s = stripBullet(line.strip());
            if (!s.isEmpty()) {
                result.add(s);
            }
        }
        return result;
    }

    /** Whether a file name asks for CSV parsing. */
    public static boolean isCsv(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    public static List<String> csv(Reader source) throws IOException {
        String text = readAll(source);
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> rows = records(text, separator);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (TEXT_HEADERS.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                column = i;
            }
        }
        List<String> result = new ArrayList<>();
        for (int r = column >= 0 ? 1 : 0; r < rows.size(); r++) {
            List<String> f = rows.get(r);
            int c = Math.max(column, 0);
            if (c < f.size()) {
                // A cell of several lines (Alt+Enter in a spreadsheet) is one note: its lines joined by a space.
                String statement = stripBullet(f.get(c).strip().replaceAll("\\s*\\R\\s*", " "));
                if (!statement.isEmpty()) {
                    result.add(statement);
                }
            }
        }
        return result;
    }

    private static String readAll(Reader source) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = source.read(buffer); n >= 0; n = source.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /**
     * The RFC 4180 records of a CSV text: quotes around a field, doubled quotes inside it, and line breaks inside a
     * quoted field, which stay in it (a spreadsheet writes a cell of several lines so). Blank lines are no records.
     */
    private static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                blank = false;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                blank = endRecord(records, record, field, blank);
                record = new ArrayList<>();
            } else {
                field.append(c);
                blank &= Character.isWhitespace(c);
            }
        }
        endRecord(records, record, field, blank);
        return records;
    }

    /** Adds the record ended by a line break or the end of the text, unless it was a blank line; starts anew. */
    private static boolean endRecord(List<List<String>> records, List<String> record, StringBuilder field,
                                     boolean blank) {
        record.add(field.toString());
        field.setLength(0);
        if (!blank) {
            records.add(record);
        }
        return true;
    }

    private static String stripBullet(String s) {
        if (s.startsWith("- ") || s.startsWith("* ") || s.startsWith("• ")) {
            return s.substring(2).strip();
        }
        return s;
    }
}
