package nl.personacanvas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.personacanvas.model.Graphemes;

/**
 * What one field may hold, as a workbook file stores it: a whole text of at most {@code maxLength} code points, or a
 * list in one text (items between separators) of at most {@code maxItems} items, each at most {@code maxLength} once
 * stripped, as the view-models strip them before they go into the workbook. Decides what of a typed or pasted text
 * is kept; pure, so it is tested without a window.
 *
 * @param separator null for a whole text
 * @param itemsKey the message key naming the items ("names", "statements"), for a list
 */
record TextRule(int maxLength, Pattern separator, int maxItems, String itemsKey) {

    /** What is kept of an addition: {@code leftOut} characters, or items where {@code byCount}, were left out. */
    record Fit(String kept, int leftOut, boolean byCount) {
    }

    static TextRule whole(int maxLength) {
        return new TextRule(maxLength, null, 1, null);
    }

    static TextRule list(String separator, int maxLength, int maxItems, String itemsKey) {
        return new TextRule(maxLength, Pattern.compile(separator), maxItems, itemsKey);
    }

    /** What of {@code added}, put between {@code before} and {@code after}, the field keeps. */
    Fit fit(String before, String added, String after) {
        return separator == null ? fitWhole(before, added, after) : fitList(before, added, after);
    }

    private Fit fitWhole(String before, String added, String after) {
        int room = maxLength - length(before) - length(after);
        int adding = length(added);
        if (adding <= room) {
            return new Fit(added, 0, false);
        }
        String kept = Graphemes.start(added, room);
        return new Fit(kept, adding - length(kept), false);
    }

    private Fit fitList(String before, String added, String after) {
        int leftStart = lastSeparatorEnd(before);
        int rightEnd = firstSeparatorStart(after);
        String left = before.substring(leftStart);
        String right = after.substring(0, rightEnd);
        List<String> segments = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = separator.matcher(added);
        int from = 0;
        while (m.find()) {
            segments.add(added.substring(from, m.start()));
            separators.add(m.group());
            from = m.end();
        }
        segments.add(added.substring(from));
        int last = segments.size() - 1;
        // Each item within its length: the first goes on the item the caret is in, the last runs into the one after it.
        int leftOutChars = 0;
        for (int i = 0; i <= last; i++) {
            String seg = segments.get(i);
            String l = i == 0 ? left : "";
            String r = i == last ? right : "";
            String kept = Graphemes.start(seg, longestFitting(l, seg, r));
            leftOutChars += length(seg) - length(kept);
            segments.set(i, kept);
        }
        // The list within its count: whole items from the end of the addition are left out. Typing within an item
        // that is already there changes no count.
        if (last > 0 || filled(left + right) == 0) {
            int others = items(before.substring(0, leftStart)) + items(after.substring(rightEnd));
            int all = others + itemsKept(left, segments, last, right);
            int keepTo = last;
            while (keepTo >= 0 && others + itemsKept(left, segments, keepTo, right) > maxItems) {
                keepTo--;
            }
            if (keepTo < last) {
                int now = keepTo < 0 ? others + filled(left + right) : others + itemsKept(left, segments, keepTo, right);
                StringBuilder kept = new StringBuilder();
                for (int i = 0; i <= keepTo; i++) {
                    kept.append(i == 0 ? "" : separators.get(i - 1)).append(segments.get(i));
                }
                return new Fit(kept.toString(), all - now, true);
            }
        }
        StringBuilder kept = new StringBuilder(segments.get(0));
        for (int i = 1; i <= last; i++) {
            kept.append(separators.get(i - 1)).append(segments.get(i));
        }
        return new Fit(kept.toString(), leftOutChars, false);
    }

    /** The items of the whole text when the addition is kept up to its segment {@code to}. */
    private static int itemsKept(String left, List<String> segments, int to, String right) {
        if (to == 0) {
            return filled(left + segments.get(0) + right);
        }
        int n = filled(left + segments.get(0)) + filled(segments.get(to) + right);
        for (int i = 1; i < to; i++) {
            n += filled(segments.get(i));
        }
        return n;
    }

    /** The most code points of {@code seg} that keep the item {@code left + seg + right} within the length. */
    private int longestFitting(String left, String seg, String right) {
        int all = length(seg);
        if (length((left + seg + right).strip()) <= maxLength) {
            return all;
        }
        int low = 0;
        int high = all; // high does not fit; low fits, or is 0
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (length((left + prefix(seg, mid) + right).strip()) <= maxLength) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int items(String text) {
        int n = 0;
        for (String item : separator.split(text, -1)) {
            n += filled(item);
        }
        return n;
    }

    private int lastSeparatorEnd(String text) {
        Matcher m = separator.matcher(text);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private int firstSeparatorStart(String text) {
        Matcher m = separator.matcher(text);
        return m.find() ? m.start() : text.length();
    }

    private static int filled(String item) {
        return item.isBlank() ? 0 : 1;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
