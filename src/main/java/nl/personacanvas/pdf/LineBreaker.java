package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines no wider than a column: greedy word wrap; a word that is wider than the
 * whole column on its own is hyphenated at a Dutch syllable boundary (or after a hyphen or slash it
 * already has); a "word" with no usable break at all is split between characters, so no line ever runs out of
 * its box. A link ("https://…", "www.…") is broken after a slash or before a dot and never gets a hyphen: a note
 * holding a pasted link of 600 characters printed "htt-ps://" and "internatio-naal/", which a reader types in as
 * printed.
 */
final class LineBreaker {

    /** Width in points of a piece of text in the style being set. */
    interface Measure {
        float width(String text);
    }

    private final DutchHyphenator hyphenator;

    LineBreaker(DutchHyphenator hyphenator) {
        this.hyphenator = hyphenator;
    }

    /**
     * The paragraph's words; an ellipsis on its own is kept with the word before it, so the headline's "Zij …" never
     * leaves "…" alone at the start of a line.
     */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int last = words.size() - 1;
            if (word.equals("\u2026") && last >= 0) {
                words.set(last, words.get(last) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    List<String> wrap(String paragraph, float maxWidth, Measure measure) {
        List<String> lines = new ArrayList<>();
        float space = measure.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : words(paragraph)) {
            float w = measure.width(word);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            float restWidth = w;
            boolean link = isLink(word);
            while (restWidth > maxWidth) {
                int cut = cutPoint(rest, link, maxWidth, measure);
                String head = rest.substring(0, cut);
                String hyphenated = head + "-";
                lines.add(!link && needsHyphen(rest, cut) && measure.width(hyphenated) <= maxWidth ? hyphenated : head);
                rest = rest.substring(cut);
                restWidth = measure.width(rest);
            }
            line.append(rest);
            lineWidth = restWidth;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The longest head of {@code word} that fits, preferring a hyphenation point (a link's break point); always at
     * least one character.
     */
    private int cutPoint(String word, boolean link, float maxWidth, Measure measure) {
        List<Integer> points = link ? linkBreakPoints(word) : hyphenator.breakPoints(word);
        for (int i = points.size() - 1; i >= 0; i--) {
            int p = points.get(i);
            String head = word.substring(0, p) + (!link && needsHyphen(word, p) ? "-" : "");
            if (measure.width(head) <= maxWidth) {
                return p;
            }
        }
        int cut = Character.charCount(word.codePointAt(0));
        while (cut < word.length()) {
            int next = cut + Character.charCount(word.codePointAt(cut));
            String head = word.substring(0, next) + (!link && needsHyphen(word, next) ? "-" : "");
            if (measure.width(head) > maxWidth) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /** A web address, which must print as it is typed: no hyphen may be added to it. */
    static boolean isLink(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("://") || lower.startsWith("www.");
    }

    /**
     * Where a link may break without a hyphen: after a slash (not between the two of "://"), before a dot, a question
     * mark, an ampersand or a hash, as style guides break addresses; never before its second character.
     */
    private static List<Integer> linkBreakPoints(String word) {
        List<Integer> points = new ArrayList<>();
        for (int i = 1; i < word.length(); i++) {
            char before = word.charAt(i - 1);
            char at = word.charAt(i);
            if ((before == '/' && at != '/') || (at == '.' || at == '?' || at == '&' || at == '#') && before != '/') {
                points.add(i);
            }
        }
        return points;
    }

    /** A hyphen marks a break inside letters; after an existing hyphen or slash, or between other characters, none is added. */
    private static boolean needsHyphen(String word, int cut) {
        return Character.isLetter(word.charAt(cut - 1)) && cut < word.length() && Character.isLetter(word.charAt(cut));
    }
}
