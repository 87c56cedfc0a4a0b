package nl.personacanvas.check;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place abroad that no list names, recognised by its form: a capitalised word after "in", "naar" or "uit"
 * ("een leerbedrijf in Vorarlberg", "een stage in Reggio Emilia") that is no Dutch proper name, no word the
 * checker knows and no tool, in a statement about a stay, a company or a school. The Dutch names are the
 * OpenTaal list's capitalised entries ({@code dutch-names.txt}, made by {@code packaging/dutch-names.sh}), which
 * hold the Dutch and Flemish places down to villages: a name outside it is very likely foreign. Without the
 * setting a capitalised word after "in" is as often a tool ("in Magister") or a subject as a place.
 */
final class PlaceByForm {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** A title-case word of three or more letters (not an acronym) after the preposition, "de"/"het" between. */
    static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?<![\\p{L}-])(?:[Ii]n|[Nn]aar|[Uu]it)\\s+(?:de\\s+|het\\s+)?(\\p{Lu}\\p{Ll}[\\p{L}-]*\\p{Ll})(?![\\p{L}-])");
    private static final String SETTINGS = "settings";
    private static final String NOT_PLACES = "not places";

    private final Set<String> dutchNames = new HashSet<>();
    private final Set<String> notPlaces = new HashSet<>();
    private final List<String> settings;
    private final TextAnalyzer analyzer;

    PlaceByForm(TextAnalyzer analyzer, DutchNames names) {
        this.analyzer = analyzer;
        dutchNames.addAll(names.folded());
        // Months and days: written with a capital by some, and no place.
        DateFormatSymbols dates = DateFormatSymbols.getInstance(DUTCH);
        for (String name : dates.getMonths()) {
            dutchNames.add(fold(name));
        }
        for (String name : dates.getWeekdays()) {
            dutchNames.add(fold(name));
        }
        Map<String, List<String>> sections = Sections.read("places-by-form.txt");
        sections.getOrDefault(NOT_PLACES, List.of()).forEach(name -> notPlaces.add(fold(name)));
        settings = sections.getOrDefault(SETTINGS, List.of()).stream().map(PlaceByForm::fold).toList();
    }

    private static String fold(String word) {
        return WordAnalysis.fold(word.toCharArray(), word.length());
    }

    /** Whether the statement names, after in/naar/uit, a place no Dutch list holds, in a stay's setting. */
    boolean foundIn(AnalyzedText text) {
        if (!mayMatch(text.text())) {
            return false;
        }
        Matcher m = AFTER_PREPOSITION.matcher(text.text());
        while (m.find()) {
            String name = m.group(1);
            String folded = fold(name);
            if (!dutchNames.contains(folded) && !notPlaces.contains(folded) && !analyzer.knownWord(name)
                    && inSetting(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #AFTER_PREPOSITION} can match: some capital after white space whose word before (past "de" or
     * "het") is in/naar/uit. A necessary condition, read in one pass over the characters: the expression, which tries
     * every position of every statement, then runs only on the few that pass (session 19, perf19).
     */
    static boolean mayMatch(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (space(text.charAt(i - 1)) && Character.isUpperCase(text.codePointAt(i))) {
                int end = skipSpaceBack(text, i - 1);
                int start = letterRunStart(text, end);
                if (article(text, start, end)) {
                    end = skipSpaceBack(text, start - 1);
                    start = end < start ? letterRunStart(text, end) : end;
                }
                if (preposition(text, start, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** White space as the expression's {@code \s} reads it. */
    private static boolean space(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }

    /** The last index at or before {@code from} that is no white space (-1 if none): a word's end, exclusive + 1. */
    private static int skipSpaceBack(String text, int from) {
        int i = from;
        while (i >= 0 && space(text.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    private static int letterRunStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean article(String text, int start, int end) {
        return is(text, start, end, "de") || is(text, start, end, "het");
    }

    private static boolean preposition(String text, int start, int end) {
        return is(text, start, end, "in") || is(text, start, end, "In") || is(text, start, end, "naar")
                || is(text, start, end, "Naar") || is(text, start, end, "uit") || is(text, start, end, "Uit");
    }

    private static boolean is(String text, int start, int end, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    private boolean inSetting(AnalyzedText text) {
        for (Word word : text.words()) {
            for (String setting : settings) {
                if (word.surface().contains(setting)) {
                    return true;
                }
            }
        }
        return false;
    }
}
