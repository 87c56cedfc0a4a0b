package nl.personacanvas.matrix;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A matrix element as a reader names it, "Ontwerpen 2" / "Design 2" (an attitude by its name): the one place the
 * editor, the PDFs and the command line's text output take these names from. The ids ("A4.design.2") are the
 * files' and the machine formats' ({@code json}, {@code jsonl}), not words.
 */
public final class ElementNames {
    private static final String BUNDLE = "nl.personacanvas.matrix.names";
    private final ResourceBundle bundle;
    private final Locale locale;

    /** English when asked for, Dutch for every other language, as the app's other bundles. */
    public ElementNames(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "Ontwerpen 2" for the second design element; an attitude's name is its label. */
    public String name(MatrixRole role, String id, String label) {
        return role == MatrixRole.ATTITUDES ? label : get("item." + role.key(), number(id));
    }

    public String name(MatrixElement element) {
        return name(element.role(), element.id(), element.label());
    }

    /** "Ontwerpen 2 (Opdrachten en evaluaties ontwikkelen)"; an attitude's name is its words. */
    public String nameWithWords(MatrixRole role, String id, String label) {
        return role == MatrixRole.ATTITUDES ? label : name(role, id, label) + " (" + label + ")";
    }

    /**
     * An element known by its id alone, as a check result carries it: "A4.design.2" is "Ontwerpen 2", "P.3" the
     * professional row's third. An id of another shape is not an element's and is given back as it is.
     */
    public String nameOfId(String id) {
        String[] parts = id.split("\\.");
        if (parts.length == 2 && parts[0].equals("P")) {
            return name(MatrixRole.PROFESSIONAL, id, "");
        }
        if (parts.length == 3) {
            return MatrixRole.fromKey(parts[1]).filter(r -> r != MatrixRole.ATTITUDES)
                    .map(r -> name(r, id, "")).orElse(id);
        }
        return id;
    }

    private static String number(String id) {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    private String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
