package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.personacanvas.model.PrincipleTheme;

/**
 * Principles merge without conflicts: my themes and statements stay as they are, their statements that I
 * lack are appended to the theme of the same name, and their other themes after mine.
 */
final class PrincipleUnion {
    private final List<PrincipleTheme> merged;
    private final List<Message> additions = new ArrayList<>();

    PrincipleUnion(List<PrincipleTheme> mine, List<PrincipleTheme> theirs) {
        List<PrincipleTheme> result = new ArrayList<>(mine);
        for (PrincipleTheme their : theirs) {
            int index = indexOf(result, their.theme());
            if (index < 0) {
                result.add(their);
                their.statements().forEach(s -> additions.add(Message.of("report.principle", s, their.theme())));
                if (their.statements().isEmpty()) {
                    additions.add(Message.of("report.theme", their.theme()));
                }
                continue;
            }
            PrincipleTheme my = result.get(index);
            List<String> statements = new ArrayList<>(my.statements());
            for (String s : their.statements()) {
                if (statements.stream().noneMatch(m -> m.strip().equals(s.strip()))) {
                    statements.add(s);
                    additions.add(Message.of("report.principle", s, my.theme()));
                }
            }
            result.set(index, new PrincipleTheme(my.theme(), statements));
        }
        this.merged = List.copyOf(result);
    }

    private static int indexOf(List<PrincipleTheme> themes, String theme) {
        String wanted = theme.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).theme().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    List<PrincipleTheme> merged() {
        return merged;
    }

    List<Message> additions() {
        return List.copyOf(additions);
    }
}
