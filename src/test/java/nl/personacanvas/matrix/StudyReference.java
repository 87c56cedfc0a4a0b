package nl.personacanvas.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the transcription of Tabel 3 ({@code reference/competentiematrix.md}, the study's wording) so tests can
 * compare the matrix data with it. Line wrapping in the markdown is not wording, so paragraphs are unwrapped.
 */
final class StudyReference {
    private static final Pattern ACTIVITY_ROW = Pattern.compile("^\\| (A\\d) \\| (.+?) \\| (.+?) \\|$");
    private static final Pattern BULLET = Pattern.compile("^- (A\\d): (.+)$");

    private final List<String> lines;
    private final String unwrapped;

    private StudyReference(String markdown) {
        this.lines = markdown.lines().toList();
        this.unwrapped = markdown.replaceAll("\\s+", " ");
    }

    static StudyReference load() throws IOException {
        try (InputStream in = StudyReference.class.getResourceAsStream("/reference/competentiematrix.md")) {
            if (in == null) {
                throw new IOException("fixture reference/competentiematrix.md is missing");
            }
            return new StudyReference(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The whole document with every run of white space collapsed to one space. */
    String unwrapped() {
        return unwrapped;
    }

    /** Activity id to {name, group as Tabel 2 words it}. */
    Map<String, String[]> activities() {
        Map<String, String[]> activities = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = ACTIVITY_ROW.matcher(line);
            if (m.matches()) {
                activities.put(m.group(1), new String[] {m.group(2), m.group(3)});
            }
        }
        return activities;
    }

    /** The first column of the "| row | canvas quadrant |" table, top to bottom. */
    List<String> rowTitles() {
        List<String> titles = new ArrayList<>();
        int start = lines.indexOf("| row | canvas quadrant |") + 2;
        for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            titles.add(lines.get(i).split("\\|")[1].strip());
        }
        return titles;
    }

    /** The "- A1: text" bullets under the section whose heading starts with the given text. */
    Map<String, String> bullets(String headingStart) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String line : section(headingStart)) {
            Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                cells.put(m.group(1), m.group(2));
            }
        }
        return cells;
    }

    /** The first paragraph of a section, unwrapped. */
    String firstParagraph(String headingStart) {
        List<String> paragraph = new ArrayList<>();
        for (String line : section(headingStart)) {
            if (line.isBlank() && !paragraph.isEmpty()) {
                break;
            }
            if (!line.isBlank()) {
                paragraph.add(line.strip());
            }
        }
        return String.join(" ", paragraph);
    }

    /** The text between the first pair of double quotes after a marker, unwrapped. */
    String quotedAfter(String marker) {
        int at = unwrapped.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("marker not in reference: " + marker);
        }
        int open = unwrapped.indexOf('"', at + marker.length());
        return unwrapped.substring(open + 1, unwrapped.indexOf('"', open + 1));
    }

    private List<String> section(String headingStart) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(headingStart)) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no section " + headingStart);
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).startsWith("#")) {
            end++;
        }
        return lines.subList(start, end);
    }
}
