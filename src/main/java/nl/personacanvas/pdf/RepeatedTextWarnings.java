package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Texts of the workbook an export prints outside a persona's own texts, most on many pages: the school, the team and
 * an activity's name under every poster's headline, and the workbook report's cover. A character no bundled font has
 * prints there as "�"; it is warned for once per export, with the first page that prints it. A fallback font there
 * (an emoji in the school's name) prints well and is not warned for. One per export, shared by its pages.
 */
final class RepeatedTextWarnings {
    private final Typesetter type;
    /** Every text looked at, so a repeat is not looked at again. */
    private final Set<String> seen = new HashSet<>();
    /** The texts warned for: a line that holds one (a poster's "school · team" after the cover's school) is not. */
    private final List<String> warnedFor = new ArrayList<>();

    RepeatedTextWarnings(Typesetter type) {
        this.type = type;
    }

    /**
     * The warning for a replacement mark in {@code text}, unless the text was looked at before in this export or holds
     * a text already warned for.
     *
     * @param about the persona whose poster prints it, or the part of the report (its cover) that does
     */
    Optional<ExportWarning> lookAt(String personaId, String about, String text) {
        if (text.isBlank() || !seen.add(text) || warnedFor.stream().anyMatch(text::contains)) {
            return Optional.empty();
        }
        Optional<ExportWarning> warning = FallbackWarnings.of(type, personaId, about, List.of(text)).stream()
                .filter(w -> w.kind() == ExportWarning.Kind.REPLACEMENT_MARK).findFirst();
        warning.ifPresent(w -> warnedFor.add(text));
        return warning;
    }
}
