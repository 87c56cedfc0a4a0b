package nl.personacanvas.ui.about;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the component tables of THIRD-PARTY-NOTICES.md, so the About dialog lists exactly what the
 * installers ship a notice for. Only the Markdown the notices file uses: {@code ##} headings and pipe tables
 * whose header has a "Licence" column; the first column names the component.
 */
final class ThirdPartyNotices {
    private static final String LICENCE_COLUMN = "Licence";

    private ThirdPartyNotices() {
    }

    static List<ThirdPartyComponent> parse(String markdown) {
        List<ThirdPartyComponent> components = new ArrayList<>();
        String section = "";
        int licenceColumn = -1;
        boolean inTable = false;
        for (String line : markdown.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("## ")) {
                section = trimmed.substring(3).strip();
                inTable = false;
            } else if (!trimmed.startsWith("|")) {
                inTable = false;
            } else if (!inTable) {
                inTable = true;
                licenceColumn = Arrays.asList(cells(trimmed)).indexOf(LICENCE_COLUMN);
            } else if (licenceColumn >= 0 && !trimmed.matches("\\|[\\s|:-]+\\|?")) {
                String[] cells = cells(trimmed);
                if (cells.length > licenceColumn) {
                    components.add(new ThirdPartyComponent(section, cells[0], cells[licenceColumn]));
                }
            }
        }
        return List.copyOf(components);
    }

    private static String[] cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }
}
