package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A data file split by {@code [header]} lines; lines before the first header go under "". */
final class Sections {

    private Sections() {
    }

    static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        String current = "";
        for (String line : ResourceText.lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1).strip();
                result.putIfAbsent(current, new ArrayList<>());
            } else {
                result.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
            }
        }
        return result;
    }
}
