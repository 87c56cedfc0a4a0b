package nl.personacanvas.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loose statements from a paste, a .txt file (one per line) or a .csv file (the {@code text} column if
 * the header has one, else the first column; comma or semicolon separated, as Dutch spreadsheets save).
 * Blank lines are skipped; a leading bullet ("-", "*", "•") is dropped.
 */
public final class StatementInput {

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
        List<String> rows = lines(source);
        if (rows.isEmpty()) {
            return rows;
        }
        char separator = rows.get(0).indexOf(';') >= 0 && rows.get(0).indexOf(',') < 0 ? ';' : ',';
        List<String> header = fields(rows.get(0), separator);
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase("text")) {
                column = i;
            }
        }
        List<String> result = new ArrayList<>();
        for (int r = column >= 0 ? 1 : 0; r < rows.size(); r++) {
            List<String> f = fields(rows.get(r), separator);
            int c = Math.max(column, 0);
            if (c < f.size() && !f.get(c).isBlank()) {
                result.add(f.get(c).strip());
            }
        }
        return result;
    }

    /** RFC 4180 fields of one line: quotes around a field, doubled quotes inside it. */
    private static List<String> fields(String line, char separator) {
        List<String> result = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                result.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        result.add(field.toString());
        return result;
    }

    private static String stripBullet(String s) {
        if (s.startsWith("- ") || s.startsWith("* ") || s.startsWith("• ")) {
            return s.substring(2).strip();
        }
        return s;
    }
}
