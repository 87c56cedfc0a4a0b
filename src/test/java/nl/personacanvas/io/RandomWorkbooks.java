package nl.personacanvas.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Seeded random workbooks with every field filled and text from every Unicode script, emoji,
 * combining marks, right-to-left text, line breaks, quotes and backslashes. Each string takes its
 * next script in turn, so a few dozen workbooks already cover all scripts.
 */
public final class RandomWorkbooks {
    private static final Map<Character.UnicodeScript, int[]> BY_SCRIPT = codePointsByScript();
    private static final Character.UnicodeScript[] SCRIPTS = BY_SCRIPT.keySet().toArray(new Character.UnicodeScript[0]);
    private static final String[] SPECIALS = {
        "\n", "\r\n", "\r", "\t", "\"", "\\", "\\n", "'", "/", "</script>", "\u0000", "\u001f", "\u007f",
        "😀", "👩🏽‍🏫", "🇳🇱", "❤️", "👨‍👩‍👧‍👦", "e\u0301", "a\u0308\u0323", "\u200f", "\u202e",
        "שלום", "مرحبا بالعالم", "\uFEFF", "\u00a0", "\u2028", "\uFFFD", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uDBFF\uDFFF"
    };

    private final Random random;
    private final Set<Character.UnicodeScript> scriptsUsed = EnumSet.noneOf(Character.UnicodeScript.class);
    private int nextScript;
    private int idCounter;

    public RandomWorkbooks(long seed) {
        this.random = new Random(seed);
    }

    /** The scripts every Character.UnicodeScript constant names, except the surrogate-only ones. */
    public static Set<Character.UnicodeScript> allScripts() {
        return BY_SCRIPT.keySet();
    }

    public Set<Character.UnicodeScript> scriptsUsed() {
        return scriptsUsed;
    }

    public Workbook next() {
        List<CoreActivity> activities = new ArrayList<>();
        for (int i = random.nextInt(5); i >= 0; i--) {
            activities.add(new CoreActivity(id(), random.nextBoolean() ? "A" + (1 + random.nextInt(5)) : null,
                    text(Limits.MAX_SENTENCE_LENGTH, 60), random.nextBoolean() ? ActivityGroup.AT_HOME : ActivityGroup.MOBILITY));
        }
        List<PrincipleTheme> principles = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            principles.add(new PrincipleTheme(text(Limits.MAX_SENTENCE_LENGTH, 40), texts(4, Limits.MAX_TEXT_LENGTH, 200)));
        }
        List<Persona> personas = new ArrayList<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            personas.add(persona(activities));
        }
        String matrixVersion = random.nextInt(4) == 0 ? null : text(Limits.MAX_NAME_LENGTH, 10);
        return new Workbook(text(Limits.MAX_NAME_LENGTH, 40), text(Limits.MAX_NAME_LENGTH, 20),
                text(Limits.MAX_NAME_LENGTH, 30), text(Limits.MAX_TEXT_LENGTH, random.nextInt(10) == 0 ? 9_000 : 400),
                principles, activities, personas, matrixVersion);
    }

    private Persona persona(List<CoreActivity> activities) {
        String activity = activities.isEmpty() || random.nextInt(6) == 0 ? ""
                : activities.get(random.nextInt(activities.size())).id();
        Portrait portrait = null;
        if (random.nextBoolean()) {
            byte[] data = new byte[random.nextInt(4_000)];
            random.nextBytes(data);
            portrait = new Portrait(random.nextBoolean() ? "image/png" : "image/jpeg", data);
        }
        Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            List<Entry> entries = new ArrayList<>();
            for (int i = random.nextInt(random.nextInt(10) == 0 ? 40 : 6); i > 0; i--) {
                entries.add(new Entry(id(), text(Limits.MAX_TEXT_LENGTH, 200), texts(3, Limits.MAX_NAME_LENGTH, 12),
                        random.nextBoolean() ? "" : text(Limits.MAX_TEXT_LENGTH, 80)));
            }
            quadrants.put(q, entries);
        }
        Instant created = instant();
        return new Persona(id(), text(Limits.MAX_NAME_LENGTH, 20), text(Limits.MAX_SENTENCE_LENGTH, 80), activity,
                texts(3, Limits.MAX_NAME_LENGTH, 30), portrait, text(Limits.MAX_TEXT_LENGTH, 300),
                created, created.plusNanos(random.nextInt(1_000_000_000)), Canvas.of(quadrants));
    }

    private Instant instant() {
        long seconds = -2_000_000_000L + (long) (random.nextDouble() * 6_000_000_000L);
        return Instant.ofEpochSecond(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    }

    private List<String> texts(int maxCount, int maxLength, int typicalLength) {
        List<String> list = new ArrayList<>();
        for (int i = random.nextInt(maxCount + 1); i > 0; i--) {
            list.add(text(maxLength, typicalLength));
        }
        return list;
    }

    /** An id with text from any script, but without control characters, unique within the generator. */
    private String id() {
        StringBuilder sb = new StringBuilder();
        appendScript(sb);
        appendScript(sb);
        String special = SPECIALS[random.nextInt(SPECIALS.length)];
        if (special.codePoints().noneMatch(Character::isISOControl)) {
            sb.append(special);
        }
        sb.append('-').append(idCounter++);
        return sb.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Random text of up to about {@code typical} code points, never over {@code max}. */
    private String text(int max, int typical) {
        int target = random.nextInt(typical + 1);
        StringBuilder sb = new StringBuilder();
        appendScript(sb);
        while (sb.codePointCount(0, sb.length()) < target) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                sb.append(SPECIALS[random.nextInt(SPECIALS.length)]);
            } else if (kind < 4) {
                appendScript(sb);
            } else {
                sb.append((char) ('a' + random.nextInt(26)));
                if (random.nextInt(6) == 0) {
                    sb.append(' ');
                }
            }
        }
        String s = sb.toString();
        while (s.codePointCount(0, s.length()) > max) {
            s = s.substring(0, s.offsetByCodePoints(0, max));
        }
        return s;
    }

    private void appendScript(StringBuilder sb) {
        Character.UnicodeScript script = SCRIPTS[nextScript++ % SCRIPTS.length];
        int[] cps = BY_SCRIPT.get(script);
        sb.appendCodePoint(cps[random.nextInt(cps.length)]);
        scriptsUsed.add(script);
    }

    private static Map<Character.UnicodeScript, int[]> codePointsByScript() {
        Map<Character.UnicodeScript, List<Integer>> lists = new EnumMap<>(Character.UnicodeScript.class);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            lists.computeIfAbsent(Character.UnicodeScript.of(cp), s -> new ArrayList<>()).add(cp);
        }
        Map<Character.UnicodeScript, int[]> result = new EnumMap<>(Character.UnicodeScript.class);
        lists.forEach((script, cps) -> result.put(script, cps.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }
}
