package nl.personacanvas.pdf;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks a merge leaves where it kept two versions of a text ("Panel Zorg [uit panel-techniek.pcanvas: Panel
 * Techniek]", a paragraph "[uit panel-techniek.pcanvas]"; merge/messages_{nl,en} {@code marker.inline} and
 * {@code marker.paragraph}, in either language). They are the coordinator's to tidy, but nothing said so at export:
 * after importing five panel files, every poster printed "ROC Rivierenland · Panel Zorg & Welzijn [uit
 * panel-techniek.pcanvas: Panel Techniek] [uit panel-economie.pcanvas: …] …" under its headline (session 24). Each
 * marked text is warned for once per export, with the first page that prints it.
 */
final class MergeMarks {
    private static final Pattern MARK = Pattern.compile("\\[(?:uit|from) [^\\[\\]\\n]+?(?::[^\\[\\]\\n]*)?\\]");

    private final Set<String> seen = new HashSet<>();

    /** The warning for the first merge mark in {@code text}, unless that text was looked at before. */
    Optional<ExportWarning> lookAt(String personaId, String about, String text) {
        if (text == null || text.isBlank() || !seen.add(text)) {
            return Optional.empty();
        }
        Matcher mark = MARK.matcher(text);
        return mark.find() ? Optional.of(new ExportWarning(ExportWarning.Kind.MERGE_MARK, personaId, about,
                FallbackWarnings.excerpt(mark.group()))) : Optional.empty();
    }
}
